#include "export/json_results.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kgraph {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_node(Writer& w, const Node& n) {
  w.StartObject();
  w.Key("id");
  w.String(n.id);
  w.Key("name");
  w.String(n.name);
  w.Key("type");
  w.String(std::string(node_type_name(n.type)));
  w.EndObject();
}

void write_edge(Writer& w, const Graph& graph, Graph::EdgeRef e) {
  const Edge& edge = graph.edge(e);
  w.StartObject();
  w.Key("id");
  w.String(edge.id);
  w.Key("type");
  w.String(edge.type);
  w.Key("source");
  w.String(graph.node(graph.source(e)).id);
  w.Key("target");
  w.String(graph.node(graph.target(e)).id);
  w.Key("confidence");
  if (edge.confidence) w.Double(*edge.confidence);
  else w.Null();
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : edge.evidence) {
    w.StartObject();
    w.Key("doc");
    w.String(ev.doc);
    w.Key("start");
    w.Int64(ev.start);
    w.Key("end");
    w.Int64(ev.end);
    w.Key("text");
    w.String(ev.text);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string paths_json(const Graph& graph, Graph::Vertex from, Graph::Vertex to, const std::vector<Path>& paths) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("from");
  w.String(graph.node(from).id);
  w.Key("to");
  w.String(graph.node(to).id);
  w.Key("paths");
  w.StartArray();
  for (const Path& p : paths) {
    w.StartObject();
    w.Key("length");
    w.Uint64(p.edges.size());
    w.Key("nodes");
    w.StartArray();
    for (Graph::Vertex v : p.nodes) write_node(w, graph.node(v));
    w.EndArray();
    w.Key("edges");
    w.StartArray();
    for (Graph::EdgeRef e : p.edges) write_edge(w, graph, e);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::string neighbors_json(const Graph& graph, Graph::Vertex start, const std::vector<Neighbor>& neighbors) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("node");
  write_node(w, graph.node(start));
  w.Key("neighbors");
  w.StartArray();
  for (const Neighbor& n : neighbors) {
    const Node& node = graph.node(n.vertex);
    w.StartObject();
    w.Key("id");
    w.String(node.id);
    w.Key("name");
    w.String(node.name);
    w.Key("type");
    w.String(std::string(node_type_name(node.type)));
    w.Key("distance");
    w.Uint64(n.distance);
    w.Key("edge");
    write_edge(w, graph, n.reached_by);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace kgraph
