// Fuzz target: the kgraph/1 reader (graph/graph_file.h) on arbitrary bytes.
//
// Bad input must end in kgraph::Error; anything else (a crash, another
// exception, a sanitizer report, a leak, a hang) is a bug. A graph that is
// accepted must survive a round trip: what kgraph writes it reads back, and
// writing that again gives the same text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/error.h"
#include "graph/graph_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  kgraph::Graph graph;
  try {
    graph = kgraph::read_graph(json, "fuzz.json");
  } catch (const kgraph::Error&) {
    return 0;
  }
  // From here an Error is a bug too: the writer's own output must read back.
  std::string once = kgraph::write_graph_string(graph);
  std::string twice = kgraph::write_graph_string(kgraph::read_graph(once, "written.json"));
  if (once != twice) {
    std::fprintf(stderr, "round trip changed the graph:\n--- written once\n%s\n--- written twice\n%s\n", once.c_str(),
                 twice.c_str());
    std::abort();
  }
  return 0;
}
