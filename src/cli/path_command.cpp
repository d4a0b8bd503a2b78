// kgraph path GRAPH FROM TO: how two entities are connected, with the
// evidence for each hop.
#include <iostream>
#include <memory>

#include "export/json_results.h"
#include "graph/error.h"
#include "graph/graph_file.h"
#include "graph/paths.h"
#include "graph/resolve.h"
#include "src/cli/commands.h"
#include "src/cli/graph_text.h"

namespace kgraph {
namespace {

struct PathOptions {
  std::string graph_path, from, to;
  std::size_t k = 1;
  std::optional<std::size_t> max_hops;
  std::vector<std::string> via, through, avoid;
  bool reliable = false, directed = false, json = false;
};

std::vector<NodeType> node_types(const std::vector<std::string>& names) {
  std::vector<NodeType> types;
  for (const std::string& name : names) {
    auto type = parse_node_type(name);
    if (!type) throw Error("--through: unknown node type \"" + name + "\" (leader, person, firm, organization, country, deal, place)");
    types.push_back(*type);
  }
  return types;
}

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
  PathQuery query{.k = o.k, .max_hops = o.max_hops, .directed = o.directed, .via = o.via,
                  .through = node_types(o.through), .reliable = o.reliable};
  for (const std::string& name : o.avoid) query.avoid.push_back(resolve_or_throw(graph, name));
  std::vector<Path> paths = find_paths(graph, from, to, query);
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
  sub->add_option("-k", o->k, "the k shortest simple paths, shortest first")->check(CLI::Range(1, 1000));
  sub->add_option("--max-hops", o->max_hops, "longest path shown");
  sub->add_option("--via", o->via, "edge types allowed (comma-separated)")->delimiter(',');
  sub->add_option("--through", o->through, "node types allowed for inner nodes (comma-separated)")->delimiter(',');
  sub->add_option("--avoid", o->avoid, "a node never used (repeatable)");
  sub->add_flag("--reliable", o->reliable, "the path whose product of edge confidences is highest");
  sub->add_flag("--directed", o->directed, "follow edges only from source to target");
  sub->add_flag("--json", o->json, "print JSON");
  return Command{sub, [o] { return run_path(*o); }};
}

}  // namespace kgraph
