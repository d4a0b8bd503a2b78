#include "export/xml_graph.h"

#include <algorithm>
#include <functional>
#include <map>
#include <variant>

#include "graph/paths.h"

namespace kgraph {
namespace {

std::uint64_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

bool contains(const std::vector<std::uint64_t>& sorted, std::uint64_t hash) {
  return std::binary_search(sorted.begin(), sorted.end(), hash);
}

// Leading underscores until `taken` says the id is free.
std::string free_id(std::string id, const std::function<bool(const std::string&)>& taken) {
  while (taken(id)) id.insert(id.begin(), '_');
  return id;
}

ColumnType kind_of(const AttrValue& value) {
  if (std::holds_alternative<std::int64_t>(value)) return ColumnType::kLong;
  if (std::holds_alternative<double>(value)) return ColumnType::kDouble;
  if (std::holds_alternative<bool>(value)) return ColumnType::kBoolean;
  return ColumnType::kString;
}

ColumnType merged(ColumnType a, ColumnType b) {
  if (a == b) return a;
  auto numeric = [](ColumnType t) { return t == ColumnType::kLong || t == ColumnType::kDouble; };
  return numeric(a) && numeric(b) ? ColumnType::kDouble : ColumnType::kString;
}

std::string free_title(const std::string& name, std::set<std::string>& taken) {
  std::string title = clean_xml_text(name);
  if (title.empty() || taken.count(title)) {
    std::string base = "attrs." + title;
    title = base;
    for (int n = 2; taken.count(title); ++n) title = base + "#" + std::to_string(n);
  }
  taken.insert(title);
  return title;
}

}  // namespace

XmlIds::XmlIds(const Graph& graph, const Selection& selection)
    : graph_(graph), selection_(selection), node_starts_(graph.node_count() + 1) {
  auto selected = selection.nodes.begin();
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) {
    node_starts_[v] = node_ids_.size();
    if (selected != selection.nodes.end() && *selected == v) append_xml_text(node_id(v), node_ids_), ++selected;
  }
  node_starts_.back() = node_ids_.size();
  edge_hashes_.reserve(selection.edges.size());
  for (Graph::EdgeRef e : selection.edges) edge_hashes_.push_back(id_hash(graph.edge_id(e)));
  std::sort(edge_hashes_.begin(), edge_hashes_.end());
  for (std::size_t i = 1; i < edge_hashes_.size(); ++i)
    if (edge_hashes_[i] == edge_hashes_[i - 1] && (shared_.empty() || shared_.back() != edge_hashes_[i]))
      shared_.push_back(edge_hashes_[i]);
}

std::string XmlIds::node_id(Graph::Vertex v) const {
  const std::string& id = graph_.node(v).id;
  if (is_clean_xml_text(id)) return id;
  return free_id("_n" + std::to_string(v), [&](const std::string& c) { return graph_.find_id(c).has_value(); });
}

std::string XmlIds::edge(std::size_t position) const {
  std::string_view id = graph_.edge_id(selection_.edges[position]);
  if (!id.empty() && is_clean_xml_text(id) && (shared_.empty() || !contains(shared_, id_hash(id)))) {
    std::string escaped;
    append_xml_text(id, escaped);
    return escaped;
  }
  return free_id("_e" + std::to_string(position), [&](const std::string& c) { return contains(edge_hashes_, id_hash(c)); });
}

std::string_view column_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::kBoolean: return "boolean";
    case ColumnType::kLong: return "long";
    case ColumnType::kDouble: return "double";
    case ColumnType::kString: return "string";
  }
  return "string";
}

const std::set<std::string> kReservedNodeTitles = {"id",   "label", "type", "labelV", "aliases", "r",     "g",
                                                   "b",    "x",     "y",    "z",      "size",    "color", "start",
                                                   "end",  "interval", "timeset"};

std::vector<AttrColumn> node_attr_columns(const Graph& graph, const Selection& selection) {
  std::set<std::string> taken = kReservedNodeTitles;
  std::map<std::string, ColumnType, std::less<>> types;
  for (Graph::Vertex v : selection.nodes) {
    for (const auto& [name, value] : graph.node(v).attrs) {
      auto [it, added] = types.try_emplace(name, kind_of(value));
      if (!added) it->second = merged(it->second, kind_of(value));
    }
  }
  std::vector<AttrColumn> columns;
  for (auto& [name, type] : types) {
    if (name == "value_usd" && type == ColumnType::kLong) type = ColumnType::kDouble;
    columns.push_back(AttrColumn{.name = name, .title = free_title(name, taken), .type = type});
  }
  return columns;
}

void write_attr_value(XmlStream& out, const AttrValue& value) {
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::string>) out.text(v);
        else if constexpr (std::is_same_v<V, bool>) out.raw(v ? "true" : "false");
        else if constexpr (std::is_same_v<V, RawJson>) out.text(v.text);
        else out.number(v);
      },
      value);
}

std::string column_id(std::size_t index) { return "a" + std::to_string(index); }

void write_node_values(XmlStream& out, const Node& node, const std::vector<AttrColumn>& columns,
                       const ValueMarkup& markup) {
  if (!node.aliases.empty()) {
    out.raw(markup.open).raw("aliases").raw(markup.middle);
    for (std::size_t i = 0; i < node.aliases.size(); ++i) (i ? out.raw(kListSeparator) : out).text(node.aliases[i]);
    out.raw(markup.close);
  }
  for (const auto& [name, value] : node.attrs) {
    auto column = std::lower_bound(columns.begin(), columns.end(), name,
                                   [](const AttrColumn& c, const std::string& n) { return c.name < n; });
    out.raw(markup.open).raw(column_id(static_cast<std::size_t>(column - columns.begin()))).raw(markup.middle);
    write_attr_value(out, value);
    out.raw(markup.close);
  }
}

void write_evidence_texts(XmlStream& out, const Edge& edge) {
  for (std::size_t i = 0; i < edge.evidence.size(); ++i) (i ? out.text("\n") : out).text(edge.evidence[i].text);
}

void write_evidence_docs(XmlStream& out, const Edge& edge) {
  for (std::size_t i = 0; i < edge.evidence.size(); ++i) {
    const std::string& doc = edge.evidence[i].doc;
    auto earlier = edge.evidence.begin() + static_cast<std::ptrdiff_t>(i);
    if (std::find_if(edge.evidence.begin(), earlier, [&](const Evidence& e) { return e.doc == doc; }) != earlier)
      continue;
    (i ? out.raw(kListSeparator) : out).text(doc);
  }
}

double edge_weight(const Edge& edge) { return edge.confidence.value_or(kUnknownConfidence); }

}  // namespace kgraph
