// Resolution tries the cheap, exact look-ups first and the fuzzy ones last,
// so that a name typed in full never lands on a look-alike.
#include "graph/resolve.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/error.h"
#include "graph/fold.h"

namespace kgraph {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::vector<Graph::Vertex> unique_sorted(std::vector<Graph::Vertex> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// One match decides; among several, the one entity that is not a deal does
// too, since deals are named after their parties ("Hollins Ltd. ferries").
Resolution decided(const Graph& graph, std::vector<Graph::Vertex> found) {
  found = unique_sorted(std::move(found));
  if (found.size() == 1) return {Resolution::Outcome::kFound, found[0], {}};
  std::vector<Graph::Vertex> entities;
  for (Graph::Vertex v : found)
    if (graph.node(v).type != NodeType::kDeal) entities.push_back(v);
  if (entities.size() == 1) return {Resolution::Outcome::kFound, entities[0], {}};
  return {Resolution::Outcome::kAmbiguous, 0, found};
}

bool has_word(const std::string& name, const std::string& word) {
  for (std::size_t b = 0; b < name.size();) {
    std::size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (name.compare(b, e - b, word) == 0) return true;
    b = e + 1;
  }
  return false;
}

std::string describe(const Graph& graph, Graph::Vertex v) {
  return graph.node(v).name + " (" + std::string(node_type_name(graph.node(v).type)) + ")";
}

}  // namespace

Resolution resolve_name(const Graph& graph, std::string_view query) {
  if (auto v = graph.find_id(query)) return {Resolution::Outcome::kFound, *v, {}};
  if (auto found = graph.find_name(query); !found.empty()) return decided(graph, found);
  std::string key = fold_name(query);
  if (key.empty()) return {};
  // A whole word of a name: a surname ("Qorin"), a short name ("Hollins").
  std::vector<Graph::Vertex> worded;
  for (const auto& [name, vertices] : graph.name_index())
    if (has_word(name, key)) worded.insert(worded.end(), vertices.begin(), vertices.end());
  if (!worded.empty()) return decided(graph, worded);
  std::vector<Graph::Vertex> prefixed;
  for (const auto& [name, vertices] : graph.name_index())
    if (name.starts_with(key)) prefixed.insert(prefixed.end(), vertices.begin(), vertices.end());
  if (!prefixed.empty()) return decided(graph, prefixed);
  // Close spellings: within a quarter of the name's length, nearest first.
  std::multimap<std::size_t, Graph::Vertex> near;
  for (const auto& [name, vertices] : graph.name_index()) {
    std::size_t distance = edit_distance(key, name);
    for (std::size_t b = 0; b < name.size();) {  // or to one word of it: "Qorim" for "Amara Qorin"
      std::size_t e = std::min(name.find(' ', b), name.size());
      distance = std::min(distance, edit_distance(key, std::string_view(name).substr(b, e - b)));
      b = e + 1;
    }
    for (Graph::Vertex v : vertices) near.emplace(distance, v);
  }
  std::size_t allowed = std::max<std::size_t>(1, key.size() / 4);
  if (!near.empty() && near.begin()->first <= allowed) {
    std::vector<Graph::Vertex> best;
    for (auto it = near.begin(); it != near.end() && it->first == near.begin()->first; ++it) best.push_back(it->second);
    return decided(graph, best);
  }
  Resolution unknown;
  for (const auto& [distance, v] : near) {
    if (unknown.candidates.size() == 5) break;
    if (std::find(unknown.candidates.begin(), unknown.candidates.end(), v) == unknown.candidates.end())
      unknown.candidates.push_back(v);
  }
  return unknown;
}

Graph::Vertex resolve_or_throw(const Graph& graph, std::string_view query) {
  Resolution r = resolve_name(graph, query);
  if (r.outcome == Resolution::Outcome::kFound) return r.vertex;
  // A name shared by a million nodes must not print a million candidates.
  constexpr std::size_t kListed = 10;
  std::string list;
  for (std::size_t i = 0; i < r.candidates.size() && i < kListed; ++i)
    list += (list.empty() ? "" : ", ") + describe(graph, r.candidates[i]);
  if (r.candidates.size() > kListed) list += " and " + std::to_string(r.candidates.size() - kListed) + " more";
  if (r.outcome == Resolution::Outcome::kAmbiguous)
    throw Error("ambiguous name \"" + std::string(query) + "\": " + list);
  if (list.empty()) throw Error("unknown name \"" + std::string(query) + "\"");
  throw Error("unknown name \"" + std::string(query) + "\"; did you mean " + list + "?");
}

}  // namespace kgraph
