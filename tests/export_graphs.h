// Graphs the export tests write: the sample graph (built from samples/) and a
// graph whose names and texts are hostile to every output format.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "src/corpus.h"
#include "src/extractor.h"

namespace kgraph::test {

inline Graph sample_graph() {
  const std::filesystem::path root = KGRAPH_SOURCE_DIR;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(root / "samples")) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".txt" && std::isdigit(static_cast<unsigned char>(name[0])))
      files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  Graph g;
  build_graph(files, built_in_lexicon(), {}, g);
  return g;
}

// Names a parser may take for keywords, quotes, markup, a trailing backslash,
// an emoji, a control character, Cyrillic; a 20,000-character evidence
// sentence; numbers that a writer might round; parallel edges of two types.
inline Graph hostile_graph() {
  Graph g;
  auto add = [&](std::string id, NodeType type, std::string name) {
    return g.add_node(Node{.id = std::move(id), .type = type, .name = std::move(name)});
  };
  Graph::Vertex node = add("node", NodeType::kPerson, "node");
  Graph::Vertex graph = add("graph", NodeType::kOrganization, "graph");
  Graph::Vertex slash = add("n\\", NodeType::kFirm, "a\\");
  Graph::Vertex quoted = add("q\"1", NodeType::kPerson, "\"quoted\"");
  Graph::Vertex markup = add("<b>", NodeType::kFirm, "<b>bold</b> & co");
  Graph::Vertex emoji = add("e1", NodeType::kPlace, "Caf\xC3\xA9 \xF0\x9F\x9A\x80 Launch");
  Graph::Vertex control = add("c1", NodeType::kPerson, "Bell\x07 Ringer\x01");
  Graph::Vertex cyrillic = add("ru", NodeType::kLeader,
                               "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
                               "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");  // Владимир Путин
  Graph::Vertex deal = add("d1", NodeType::kDeal, "locomotives & \"spares\"");
  g.mutable_node(deal).attrs = {{"value_usd", AttrValue{std::int64_t{4200000000}}},
                                {"quantity", AttrValue{std::int64_t{300}}},
                                {"item", AttrValue{std::string("freight <locomotives>")}},
                                {"share", AttrValue{0.1}},
                                {"date", AttrValue{std::string("2025-11-06")}}};
  g.mutable_node(cyrillic).aliases = {"Putin", "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"};
  add("lonely", NodeType::kCountry, "Lonely \xE2\x80\x8B Island");  // zero-width space, no edges

  auto link = [&](Graph::Vertex a, Graph::Vertex b, std::string id, std::string type, double confidence,
                  std::string text) {
    g.add_edge(a, b, Edge{.id = std::move(id), .type = std::move(type), .confidence = confidence,
                          .evidence = {Evidence{.doc = "d\"0", .start = 0, .end = 10, .text = std::move(text)}}});
  };
  link(node, graph, "edge", "met-with", 0.9, "node met graph; <edge> & \"digraph\" {}");
  link(node, graph, "e2", "signed", 0.7, "a parallel edge of another type");
  link(slash, quoted, "e3", "based-in", 1.0 / 3.0, "ends with a backslash \\");
  link(markup, deal, "e4", "signed", 0.123456789012345, std::string(20000, 'x') + ".");
  link(emoji, control, "e5", "met-with", 0.5, "tab\there, bell\x07, unit\x1f end");
  link(cyrillic, deal, "e6", "signed", 0.85, "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD signed.");
  g.add_edge(quoted, node, Edge{.id = "e7", .type = "leader-of"});  // no confidence, no evidence
  return g;
}

}  // namespace kgraph::test
