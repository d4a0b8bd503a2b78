// The knowledge graph: typed nodes and edges with their names, aliases,
// attributes, mentions, confidence and evidence (../shared/spec/graph-format.md),
// held in arrays sized for a graph of millions of edges (see Graph).
//
// Guarantees: node ids are unique; nodes and edges keep the order in which they
// were added (the file order), so writing a graph read from a file gives the
// same order back; name look-ups fold case, accents and punctuation (fold.h).
//
// Offsets everywhere in kgraph are Unicode code points of the document's UTF-8
// text, in [start, end). A confidence is the extractor's estimate, in [0, 1],
// that the edge is stated by its evidence.
#pragma once

#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/range/adaptor/transformed.hpp>
#include <boost/range/irange.hpp>

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

// Move-only. The topology is a Boost.Graph adjacency_list whose vertex
// bundle is the Node and whose edge bundle is a 24-byte record (type and
// document ids interned, confidence, id and evidence texts in an arena),
// because an Edge struct with one evidence costs about 270 bytes: 5,000,000
// edges would not fit in 1.5 GB. Its edge list is a vector (no list node per
// edge), so an edge's place in it is its EdgeRef. edge() builds the Edge of
// a record on first use and keeps it, so the reference it returns stays
// valid, and the same, for the life of the graph; mutable_edge() edits that
// kept Edge. Walks use out_arcs(), in_arcs(), edge_type() and
// edge_confidence(), which build nothing.
//
// The const methods build indexes and kept edges on demand: one Graph must
// not be used from several threads at once.
class Graph {
  struct EdgeRecord {
    std::uint32_t evidence_begin;  // in evidence_; the edge's evidence ends where the next edge's begins
    std::uint32_t type;            // in types_
    double confidence;             // NaN: none
    std::uint64_t id;              // in text_
  };

 public:
  using Vertex = std::size_t;
  // An edge: its position in the order edges were added.
  struct EdgeRef {
    std::uint32_t index = 0;
    auto operator<=>(const EdgeRef&) const = default;
  };
  // One step from a node: the node at the other end, and the edge.
  struct Arc {
    std::uint32_t node;
    EdgeRef edge;
  };
  // vecS edge list: edges in one vector, each out and in list holding the
  // other end and the edge's place in that vector.
  using Topology = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, EdgeRecord,
                                         boost::no_property, boost::vecS>;

  // The arcs of one node, read from Boost's out or in edges: the other end
  // and the edge's place, computed from the edge's address without reading it.
  template <class EdgeIterator, bool kOut>
  class Arcs {
   public:
    class iterator {
     public:
      using value_type = Arc;
      using difference_type = std::ptrdiff_t;
      iterator() = default;
      iterator(EdgeIterator it, const Graph* g) : it_(it), g_(g) {}
      Arc operator*() const {
        auto e = *it_;
        return Arc{static_cast<std::uint32_t>(kOut ? e.m_target : e.m_source), g_->ref_of(e)};
      }
      iterator& operator++() { ++it_; return *this; }
      iterator operator++(int) { iterator old = *this; ++it_; return old; }
      bool operator==(const iterator& other) const { return it_ == other.it_; }

     private:
      EdgeIterator it_{};
      const Graph* g_ = nullptr;
    };
    Arcs(std::pair<EdgeIterator, EdgeIterator> range, const Graph* g) : begin_(range.first, g), end_(range.second, g) {}
    iterator begin() const { return begin_; }
    iterator end() const { return end_; }
    std::size_t size() const { return static_cast<std::size_t>(std::distance(begin_, end_)); }
    bool empty() const { return begin_ == end_; }

   private:
    iterator begin_, end_;
  };
  using OutArcs = Arcs<Topology::out_edge_iterator, true>;
  using InArcs = Arcs<Topology::in_edge_iterator, false>;

  Graph() = default;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;
  Graph(Graph&&) = default;
  Graph& operator=(Graph&&) = default;

  // Adds a node; throws Error if its id is empty or already taken.
  Vertex add_node(Node node);
  // The same, but nullopt when the id is taken: then `node` is left as it was.
  std::optional<Vertex> add_node_if_new(Node&& node);
  // Adds an edge from `source` to `target`; parallel edges are allowed.
  EdgeRef add_edge(Vertex source, Vertex target, const Edge& edge);
  // For loading a file, whose edges name their ends by node id and may come
  // before those nodes: stage_edge() records an edge with the ids of its
  // ends; add_staged_edges() then finds all the ends at once (a hash-table
  // probe per end, prefetched: one at a time, cache misses took an eighth of
  // a big file's load) and joins the edges to the topology, each node's out
  // and in lists sized exactly once (growing two million lists one push at a
  // time took a quarter). Edges keep the order they were staged in, after
  // those added before. Between the calls nodes may be added and ids looked
  // up, but no edge added or read.
  void stage_edge(std::string_view source_id, std::string_view target_id, const Edge& edge);
  // An end that named no node: the staged edge (0 for the first staged),
  // which end, and the id.
  struct MissingEnd {
    std::size_t edge;
    bool is_target;
    std::string id;
  };
  // The first missing end, in staged order, source before target; the graph
  // must then be thrown away. nullopt when every end was found.
  std::optional<MissingEnd> add_staged_edges();
  // Room for n more edges, staged or added, that their vector then need not
  // grow into (a grown vector is copied, into pages touched anew). A room
  // never used costs address space, not memory: pages are mapped as they are
  // first written. Without room to be had, edges get room as they come.
  void reserve_edges(std::size_t n);

  std::size_t node_count() const { return boost::num_vertices(*topology_); }
  std::size_t edge_count() const { return edge_list().size(); }

  const Node& node(Vertex v) const { return (*topology_)[v]; }
  // Changing a name or aliases through this reference is fine: the name index
  // is rebuilt on the next look-up. Changing the id is not allowed.
  Node& mutable_node(Vertex v);
  const Edge& edge(EdgeRef e) const;
  Edge& mutable_edge(EdgeRef e);
  // A copy of the edge, built on each call and not kept: for reading every
  // edge of a large graph once (writing it).
  Edge edge_copy(EdgeRef e) const;
  std::string_view edge_type(EdgeRef e) const;
  std::string_view edge_id(EdgeRef e) const;
  // The document ids of the edge's evidence, in order.
  std::vector<std::string_view> edge_evidence_docs(EdgeRef e) const;
  std::optional<double> edge_confidence(EdgeRef e) const;
  Vertex source(EdgeRef e) const { return edge_list()[e.index].m_source; }
  Vertex target(EdgeRef e) const { return edge_list()[e.index].m_target; }

  // Edges whose source is v (out) or whose target is v (in), each in the
  // order added.
  OutArcs out_arcs(Vertex v) const { return {boost::out_edges(v, *topology_), this}; }
  InArcs in_arcs(Vertex v) const { return {boost::in_edges(v, *topology_), this}; }
  // The Boost graph itself, for Boost algorithms; its edge bundles are
  // internal records: read edges through the methods above.
  const Topology& topology() const { return *topology_; }

  // Vertices are 0 .. node_count()-1 in the order added; edges in the order added.
  // Edges are never removed, so edge i is the i-th added: no list is kept.
  auto edges_in_order() const {
    // Boost's range adaptors, not std::views: clang 14 (the fuzz build) cannot
    // compile libstdc++ 12's views::transform.
    return boost::adaptors::transform(boost::irange(std::uint32_t{0}, static_cast<std::uint32_t>(edge_count())),
                                      [](std::uint32_t i) { return EdgeRef{i}; });
  }

  std::optional<Vertex> find_id(std::string_view id) const;
  // Nodes whose folded name or folded alias equals fold_name(name), in vertex
  // order; empty when none. Builds the name index on first use.
  std::vector<Vertex> find_name(std::string_view name) const;
  // Every folded name and alias key with its nodes, for fuzzy matching.
  const std::unordered_map<std::string, std::vector<Vertex>>& name_index() const;

  std::vector<Document> documents;
  UnknownFields unknown;  // top-level fields of the file that kgraph does not know

 private:
  // Strings stored one after the other in large chunks that never move, each
  // behind its length; a string is named by its chunk and offset.
  class TextArena {
   public:
    std::uint64_t add(std::string_view text);
    std::string_view get(std::uint64_t ref) const;

   private:
    std::vector<std::vector<char>> chunks_;
  };
  // Distinct short strings (edge types, document ids) by number.
  struct StringTable {
    std::uint32_t intern(std::string_view s);
    std::deque<std::string> strings;  // a deque: views of them stay valid
    std::unordered_map<std::string_view, std::uint32_t> numbers;
  };
  struct EvidenceRecord {
    std::uint32_t doc;  // in docs_
    std::uint64_t text;  // in text_
    std::int64_t start, end;
  };
  bool kept(EdgeRef e) const { return e.index < kept_flags_.size() && kept_flags_[e.index]; }

  // Boost's vector of edges (public in its implementation, not in its
  // documentation): the only way to reach an edge by its place.
  const Topology::EdgeContainer& edge_list() const { return topology_->m_edges; }
  const EdgeRecord& record(EdgeRef e) const { return edge_list()[e.index].get_property(); }
  std::size_t evidence_end(EdgeRef e) const {
    return e.index + 1 < edge_count() ? record(EdgeRef{e.index + 1}).evidence_begin : evidence_.size();
  }
  template <class Descriptor>
  EdgeRef ref_of(const Descriptor& e) const {
    auto* first = reinterpret_cast<const char*>(&edge_list().front().get_property());
    auto offset = static_cast<std::size_t>(static_cast<const char*>(e.get_property()) - first);
    return EdgeRef{static_cast<std::uint32_t>(offset / sizeof(Topology::EdgeContainer::value_type))};
  }

  // Behind a pointer: adjacency_list has no move constructor (moving would
  // copy it), and its out and in lists point at its edge vector.
  std::unique_ptr<Topology> topology_ = std::make_unique<Topology>();
  // Staged edges wait in the edge vector itself, from staged_begin_ on, each
  // end an id key (staged_key()) instead of a vertex; long ids are in staged_ids_.
  std::optional<std::size_t> staged_begin_;
  TextArena staged_ids_;
  std::uint64_t staged_key(std::string_view id);
  std::string_view staged_id(std::uint64_t key, char (&buffer)[8]) const;
  EdgeRecord record_edge(EdgeRef e, const Edge& edge);
  std::optional<MissingEnd> resolve_staged_ends();
  void join_staged_edges();
  // Open addressing by hash of the id; a slot holds the id itself when it
  // is short, else a copy in ids_, so a look-up reads no node.
  struct IdSlot {
    std::uint32_t vertex = 0;  // vertex + 1; 0: empty
    std::uint32_t tag = 0;     // high bits of the id's hash
    std::uint64_t id = 0;      // short_id() of the id, or its place in ids_
  };
  std::vector<IdSlot> id_slots_;
  TextArena ids_;
  void index_id(IdSlot slot, std::size_t hash);
  std::optional<Vertex> find_hashed(std::string_view id, std::size_t hash) const;
  std::deque<EvidenceRecord> evidence_;
  TextArena text_;
  StringTable types_, docs_;
  std::unordered_map<std::uint32_t, UnknownFields> edge_unknown_;  // only edges that have some
  mutable std::unordered_map<std::uint32_t, Edge> kept_edges_;
  mutable std::vector<bool> kept_flags_;
  mutable std::unordered_map<std::string, std::vector<Vertex>> by_name_;
  mutable bool name_index_stale_ = true;
};

}  // namespace kgraph
