// Small graphs for query and selection tests, written as one string per edge.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"

namespace kgraph::test {

// "a-b" (met-with), "a>b:signed:0.5": nodes are created on first use, as people
// unless named d* (deal) or c* (country).
inline Graph make_graph(const std::vector<std::string>& edges) {
  Graph g;
  auto vertex = [&](const std::string& name) {
    if (auto v = g.find_id(name)) return *v;
    NodeType t = name[0] == 'd' ? NodeType::kDeal : name[0] == 'c' ? NodeType::kCountry : NodeType::kPerson;
    return g.add_node({.id = name, .type = t, .name = name});
  };
  int n = 0;
  for (const std::string& spec : edges) {
    std::size_t sep = spec.find_first_of("->");
    std::string a = spec.substr(0, sep), rest = spec.substr(sep + 1);
    std::string b = rest.substr(0, rest.find(':')), type = "met-with";
    std::optional<double> confidence;
    if (std::size_t c = rest.find(':'); c != std::string::npos) {
      std::string tail = rest.substr(c + 1);
      type = tail.substr(0, tail.find(':'));
      if (tail.find(':') != std::string::npos) confidence = std::stod(tail.substr(tail.find(':') + 1));
    }
    Graph::Vertex source = vertex(a);  // before b: argument order is unspecified
    g.add_edge(source, vertex(b), {.id = "e" + std::to_string(n++), .type = type, .confidence = confidence});
  }
  return g;
}

}  // namespace kgraph::test
