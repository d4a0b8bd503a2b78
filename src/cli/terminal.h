// Talking to a person at a terminal: whether a progress line may be shown,
// the progress line itself, and tables whose columns line up.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

// True when stderr is a terminal and TERM is not "dumb": only then do we draw
// a progress line (never into logs or pipes).
bool progress_allowed();

// A single line on stderr, redrawn in place; silent unless progress_allowed().
class ProgressLine {
 public:
  ProgressLine();
  ~ProgressLine();  // clears the line
  void update(std::string_view text);

 private:
  bool enabled_;
  std::size_t last_width_ = 0;
};

// Rows of cells as text, columns padded to their widest cell (counted in code
// points) and separated by two spaces; cells listed in `right_aligned`
// columns are padded on the left (numbers). Each row ends with '\n'.
std::string format_table(const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& right_aligned = {});

}  // namespace kgraph
