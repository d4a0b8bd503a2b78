// Corpus: the files and folders given to `kgraph build`, turned into a sorted
// list of input texts and read one by one.
//
// Flow: paths -> SourceText -> article.h.
// Guarantees: folders are walked recursively for *.txt and *.md; the list is
// sorted by path, so the graph does not depend on the order the file system
// returns; "-" is standard input. A path that does not exist, or a folder
// with no texts, throws Error naming it. A binary or unreadable file is not
// an error: read_source returns a warning and no text. So is a text larger
// than kMaxDocumentBytes: no news article is, and reading one takes about 30
// times its size in memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kgraph {

constexpr std::size_t kMaxDocumentBytes = std::size_t{16} << 20;

std::vector<std::string> list_input_files(const std::vector<std::string>& paths);

struct SourceText {
  std::string path = {};
  std::string bytes = {};
};

struct SourceRead {
  std::optional<SourceText> text = {};  // nullopt: skipped
  std::string warning = {};             // "x.bin: skipped: binary file (NUL byte at 17)"
  bool binary = false;                  // skipped as binary (a NUL byte, or UTF-16): exit status 1
};

SourceRead read_source(const std::string& path);

}  // namespace kgraph
