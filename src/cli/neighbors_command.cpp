// kgraph neighbors GRAPH NAME: the nodes within a few hops of one node.
#include <iostream>
#include <memory>

#include "export/json_results.h"
#include "graph/graph_file.h"
#include "graph/neighbors.h"
#include "graph/resolve.h"
#include "src/cli/commands.h"
#include "src/cli/graph_text.h"
#include "src/cli/terminal.h"

namespace kgraph {
namespace {

struct NeighborOptions {
  std::string graph_path, name;
  std::size_t depth = 1;
  std::vector<std::string> via;
  bool directed = false, json = false;
};

int run_neighbors(const NeighborOptions& o) {
  Graph graph = read_graph_file(o.graph_path);
  Graph::Vertex start = resolve_or_throw(graph, o.name);
  std::vector<Neighbor> found = find_neighbors(graph, start, {.depth = o.depth, .via = o.via, .directed = o.directed});
  if (o.json) {
    std::cout << neighbors_json(graph, start, found);
    return 0;
  }
  std::cout << node_label(graph, start) << ": " << found.size() << " neighbors\n";
  std::vector<std::vector<std::string>> rows = {{"hops", "name", "type", "reached by"}};
  for (const Neighbor& n : found)
    rows.push_back({std::to_string(n.distance), graph.node(n.vertex).name,
                    std::string(node_type_name(graph.node(n.vertex).type)), graph.edge(n.reached_by).type});
  std::cout << format_table(rows, {0});
  return 0;
}

}  // namespace

Command add_neighbors_command(CLI::App& app) {
  auto o = std::make_shared<NeighborOptions>();
  CLI::App* sub = app.add_subcommand("neighbors", "List the nodes within a few hops of one node.\n"
                                                  "Example: kgraph neighbors graph.json Tokayev --depth 2 --via met-with");
  sub->add_option("GRAPH", o->graph_path, "a kgraph/1 graph file")->required();
  sub->add_option("NAME", o->name, "id, name or alias")->required();
  sub->add_option("--depth", o->depth, "hops from the node")->check(CLI::Range(1, 100));
  sub->add_option("--via", o->via, "edge types followed (comma-separated)")->delimiter(',');
  sub->add_flag("--directed", o->directed, "follow edges only from source to target");
  sub->add_flag("--json", o->json, "print JSON");
  return Command{sub, [o] { return run_neighbors(*o); }};
}

}  // namespace kgraph
