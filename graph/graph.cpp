#include "graph/graph.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <new>
#include <stdexcept>

#include "graph/error.h"
#include "graph/fold.h"

namespace kgraph {

std::string_view node_type_name(NodeType type) {
  switch (type) {
    case NodeType::kLeader: return "leader";
    case NodeType::kPerson: return "person";
    case NodeType::kFirm: return "firm";
    case NodeType::kOrganization: return "organization";
    case NodeType::kCountry: return "country";
    case NodeType::kDeal: return "deal";
    case NodeType::kPlace: return "place";
  }
  return "person";
}

std::optional<NodeType> parse_node_type(std::string_view name) {
  for (NodeType type : kAllNodeTypes)
    if (node_type_name(type) == name) return type;
  return std::nullopt;
}

// ---------------------------------------------------------------- strings

namespace {

constexpr std::size_t kChunkBytes = 1 << 20;

// Lengths are written in 7-bit groups, low first, the high bit saying "more".
std::size_t put_length(char* out, std::size_t n) {
  std::size_t i = 0;
  for (; n >= 0x80; n >>= 7) out[i++] = static_cast<char>((n & 0x7f) | 0x80);
  out[i++] = static_cast<char>(n);
  return i;
}

std::size_t id_hash(std::string_view id) { return std::hash<std::string_view>{}(id); }

// An id of up to 7 bytes packed with its length in the top byte (0x80 | n),
// which no arena reference has: comparing two is comparing two integers.
constexpr std::uint64_t kShortFlag = 0x80;
std::optional<std::uint64_t> short_id(std::string_view id) {
  if (id.size() > 7) return std::nullopt;
  std::uint64_t packed = 0;
  std::memcpy(&packed, id.data(), id.size());
  return packed | (kShortFlag | id.size()) << 56;
}

}  // namespace

std::uint64_t Graph::TextArena::add(std::string_view text) {
  char length[10];
  std::size_t length_bytes = put_length(length, text.size());
  std::size_t need = length_bytes + text.size();
  if (chunks_.empty() || chunks_.back().capacity() - chunks_.back().size() < need) {
    chunks_.emplace_back();
    chunks_.back().reserve(std::max(kChunkBytes, need));  // never grown past: views stay valid
  }
  std::vector<char>& chunk = chunks_.back();
  std::uint64_t ref = (static_cast<std::uint64_t>(chunks_.size() - 1) << 32) | chunk.size();
  chunk.insert(chunk.end(), length, length + length_bytes);
  chunk.insert(chunk.end(), text.begin(), text.end());
  return ref;
}

std::string_view Graph::TextArena::get(std::uint64_t ref) const {
  const char* p = chunks_[ref >> 32].data() + (ref & 0xffffffffu);
  std::size_t n = 0;
  for (int shift = 0;; shift += 7) {
    auto byte = static_cast<unsigned char>(*p++);
    n |= static_cast<std::size_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) break;
  }
  return {p, n};
}

std::uint32_t Graph::StringTable::intern(std::string_view s) {
  auto it = numbers.find(s);
  if (it != numbers.end()) return it->second;
  auto number = static_cast<std::uint32_t>(strings.size());
  numbers.emplace(strings.emplace_back(s), number);
  return number;
}

// ---------------------------------------------------------------- nodes

// Open addressing with linear probing, at most half full: a look-up costs a
// probe or two, no allocation, and reads only the table and the copies of
// the ids (25 MB for 1,000,000 nodes, against 190 MB of Node structs).
void Graph::index_id(IdSlot slot, std::size_t hash) {
  std::size_t mask = id_slots_.size() - 1;
  std::size_t i = hash & mask;
  while (id_slots_[i].vertex) i = (i + 1) & mask;
  id_slots_[i] = slot;
}

std::optional<Graph::Vertex> Graph::find_id(std::string_view id) const { return find_hashed(id, id_hash(id)); }

std::optional<Graph::Vertex> Graph::find_hashed(std::string_view id, std::size_t hash) const {
  if (id_slots_.empty()) return std::nullopt;
  std::size_t mask = id_slots_.size() - 1;
  auto tag = static_cast<std::uint32_t>(hash >> 32);
  std::optional<std::uint64_t> packed = short_id(id);
  for (std::size_t i = hash & mask; id_slots_[i].vertex; i = (i + 1) & mask) {
    const IdSlot& slot = id_slots_[i];
    if (slot.tag != tag) continue;
    if (packed ? slot.id == *packed : !(slot.id >> 63) && ids_.get(slot.id) == id) return slot.vertex - 1;
  }
  return std::nullopt;
}

Graph::Vertex Graph::add_node(Node node) {
  std::optional<Vertex> v = add_node_if_new(std::move(node));
  if (!v) throw Error("duplicate node id \"" + node.id + "\"");
  return *v;
}

std::optional<Graph::Vertex> Graph::add_node_if_new(Node&& node) {
  if (node.id.empty()) throw Error("node id is empty");
  std::size_t hash = id_hash(node.id);
  if (find_hashed(node.id, hash)) return std::nullopt;
  IdSlot slot{static_cast<std::uint32_t>(node_count() + 1), static_cast<std::uint32_t>(hash >> 32),
              short_id(node.id).value_or(0)};
  if (!slot.id) slot.id = ids_.add(node.id);
  // Boost's add_vertex(property) copies the Node: add an empty one, move into it.
  Vertex v = boost::add_vertex(*topology_);
  (*topology_)[v] = std::move(node);
  if (2 * node_count() > id_slots_.size()) {
    std::vector<IdSlot> old = std::move(id_slots_);
    id_slots_.assign(std::max<std::size_t>(16, 2 * old.size()), IdSlot{});
    for (const IdSlot& s : old)
      if (s.vertex) index_id(s, id_hash((*topology_)[s.vertex - 1].id));
  }
  index_id(slot, hash);
  name_index_stale_ = true;
  return v;
}

Node& Graph::mutable_node(Vertex v) {
  name_index_stale_ = true;
  return (*topology_)[v];
}

// ---------------------------------------------------------------- edges

// Files the edge's id, evidence and unknown fields; returns the record the
// topology keeps.
Graph::EdgeRecord Graph::record_edge(EdgeRef e, const Edge& edge) {
  EdgeRecord r{.evidence_begin = static_cast<std::uint32_t>(evidence_.size()),
               .type = types_.intern(edge.type),
               .confidence = edge.confidence.value_or(std::nan("")),
               .id = text_.add(edge.id)};
  for (const Evidence& ev : edge.evidence)
    evidence_.push_back(EvidenceRecord{.doc = docs_.intern(ev.doc), .text = text_.add(ev.text),
                                       .start = ev.start, .end = ev.end});
  if (!edge.unknown.empty()) edge_unknown_.emplace(e.index, edge.unknown);
  return r;
}

Graph::EdgeRef Graph::add_edge(Vertex source, Vertex target, const Edge& edge) {
  if (staged_begin_) throw Error("add_edge while edges are staged");
  EdgeRef e{static_cast<std::uint32_t>(edge_count())};
  boost::add_edge(source, target, record_edge(e, edge), *topology_);
  return e;
}

// An id as one integer: short_id() when it fits, else its place in
// staged_ids_ (top bit clear, where short_id() sets it).
std::uint64_t Graph::staged_key(std::string_view id) {
  if (std::optional<std::uint64_t> packed = short_id(id)) return *packed;
  return staged_ids_.add(id);
}

// The id of a staged_key(); a short one is unpacked into `buffer`.
std::string_view Graph::staged_id(std::uint64_t key, char (&buffer)[8]) const {
  if (!(key >> 63)) return staged_ids_.get(key);
  std::memcpy(buffer, &key, 7);
  return {buffer, static_cast<std::size_t>((key >> 56) & 0x7f)};
}

void Graph::stage_edge(std::string_view source_id, std::string_view target_id, const Edge& edge) {
  auto& edges = topology_->m_edges;
  if (!staged_begin_) staged_begin_ = edges.size();
  EdgeRef e{static_cast<std::uint32_t>(edges.size())};
  // The ends wait in the edge's own source and target fields, as keys.
  std::uint64_t source = staged_key(source_id), target = staged_key(target_id);
  edges.emplace_back(source, target, record_edge(e, edge));
}

void Graph::reserve_edges(std::size_t n) {
  try {
    topology_->m_edges.reserve(edge_count() + n);
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
}

std::optional<Graph::MissingEnd> Graph::add_staged_edges() {
  if (!staged_begin_) return std::nullopt;
  if (std::optional<MissingEnd> missing = resolve_staged_ends()) return missing;
  join_staged_edges();
  staged_begin_.reset();
  staged_ids_ = TextArena{};
  return std::nullopt;
}

// Replaces each staged end's key by its vertex. The probes run kAhead ends
// behind their prefetches, so that many table reads are in flight at once.
std::optional<Graph::MissingEnd> Graph::resolve_staged_ends() {
  auto& edges = topology_->m_edges;
  const std::size_t begin = *staged_begin_, ends = 2 * (edges.size() - begin);
  auto end_at = [&](std::size_t i) -> std::size_t& {
    auto& edge = edges[begin + i / 2];
    return i % 2 ? edge.m_target : edge.m_source;
  };
  constexpr std::size_t kAhead = 16;
  std::size_t hashes[kAhead];
  char buffer[8];
  for (std::size_t i = 0; i < ends + kAhead; ++i) {
    // The end kAhead back first: its hash is in the slot that end i takes.
    if (i >= kAhead) {
      std::size_t j = i - kAhead;
      std::string_view id = staged_id(end_at(j), buffer);
      std::optional<Vertex> v = find_hashed(id, hashes[j % kAhead]);
      if (!v) return MissingEnd{j / 2, j % 2 == 1, std::string(id)};
      end_at(j) = *v;
    }
    if (i < ends) {
      std::size_t hash = id_hash(staged_id(end_at(i), buffer));
      hashes[i % kAhead] = hash;
      if (!id_slots_.empty()) __builtin_prefetch(&id_slots_[hash & (id_slots_.size() - 1)]);
    }
  }
  return std::nullopt;
}

// What boost::add_edge does for each edge (bidirectional, vecS edge list),
// with every out and in list reserved to its final size first.
void Graph::join_staged_edges() {
  auto& vertices = topology_->m_vertices;
  auto& edges = topology_->m_edges;
  const std::size_t begin = *staged_begin_;
  std::vector<std::uint32_t> out(vertices.size()), in(vertices.size());
  for (std::size_t i = begin; i < edges.size(); ++i) ++out[edges[i].m_source], ++in[edges[i].m_target];
  for (std::size_t v = 0; v < vertices.size(); ++v) {
    vertices[v].m_out_edges.reserve(vertices[v].m_out_edges.size() + out[v]);
    vertices[v].m_in_edges.reserve(vertices[v].m_in_edges.size() + in[v]);
  }
  using StoredEdge = std::decay_t<decltype(vertices[0].m_out_edges)>::value_type;
  // Each push lands on two random nodes: their records are prefetched
  // 2 * kAhead edges ahead, and the list ends they push to kAhead ahead.
  constexpr std::size_t kAhead = 8;
  auto prefetch_ends = [&](std::size_t i) {
    for (std::size_t v : {edges[i].m_source, edges[i].m_target}) __builtin_prefetch(&vertices[v]);
  };
  auto prefetch_list_ends = [&](std::size_t i) {
    auto& out = vertices[edges[i].m_source].m_out_edges;
    auto& in = vertices[edges[i].m_target].m_in_edges;
    __builtin_prefetch(out.data() + out.size(), 1);
    __builtin_prefetch(in.data() + in.size(), 1);
  };
  for (std::size_t i = begin; i < edges.size(); ++i) {
    if (i + 2 * kAhead < edges.size()) prefetch_ends(i + 2 * kAhead);
    if (i + kAhead < edges.size()) prefetch_list_ends(i + kAhead);
    auto it = edges.begin() + static_cast<std::ptrdiff_t>(i);
    vertices[it->m_source].m_out_edges.push_back(StoredEdge(it->m_target, it, &edges));
    vertices[it->m_target].m_in_edges.push_back(StoredEdge(it->m_source, it, &edges));
  }
}

Edge Graph::edge_copy(EdgeRef e) const {
  if (kept(e)) return kept_edges_.at(e.index);
  const EdgeRecord& r = record(e);
  Edge edge{.id = std::string(text_.get(r.id)), .type = types_.strings[r.type]};
  if (!std::isnan(r.confidence)) edge.confidence = r.confidence;
  for (std::size_t i = r.evidence_begin, end = evidence_end(e); i < end; ++i) {
    const EvidenceRecord& ev = evidence_[i];
    edge.evidence.push_back(Evidence{.doc = docs_.strings[ev.doc], .start = ev.start, .end = ev.end,
                                     .text = std::string(text_.get(ev.text))});
  }
  if (auto it = edge_unknown_.find(e.index); it != edge_unknown_.end()) edge.unknown = it->second;
  return edge;
}

const Edge& Graph::edge(EdgeRef e) const {
  if (kept(e)) return kept_edges_.at(e.index);
  Edge& edge = kept_edges_.emplace(e.index, edge_copy(e)).first->second;
  if (kept_flags_.size() < edge_count()) kept_flags_.resize(edge_count());
  kept_flags_[e.index] = true;
  return edge;
}

// The kept Edge is owned by the graph: editing it is editing the graph.
Edge& Graph::mutable_edge(EdgeRef e) { return const_cast<Edge&>(edge(e)); }

std::string_view Graph::edge_type(EdgeRef e) const {
  return kept(e) ? std::string_view(kept_edges_.at(e.index).type) : types_.strings[record(e).type];
}

std::string_view Graph::edge_id(EdgeRef e) const {
  return kept(e) ? std::string_view(kept_edges_.at(e.index).id) : text_.get(record(e).id);
}

std::vector<std::string_view> Graph::edge_evidence_docs(EdgeRef e) const {
  std::vector<std::string_view> docs;
  if (kept(e)) {
    for (const Evidence& ev : kept_edges_.at(e.index).evidence) docs.push_back(ev.doc);
    return docs;
  }
  for (std::size_t i = record(e).evidence_begin, end = evidence_end(e); i < end; ++i)
    docs.push_back(docs_.strings[evidence_[i].doc]);
  return docs;
}

std::optional<double> Graph::edge_confidence(EdgeRef e) const {
  if (kept(e)) return kept_edges_.at(e.index).confidence;
  double c = record(e).confidence;
  return std::isnan(c) ? std::nullopt : std::optional<double>(c);
}

// ---------------------------------------------------------------- names

const std::unordered_map<std::string, std::vector<Graph::Vertex>>& Graph::name_index() const {
  if (!name_index_stale_) return by_name_;
  by_name_.clear();
  auto index = [&](const std::string& name, Vertex v) {
    std::string key = fold_name(name);
    if (key.empty()) return;
    std::vector<Vertex>& vs = by_name_[key];
    if (vs.empty() || vs.back() != v) vs.push_back(v);
  };
  for (Vertex v = 0; v < node_count(); ++v) {
    index(node(v).name, v);
    for (const std::string& alias : node(v).aliases) index(alias, v);
  }
  name_index_stale_ = false;
  return by_name_;
}

std::vector<Graph::Vertex> Graph::find_name(std::string_view name) const {
  const auto& index = name_index();
  auto it = index.find(fold_name(name));
  if (it == index.end()) return {};
  std::vector<Vertex> vs = it->second;
  std::sort(vs.begin(), vs.end());
  vs.erase(std::unique(vs.begin(), vs.end()), vs.end());
  return vs;
}

}  // namespace kgraph
