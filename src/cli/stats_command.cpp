// kgraph stats GRAPH: what is in a graph file, counted, and its most
// connected and most central nodes.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "graph/graph_file.h"
#include "graph/stats.h"
#include "src/cli/commands.h"
#include "src/cli/terminal.h"

namespace kgraph {
namespace {

struct StatsOptions {
  std::string graph_path;
  std::size_t top = 10;
  bool json = false;
};

std::string number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

void print_ranking(const Graph& graph, const std::string& title, const std::vector<RankedNode>& ranked) {
  std::cout << "\n" << title << "\n";
  std::vector<std::vector<std::string>> rows;
  for (const RankedNode& r : ranked)
    rows.push_back({number(r.score), graph.node(r.vertex).name, std::string(node_type_name(graph.node(r.vertex).type))});
  std::cout << format_table(rows, {0});
}

void print_text(const Graph& graph, const GraphStats& s) {
  std::vector<std::vector<std::string>> rows = {{"nodes", std::to_string(graph.node_count())}};
  for (const auto& [type, n] : s.nodes_per_type) rows.push_back({"  " + type, std::to_string(n)});
  rows.push_back({"edges", std::to_string(graph.edge_count())});
  for (const auto& [type, n] : s.edges_per_type) rows.push_back({"  " + type, std::to_string(n)});
  rows.push_back({"components", std::to_string(s.components)});
  rows.push_back({"  largest", std::to_string(s.largest_component)});
  std::cout << format_table(rows, {1});
  print_ranking(graph, "top by degree", s.top_degree);
  std::string title = "top by betweenness";
  if (s.betweenness_sampled) title += " (estimated from " + std::to_string(s.betweenness_sources) + " sampled sources)";
  print_ranking(graph, title, s.top_betweenness);
}

void write_ranking(rapidjson::Writer<rapidjson::StringBuffer>& w, const Graph& graph, const std::vector<RankedNode>& ranked) {
  w.StartArray();
  for (const RankedNode& r : ranked) {
    w.StartObject();
    w.Key("id");
    w.String(graph.node(r.vertex).id);
    w.Key("name");
    w.String(graph.node(r.vertex).name);
    w.Key("score");
    w.Double(r.score);
    w.EndObject();
  }
  w.EndArray();
}

void print_json(const Graph& graph, const GraphStats& s) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto counts = [&](const char* key, const std::map<std::string, std::size_t>& m) {
    w.Key(key);
    w.StartObject();
    for (const auto& [type, n] : m) w.Key(type.c_str()), w.Uint64(n);
    w.EndObject();
  };
  w.StartObject();
  w.Key("nodes"), w.Uint64(graph.node_count());
  w.Key("edges"), w.Uint64(graph.edge_count());
  counts("nodes_per_type", s.nodes_per_type);
  counts("edges_per_type", s.edges_per_type);
  w.Key("components"), w.Uint64(s.components);
  w.Key("largest_component"), w.Uint64(s.largest_component);
  w.Key("top_degree"), write_ranking(w, graph, s.top_degree);
  w.Key("top_betweenness"), write_ranking(w, graph, s.top_betweenness);
  w.Key("betweenness_sampled"), w.Bool(s.betweenness_sampled);
  w.EndObject();
  std::cout << buffer.GetString() << "\n";
}

int run_stats(const StatsOptions& options) {
  Graph graph = read_graph_file(options.graph_path);
  GraphStats stats = graph_stats(graph, options.top);
  if (options.json) print_json(graph, stats);
  else print_text(graph, stats);
  return 0;
}

}  // namespace

Command add_stats_command(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand("stats", "Count nodes and edges per type; components; top nodes by degree and betweenness.\n"
                                              "Example: kgraph stats graph.json --top 5");
  sub->add_option("GRAPH", options->graph_path, "a kgraph/1 graph file")->required();
  sub->add_option("--top", options->top, "how many nodes each ranking shows")->check(CLI::Range(1, 1000));
  sub->add_flag("--json", options->json, "print JSON");
  return Command{sub, [options] { return run_stats(*options); }};
}

}  // namespace kgraph
