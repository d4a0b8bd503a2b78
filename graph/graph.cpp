#include "graph/graph.h"

#include <algorithm>

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

Graph::Vertex Graph::add_node(Node node) {
  if (node.id.empty()) throw Error("node id is empty");
  if (by_id_.count(node.id)) throw Error("duplicate node id \"" + node.id + "\"");
  std::string id = node.id;
  Vertex v = boost::add_vertex(std::move(node), *g_);
  by_id_.emplace(std::move(id), v);
  name_index_stale_ = true;
  return v;
}

Graph::EdgeRef Graph::add_edge(Vertex source, Vertex target, Edge edge) {
  EdgeRef e = boost::add_edge(source, target, std::move(edge), *g_).first;
  edge_order_.push_back(e);
  return e;
}

Node& Graph::mutable_node(Vertex v) {
  name_index_stale_ = true;
  return (*g_)[v];
}

std::optional<Graph::Vertex> Graph::find_id(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

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
    index((*g_)[v].name, v);
    for (const std::string& alias : (*g_)[v].aliases) index(alias, v);
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
