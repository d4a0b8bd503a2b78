#include "src/cli/terminal.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace kgraph {
namespace {

std::size_t display_width(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

bool progress_allowed() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0);
}

ProgressLine::ProgressLine() : enabled_(progress_allowed()) {}

ProgressLine::~ProgressLine() {
  if (enabled_ && last_width_) std::fprintf(stderr, "\r%*s\r", static_cast<int>(last_width_), "");
}

void ProgressLine::update(std::string_view text) {
  if (!enabled_) return;
  std::size_t width = display_width(text);
  int pad = last_width_ > width ? static_cast<int>(last_width_ - width) : 0;
  std::fprintf(stderr, "\r%.*s%*s", static_cast<int>(text.size()), text.data(), pad, "");
  std::fflush(stderr);
  last_width_ = width;
}

std::string format_table(const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::string pad(widths[i] - display_width(row[i]), ' ');
      bool right = std::find(right_aligned.begin(), right_aligned.end(), i) != right_aligned.end();
      if (i) line += "  ";
      line += right ? pad + row[i] : (i + 1 < row.size() ? row[i] + pad : row[i]);
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace kgraph
