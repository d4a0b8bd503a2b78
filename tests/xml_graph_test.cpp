#include "export/xml_graph.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace kgraph;

TEST_CASE("xml ids: kgraph ids kept where usable, fallbacks that clash with nothing") {
  Graph g;
  for (std::string id : {"ok", "bad\x01", "_n1"}) g.add_node(Node{.id = id, .name = id});
  for (std::string id : {"e1", "e1", "", "_e2", "x\x02"}) g.add_edge(0, 1, Edge{.id = id, .type = "signed"});
  Selection all = select_all(g);
  XmlIds ids(g, all);
  std::string nodes, edges;
  for (Graph::Vertex v : all.nodes) nodes += std::string(ids.node(v)) + " ";
  for (std::size_t i = 0; i < all.edges.size(); ++i) edges += ids.edge(i) + " ";
  CHECK(nodes == "ok __n1 _n1 ");
  CHECK(edges == "_e0 _e1 __e2 _e2 _e4 ");
}

TEST_CASE("xml columns: one per attribute name, typed by the values' kinds, titles apart from ours") {
  Graph g;
  g.add_node(Node{.id = "a",
                  .name = "a",
                  .attrs = {{"value_usd", AttrValue{std::int64_t{4200000000}}},
                            {"quantity", AttrValue{std::int64_t{300}}},
                            {"share", AttrValue{std::int64_t{1}}},
                            {"flag", AttrValue{true}},
                            {"mixed", AttrValue{std::int64_t{2}}},
                            {"tags", AttrValue{RawJson{"[1,2]"}}},
                            {"label", AttrValue{std::string("x")}},
                            {"size", AttrValue{std::string("big")}},
                            {"", AttrValue{std::string("nameless")}},
                            {"bell\x07", AttrValue{std::string("rings")}}}});
  g.add_node(Node{.id = "b",
                  .name = "b",
                  .attrs = {{"share", AttrValue{0.25}},
                            {"mixed", AttrValue{std::string("two")}},
                            {"attrs.label", AttrValue{std::string("taken first")}},
                            {"bell", AttrValue{std::string("plain")}}}});
  std::string printed;
  for (const AttrColumn& c : node_attr_columns(g, select_all(g)))
    printed += "[" + c.name + "] " + c.title + " " + std::string(column_type_name(c.type)) + "\n";
  CHECK(printed ==
        "[] attrs. string\n"
        "[attrs.label] attrs.label string\n"
        "[bell] bell string\n"
        "[bell\x07] attrs.bell string\n"
        "[flag] flag boolean\n"
        "[label] attrs.label#2 string\n"
        "[mixed] mixed string\n"
        "[quantity] quantity long\n"
        "[share] share double\n"
        "[size] attrs.size string\n"
        "[tags] tags string\n"
        "[value_usd] value_usd double\n");
}
