#include "export/export_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "export/dot.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "export/render.h"
#include "graph/atomic_file.h"

namespace kgraph {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  std::string key = lower(name);
  if (key == "dot" || key == "gv") return ExportFormat::kDot;
  if (key == "svg") return ExportFormat::kSvg;
  if (key == "png") return ExportFormat::kPng;
  if (key == "graphml") return ExportFormat::kGraphml;
  if (key == "gexf") return ExportFormat::kGexf;
  return std::nullopt;
}

std::optional<ExportFormat> format_of_path(std::string_view path) {
  std::string extension = std::filesystem::path(path).extension().string();
  if (extension.size() < 2) return std::nullopt;
  return parse_export_format(std::string_view(extension).substr(1));
}

void export_selection(const Graph& graph, const Selection& selection, ExportFormat format,
                      const std::string& path, std::string_view layout) {
  switch (format) {
    case ExportFormat::kDot: {
      std::string dot = dot_text(graph, selection);
      write_file_atomically(path, [&](std::FILE* out) { std::fwrite(dot.data(), 1, dot.size(), out); });
      return;
    }
    case ExportFormat::kSvg: return render_image(graph, selection, ImageFormat::kSvg, layout, path);
    case ExportFormat::kPng: return render_image(graph, selection, ImageFormat::kPng, layout, path);
    case ExportFormat::kGraphml:
      return write_file_atomically(path, [&](std::FILE* out) { write_graphml(graph, selection, out); });
    case ExportFormat::kGexf:
      return write_file_atomically(path, [&](std::FILE* out) { write_gexf(graph, selection, out); });
  }
}

}  // namespace kgraph
