#include "src/cli/path_flags.h"

#include "graph/error.h"
#include "graph/resolve.h"

namespace kgraph {

void add_path_flags(CLI::App& sub, PathFlags& flags) {
  sub.add_option("-k", flags.k, "the k shortest simple paths, shortest first")->check(CLI::Range(1, 1000));
  sub.add_option("--max-hops", flags.max_hops, "longest path shown");
  sub.add_option("--via", flags.via, "edge types allowed (comma-separated)")->delimiter(',');
  sub.add_option("--through", flags.through, "node types allowed for inner nodes (comma-separated)")->delimiter(',');
  sub.add_option("--avoid", flags.avoid, "a node never used (repeatable)");
  sub.add_flag("--reliable", flags.reliable, "the path whose product of edge confidences is highest");
  sub.add_flag("--directed", flags.directed, "follow edges only from source to target");
}

PathQuery path_query(const Graph& graph, const PathFlags& flags) {
  PathQuery query{.k = flags.k, .max_hops = flags.max_hops, .directed = flags.directed, .via = flags.via,
                  .through = parse_node_types(flags.through, "--through"), .reliable = flags.reliable};
  for (const std::string& name : flags.avoid) query.avoid.push_back(resolve_or_throw(graph, name));
  return query;
}

std::vector<NodeType> parse_node_types(const std::vector<std::string>& names, std::string_view option) {
  std::vector<NodeType> types;
  for (const std::string& name : names) {
    std::optional<NodeType> type = parse_node_type(name);
    if (!type)
      throw Error(std::string(option) + ": unknown node type \"" + name +
                  "\" (leader, person, firm, organization, country, deal, place)");
    types.push_back(*type);
  }
  return types;
}

}  // namespace kgraph
