// kgraph show GRAPH NAME: everything about one node.
#include <iostream>
#include <memory>

#include "graph/graph_file.h"
#include "graph/resolve.h"
#include "src/cli/commands.h"
#include "src/cli/graph_text.h"

namespace kgraph {
namespace {

struct ShowOptions {
  std::string graph_path, name;
};

std::string attr_text(const AttrValue& value) {
  if (auto* s = std::get_if<std::string>(&value)) return *s;
  if (auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&value)) return std::to_string(*d);
  if (auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  return std::get<RawJson>(value).text;
}

int run_show(const ShowOptions& o) {
  Graph graph = read_graph_file(o.graph_path);
  Graph::Vertex v = resolve_or_throw(graph, o.name);
  const Node& node = graph.node(v);
  std::cout << node_label(graph, v) << "  [" << node.id << "]\n";
  if (!node.aliases.empty()) {
    std::cout << "  aliases:";
    for (std::size_t i = 0; i < node.aliases.size(); ++i) std::cout << (i ? ", " : " ") << node.aliases[i];
    std::cout << "\n";
  }
  for (const auto& [key, value] : node.attrs) std::cout << "  " << key << ": " << attr_text(value) << "\n";
  std::cout << "  mentions: " << node.mentions.size() << "\n";
  std::vector<Graph::EdgeRef> edges;
  for (Graph::Arc arc : graph.out_arcs(v)) edges.push_back(arc.edge);
  for (Graph::Arc arc : graph.in_arcs(v)) edges.push_back(arc.edge);
  std::cout << "  edges: " << edges.size() << "\n";
  for (Graph::EdgeRef e : edges) {
    std::cout << "\n" << hop_line(graph, v, e);
    if (graph.edge(e).confidence) std::cout << "  (confidence " << *graph.edge(e).confidence << ")";
    std::cout << "\n" << evidence_lines(graph, e, 3);
  }
  return 0;
}

}  // namespace

Command add_show_command(CLI::App& app) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* sub = app.add_subcommand("show", "Show one node: aliases, attributes, mentions, each edge with its evidence.\n"
                                             "Example: kgraph show graph.json Wabtec");
  sub->add_option("GRAPH", o->graph_path, "a kgraph/1 graph file")->required();
  sub->add_option("NAME", o->name, "id, name or alias")->required();
  return Command{sub, [o] { return run_show(*o); }};
}

}  // namespace kgraph
