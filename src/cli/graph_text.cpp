#include "src/cli/graph_text.h"

namespace kgraph {
namespace {

std::string document_label(const Graph& graph, const std::string& id) {
  for (const Document& d : graph.documents)
    if (d.id == id) return d.title.empty() ? d.path : d.title;
  return id;
}

// Cuts at a code point boundary.
std::string shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "...";
}

}  // namespace

std::string node_label(const Graph& graph, Graph::Vertex v) {
  return graph.node(v).name + " (" + std::string(node_type_name(graph.node(v).type)) + ")";
}

std::string hop_line(const Graph& graph, Graph::Vertex from, Graph::EdgeRef e) {
  const std::string& type = graph.edge(e).type;
  if (graph.source(e) == from) return node_label(graph, from) + " --" + type + "--> " + node_label(graph, graph.target(e));
  return node_label(graph, from) + " <--" + type + "-- " + node_label(graph, graph.source(e));
}

std::string evidence_lines(const Graph& graph, Graph::EdgeRef e, std::size_t limit) {
  std::string out;
  const std::vector<Evidence>& evidence = graph.edge(e).evidence;
  for (std::size_t i = 0; i < evidence.size() && i < limit; ++i)
    out += "    \"" + shortened(evidence[i].text, 300) + "\"\n      (" + document_label(graph, evidence[i].doc) + ")\n";
  if (evidence.empty()) out += "    (no evidence recorded)\n";
  return out;
}

}  // namespace kgraph
