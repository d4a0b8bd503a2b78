// In-process SVG and PNG: files that xmllint reads and that show every name,
// a PNG signature, the layout chosen by size, and failures (a folder that
// does not exist, a layout that fails) that throw one line naming the path,
// leave no file behind and print nothing on stderr.
#include "export/render.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "export/selection.h"
#include "graph/error.h"
#include "tests/export_graphs.h"
#include "tests/shell_command.h"

namespace kgraph {
namespace {

namespace fs = std::filesystem;

// The text of every <text> element of an SVG as an XML reader decodes it.
std::set<std::string> svg_texts(const std::string& svg, const test::TempFolder& folder) {
  test::ShellRun run = test::run_shell(
      "PYTHONIOENCODING=utf-8 /usr/bin/python3 -c 'import sys, xml.etree.ElementTree as E\n"
      "for t in E.parse(sys.argv[1]).iter(\"{http://www.w3.org/2000/svg}text\"): print(t.text or \"\")' " +
          svg,
      folder);
  REQUIRE(run.status == 0);
  std::set<std::string> texts;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) texts.insert(line);
  return texts;
}

// Renders quietly (whatever reaches stderr fails the test).
void render_quietly(const Graph& graph, ImageFormat format, std::string_view layout, const std::string& path) {
  std::string err = test::stderr_during([&] { render_image(graph, select_all(graph), format, layout, path); });
  CHECK(err == "");
}

// The texts of an SVG rendered quietly, once xmllint has read it without a word.
std::set<std::string> rendered_texts(const Graph& graph, std::string_view layout, const test::TempFolder& folder) {
  std::string svg = folder.path("graph.svg");
  render_quietly(graph, ImageFormat::kSvg, layout, svg);
  test::ShellRun run = test::run_shell("xmllint --noout " + svg, folder);
  CHECK(run.status == 0);
  CHECK(run.err == "");
  return svg_texts(svg, folder);
}

// The error message of a render expected to fail, and what it wrote on stderr.
std::pair<std::string, std::string> failed_render(const Graph& graph, std::string_view layout,
                                                  const std::string& path) {
  std::string message = "(no error)";
  std::string err = test::stderr_during([&] {
    try {
      render_image(graph, select_all(graph), ImageFormat::kSvg, layout, path);
    } catch (const Error& e) {
      message = e.what();
    }
  });
  return {message, err};
}

std::vector<std::string> folder_listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("choose_layout: dot up to 300 connected nodes, neato for several components, sfdp above 300") {
  struct Case {
    std::size_t nodes, components;
    std::string_view layout;
  };
  const Case cases[] = {{0, 0, "dot"},     {1, 1, "dot"},      {300, 1, "dot"},        {300, 2, "neato"},
                        {12, 5, "neato"},  {301, 1, "sfdp"},   {1000000, 900, "sfdp"}};
  for (const Case& c : cases) {
    CAPTURE(c.nodes);
    CAPTURE(c.components);
    CHECK(choose_layout(c.nodes, c.components) == c.layout);
  }
}

TEST_CASE("component_count: edge direction ignored, isolated nodes count, only the selection") {
  Graph g = test::hostile_graph();
  // node-graph (2 edges), a\ -> "quoted" -> node (so one component with them),
  // <b> -> deal <- Cyrillic, emoji - control, lonely alone.
  CHECK(component_count(g, select_all(g)) == 4);
  CHECK(component_count(g, filter_selection(g, select_all(g), {.types = {NodeType::kPerson}})) == 2);
  CHECK(component_count(g, Selection{}) == 0);
}

TEST_CASE("render_image: an SVG of the hostile graph that xmllint reads, showing every name as written") {
  test::TempFolder folder("render_hostile");
  std::set<std::string> texts = rendered_texts(test::hostile_graph(), "", folder);
  for (const char* text :
       {"node", "graph", "a\\", "\"quoted\"", "<b>bold</b> & co", "Caf\xC3\xA9 \xF0\x9F\x9A\x80 Launch", "Bell Ringer",
        "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD",
        "locomotives & \"spares\"", "$4.2 billion", "300 freight <locomotives>", "Lonely \xE2\x80\x8B Island",
        "met-with", "signed", "based-in", "leader-of", "node types", "organization"}) {
    CAPTURE(text);
    CHECK(texts.count(text) == 1);
  }
}

TEST_CASE("render_image: an SVG of the sample graph shows every node name and edge type") {
  test::TempFolder folder("render_sample");
  Graph graph = test::sample_graph();
  std::set<std::string> texts = rendered_texts(graph, "", folder);
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) {
    CAPTURE(graph.node(v).name);
    CHECK(texts.count(graph.node(v).name) == 1);
  }
  for (Graph::EdgeRef e : graph.edges_in_order()) CHECK(texts.count(graph.edge(e).type) == 1);
}

TEST_CASE("render_image: sfdp lays out the hostile graph too") {
  test::TempFolder folder("render_sfdp");
  CHECK(rendered_texts(test::hostile_graph(), "sfdp", folder).count("Bell Ringer") == 1);
}

TEST_CASE("render_image: a PNG starts with the PNG signature") {
  test::TempFolder folder("render_png");
  std::string png = folder.path("hostile.png");
  render_quietly(test::hostile_graph(), ImageFormat::kPng, "", png);
  std::string bytes = test::file_text(png);
  CHECK(bytes.size() > 1000);
  CHECK(bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n");
}

TEST_CASE("render_image: a folder that does not exist is one error naming the path, nothing is created") {
  test::TempFolder folder("render_no_folder");
  std::string path = folder.path("no/such/folder/out.svg");
  auto [message, err] = failed_render(test::hostile_graph(), "", path);
  CHECK(message.rfind(path + ": ", 0) == 0);
  CHECK(message.find('\n') == std::string::npos);
  CHECK(err == "");
  CHECK(folder_listing(folder.dir).empty());
}

TEST_CASE("render_image: a layout that fails is one error naming the path, the old file stays") {
  test::TempFolder folder("render_bad_layout");
  std::string path = folder.path("out.svg");
  std::ofstream(path) << "old";
  auto [message, err] = failed_render(test::hostile_graph(), "no-such-engine", path);
  CHECK(message.rfind(path + ": cannot lay out the graph with \"no-such-engine\": ", 0) == 0);
  CHECK(message.find("not recognized") != std::string::npos);  // Graphviz's reason
  CHECK(message.find('\n') == std::string::npos);
  CHECK(err == "");
  CHECK(test::file_text(path) == "old");
  CHECK(folder_listing(folder.dir) == std::vector<std::string>{"out.svg"});
}

}  // namespace kgraph
