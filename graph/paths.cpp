// Three searches share one neighbour walk (Walker), which applies the query's
// filters (edge types, inner node types, avoided nodes) and, for Yen's
// algorithm, the nodes and steps banned while a spur path is sought:
//  - fewest hops: breadth-first from both ends at once, expanding the smaller
//    frontier, so a query on a large power-law graph touches few nodes; state
//    lives in hash maps, not in arrays the size of the graph;
//  - most reliable: Dijkstra on -log(confidence) (a missing confidence counts
//    as 0.5);
//  - k paths: Yen's algorithm over either search. Candidates are ranked by
//    cost, then by their sequence of vertex indices, which makes ties stable.
#include "graph/paths.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kgraph {
namespace {

using Vertex = Graph::Vertex;
using EdgeRef = Graph::EdgeRef;

std::uint64_t step_key(Vertex a, Vertex b) {
  if (a > b) std::swap(a, b);
  return (static_cast<std::uint64_t>(a) << 32) ^ static_cast<std::uint64_t>(b);
}

class Walker {
 public:
  Walker(const Graph& graph, Vertex to, const PathQuery& query) : g_(graph), to_(to), query_(query) {
    avoided_.insert(query.avoid.begin(), query.avoid.end());
  }

  std::unordered_set<Vertex> banned_nodes;
  std::unordered_set<std::uint64_t> banned_steps;
  Vertex from = 0;  // the search's start: like the target, exempt from --through

  // Calls visit(w, edge) for each allowed step out of v; backwards = walking
  // from the target end, so directed edges are followed against their direction.
  template <typename Visit>
  void each_step(Vertex v, bool backwards, Visit&& visit) const {
    bool forward = !query_.directed || !backwards;
    bool reverse = !query_.directed || backwards;
    if (forward)
      for (Graph::Arc arc : g_.out_arcs(v)) consider(v, arc.node, arc.edge, visit);
    if (reverse)
      for (Graph::Arc arc : g_.in_arcs(v)) consider(v, arc.node, arc.edge, visit);
  }

  double weight(EdgeRef e) const {
    double c = g_.edge_confidence(e).value_or(kUnknownConfidence);
    return -std::log(std::clamp(c, 1e-9, 1.0));
  }

  // The allowed edge between consecutive path nodes: highest confidence, first in storage order on a tie.
  EdgeRef best_edge(Vertex a, Vertex b) const {
    std::optional<EdgeRef> best;
    auto offer = [&](EdgeRef e) {
      if (!edge_allowed(e)) return;
      if (!best || g_.edge_confidence(e).value_or(kUnknownConfidence) >
                       g_.edge_confidence(*best).value_or(kUnknownConfidence))
        best = e;
    };
    for (Graph::Arc arc : g_.out_arcs(a))
      if (arc.node == b) offer(arc.edge);
    if (!query_.directed)
      for (Graph::Arc arc : g_.in_arcs(a))
        if (arc.node == b) offer(arc.edge);
    return *best;
  }

 private:
  bool edge_allowed(EdgeRef e) const {
    return query_.via.empty() || std::find(query_.via.begin(), query_.via.end(), g_.edge_type(e)) != query_.via.end();
  }
  bool node_allowed(Vertex w) const {
    if (!avoided_.empty() && avoided_.count(w)) return false;
    if (!banned_nodes.empty() && banned_nodes.count(w)) return false;
    if (w == to_ || w == from || query_.through.empty()) return true;
    return std::find(query_.through.begin(), query_.through.end(), g_.node(w).type) != query_.through.end();
  }
  template <typename Visit>
  void consider(Vertex v, Vertex w, EdgeRef e, Visit& visit) const {
    if (w == v || !edge_allowed(e) || !node_allowed(w)) return;
    if (!banned_steps.empty() && banned_steps.count(step_key(v, w))) return;
    visit(w, e);
  }

  const Graph& g_;
  Vertex to_;
  const PathQuery& query_;
  std::unordered_set<Vertex> avoided_;
};

using NodePath = std::vector<Vertex>;

// Which nodes one side of a search has reached, and from where: arrays the
// size of the graph, reused by every query of the thread; a new epoch number
// clears them in O(1), so a query costs only the nodes it touches.
class Reached {
 public:
  void start(std::size_t nodes) {
    if (stamp_.size() != nodes) stamp_.assign(nodes, 0), parent_.resize(nodes), epoch_ = 0;
    if (++epoch_ == 0) std::fill(stamp_.begin(), stamp_.end(), 0), epoch_ = 1;
  }
  bool has(Vertex v) const { return stamp_[v] == epoch_; }
  void set(Vertex v, Vertex parent) { stamp_[v] = epoch_, parent_[v] = parent; }
  Vertex parent(Vertex v) const { return parent_[v]; }

 private:
  std::vector<std::uint32_t> stamp_;
  std::vector<Vertex> parent_;
  std::uint32_t epoch_ = 0;
};

// Fewest hops from `from` to `to`, searching from both ends.
std::optional<NodePath> fewest_hops(const Walker& walk, std::size_t nodes, Vertex from, Vertex to) {
  if (from == to) return NodePath{from};
  thread_local Reached reached[2];
  reached[0].start(nodes), reached[1].start(nodes);
  reached[0].set(from, from), reached[1].set(to, to);
  std::vector<Vertex> frontier[2] = {{from}, {to}};
  while (!frontier[0].empty() && !frontier[1].empty()) {
    int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    std::vector<Vertex> next;
    std::optional<Vertex> meet;
    for (Vertex v : frontier[side]) {
      walk.each_step(v, side == 1, [&](Vertex w, EdgeRef) {
        if (reached[side].has(w)) return;
        reached[side].set(w, v);
        next.push_back(w);
        if (reached[1 - side].has(w) && (!meet || w < *meet)) meet = w;
      });
    }
    if (meet) {
      NodePath path;
      for (Vertex v = *meet; v != from; v = reached[0].parent(v)) path.push_back(v);
      path.push_back(from);
      std::reverse(path.begin(), path.end());
      for (Vertex v = *meet; v != to;) path.push_back(v = reached[1].parent(v));
      return path;
    }
    std::sort(next.begin(), next.end());
    frontier[side] = std::move(next);
  }
  return std::nullopt;
}

// Most reliable: the least sum of -log(confidence).
std::optional<NodePath> most_reliable(const Walker& walk, Vertex from, Vertex to) {
  std::unordered_map<Vertex, double> dist = {{from, 0}};
  std::unordered_map<Vertex, Vertex> parent = {{from, from}};
  using Item = std::pair<double, Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  queue.push({0, from});
  while (!queue.empty()) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in the lambda below.
    const double d = queue.top().first;
    const Vertex v = queue.top().second;
    queue.pop();
    if (d > dist[v]) continue;
    if (v == to) break;
    walk.each_step(v, false, [&](Vertex w, EdgeRef e) {
      double nd = d + walk.weight(e);
      auto it = dist.find(w);
      if (it != dist.end() && it->second <= nd) return;
      dist[w] = nd;
      parent[w] = v;
      queue.push({nd, w});
    });
  }
  if (!parent.count(to)) return std::nullopt;
  NodePath path;
  for (Vertex v = to; v != from; v = parent[v]) path.push_back(v);
  path.push_back(from);
  std::reverse(path.begin(), path.end());
  return path;
}

struct Candidate {
  double cost = 0;
  NodePath nodes;
  bool operator<(const Candidate& o) const { return cost != o.cost ? cost < o.cost : nodes < o.nodes; }
};

class PathFinder {
 public:
  PathFinder(const Graph& graph, Vertex to, const PathQuery& query)
      : walk_(graph, to, query), query_(query), nodes_(graph.node_count()) {}

  std::optional<NodePath> search(Vertex from, Vertex to) {
    walk_.from = from;
    return query_.reliable ? most_reliable(walk_, from, to) : fewest_hops(walk_, nodes_, from, to);
  }

  double cost(const NodePath& p) const {
    if (!query_.reliable) return static_cast<double>(p.size() - 1);
    double c = 0;
    for (std::size_t i = 0; i + 1 < p.size(); ++i) c += walk_.weight(walk_.best_edge(p[i], p[i + 1]));
    return c;
  }

  // Yen: each new path leaves an earlier one at a spur node.
  std::vector<NodePath> k_paths(Vertex from, Vertex to) {
    std::vector<NodePath> found;
    auto first = search(from, to);
    if (!first || !within_hops(*first)) return found;
    found.push_back(*first);
    std::set<Candidate> candidates;
    while (found.size() < query_.k) {
      const NodePath& last = found.back();
      for (std::size_t i = 0; i + 1 < last.size(); ++i) add_spur(found, last, i, to, candidates);
      if (candidates.empty()) break;
      NodePath next = candidates.begin()->nodes;
      candidates.erase(candidates.begin());
      if (!within_hops(next)) break;
      found.push_back(std::move(next));
    }
    return found;
  }

  Path with_edges(const NodePath& nodes) const {
    Path p{nodes, {}};
    for (std::size_t i = 0; i + 1 < nodes.size(); ++i) p.edges.push_back(walk_.best_edge(nodes[i], nodes[i + 1]));
    return p;
  }

 private:
  bool within_hops(const NodePath& p) const { return !query_.max_hops || p.size() - 1 <= *query_.max_hops; }

  void add_spur(const std::vector<NodePath>& found, const NodePath& last, std::size_t i, Vertex to,
                std::set<Candidate>& candidates) {
    NodePath root(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    walk_.banned_nodes.clear();
    walk_.banned_steps.clear();
    for (const NodePath& p : found)
      if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin())) walk_.banned_steps.insert(step_key(p[i], p[i + 1]));
    for (std::size_t r = 0; r < i; ++r) walk_.banned_nodes.insert(root[r]);
    auto spur = search(last[i], to);
    walk_.banned_nodes.clear();
    walk_.banned_steps.clear();
    if (!spur) return;
    NodePath total = root;
    total.insert(total.end(), spur->begin() + 1, spur->end());
    if (std::find(found.begin(), found.end(), total) == found.end()) candidates.insert({cost(total), total});
  }

  Walker walk_;
  const PathQuery& query_;
  std::size_t nodes_;
};

}  // namespace

std::vector<Path> find_paths(const Graph& graph, Vertex from, Vertex to, const PathQuery& query) {
  if (from == to || query.k == 0) return {};
  PathFinder finder(graph, to, query);
  std::vector<Path> paths;
  for (const NodePath& nodes : finder.k_paths(from, to)) paths.push_back(finder.with_edges(nodes));
  return paths;
}

}  // namespace kgraph
