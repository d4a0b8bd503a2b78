#include "export/graphml.h"

#include <doctest/doctest.h>

#include <string>

#include "tests/export_graphs.h"
#include "tests/xml_readback.h"

using namespace kgraph;
using namespace kgraph::test;

namespace {

ExportFile graphml_of(const Graph& g) { return export_of(g, write_graphml, "g.graphml"); }

}  // namespace

TEST_CASE("graphml: the hostile graph, read back by NetworkX, exactly") {
  Graph g = hostile_graph();
  ExportFile file = graphml_of(g);
  Outcome back = read_back("networkx-graphml", file.path);
  CHECK(back.output ==
        R"(nodes 10 edges 7)" "\n"
        R"(node <b> "<b>bold</b> & co" [firm] aliases= rgb=86,180,233)" "\n"
        R"(node c1 "Bell Ringer" [person] aliases= rgb=240,228,66)" "\n"
        R"(node d1 "locomotives & "spares"" [deal] aliases= rgb=213,213,213 date=2025-11-06 item=freight <locomotives> quantity=300 share=0.1 value_usd=4200000000.0)" "\n"
        R"(node e1 "Café 🚀 Launch" [place] aliases= rgb=153,204,187)" "\n"
        R"(node graph "graph" [organization] aliases= rgb=204,121,167)" "\n"
        R"(node lonely "Lonely )" "\u200b" R"( Island" [country] aliases= rgb=0,158,115)" "\n"
        R"(node n\\ "a\\" [firm] aliases= rgb=86,180,233)" "\n"
        R"(node node "node" [person] aliases= rgb=240,228,66)" "\n"
        R"(node q"1 ""quoted"" [person] aliases= rgb=240,228,66)" "\n"
        R"(node ru "Владимир Путин" [leader] aliases=Putin; Путин rgb=230,159,0)" "\n"
        R"(edge e2 node->graph signed weight=0.7 confidence=0.7 docs=d"0 evidence=a parallel edge of another type)" "\n"
        R"(edge e3 n\\->q"1 based-in weight=0.3333333333333333 confidence=0.3333333333333333 docs=d"0 evidence=ends with a backslash \\)" "\n"
        R"(edge e4 <b>->d1 signed weight=0.123456789012345 confidence=0.123456789012345 docs=d"0 evidence=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...[20001 chars, crc 979cd6bf])" "\n"
        R"(edge e5 e1->c1 met-with weight=0.5 confidence=0.5 docs=d"0 evidence=tab\there, bell, unit end)" "\n"
        R"(edge e6 ru->d1 signed weight=0.85 confidence=0.85 docs=d"0 evidence=Путин signed.)" "\n"
        R"(edge e7 q"1->node leader-of weight=0.5)" "\n"
        R"(edge edge node->graph met-with weight=0.9 confidence=0.9 docs=d"0 evidence=node met graph; <edge> & "digraph" {})" "\n");
}

TEST_CASE("graphml: the hostile graph, through xmllint, NetworkX and igraph") {
  check_read_back(hostile_graph(), write_graphml, false, {"networkx-graphml", "igraph-graphml"});
}

TEST_CASE("graphml: the sample graph, through xmllint, NetworkX and igraph") {
  check_read_back(sample_graph(), write_graphml, false, {"networkx-graphml", "igraph-graphml"});
}

TEST_CASE("graphml: ids that clean to one id, shared and empty edge ids: every node and edge still read back") {
  Graph g;
  Graph::Vertex a = g.add_node(Node{.id = "a\x01", .type = NodeType::kFirm, .name = "A one"});
  Graph::Vertex b = g.add_node(Node{.id = "a\x02", .type = NodeType::kFirm, .name = "A two"});
  g.add_edge(a, b, Edge{.id = "x", .type = "signed"});
  g.add_edge(a, b, Edge{.id = "x", .type = "signed"});
  g.add_edge(b, a, Edge{.id = "", .type = "based-in"});
  ExportFile file = graphml_of(g);
  for (const char* reader : {"networkx-graphml", "igraph-graphml"}) {
    CAPTURE(reader);
    CHECK(read_back(reader, file.path).output ==
          "nodes 2 edges 3\n"
          "node _n0 \"A one\" [firm] aliases= rgb=86,180,233\n"
          "node _n1 \"A two\" [firm] aliases= rgb=86,180,233\n"
          "edge _e0 _n0->_n1 signed weight=0.5\n"
          "edge _e1 _n0->_n1 signed weight=0.5\n"
          "edge _e2 _n1->_n0 based-in weight=0.5\n");
  }
}
