// Components come from a union-find over the edges. Betweenness is Brandes'
// accumulation: one BFS per source node over a compact undirected adjacency
// (CSR arrays, simple graph: parallel edges are one step, as in paths.h),
// which is what makes 10,000 nodes take well under a second.
#include "graph/stats.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace kgraph {
namespace {

struct Adjacency {
  std::vector<std::size_t> begin;  // neighbours of v: next[begin[v] .. begin[v + 1])
  std::vector<std::uint32_t> next;
};

Adjacency undirected_adjacency(const Graph& graph) {
  std::size_t n = graph.node_count();
  std::vector<std::vector<std::uint32_t>> lists(n);
  for (Graph::EdgeRef e : graph.edges_in_order()) {
    auto a = static_cast<std::uint32_t>(graph.source(e)), b = static_cast<std::uint32_t>(graph.target(e));
    if (a == b) continue;
    lists[a].push_back(b);
    lists[b].push_back(a);
  }
  Adjacency adj;
  adj.begin.push_back(0);
  for (auto& list : lists) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    adj.next.insert(adj.next.end(), list.begin(), list.end());
    adj.begin.push_back(adj.next.size());
  }
  return adj;
}

std::vector<RankedNode> top_of(const std::vector<double>& score, std::size_t top) {
  std::vector<RankedNode> ranked;
  for (std::size_t v = 0; v < score.size(); ++v) ranked.push_back({v, score[v]});
  std::size_t k = std::min(top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k), ranked.end(),
                    [](const RankedNode& a, const RankedNode& b) {
                      return a.score != b.score ? a.score > b.score : a.vertex < b.vertex;
                    });
  ranked.resize(k);
  return ranked;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t v) {
  while (parent[v] != v) v = parent[v] = parent[parent[v]];
  return v;
}

void count_components(const Graph& graph, GraphStats& stats) {
  std::vector<std::size_t> parent(graph.node_count());
  std::iota(parent.begin(), parent.end(), 0);
  for (Graph::EdgeRef e : graph.edges_in_order())
    parent[find_root(parent, graph.source(e))] = find_root(parent, graph.target(e));
  std::vector<std::size_t> size(graph.node_count(), 0);
  for (std::size_t v = 0; v < parent.size(); ++v) ++size[find_root(parent, v)];
  for (std::size_t s : size)
    if (s > 0) ++stats.components, stats.largest_component = std::max(stats.largest_component, s);
}

// Brandes over the given sources; scores for undirected pairs (halved).
// Three passes per source, each over small arrays of its own:
//  - the search touches only the distances (small enough for the L1 cache)
//    and records each step of the shortest-path DAG, written ahead and
//    counted so that nothing branches on what it finds;
//  - path counts flow along the DAG steps in the order they were found;
//  - walked backwards, every step out of a node comes before the steps into
//    it, so each step is one addition to sum_v = delta_v / paths_v:
//    sum_v += (1 + delta_w) / paths_w = 1 / paths_w + sum_w.
std::vector<double> betweenness(const Adjacency& adj, const std::vector<std::uint32_t>& sources) {
  struct Step {
    std::uint32_t from, to;
  };
  struct Share {
    double inverse = 0;  // 1 / paths
    double sum = 0;
  };
  std::size_t n = adj.begin.size() - 1;
  std::vector<double> score(n, 0);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<double> paths(n, 0);  // counts of shortest paths overflow integers on big graphs
  std::vector<Share> share(n);
  std::vector<std::uint32_t> order(n + 1);
  std::vector<Step> dag(adj.next.size());
  for (std::uint32_t s : sources) {
    std::size_t tail = 0, steps = 0;
    dist[s] = 0;
    order[tail++] = s;
    for (std::size_t head = 0; head < tail; ++head) {
      std::uint32_t v = order[head];
      const std::int32_t next_dist = dist[v] + 1;
      for (std::size_t i = adj.begin[v]; i < adj.begin[v + 1]; ++i) {
        std::uint32_t w = adj.next[i];
        bool fresh = dist[w] < 0;
        dist[w] = fresh ? next_dist : dist[w];
        order[tail] = w;
        tail += fresh;
        dag[steps] = {v, w};
        steps += dist[w] == next_dist;
      }
    }
    paths[s] = 1;
    for (std::size_t k = 0; k < steps; ++k) paths[dag[k].to] += paths[dag[k].from];
    for (std::size_t k = 0; k < tail; ++k) share[order[k]].inverse = 1 / paths[order[k]];
    for (std::size_t k = steps; k-- > 0;) {
      const Share& w = share[dag[k].to];
      share[dag[k].from].sum += w.inverse + w.sum;
    }
    for (std::size_t k = 0; k < tail; ++k) {
      std::uint32_t w = order[k];
      if (w != s) score[w] += paths[w] * share[w].sum;
      dist[w] = -1, paths[w] = 0, share[w] = Share{};
    }
  }
  for (double& x : score) x /= 2;
  return score;
}

}  // namespace

GraphStats graph_stats(const Graph& graph, std::size_t top, std::size_t work_budget) {
  GraphStats stats;
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) ++stats.nodes_per_type[std::string(node_type_name(graph.node(v).type))];
  for (Graph::EdgeRef e : graph.edges_in_order()) ++stats.edges_per_type[std::string(graph.edge_type(e))];
  count_components(graph, stats);
  std::vector<double> degree(graph.node_count());
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v)
    degree[v] = static_cast<double>(graph.out_arcs(v).size() + graph.in_arcs(v).size());
  stats.top_degree = top_of(degree, top);
  Adjacency adj = undirected_adjacency(graph);
  std::vector<std::uint32_t> sources(graph.node_count());
  std::iota(sources.begin(), sources.end(), 0);
  // Each source walks the adjacency twice (forward, then back).
  double steps_per_source = 2.0 * static_cast<double>(adj.next.size() + sources.size());
  if (steps_per_source * static_cast<double>(sources.size()) > static_cast<double>(work_budget)) {
    std::mt19937 random(42);
    std::shuffle(sources.begin(), sources.end(), random);
    auto kept = static_cast<std::size_t>(static_cast<double>(work_budget) / steps_per_source);
    sources.resize(std::max<std::size_t>(1, kept));
    std::sort(sources.begin(), sources.end());
    stats.betweenness_sampled = true;
  }
  stats.betweenness_sources = sources.size();
  std::vector<double> score = betweenness(adj, sources);
  if (stats.betweenness_sampled)
    for (double& x : score) x *= static_cast<double>(graph.node_count()) / static_cast<double>(sources.size());
  stats.top_betweenness = top_of(score, top);
  return stats;
}

}  // namespace kgraph
