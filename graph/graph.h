// The knowledge graph: typed nodes and edges with their names, aliases,
// attributes, mentions, confidence and evidence (../shared/spec/graph-format.md),
// held in a Boost.Graph adjacency_list with the Node and Edge structs as
// bundled properties.
//
// Guarantees: node ids are unique; nodes and edges keep the order in which they
// were added (the file order), so writing a graph read from a file gives the
// same order back; name look-ups fold case, accents and punctuation (fold.h).
//
// Offsets everywhere in kgraph are Unicode code points of the document's UTF-8
// text, in [start, end). A confidence is the extractor's estimate, in [0, 1],
// that the edge is stated by its evidence.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace kgraph {

enum class NodeType : std::uint8_t { kLeader, kPerson, kFirm, kOrganization, kCountry, kDeal, kPlace };
inline constexpr NodeType kAllNodeTypes[] = {NodeType::kLeader, NodeType::kPerson, NodeType::kFirm,
                                             NodeType::kOrganization, NodeType::kCountry,
                                             NodeType::kDeal, NodeType::kPlace};

// "leader", "person", ... as the file writes them.
std::string_view node_type_name(NodeType type);
// The type a file name stands for; nullopt for anything else.
std::optional<NodeType> parse_node_type(std::string_view name);

// The five scored edge types; edges may carry any other non-empty type too.
inline constexpr std::string_view kSigned = "signed";
inline constexpr std::string_view kMetWith = "met-with";
inline constexpr std::string_view kInvestedIn = "invested-in";
inline constexpr std::string_view kLeaderOf = "leader-of";
inline constexpr std::string_view kBasedIn = "based-in";

// A JSON value kept as its compact text: fields this version does not know,
// and attribute values that are objects, arrays or null.
struct RawJson {
  std::string text = {};
  bool operator==(const RawJson&) const = default;
};
// Fields of a JSON object that kgraph does not know, in file order, so that
// they survive a read-write round trip.
using UnknownFields = std::vector<std::pair<std::string, RawJson>>;

// Attribute values keep their JSON kind: integers stay exact (4200000000).
using AttrValue = std::variant<std::string, std::int64_t, double, bool, RawJson>;
using Attrs = std::map<std::string, AttrValue, std::less<>>;

struct Span {
  std::string doc = {};  // a document id
  std::int64_t start = 0;
  std::int64_t end = 0;
};

struct Evidence {
  std::string doc = {};
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::string text = {};  // the sentence
};

struct Document {
  std::string id = {};
  std::string path = {};
  std::string title = {};
  std::string sha256 = {};  // hex digest of the file's bytes
  std::int64_t chars = -1;  // code points; -1 when unknown
  std::string date = {};  // ISO 8601 when known
  UnknownFields unknown = {};
};

struct Node {
  std::string id = {};
  NodeType type = NodeType::kPerson;
  std::string name = {};
  std::vector<std::string> aliases = {};
  Attrs attrs = {};
  std::vector<Span> mentions = {};
  UnknownFields unknown = {};
};

struct Edge {
  std::string id = {};
  std::string type = {};
  std::optional<double> confidence = {};
  std::vector<Evidence> evidence = {};
  UnknownFields unknown = {};
};

// What an edge without a confidence counts as, wherever confidences are
// compared or multiplied (reliable paths, export filters).
inline constexpr double kUnknownConfidence = 0.5;

// Move-only: Boost's adjacency_list has no move constructor, so the storage
// lives behind a pointer and edge handles stay valid when a Graph is moved.
class Graph {
 public:
  using Storage = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
  using Vertex = Storage::vertex_descriptor;
  using EdgeRef = Storage::edge_descriptor;

  Graph() : g_(std::make_unique<Storage>()) {}
  Graph(Graph&&) = default;
  Graph& operator=(Graph&&) = default;

  // Adds a node; throws Error if its id is empty or already taken.
  Vertex add_node(Node node);
  // Adds an edge from `source` to `target`; parallel edges are allowed.
  EdgeRef add_edge(Vertex source, Vertex target, Edge edge);

  std::size_t node_count() const { return boost::num_vertices(*g_); }
  std::size_t edge_count() const { return edge_order_.size(); }

  const Node& node(Vertex v) const { return (*g_)[v]; }
  // Changing a name or aliases through this reference is fine: the name index
  // is rebuilt on the next look-up. Changing the id is not allowed.
  Node& mutable_node(Vertex v);
  const Edge& edge(EdgeRef e) const { return (*g_)[e]; }
  Edge& mutable_edge(EdgeRef e) { return (*g_)[e]; }
  Vertex source(EdgeRef e) const { return boost::source(e, *g_); }
  Vertex target(EdgeRef e) const { return boost::target(e, *g_); }

  // Vertices are 0 .. node_count()-1 in the order added; edges in the order added.
  const std::vector<EdgeRef>& edges_in_order() const { return edge_order_; }

  std::optional<Vertex> find_id(std::string_view id) const;
  // Nodes whose folded name or folded alias equals fold_name(name), in vertex
  // order; empty when none. Builds the name index on first use.
  std::vector<Vertex> find_name(std::string_view name) const;
  // Every folded name and alias key with its nodes, for fuzzy matching.
  const std::unordered_map<std::string, std::vector<Vertex>>& name_index() const;

  const Storage& storage() const { return *g_; }

  std::vector<Document> documents;
  UnknownFields unknown;  // top-level fields of the file that kgraph does not know

 private:
  std::unique_ptr<Storage> g_;
  std::vector<EdgeRef> edge_order_;
  std::unordered_map<std::string, Vertex> by_id_;
  mutable std::unordered_map<std::string, std::vector<Vertex>> by_name_;
  mutable bool name_index_stale_ = true;
};

}  // namespace kgraph
