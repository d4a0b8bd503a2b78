#include "graph/graph.h"

#include <doctest/doctest.h>

#include "graph/error.h"

using namespace kgraph;

namespace {

Graph small_graph() {
  Graph g;
  g.add_node(Node{.id = "n1", .type = NodeType::kLeader, .name = "Kassym-Jomart Tokayev",
                  .aliases = {"Tokayev", "Toqayev"}});
  g.add_node(Node{.id = "n2", .type = NodeType::kCountry, .name = "Kazakhstan"});
  g.add_node(Node{.id = "n3", .type = NodeType::kFirm, .name = "Tokayev Holdings"});
  g.add_edge(0, 1, Edge{.id = "e1", .type = "leader-of", .confidence = 0.9});
  return g;
}

}  // namespace

TEST_CASE("node types read and write by name") {
  for (NodeType type : kAllNodeTypes) CHECK(parse_node_type(node_type_name(type)) == type);
  CHECK(!parse_node_type("Leader"));
  CHECK(!parse_node_type(""));
}

TEST_CASE("look-up by id, name and alias folds case, accents and punctuation") {
  Graph g = small_graph();
  CHECK(g.find_id("n2") == Graph::Vertex{1});
  CHECK(!g.find_id("N2"));
  CHECK(g.find_name("kassym jomart TOKAYEV") == std::vector<Graph::Vertex>{0});
  CHECK(g.find_name("Toqayev") == std::vector<Graph::Vertex>{0});
  CHECK(g.find_name("KAZAKHSTAN.") == std::vector<Graph::Vertex>{1});
  CHECK(g.find_name("Tokayev Holdings's") == std::vector<Graph::Vertex>{2});
  CHECK(g.find_name("Astana").empty());
}

TEST_CASE("renaming through mutable_node refreshes the name index") {
  Graph g = small_graph();
  CHECK(g.find_name("Qazaqstan").empty());
  g.mutable_node(1).aliases.push_back("Qazaqstan");
  CHECK(g.find_name("qazaqstan") == std::vector<Graph::Vertex>{1});
}

TEST_CASE("ids are unique and edges keep their order") {
  Graph g = small_graph();
  CHECK_THROWS_AS(g.add_node(Node{.id = "n1", .name = "x"}), Error);
  CHECK_THROWS_AS(g.add_node(Node{.id = "", .name = "x"}), Error);
  g.add_edge(2, 1, Edge{.id = "e2", .type = "based-in"});
  g.add_edge(0, 1, Edge{.id = "e3", .type = "leader-of"});  // parallel edge
  std::vector<std::string> ids;
  for (Graph::EdgeRef e : g.edges_in_order()) ids.push_back(g.edge(e).id);
  CHECK(ids == std::vector<std::string>{"e1", "e2", "e3"});
  CHECK(g.node(g.source(g.edges_in_order()[1])).id == "n3");
}

TEST_CASE("room for edges: used as edges come, and a room too big to have is no error") {
  Graph g = small_graph();
  g.reserve_edges(std::size_t{1} << 62);  // more than any machine has
  g.reserve_edges(4);
  g.add_edge(2, 1, Edge{.id = "e2", .type = "based-in"});
  g.stage_edge("n1", "n2", Edge{.id = "e3", .type = "met-with"});
  REQUIRE(!g.add_staged_edges());
  std::vector<std::string> ids;
  for (Graph::EdgeRef e : g.edges_in_order()) ids.push_back(g.edge(e).id + ":" + g.node(g.source(e)).id);
  CHECK(ids == std::vector<std::string>{"e1:n1", "e2:n3", "e3:n1"});
  CHECK(g.in_arcs(1).size() == 3);
}

TEST_CASE("arcs and the cheap edge accessors read the stored edges, and edits once kept") {
  Graph g = small_graph();
  g.add_edge(2, 1, Edge{.id = "e2", .type = "based-in",
                        .evidence = {Evidence{.doc = "d1", .start = 0, .end = 4, .text = "One."},
                                     Evidence{.doc = "d2", .start = 5, .end = 9, .text = "Two."}}});
  g.add_edge(0, 0, Edge{.id = "e3", .type = "met-with"});  // a loop is an out and an in arc
  g.add_edge(0, 1, Edge{.id = "e4", .type = "leader-of"});
  auto arcs = [&](Graph::Vertex v) {
    std::string out;
    for (Graph::Arc a : g.out_arcs(v)) out += ">" + g.node(a.node).id + ":" + std::string(g.edge_id(a.edge)) + " ";
    for (Graph::Arc a : g.in_arcs(v)) out += "<" + g.node(a.node).id + ":" + std::string(g.edge_id(a.edge)) + " ";
    return out;
  };
  CHECK(arcs(0) == ">n2:e1 >n1:e3 >n2:e4 <n1:e3 ");
  CHECK(arcs(1) == "<n1:e1 <n3:e2 <n1:e4 ");
  CHECK(arcs(2) == ">n2:e2 ");
  CHECK(g.out_arcs(0).size() == 3);
  auto docs = [&](Graph::EdgeRef e) {
    std::string out;
    for (std::string_view d : g.edge_evidence_docs(e)) out += std::string(d) + " ";
    return out;
  };
  Graph::EdgeRef e2{1};
  CHECK(docs(e2) == "d1 d2 ");
  CHECK(docs(Graph::EdgeRef{2}).empty());
  CHECK(g.edge_type(e2) == "based-in");
  CHECK(!g.edge_confidence(e2));
  g.mutable_edge(e2).id = "e2b";
  g.mutable_edge(e2).evidence.pop_back();
  CHECK(g.edge_id(e2) == "e2b");
  CHECK(docs(e2) == "d1 ");
  CHECK(g.edge_copy(e2).evidence.size() == 1);
}

TEST_CASE("staged edges join the topology as if added one by one, ends named before their nodes included") {
  const std::string long_id = "node-with-a-long-id";  // past the 7 bytes packed in a key
  auto build = [&](bool staged) {
    Graph g = small_graph();  // e1 is added before staging starts
    Edge e2{.id = "e2", .type = "based-in", .evidence = {Evidence{.doc = "d1", .start = 0, .end = 4, .text = "One."}}};
    Edge e3{.id = "e3", .type = "signed"}, e4{.id = "e4", .type = "met-with"};
    Node n4{.id = long_id, .type = NodeType::kDeal, .name = "Rail deal"};
    if (staged) {
      g.stage_edge("n3", "n2", e2);
      g.stage_edge(long_id, "n1", e3);  // before its source is added
      g.add_node(n4);
      g.stage_edge("n1", "n1", e4);
      CHECK(!g.add_staged_edges());
    } else {
      g.add_edge(2, 1, e2);
      g.add_node(n4);
      CHECK(g.add_edge(3, 0, e3).index == 2);
      g.add_edge(0, 0, e4);
    }
    std::string out;
    for (Graph::Vertex v = 0; v < g.node_count(); ++v) {
      for (Graph::Arc a : g.out_arcs(v)) out += g.node(v).id + ">" + g.node(a.node).id + ":" + std::string(g.edge_id(a.edge)) + " ";
      for (Graph::Arc a : g.in_arcs(v)) out += g.node(v).id + "<" + g.node(a.node).id + ":" + std::string(g.edge_type(a.edge)) + " ";
    }
    return out + std::to_string(g.edge_count()) + " " + g.edge(Graph::EdgeRef{1}).evidence.at(0).text;
  };
  CHECK(build(true) == "n1>n2:e1 n1>n1:e4 n1<node-with-a-long-id:signed n1<n1:met-with n2<n1:leader-of n2<n3:based-in "
                       "n3>n2:e2 node-with-a-long-id>n1:e3 4 One.");
  CHECK(build(true) == build(false));
}

TEST_CASE("many staged edges (more than the look-ups in flight at once) join as if added one by one") {
  auto build = [](bool staged) {
    Graph g;
    for (int i = 0; i < 60; ++i) g.add_node(Node{.id = (i % 2 ? "n" : "a-long-node-id-") + std::to_string(i), .name = "x"});
    for (std::uint32_t i = 0; i < 500; ++i) {
      std::uint32_t source = (i * 7919) % 60, target = (i * 104729 + 13) % 60;
      Edge e{.id = "e" + std::to_string(i), .type = "met-with"};
      if (staged) g.stage_edge(g.node(source).id, g.node(target).id, e);
      else g.add_edge(source, target, e);
    }
    if (staged) CHECK(!g.add_staged_edges());
    std::string out;
    for (Graph::Vertex v = 0; v < g.node_count(); ++v) {
      for (Graph::Arc a : g.out_arcs(v)) out += std::to_string(a.node) + ":" + std::string(g.edge_id(a.edge)) + " ";
      for (Graph::Arc a : g.in_arcs(v)) out += std::to_string(a.node) + "<" + std::string(g.edge_id(a.edge)) + " ";
    }
    return out;
  };
  std::string staged = build(true);
  CHECK(staged.size() > 5000);
  CHECK(staged == build(false));
}

TEST_CASE("a staged end that names no node is reported: the first in order, source before target") {
  struct Case { std::vector<std::pair<std::string, std::string>> ends; std::string missing; };
  const Case cases[] = {
      {{{"n1", "n2"}, {"n9", "n8"}}, "1 source n9"},
      {{{"n1", "n2"}, {"n2", "n1"}, {"n3", "no-such-long-id"}, {"n0", "n1"}}, "2 target no-such-long-id"},
      {{{"n1", "n2"}}, "none"},
  };
  for (const Case& c : cases) {
    Graph g = small_graph();
    for (const auto& [source, target] : c.ends) g.stage_edge(source, target, Edge{.type = "met-with"});
    std::optional<Graph::MissingEnd> m = g.add_staged_edges();
    CHECK((m ? std::to_string(m->edge) + (m->is_target ? " target " : " source ") + m->id : "none") == c.missing);
  }
}
