// Before <graph> opens, the writer must know the attribute columns (one pass
// over the selected nodes), whether anything is dated (mode and timeformat
// are attributes of <graph>) and each node's degree (viz:size); then nodes
// and edges are streamed, one line each.
#include "export/gexf.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "export/node_style.h"
#include "export/xml_graph.h"
#include "export/xml_text.h"

namespace kgraph {
namespace {

using DocumentDates = std::unordered_map<std::string_view, std::string_view>;

// The "YYYY-MM-DD" that `text` begins with, or empty.
std::string_view iso_day(std::string_view text) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i)
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
  };
  bool day = text.size() >= 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' && digits(8, 2) &&
             (text.size() == 10 || !std::isdigit(static_cast<unsigned char>(text[10])));
  return day ? text.substr(0, 10) : std::string_view();
}

DocumentDates document_dates(const Graph& graph) {
  DocumentDates dates;
  for (const Document& d : graph.documents)
    if (std::string_view day = iso_day(d.date); !day.empty()) dates.emplace(d.id, day);
  return dates;
}

std::string_view earlier(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return a.empty() ? b : a;
  return std::min(a, b);
}

std::string_view node_start(const Node& node, const DocumentDates& dates) {
  std::string_view start;
  if (auto date = node.attrs.find("date"); date != node.attrs.end() && std::holds_alternative<std::string>(date->second))
    start = iso_day(std::get<std::string>(date->second));
  if (!dates.empty())
    for (const Span& mention : node.mentions)
      if (auto day = dates.find(mention.doc); day != dates.end()) start = earlier(start, day->second);
  return start;
}

// Indexed by vertex; empty when no selected node is dated.
std::vector<std::string_view> node_starts(const Graph& graph, const Selection& selection, const DocumentDates& dates) {
  std::vector<std::string_view> starts;
  for (Graph::Vertex v : selection.nodes) {
    std::string_view start = node_start(graph.node(v), dates);
    if (start.empty()) continue;
    if (starts.empty()) starts.resize(graph.node_count());
    starts[v] = start;
  }
  return starts;
}

std::string_view edge_start(const Graph& graph, Graph::EdgeRef e, const DocumentDates& dates,
                            const std::vector<std::string_view>& node_starts) {
  std::string_view start;
  for (std::string_view doc : graph.edge_evidence_docs(e))
    if (auto day = dates.find(doc); day != dates.end()) start = earlier(start, day->second);
  if (start.empty() || node_starts.empty()) return start;
  return std::max({start, node_starts[graph.source(e)], node_starts[graph.target(e)]});
}

bool any_edge_dated(const Graph& graph, const Selection& selection, const DocumentDates& dates) {
  if (dates.empty()) return false;
  return std::any_of(selection.edges.begin(), selection.edges.end(),
                     [&](Graph::EdgeRef e) { return !edge_start(graph, e, dates, {}).empty(); });
}

std::vector<std::uint32_t> degrees(const Graph& graph, const Selection& selection) {
  std::vector<std::uint32_t> degree(graph.node_count());
  for (Graph::EdgeRef e : selection.edges) ++degree[graph.source(e)], ++degree[graph.target(e)];
  return degree;
}

double node_size(std::uint32_t degree) { return std::round((8 + 4 * std::sqrt(double(degree))) * 100) / 100; }

void write_attribute(XmlStream& out, std::string_view id, std::string_view title, std::string_view type) {
  out.raw("      <attribute id=\"").raw(id).raw("\" title=\"").text(title).raw("\" type=\"").raw(type).raw("\"/>\n");
}

void write_attributes(XmlStream& out, const std::vector<AttrColumn>& columns) {
  out.raw("    <attributes class=\"node\">\n");
  write_attribute(out, "type", "type", "string");
  write_attribute(out, "aliases", "aliases", "string");
  for (std::size_t i = 0; i < columns.size(); ++i)
    write_attribute(out, column_id(i), columns[i].title, column_type_name(columns[i].type));
  out.raw("    </attributes>\n    <attributes class=\"edge\">\n");
  write_attribute(out, "confidence", "confidence", "double");
  write_attribute(out, "evidence", "evidence", "string");
  write_attribute(out, "docs", "docs", "string");
  out.raw("    </attributes>\n");
}

XmlStream& open_value(XmlStream& out, std::string_view id) {
  return out.raw("<attvalue for=\"").raw(id).raw("\" value=\"");
}

void write_start(XmlStream& out, std::string_view start) {
  if (!start.empty()) out.raw("\" start=\"").raw(start);
}

// Everything the node lines need besides the node.
struct NodeContext {
  const std::vector<AttrColumn>& columns;
  const std::vector<std::uint32_t>& degrees;
  const std::vector<std::string_view>& starts;
};

void write_node_attvalues(XmlStream& out, const Node& node, const std::vector<AttrColumn>& columns) {
  out.raw("<attvalues>");
  open_value(out, "type").raw(node_type_name(node.type)).raw("\"/>");
  write_node_values(out, node, columns, ValueMarkup{.open = "<attvalue for=\"", .middle = "\" value=\"", .close = "\"/>"});
  out.raw("</attvalues>");
}

void write_node(XmlStream& out, const Graph& graph, Graph::Vertex v, std::string_view id, const NodeContext& context) {
  const Node& node = graph.node(v);
  const NodeStyle& style = node_style(node.type);
  out.raw("      <node id=\"").raw(id).raw("\" label=\"").text(node.name);
  if (!context.starts.empty()) write_start(out, context.starts[v]);
  out.raw("\">");
  write_node_attvalues(out, node, context.columns);
  out.raw("<viz:size value=\"").number(node_size(context.degrees[v])).raw("\"/>");
  out.raw("<viz:color r=\"").number(std::size_t{style.r}).raw("\" g=\"").number(std::size_t{style.g});
  out.raw("\" b=\"").number(std::size_t{style.b}).raw("\"/></node>\n");
}

void write_edge_values(XmlStream& out, const Edge& edge) {
  if (!edge.confidence && edge.evidence.empty()) return;
  out.raw("<attvalues>");
  if (edge.confidence) open_value(out, "confidence").number(*edge.confidence).raw("\"/>");
  if (!edge.evidence.empty()) {
    write_evidence_texts(open_value(out, "evidence"), edge);
    out.raw("\"/>");
    write_evidence_docs(open_value(out, "docs"), edge);
    out.raw("\"/>");
  }
  out.raw("</attvalues>");
}

void write_edge(XmlStream& out, const Graph& graph, Graph::EdgeRef e, std::string_view id, const XmlIds& ids,
                std::string_view start) {
  Edge edge = graph.edge_copy(e);
  out.raw("      <edge id=\"").raw(id).raw("\" source=\"").raw(ids.node(graph.source(e)));
  out.raw("\" target=\"").raw(ids.node(graph.target(e))).raw("\" label=\"").text(edge.type);
  out.raw("\" kind=\"").text(edge.type).raw("\" weight=\"").number(edge_weight(edge));
  write_start(out, start);
  out.raw("\">");
  write_edge_values(out, edge);
  out.raw("</edge>\n");
}

void write_header(XmlStream& out, bool dated) {
  out.raw(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
      "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
      "  <meta>\n    <creator>kgraph</creator>\n  </meta>\n");
  out.raw(dated ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
                : "  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
}

}  // namespace

void write_gexf(const Graph& graph, const Selection& selection, std::FILE* out) {
  XmlStream xml(out);
  std::vector<AttrColumn> columns = node_attr_columns(graph, selection);
  DocumentDates dates = document_dates(graph);
  std::vector<std::string_view> starts = node_starts(graph, selection, dates);
  std::vector<std::uint32_t> degree = degrees(graph, selection);
  write_header(xml, !starts.empty() || any_edge_dated(graph, selection, dates));
  write_attributes(xml, columns);
  XmlIds ids(graph, selection);
  xml.raw("    <nodes count=\"").number(selection.nodes.size()).raw("\">\n");
  NodeContext context{.columns = columns, .degrees = degree, .starts = starts};
  for (Graph::Vertex v : selection.nodes) write_node(xml, graph, v, ids.node(v), context);
  xml.raw("    </nodes>\n    <edges count=\"").number(selection.edges.size()).raw("\">\n");
  for (std::size_t i = 0; i < selection.edges.size(); ++i) {
    Graph::EdgeRef e = selection.edges[i];
    write_edge(xml, graph, e, ids.edge(i), ids, dates.empty() ? std::string_view() : edge_start(graph, e, dates, starts));
  }
  xml.raw("    </edges>\n  </graph>\n</gexf>\n");
  xml.flush();
}

}  // namespace kgraph
