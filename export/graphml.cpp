// One pass over the selected nodes finds the attribute keys (they must all be
// declared before <graph>), then nodes and edges are streamed, one line each.
#include "export/graphml.h"

#include <algorithm>
#include <string>
#include <vector>

#include "export/node_style.h"
#include "export/xml_graph.h"
#include "export/xml_text.h"

namespace kgraph {
namespace {

void write_key(XmlStream& out, std::string_view id, std::string_view for_what, std::string_view name,
               std::string_view type) {
  out.raw("  <key id=\"").raw(id).raw("\" for=\"").raw(for_what).raw("\" attr.name=\"").text(name);
  out.raw("\" attr.type=\"").raw(type).raw("\"/>\n");
}

void write_keys(XmlStream& out, const std::vector<AttrColumn>& columns) {
  for (std::string_view name : {"label", "type", "labelV", "aliases"}) write_key(out, "n_" + std::string(name), "node", name, "string");
  for (std::string_view name : {"r", "g", "b"}) write_key(out, "n_" + std::string(name), "node", name, "int");
  for (std::size_t i = 0; i < columns.size(); ++i)
    write_key(out, "n_" + column_id(i), "node", columns[i].title, column_type_name(columns[i].type));
  for (std::string_view name : {"label", "type", "labelE"}) write_key(out, "e_" + std::string(name), "edge", name, "string");
  for (std::string_view name : {"weight", "confidence"}) write_key(out, "e_" + std::string(name), "edge", name, "double");
  for (std::string_view name : {"evidence", "docs"}) write_key(out, "e_" + std::string(name), "edge", name, "string");
}

// The r, g, b data of each node type, written once here.
std::string colour_data(NodeType type) {
  const NodeStyle& style = node_style(type);
  return "<data key=\"n_r\">" + std::to_string(style.r) + "</data><data key=\"n_g\">" + std::to_string(style.g) +
         "</data><data key=\"n_b\">" + std::to_string(style.b) + "</data>";
}

XmlStream& open_data(XmlStream& out, std::string_view key) { return out.raw("<data key=\"").raw(key).raw("\">"); }

void write_node(XmlStream& out, const Node& node, std::string_view id, const std::vector<AttrColumn>& columns) {
  static const std::vector<std::string> kColours = [] {
    std::vector<std::string> colours;
    for (NodeType type : kAllNodeTypes) colours.push_back(colour_data(type));
    return colours;
  }();
  std::string_view type = node_type_name(node.type);
  out.raw("    <node id=\"").raw(id).raw("\">");
  open_data(out, "n_label").text(node.name).raw("</data>");
  open_data(out, "n_type").raw(type).raw("</data>");
  open_data(out, "n_labelV").raw(type).raw("</data>");
  out.raw(kColours[static_cast<std::size_t>(node.type)]);
  write_node_values(out, node, columns, ValueMarkup{.open = "<data key=\"n_", .middle = "\">", .close = "</data>"});
  out.raw("</node>\n");
}

void write_edge(XmlStream& out, const Graph& graph, Graph::EdgeRef e, std::string_view id, const XmlIds& ids) {
  Edge edge = graph.edge_copy(e);
  out.raw("    <edge id=\"").raw(id).raw("\" source=\"").raw(ids.node(graph.source(e)));
  out.raw("\" target=\"").raw(ids.node(graph.target(e))).raw("\" label=\"").text(edge.type).raw("\">");
  for (std::string_view key : {"e_label", "e_type", "e_labelE"}) open_data(out, key).text(edge.type).raw("</data>");
  open_data(out, "e_weight").number(edge_weight(edge)).raw("</data>");
  if (edge.confidence) open_data(out, "e_confidence").number(*edge.confidence).raw("</data>");
  if (!edge.evidence.empty()) {
    write_evidence_texts(open_data(out, "e_evidence"), edge);
    out.raw("</data>");
    write_evidence_docs(open_data(out, "e_docs"), edge);
    out.raw("</data>");
  }
  out.raw("</edge>\n");
}

}  // namespace

void write_graphml(const Graph& graph, const Selection& selection, std::FILE* out) {
  XmlStream xml(out);
  std::vector<AttrColumn> columns = node_attr_columns(graph, selection);
  xml.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  write_keys(xml, columns);
  xml.raw("  <graph id=\"G\" edgedefault=\"directed\">\n");
  XmlIds ids(graph, selection);
  for (Graph::Vertex v : selection.nodes) write_node(xml, graph.node(v), ids.node(v), columns);
  for (std::size_t i = 0; i < selection.edges.size(); ++i) write_edge(xml, graph, selection.edges[i], ids.edge(i), ids);
  xml.raw("  </graph>\n</graphml>\n");
  xml.flush();
}

}  // namespace kgraph
