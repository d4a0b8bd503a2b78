#include "export/gexf.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "tests/export_graphs.h"
#include "tests/xml_readback.h"

using namespace kgraph;
using namespace kgraph::test;

namespace {

ExportFile gexf_of(const Graph& g) { return export_of(g, write_gexf, "g.gexf"); }

}  // namespace

TEST_CASE("gexf: the hostile graph, read back by NetworkX, exactly") {
  Graph g = hostile_graph();
  ExportFile file = gexf_of(g);
  Outcome back = read_back("networkx-gexf", file.path);
  CHECK(back.output ==
        R"(nodes 10 edges 7)" "\n"
        R"(node <b> "<b>bold</b> & co" [firm] aliases= rgb=86,180,233 size=12.0)" "\n"
        R"(node c1 "Bell Ringer" [person] aliases= rgb=240,228,66 size=12.0)" "\n"
        R"(node d1 "locomotives & "spares"" [deal] aliases= rgb=213,213,213 size=13.66 start=2025-11-06 date=2025-11-06 item=freight <locomotives> quantity=300 share=0.1 value_usd=4200000000.0)" "\n"
        R"(node e1 "Café 🚀 Launch" [place] aliases= rgb=153,204,187 size=12.0)" "\n"
        R"(node graph "graph" [organization] aliases= rgb=204,121,167 size=13.66)" "\n"
        R"(node lonely "Lonely )" "\u200b" R"( Island" [country] aliases= rgb=0,158,115 size=8.0)" "\n"
        R"(node n\\ "a\\" [firm] aliases= rgb=86,180,233 size=12.0)" "\n"
        R"(node node "node" [person] aliases= rgb=240,228,66 size=14.93)" "\n"
        R"(node q"1 ""quoted"" [person] aliases= rgb=240,228,66 size=13.66)" "\n"
        R"(node ru "Владимир Путин" [leader] aliases=Putin; Путин rgb=230,159,0 size=12.0)" "\n"
        R"(edge e2 node->graph signed weight=0.7 confidence=0.7 docs=d"0 evidence=a parallel edge of another type)" "\n"
        R"(edge e3 n\\->q"1 based-in weight=0.3333333333333333 confidence=0.3333333333333333 docs=d"0 evidence=ends with a backslash \\)" "\n"
        R"(edge e4 <b>->d1 signed weight=0.123456789012345 confidence=0.123456789012345 docs=d"0 evidence=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...[20001 chars, crc 979cd6bf])" "\n"
        R"(edge e5 e1->c1 met-with weight=0.5 confidence=0.5 docs=d"0 evidence=tab\there, bell, unit end)" "\n"
        R"(edge e6 ru->d1 signed weight=0.85 confidence=0.85 docs=d"0 evidence=Путин signed.)" "\n"
        R"(edge e7 q"1->node leader-of weight=0.5)" "\n"
        R"(edge edge node->graph met-with weight=0.9 confidence=0.9 docs=d"0 evidence=node met graph; <edge> & "digraph" {})" "\n");
}

TEST_CASE("gexf: the hostile graph, through xmllint, NetworkX") {
  check_read_back(hostile_graph(), write_gexf, true, {"networkx-gexf"});
}

TEST_CASE("gexf: the sample graph, through xmllint, NetworkX") {
  check_read_back(sample_graph(), write_gexf, true, {"networkx-gexf"});
}

TEST_CASE("gexf: article and deal dates as start, an edge never before its ends") {
  Graph g;
  g.documents = {Document{.id = "d0", .path = "a.txt", .date = "2025-11-06"},
                 Document{.id = "d1", .path = "b.txt", .date = "2025-10-01T08:00:00Z"},
                 Document{.id = "d2", .path = "c.txt", .date = "2025"}};
  Graph::Vertex a = g.add_node(Node{.id = "a", .type = NodeType::kLeader, .name = "A",
                                    .mentions = {{.doc = "d0"}, {.doc = "d1"}}});
  Graph::Vertex b = g.add_node(Node{.id = "b", .type = NodeType::kLeader, .name = "B", .mentions = {{.doc = "d2"}}});
  Graph::Vertex c = g.add_node(Node{.id = "c", .type = NodeType::kDeal, .name = "C",
                                    .attrs = {{"date", AttrValue{std::string("2025-12-01")}}},
                                    .mentions = {{.doc = "d0"}}});
  auto link = [&](Graph::Vertex s, Graph::Vertex t, std::string id, std::string type, std::string doc) {
    g.add_edge(s, t, Edge{.id = id, .type = type, .evidence = {{.doc = doc, .text = "T"}}});
  };
  link(a, c, "e1", "signed", "d1");
  link(a, b, "e2", "met-with", "d0");
  link(b, a, "e3", "met-with", "d2");
  ExportFile file = gexf_of(g);
  std::ifstream in(file.path);
  std::string head((std::istreambuf_iterator<char>(in)), {});
  CHECK(head.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">") != std::string::npos);
  CHECK(read_back("networkx-gexf", file.path).output ==
        "nodes 3 edges 3\n"
        "node a \"A\" [leader] aliases= rgb=230,159,0 size=14.93 start=2025-10-01\n"
        "node b \"B\" [leader] aliases= rgb=230,159,0 size=13.66\n"
        "node c \"C\" [deal] aliases= rgb=213,213,213 size=12.0 start=2025-11-06 date=2025-12-01\n"
        "edge e1 a->c signed weight=0.5 docs=d1 evidence=T start=2025-11-06\n"
        "edge e2 a->b met-with weight=0.5 docs=d0 evidence=T start=2025-11-06\n"
        "edge e3 b->a met-with weight=0.5 docs=d2 evidence=T\n");
  CHECK(expected_read_back(g, true) == read_back("networkx-gexf", file.path).output);
}

TEST_CASE("gexf: an undated graph is static") {
  Graph g = sample_graph();
  ExportFile file = gexf_of(g);
  std::ifstream in(file.path);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  CHECK(text.find("<graph defaultedgetype=\"directed\" mode=\"static\">") != std::string::npos);
  CHECK(text.find("start=") == std::string::npos);
}
