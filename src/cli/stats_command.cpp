// kgraph stats GRAPH: what is in a graph file, counted.
#include <iostream>
#include <map>
#include <memory>

#include "graph/graph_file.h"
#include "src/cli/commands.h"
#include "src/cli/terminal.h"

namespace kgraph {
namespace {

struct StatsOptions {
  std::string graph_path;
};

int run_stats(const StatsOptions& options) {
  Graph graph = read_graph_file(options.graph_path);
  std::map<std::string, std::size_t> nodes, edges;
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) ++nodes[std::string(node_type_name(graph.node(v).type))];
  for (Graph::EdgeRef e : graph.edges_in_order()) ++edges[graph.edge(e).type];
  std::vector<std::vector<std::string>> rows = {{"nodes", std::to_string(graph.node_count())}};
  for (const auto& [type, n] : nodes) rows.push_back({"  " + type, std::to_string(n)});
  rows.push_back({"edges", std::to_string(graph.edge_count())});
  for (const auto& [type, n] : edges) rows.push_back({"  " + type, std::to_string(n)});
  std::cout << format_table(rows, {1});
  return 0;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand("stats", "Count nodes and edges per type.\n"
                                              "Example: kgraph stats graph.json");
  sub->add_option("GRAPH", options->graph_path, "a kgraph/1 graph file")->required();
  return Command{sub, [options] { return run_stats(*options); }};
}

}  // namespace kgraph
