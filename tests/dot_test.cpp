// DOT export: the escaping table, labels and tooltips, the DOT read back by
// libcgraph (every node, every parallel edge), and `dot -Tsvg` rendering it
// without a word on stderr, on the sample graph and the hostile graph.
#include "export/dot.h"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <algorithm>
#include <fstream>
#include <vector>

#include "export/selection.h"
#include "tests/export_graphs.h"
#include "tests/shell_command.h"

namespace kgraph {
namespace {

std::string attr(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

struct ReadBack {
  Agraph_t* graph;
  explicit ReadBack(const std::string& dot) : graph(agmemread(dot.c_str())) { REQUIRE(graph != nullptr); }
  ~ReadBack() { agclose(graph); }
  Agnode_t* node(const std::string& name) const { return agnode(graph, const_cast<char*>(name.c_str()), 0); }
};

// The DOT as libcgraph reads it back, one line per node in the order the
// text declares them (agwrite declares an edge's head before the edge), then
// one per edge:
// "NAME: LABEL {SHAPE FILL}" and "TAIL -> HEAD [KEY]: LABEL". Labels are the
// attribute text (a backslash still doubled, a line break as \n).
std::string printed(const ReadBack& dot) {
  std::string out;
  for (Agnode_t* n = agfstnode(dot.graph); n; n = agnxtnode(dot.graph, n)) {
    std::string label = aghtmlstr(agget(n, const_cast<char*>("label"))) ? "(HTML)" : attr(n, "label");
    out += std::string(agnameof(n)) + ": " + label + " {" + attr(n, "shape") + " " + attr(n, "fillcolor") + "}\n";
  }
  for (Agnode_t* n = agfstnode(dot.graph); n; n = agnxtnode(dot.graph, n))
    for (Agedge_t* e = agfstout(dot.graph, n); e; e = agnxtout(dot.graph, e)) {
      const char* key = agnameof(e);
      out += std::string(agnameof(agtail(e))) + " -> " + agnameof(aghead(e)) + " [" + (key ? key : "") +
             "]: " + attr(e, "label") + "\n";
    }
  return out;
}

// Renders `dot` with the dot command; its stderr must stay empty.
test::ShellRun dot_command(const std::string& dot, const test::TempFolder& folder) {
  std::ofstream(folder.path("graph.dot"), std::ios::binary) << dot;
  return test::run_shell("dot -Tsvg " + folder.path("graph.dot") + " -o " + folder.path("graph.svg"), folder);
}

}  // namespace

TEST_CASE("dot_escape: backslashes doubled, newlines as \\n, control characters and bad UTF-8 dropped") {
  struct Case {
    std::string text, escaped;
  };
  const Case cases[] = {
      {"Wabtec", "Wabtec"},
      {"a\\", "a\\\\"},                                 // a backslash at the end would eat the closing quote
      {"\\N and \\n", "\\\\N and \\\\n"},               // shown as written, not Graphviz's escapes
      {"\"quoted\"", "\"quoted\""},                     // libcgraph escapes quotes itself
      {"line one\nline two\n", "line one\\nline two\\n"},
      {"crlf\r\n", "crlf\\n"},
      {"tab\there", "tab here"},
      {"bell\x07, unit\x1f, del\x7f.", "bell, unit, del."},
      {"next\xC2\x85line", "nextline"},                 // U+0085, a C1 control
      {"no\xC2\xA0" "break", "no\xC2\xA0" "break"},     // U+00A0 is not a control
      {"<b>bold</b> & co &amp;", "<b>bold</b> & co &amp;"},
      {"Caf\xC3\xA9 \xF0\x9F\x9A\x80", "Caf\xC3\xA9 \xF0\x9F\x9A\x80"},
      {"\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD", "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"},
      {"bad\xFF byte, cut \xE2\x82", "bad byte, cut "},
      {"overlong \xC0\xAF, surrogate \xED\xA0\x80.", "overlong , surrogate ."},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(dot_escape(c.text) == c.escaped);
  }
}

TEST_CASE("cut_utf8: at most the bytes asked, on a code point boundary") {
  CHECK(cut_utf8("short", 10) == "short");
  CHECK(cut_utf8("exactly", 7) == "exactly");
  CHECK(cut_utf8("a longer sentence", 8) == "a longer...");
  CHECK(cut_utf8("caf\xC3\xA9!", 4) == "caf...");           // not half of the é
  CHECK(cut_utf8("\xF0\x9F\x9A\x80\xF0\x9F\x9A\x80", 7) == "\xF0\x9F\x9A\x80...");
}

TEST_CASE("usd_text: three significant digits and the scale word, whole dollars below a million") {
  struct Case {
    double usd;
    std::string text;
  };
  const Case cases[] = {
      {4.2e9, "$4.2 billion"},     {4200000000, "$4.2 billion"}, {230e6, "$230 million"},
      {1.25e12, "$1.25 trillion"}, {1234567, "$1.23 million"},   {999.95e6, "$1 billion"},
      {2.5e15, "$2500 trillion"},  {250000, "$250,000"},         {999, "$999"},
      {0, "$0"},                   {-3e9, "-$3 billion"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.usd);
    CHECK(usd_text(c.usd) == c.text);
  }
}

TEST_CASE("dot: the hostile graph reads back with every node, label and parallel edge") {
  Graph graph = test::hostile_graph();
  ReadBack dot(dot_text(graph, select_all(graph)));
  CHECK(printed(dot) ==
        "node: node {ellipse #f0e442}\n"
        "graph: graph {component #cc79a7}\n"
        "n\\\\: a\\\\ {box #56b4e9}\n"
        "q\"1: \"quoted\" {ellipse #f0e442}\n"
        "<b>: <b>bold</b> & co {box #56b4e9}\n"
        "d1: locomotives & \"spares\"\\n$4.2 billion\\n300 freight <locomotives> {note #d5d5d5}\n"
        "e1: Caf\xC3\xA9 \xF0\x9F\x9A\x80 Launch {cds #99ccbb}\n"
        "c1: Bell Ringer {ellipse #f0e442}\n"
        "ru: \xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
        "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD {doubleoctagon #e69f00}\n"
        "lonely: Lonely \xE2\x80\x8B Island {house #009e73}\n"
        "legend: (HTML) {none }\n"
        "node -> graph [edge]: met-with\n"
        "node -> graph [e2]: signed\n"
        "n\\\\ -> q\"1 [e3]: based-in\n"
        "q\"1 -> node [e7]: leader-of\n"
        "<b> -> d1 [e4]: signed\n"
        "e1 -> c1 [e5]: met-with\n"
        "ru -> d1 [e6]: signed\n");
  CHECK(agnnodes(dot.graph) == static_cast<int>(graph.node_count()) + 1);  // and the legend
  CHECK(agnedges(dot.graph) == static_cast<int>(graph.edge_count()));
}

TEST_CASE("dot: tooltips hold a node's type and aliases, an edge's confidence and cut evidence") {
  Graph graph = test::hostile_graph();
  ReadBack dot(dot_text(graph, select_all(graph)));
  CHECK(attr(dot.node("ru"), "tooltip") ==
        "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"
        " (leader)\\nalso: Putin, \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD");
  CHECK(attr(dot.node("d1"), "tooltip") == "locomotives & \"spares\" (deal)\\ndate: 2025-11-06");
  auto edge_tooltip = [&](const char* tail, const char* head, const char* key) {
    return attr(agedge(dot.graph, dot.node(tail), dot.node(head), const_cast<char*>(key), 0), "tooltip");
  };
  CHECK(edge_tooltip("e1", "c1", "e5") == "met-with, confidence 0.50\\n\"tab here, bell, unit end\"");
  CHECK(edge_tooltip("n\\\\", "q\"1", "e3") == "based-in, confidence 0.33\\n\"ends with a backslash \\\\\"");
  CHECK(edge_tooltip("q\"1", "node", "e7") == "leader-of");
  std::string huge = edge_tooltip("<b>", "d1", "e4");
  CHECK(huge == "signed, confidence 0.12\\n\"" + std::string(300, 'x') + "...\"");
}

TEST_CASE("dot: the legend lists the node types present with their counts") {
  Graph graph = test::hostile_graph();
  ReadBack dot(dot_text(graph, select_all(graph)));
  std::string legend = attr(dot.node("legend"), "label");
  for (const char* row : {">leader</TD><TD ALIGN=\"RIGHT\">1<", ">person</TD><TD ALIGN=\"RIGHT\">3<",
                          ">firm</TD><TD ALIGN=\"RIGHT\">2<", ">organization</TD><TD ALIGN=\"RIGHT\">1<",
                          ">country</TD><TD ALIGN=\"RIGHT\">1<", ">deal</TD><TD ALIGN=\"RIGHT\">1<",
                          ">place</TD><TD ALIGN=\"RIGHT\">1<", "BGCOLOR=\"#e69f00\">leader<"}) {
    CAPTURE(row);
    CHECK(legend.find(row) != std::string::npos);
  }
}

TEST_CASE("dot: ids that escape alike stay apart, an empty selection has no legend") {
  Graph graph;
  Graph::Vertex a = graph.add_node(Node{.id = "a", .type = NodeType::kFirm, .name = "A"});
  Graph::Vertex bell = graph.add_node(Node{.id = "a\x07", .type = NodeType::kFirm, .name = "A bell"});
  graph.add_node(Node{.id = "legend", .type = NodeType::kCountry, .name = "Legend"});
  graph.add_edge(a, bell, Edge{.id = "x", .type = "signed"});
  graph.add_edge(a, bell, Edge{.id = "x\x01", .type = "met-with"});
  ReadBack dot(dot_text(graph, select_all(graph)));
  CHECK(printed(dot) ==
        "a: A {box #56b4e9}\n"
        "a~2: A bell {box #56b4e9}\n"
        "legend: Legend {house #009e73}\n"
        "legend~2: (HTML) {none }\n"
        "a -> a~2 [x]: signed\n"
        "a -> a~2 []: met-with\n");
  ReadBack empty(dot_text(graph, Selection{}));
  CHECK(agnnodes(empty.graph) == 0);
}

TEST_CASE("dot: `dot -Tsvg` renders the hostile graph without a warning") {
  test::TempFolder folder("dot_hostile");
  Graph graph = test::hostile_graph();
  test::ShellRun run = dot_command(dot_text(graph, select_all(graph)), folder);
  CHECK(run.status == 0);
  CHECK(run.err == "");
}

TEST_CASE("dot: the sample graph reads back whole and `dot -Tsvg` renders it without a warning") {
  Graph graph = test::sample_graph();
  REQUIRE(graph.node_count() > 20);
  std::string text = dot_text(graph, select_all(graph));
  ReadBack dot(text);
  CHECK(agnnodes(dot.graph) == static_cast<int>(graph.node_count()) + 1);
  CHECK(agnedges(dot.graph) == static_cast<int>(graph.edge_count()));
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) {
    const Node& node = graph.node(v);
    Agnode_t* n = dot.node(dot_escape(node.id));
    REQUIRE_MESSAGE(n, node.id);
    CHECK(attr(n, "label").rfind(dot_escape(node.name), 0) == 0);
  }
  std::vector<std::string> written, read;
  for (Graph::EdgeRef e : graph.edges_in_order())
    written.push_back(dot_escape(graph.node(graph.source(e)).id) + " -" + graph.edge(e).type + "-> " +
                      dot_escape(graph.node(graph.target(e)).id));
  for (Agnode_t* n = agfstnode(dot.graph); n; n = agnxtnode(dot.graph, n))
    for (Agedge_t* e = agfstout(dot.graph, n); e; e = agnxtout(dot.graph, e))
      read.push_back(std::string(agnameof(n)) + " -" + attr(e, "label") + "-> " + agnameof(aghead(e)));
  std::sort(written.begin(), written.end());
  std::sort(read.begin(), read.end());
  CHECK(read == written);

  test::TempFolder folder("dot_sample");
  test::ShellRun run = dot_command(text, folder);
  CHECK(run.status == 0);
  CHECK(run.err == "");
}

}  // namespace kgraph
