// kgraph export GRAPH -o FILE: the graph, or a part of it, as DOT, SVG, PNG,
// GraphML or GEXF, for Graphviz, Gephi, NetworkX and igraph.
#include <iostream>
#include <memory>

#include "export/export_format.h"
#include "export/selection.h"
#include "graph/error.h"
#include "graph/graph_file.h"
#include "graph/resolve.h"
#include "src/cli/commands.h"
#include "src/cli/path_flags.h"

namespace kgraph {
namespace {

struct ExportOptions {
  std::string graph_path, output, format, layout, around;
  std::vector<std::string> path, types;
  std::size_t depth = 1;
  std::optional<double> min_confidence;
  PathFlags flags;
};

ExportFormat chosen_format(const ExportOptions& o) {
  if (o.format.empty()) {
    if (auto format = format_of_path(o.output)) return *format;
    throw Error(o.output + ": cannot tell the format from the extension; give --format dot|svg|png|graphml|gexf");
  }
  if (auto format = parse_export_format(o.format)) return *format;
  throw Error("--format: unknown format \"" + o.format + "\" (dot, svg, png, graphml, gexf)");
}

// The whole graph, the nodes around one, or the answer of a path query.
Selection base_selection(const Graph& graph, const ExportOptions& o) {
  NeighborQuery around{.depth = o.depth, .via = o.flags.via, .directed = o.flags.directed};
  if (!o.around.empty()) return select_around(graph, resolve_or_throw(graph, o.around), around);
  if (o.path.empty()) return select_all(graph);
  Graph::Vertex from = resolve_or_throw(graph, o.path[0]), to = resolve_or_throw(graph, o.path[1]);
  std::vector<Path> paths = find_paths(graph, from, to, path_query(graph, o.flags));
  if (paths.empty())
    throw Error("no path from " + graph.node(from).name + " to " + graph.node(to).name + "; " + o.output +
                    " not written", 1);
  return select_paths(graph, paths);
}

int run_export(const ExportOptions& o) {
  ExportFormat format = chosen_format(o);
  SelectionFilter filter{.types = parse_node_types(o.types, "--types"), .min_confidence = o.min_confidence};
  Graph graph = read_graph_file(o.graph_path);
  Selection selection = filter_selection(graph, base_selection(graph, o), filter);
  if (selection.nodes.empty())
    throw Error(o.graph_path + ": the selection is empty; " + o.output + " not written", 1);
  export_selection(graph, selection, format, o.output, o.layout);
  std::cerr << "kgraph: wrote " << o.output << " (nodes: " << selection.nodes.size()
            << ", edges: " << selection.edges.size() << ")\n";
  return 0;
}

}  // namespace

Command add_export_command(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand(
      "export", "Write the graph, or a part of it, as DOT, SVG, PNG, GraphML or GEXF.\n"
                "Example: kgraph export graph.json --around Tokayev --depth 2 -o tokayev.svg");
  sub->add_option("GRAPH", o->graph_path, "a kgraph/1 graph file")->required();
  sub->add_option("-o,--output", o->output, "the file to write (replaced whole, or left as it was)")->required();
  sub->add_option("--format", o->format, "dot, svg, png, graphml or gexf (default: from the extension of -o)");
  sub->add_option("--layout", o->layout, "Graphviz engine for svg and png: dot, sfdp, neato, fdp, circo, twopi "
                                         "(default: dot up to 300 nodes, sfdp above)");
  CLI::Option* around = sub->add_option("--around", o->around, "only this node and those within --depth hops");
  sub->add_option("--depth", o->depth, "hops from the --around node")->check(CLI::Range(1, 100));
  sub->add_option("--path", o->path, "only the nodes and edges of the paths from FROM to TO (path options apply)")
      ->expected(2)
      ->excludes(around);
  add_path_flags(*sub, o->flags);
  sub->add_option("--types", o->types, "node types kept (comma-separated)")->delimiter(',');
  sub->add_option("--min-confidence", o->min_confidence, "edges less confident are dropped (none counts as 0.5)")
      ->check(CLI::Range(0.0, 1.0));
  return Command{sub, [o] { return run_export(*o); }};
}

}  // namespace kgraph
