// kgraph path GRAPH FROM TO: how two entities are connected, with the
// evidence for each hop.
#include <iostream>
#include <memory>

#include "export/json_results.h"
#include "graph/graph_file.h"
#include "graph/paths.h"
#include "graph/resolve.h"
#include "src/cli/commands.h"
#include "src/cli/graph_text.h"
#include "src/cli/path_flags.h"

namespace kgraph {
namespace {

struct PathOptions {
  std::string graph_path, from, to;
  PathFlags flags;
  bool json = false;
};

void print_paths(const Graph& graph, const std::vector<Path>& paths) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) std::cout << (i ? "\n" : "") << "path " << i + 1 << " (" << paths[i].edges.size() << " hops)\n";
    for (std::size_t h = 0; h < paths[i].edges.size(); ++h) {
      std::cout << hop_line(graph, paths[i].nodes[h], paths[i].edges[h]) << "\n";
      std::cout << evidence_lines(graph, paths[i].edges[h]);
    }
  }
}

int run_path(const PathOptions& o) {
  Graph graph = read_graph_file(o.graph_path);
  Graph::Vertex from = resolve_or_throw(graph, o.from), to = resolve_or_throw(graph, o.to);
  std::vector<Path> paths = find_paths(graph, from, to, path_query(graph, o.flags));
  if (o.json) std::cout << paths_json(graph, from, to, paths);
  else print_paths(graph, paths);
  if (paths.empty())
    std::cerr << "kgraph: no path from " << node_label(graph, from) << " to " << node_label(graph, to) << "\n";
  return paths.empty() ? 1 : 0;
}

}  // namespace

Command add_path_command(CLI::App& app) {
  auto o = std::make_shared<PathOptions>();
  CLI::App* sub = app.add_subcommand("path", "Show how two entities are connected, with the evidence for each hop.\n"
                                             "Example: kgraph path graph.json \"Howard Lutnick\" Wabtec -k 3");
  sub->add_option("GRAPH", o->graph_path, "a kgraph/1 graph file")->required();
  sub->add_option("FROM", o->from, "id, name or alias (a unique prefix or close spelling works too)")->required();
  sub->add_option("TO", o->to, "id, name or alias")->required();
  add_path_flags(*sub, o->flags);
  sub->add_flag("--json", o->json, "print JSON");
  return Command{sub, [o] { return run_path(*o); }};
}

}  // namespace kgraph
