// One document through the whole extractor, for the fuzz targets of the
// extractor and of the rules file.
//
// The bytes go to a temporary file (build_graph reads files, so the corpus
// reader's binary and UTF-16 checks are fuzzed too), build_graph turns it into
// a graph with the given lexicon, and the graph is checked: every mention and
// evidence offset lies within the document, and the graph writes and reads
// back as the same kgraph/1 file. A failed check prints what failed and aborts,
// which the fuzzer reports as a crash.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "graph/graph_file.h"
#include "src/extractor.h"

namespace kgraph::fuzz {

[[noreturn]] inline void fail_check(const std::string& what) {
  std::fprintf(stderr, "check failed: %s\n", what.c_str());
  std::abort();
}

// The file every input is written to: in a folder of its own under TMPDIR
// (fuzz/run.sh points TMPDIR at its scratch folder), one per process.
inline const std::string& document_path() {
  static const std::string path = [] {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / ("kgraph_fuzz_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return (dir / "fuzz.txt").string();
  }();
  return path;
}

inline void check_offsets(const Graph& graph) {
  const std::int64_t chars = graph.documents.empty() ? 0 : graph.documents[0].chars;
  auto check = [&](std::int64_t start, std::int64_t end, const char* what) {
    if (start < 0 || start > end || end > chars)
      fail_check(std::string(what) + " [" + std::to_string(start) + ", " + std::to_string(end) +
                 ") outside the document of " + std::to_string(chars) + " code points");
  };
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v)
    for (const Span& s : graph.node(v).mentions) check(s.start, s.end, "mention");
  for (Graph::EdgeRef e : graph.edges_in_order())
    for (const Evidence& x : graph.edge(e).evidence) check(x.start, x.end, "evidence");
}

inline void build_and_check(std::string_view bytes, const Lexicon& lexicon) {
  const std::string& path = document_path();
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  Graph graph;
  build_graph({path}, lexicon, {}, graph);
  if (graph.documents.size() > 1) fail_check("one file gave " + std::to_string(graph.documents.size()) + " documents");
  check_offsets(graph);
  std::string once = write_graph_string(graph);
  std::string twice = write_graph_string(read_graph(once, "written.json"));
  if (once != twice) fail_check("the graph written does not read back the same:\n" + once + "\n---\n" + twice);
}

}  // namespace kgraph::fuzz
