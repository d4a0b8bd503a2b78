// The formats `kgraph export` writes, and writing a selection in one of them
// to a file. Every format goes through the atomic writer (graph/atomic_file.h):
// the destination is either the whole new file or left exactly as it was.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "export/selection.h"
#include "graph/graph.h"

namespace kgraph {

enum class ExportFormat { kDot, kSvg, kPng, kGraphml, kGexf };

// "dot", "svg", "png", "graphml", "gexf" (any case); nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);
// The format a file name's extension stands for (".gv" is DOT too); nullopt
// when the extension says nothing we write.
std::optional<ExportFormat> format_of_path(std::string_view path);

// Writes the selection in `format` to `path`. `layout` names the Graphviz
// engine for SVG and PNG (empty: chosen by size, render.h); other formats
// ignore it. Throws Error naming `path` when it cannot be written.
void export_selection(const Graph& graph, const Selection& selection, ExportFormat format,
                      const std::string& path, std::string_view layout = {});

}  // namespace kgraph
