// What the two XML exports (GraphML, GEXF) write the same way: the ids of
// nodes and edges, the typed columns of node attributes, and the few values
// that are lists or derived (aliases, evidence, documents, weight).
//
// Guarantees: ids are unique among the selection's nodes and among its edges,
// and are the kgraph ids wherever those are usable as they are; a column's
// type fits every value written in it, so a typed reader never fails on one.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/selection.h"
#include "export/xml_text.h"
#include "graph/graph.h"

namespace kgraph {

// Aliases and the documents of an edge's evidence are joined by this in one
// text value; evidence sentences by a newline, one sentence per line.
inline constexpr std::string_view kListSeparator = "; ";

// XML ids: a node keeps its kgraph id when cleaning leaves it as it is (always,
// for graphs kgraph builds), else gets "_n<vertex index>"; an edge keeps its
// id when it is non-empty, clean and not shared with another selected edge,
// else gets "_e<position in the selection>". Either fallback gains leading
// underscores until it is no kgraph id. Ids come back escaped, ready to go
// between quotes.
//
// The selected nodes' ids are copied into one block when this is built: an
// edge's two ends are then read from a few megabytes instead of from two
// random nodes of the graph, which on a large graph are two cache misses.
// Memory: the ids' bytes plus 8 bytes per node and per selected edge.
class XmlIds {
 public:
  XmlIds(const Graph& graph, const Selection& selection);
  // `v` must be a selected node.
  std::string_view node(Graph::Vertex v) const {
    return std::string_view(node_ids_).substr(node_starts_[v], node_starts_[v + 1] - node_starts_[v]);
  }
  // `position` is the edge's index in selection.edges.
  std::string edge(std::size_t position) const;

 private:
  std::string node_id(Graph::Vertex v) const;

  const Graph& graph_;
  const Selection& selection_;
  std::string node_ids_;                     // every selected node's id, escaped, in vertex order
  std::vector<std::uint64_t> node_starts_;  // where node v's id begins in node_ids_; node_count() + 1 of them
  std::vector<std::uint64_t> edge_hashes_;  // of every selected edge id, sorted
  std::vector<std::uint64_t> shared_;       // those seen more than once
};

// The type of a column as both formats name it ("long", "double", ...).
enum class ColumnType { kBoolean, kLong, kDouble, kString };
std::string_view column_type_name(ColumnType type);

// One column per attribute name found on the selected nodes, in name order.
// The type is the values' kind: integers only -> long; integers and doubles
// -> double; booleans only -> boolean; anything else (texts, JSON values,
// mixed kinds) -> string. `value_usd` is always double when numeric (an
// amount, whole or not). The title is the cleaned name, or "attrs.NAME" when
// that is empty or is one of kReservedNodeTitles, with "#2", "#3"... after it
// if needed.
struct AttrColumn {
  std::string name;   // the key in Node::attrs
  std::string title;  // as the file declares it (clean, not escaped)
  ColumnType type;
};
std::vector<AttrColumn> node_attr_columns(const Graph& graph, const Selection& selection);

// Titles an attribute may not take: the keys both formats write for every
// node, and those Gephi reads as its own properties (position, size, colour,
// time), so one attribute has one title in GraphML and GEXF.
extern const std::set<std::string> kReservedNodeTitles;

// "a<index>", the id of columns[index] in either format.
std::string column_id(std::size_t index);

// Values as text: numbers in round-trip form, booleans true/false, texts
// cleaned and escaped, JSON values (objects, arrays, null) as compact JSON.
void write_attr_value(XmlStream& out, const AttrValue& value);
// How a format wraps one value of a node or edge: open, id, middle, the
// value, close (GraphML <data key="ID">V</data>, GEXF <attvalue for="ID" value="V"/>).
struct ValueMarkup {
  std::string_view open, middle, close;
};
// The node's aliases (id "aliases", when it has any) and attributes (ids "a0",
// "a1"... by column index), each wrapped in `markup`.
void write_node_values(XmlStream& out, const Node& node, const std::vector<AttrColumn>& columns,
                       const ValueMarkup& markup);
void write_evidence_texts(XmlStream& out, const Edge& edge);
// The distinct document ids of the evidence, in order of first appearance.
void write_evidence_docs(XmlStream& out, const Edge& edge);

// The edge's confidence, or kUnknownConfidence when it has none.
double edge_weight(const Edge& edge);

}  // namespace kgraph
