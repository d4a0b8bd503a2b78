#include "graph/graph_file.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "graph/error.h"

using namespace kgraph;

namespace {

const char* kValid = R"({
 "format": "kgraph/1",
 "documents": [{"id": "d0", "path": "a.txt", "sha256": "ab", "chars": 10, "lang": "en"}],
 "nodes": [
  {"id": "n1", "type": "leader", "name": "Jane Roe", "aliases": ["Roe"],
   "attrs": {"role": "President", "since": 2019, "tags": ["a", {"b": null}]},
   "mentions": [{"doc": "d0", "start": 0, "end": 8}], "color": "#fff"},
  {"id": "n2", "type": "deal", "name": "Loco deal", "aliases": [],
   "attrs": {"value_usd": 4200000000, "share": 0.1, "big": true, "note": null}}
 ],
 "edges": [
  {"id": "e1", "type": "signed", "source": "n1", "target": "n2", "confidence": 0.92,
   "evidence": [{"doc": "d0", "start": 0, "end": 9, "text": "Roe signed."}], "weight": 3}
 ],
 "generator": {"name": "hand", "version": [1, 2]}
})";

std::string read_error(const std::string& json) {
  try {
    read_graph(json, "g.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

// A minimal valid file with `nodes` and `edges` replaced.
std::string with(const std::string& nodes, const std::string& edges) {
  return R"({"format": "kgraph/1", "documents": [], "nodes": )" + nodes + R"(, "edges": )" + edges + "}";
}

const char* kNode = R"({"id": "n1", "type": "firm", "name": "Acme", "aliases": []})";

}  // namespace

TEST_CASE("round trip keeps every field, unknown ones included") {
  Graph g = read_graph(kValid, "g.json");
  std::string once = write_graph_string(g);
  std::string twice = write_graph_string(read_graph(once, "once.json"));
  CHECK(once == twice);
  for (const char* field : {"\"lang\": \"en\"", "\"color\": \"#fff\"", "\"weight\": 3",
                            "\"generator\": {\"name\":\"hand\",\"version\":[1,2]}",
                            "\"value_usd\": 4200000000", "\"share\": 0.1", "\"big\": true",
                            "\"note\": null", "\"tags\": [\"a\",{\"b\":null}]", "\"since\": 2019"}) {
    CAPTURE(field);
    CHECK(once.find(field) != std::string::npos);
  }
  const Node& deal = g.node(1);
  CHECK(std::get<std::int64_t>(deal.attrs.at("value_usd")) == 4200000000);
  CHECK(g.edge(g.edges_in_order()[0]).evidence[0].text == "Roe signed.");
  CHECK(g.edge(g.edges_in_order()[0]).confidence == 0.92);
}

TEST_CASE("doubles survive a round trip exactly") {
  std::string json = with(R"([{"id": "n1", "type": "deal", "name": "d", "aliases": [],
                               "attrs": {"x": 0.1, "y": 1e300, "z": 123456789.123456789}}])", "[]");
  Graph g = read_graph(json, "g.json");
  Graph back = read_graph(write_graph_string(g), "back.json");
  for (const char* key : {"x", "y", "z"})
    CHECK(std::get<double>(back.node(0).attrs.at(key)) == std::get<double>(g.node(0).attrs.at(key)));
}

// Rows of fuzz/fuzz_graph_file findings and the edges of the number syntax:
// a number as attribute "x", printed as its kind and value (or the error).
TEST_CASE("numbers read exactly: integers stay integers, zeros stay zero") {
  auto read_x = [](const std::string& number) -> std::string {
    std::string json = with(R"([{"id": "n1", "type": "deal", "name": "d", "aliases": [], "attrs": {"x": )" + number + "}}]",
                            "[]");
    try {
      const Graph g = read_graph(json, "g.json");
      const AttrValue& x = g.node(0).attrs.at("x");
      if (auto* i = std::get_if<std::int64_t>(&x)) return "int " + std::to_string(*i);
      char buf[64];
      std::snprintf(buf, sizeof buf, "double %.17g", std::get<double>(x));
      return buf;
    } catch (const Error& e) {
      return e.what();
    }
  };
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"0e-308", "double 0"},  // RapidJSON's full-precision path made this 5.8e-129 (fuzz_graph_file)
      {"-0e-308", "double -0"},
      {"0.0e-320", "double 0"},
      {"00", "g.json: line 1, column 124: missing a comma or '}' after an object member"},
      {"4e-320", "double 3.999955468730732e-320"},
      {"1e-400", "double 0"},
      {"-1e-400", "double -0"},
      {"1.8e308", "g.json: nodes[0].attrs.x: number too big to be stored in double"},
      {"1e309", "g.json: line 1, column 123: number too big to be stored in double"},
      {"0.1", "double 0.10000000000000001"},
      {"-7", "int -7"},
      {"9223372036854775807", "int 9223372036854775807"},
      {"9223372036854775808", "double 9.2233720368547758e+18"},
      {"-9223372036854775809", "double -9.2233720368547758e+18"},
  };
  for (const auto& [number, printed] : cases) {
    CAPTURE(number);
    CHECK(read_x(number) == printed);
  }
}

TEST_CASE("edges may come before the nodes they join") {
  std::string json = R"({"format": "kgraph/1", "documents": [],
    "edges": [{"type": "based-in", "source": "n1", "target": "n2"}],
    "nodes": [{"id": "n1", "type": "firm", "name": "Acme", "aliases": []},
              {"id": "n2", "type": "country", "name": "Chad", "aliases": []}]})";
  Graph g = read_graph(json, "g.json");
  REQUIRE(g.edge_count() == 1);
  CHECK(g.node(g.target(g.edges_in_order()[0])).name == "Chad");
}

TEST_CASE("text past ASCII reads as written, raw or escaped, in every field") {
  const std::string names[] = {"Kassym-Jomart Toqayev", "Türkiye", "Đà Nẵng", "习近平", "Ψ 😀 \\u00e9 \\ud83d\\ude00",
                               "long ASCII before it: abcdefghijklmnopqrstuvwxyz é"};
  for (const std::string& name : names) {
    CAPTURE(name);
    Graph g = read_graph(R"({"format": "kgraph/1", "documents": [], "nodes": [{"id": ")" + name + R"(", "type": "leader", "name": ")" +
                             name + R"(", "aliases": [")" + name + R"("]}], "edges": [], ")" + name + R"(": [")" + name + R"("]})",
                         "g.json");
    std::string decoded = name.substr(0, name.find('\\'));
    if (decoded.size() < name.size()) decoded += "é 😀";
    CHECK(g.node(0).name == decoded);
    CHECK(g.node(0).aliases.at(0) == decoded);
    CHECK(g.find_id(decoded) == Graph::Vertex{0});
    CHECK(g.unknown.at(0).first == decoded);
  }
}

TEST_CASE("every validation error names the file and the place") {
  const std::string node = kNode;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "g.json: line 1, column 1: the document is empty"},
      {"{\"format\": \"kgraph/1\",\n \"nodes\" []}", "g.json: line 2, column 10: missing a colon after a name of object member"},
      {"{\"format\": \"kgraph/1\", \"nodes\": [", "g.json: line 1, column 34: invalid value"},
      {"[1]", "g.json: the top level must be a JSON object, not an array"},
      {"42", "g.json: the top level must be a JSON object, not a number"},
      {R"({"format": "kgraph/2", "documents": [], "nodes": [], "edges": []})",
       "g.json: format: expected \"kgraph/1\", got \"kgraph/2\""},
      {R"({"documents": [], "nodes": [], "edges": []})", "g.json: top level: missing required field \"format\""},
      {R"({"format": "kgraph/1", "nodes": [], "edges": []})", "g.json: top level: missing required field \"documents\""},
      {R"({"format": "kgraph/1", "documents": [], "nodes": {}, "edges": []})", "g.json: nodes: expected an array, got an object"},
      {R"({"format": "kgraph/1", "documents": [{"id": "d0"}], "nodes": [], "edges": []})",
       "g.json: documents[0]: missing required field \"path\""},
      {R"({"format": "kgraph/1", "documents": [{"id": "d0", "path": "a"}, {"id": "d0", "path": "b"}], "nodes": [], "edges": []})",
       "g.json: documents[1].id: duplicate document id \"d0\""},
      {with("[3]", "[]"), "g.json: nodes[0]: expected an object, got a number"},
      {with(R"([{"id": "n1", "type": "firm", "name": "Acme"}])", "[]"), "g.json: nodes[0]: missing required field \"aliases\""},
      {with(R"([{"id": "n1", "type": "firm", "name": "", "aliases": []}])", "[]"), "g.json: nodes[0].name: must not be empty"},
      {with(R"([{"id": 7, "type": "firm", "name": "A", "aliases": []}])", "[]"), "g.json: nodes[0].id: expected a string, got a number"},
      {with(R"([{"id": "n1", "type": "company", "name": "A", "aliases": []}])", "[]"),
       "g.json: nodes[0].type: unknown node type \"company\" (expected leader, person, firm, organization, country, deal or place)"},
      {with(R"([{"id": "n1", "type": "firm", "name": "A", "aliases": "B"}])", "[]"), "g.json: nodes[0].aliases: expected an array, got a string"},
      {with(R"([{"id": "n1", "type": "firm", "name": "A", "aliases": ["B", 2]}])", "[]"), "g.json: nodes[0].aliases[1]: expected a string, got a number"},
      {with(R"([{"id": "n1", "type": "firm", "name": "A", "aliases": [], "attrs": []}])", "[]"), "g.json: nodes[0].attrs: expected an object, got an array"},
      {with(R"([{"id": "n1", "type": "firm", "name": "A", "aliases": [], "mentions": [{"doc": "d", "start": -1, "end": 2}]}])", "[]"),
       "g.json: nodes[0].mentions[0].start: expected a whole number >= 0, got a negative number"},
      {with(R"([{"id": "n1", "type": "firm", "name": "A", "aliases": [], "mentions": [{"doc": "d", "start": 5, "end": 2}]}])", "[]"),
       "g.json: nodes[0].mentions[0]: end 2 is before start 5"},
      {with("[" + node + "," + node + "]", "[]"), "g.json: nodes[1].id: duplicate node id \"n1\""},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1", "target": "n99"}])"), "g.json: edges[0].target: no node \"n99\""},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1", "target": "n1"}, {"type": "x", "source": "n0", "target": "n1"}])"),
       "g.json: edges[1].source: no node \"n0\""},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1"}])"), "g.json: edges[0]: missing required field \"target\""},
      {with("[" + node + "]", R"([{"type": "", "source": "n1", "target": "n1"}])"), "g.json: edges[0].type: must not be empty"},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1", "target": "n1", "confidence": 1.5}])"),
       "g.json: edges[0].confidence: must be between 0 and 1"},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1", "target": "n1", "confidence": "high"}])"),
       "g.json: edges[0].confidence: expected a number, got a string"},
      {with("[" + node + "]", R"([{"type": "x", "source": "n1", "target": "n1", "evidence": [{"text": 3}]}])"),
       "g.json: edges[0].evidence[0].text: expected a string, got a number"},
      {"{\"format\": \"kgraph/1\", \"x\": \"\xff\"}", "g.json: line 1, column 30: invalid encoding in string"},
      // The bad byte is named even past ASCII, in keys, in values kept unread,
      // and before a later error of another kind.
      {"{\"format\": \"kgraph/1\", \"x\": \"abcdefghij\xc3\xa9\xc0\xaf\"}", "g.json: line 1, column 42: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"x\": \"\xed\xa0\x80\"}", "g.json: line 1, column 30: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"x\": \"\xf4\x90\x80\x80\"}", "g.json: line 1, column 30: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"k\xe9y\": 1}", "g.json: line 1, column 26: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"x\": [{\"y\": \"\x80\"}]}", "g.json: line 1, column 37: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"x\": \"\xff", "g.json: line 1, column 30: invalid encoding in string"},
      {"{\"format\": \"kgraph/1\", \"x\": \"\xff\", \"nodes\": 3}", "g.json: line 1, column 30: invalid encoding in string"},
  };
  for (const auto& [json, message] : cases) {
    CAPTURE(json);
    CHECK(read_error(json) == message);
  }
}

TEST_CASE("truncated input fails cleanly at every length") {
  std::string full = kValid;
  for (std::size_t n = 0; n < full.size(); ++n) {
    CAPTURE(n);
    std::string message = read_error(full.substr(0, n));
    CHECK(message.rfind("g.json: ", 0) == 0);
  }
}

TEST_CASE("deep nesting neither crashes nor is lost") {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  Graph g = read_graph(R"({"format": "kgraph/1", "documents": [], "nodes": [], "edges": [], "deep": )" + deep + "}", "g.json");
  REQUIRE(g.unknown.size() == 1);
  CHECK(g.unknown[0].second.text.size() == 200000);
  CHECK(read_error(R"({"format": "kgraph/1", "x": )" + std::string(100000, '[')).rfind("g.json: line 1", 0) == 0);
  // Past the depth where the recursive reader gives way to the iterative one,
  // errors are found as before, and nesting just short of it is read.
  for (std::size_t depth : {250, 300}) {
    CAPTURE(depth);
    std::string nested = std::string(depth, '[') + std::string(depth, ']');
    CHECK(read_error(R"({"format": "kgraph/1", "documents": [], "nodes": [], "deep": )" + nested +
                     R"(, "edges": [{"type": "signed", "source": "n1", "target": "n2"}]})") ==
          "g.json: edges[0].source: no node \"n1\"");
    CHECK(read_error(R"({"format": "kgraph/1", "deep": )" + nested + R"(, "documents": 3})") ==
          "g.json: documents: expected an array, got a number");
  }
}

TEST_CASE("files: missing input, atomic output") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("kgraph_file_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string missing = (dir / "missing.json").string();
  try {
    read_graph_file(missing);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == missing + ": cannot read: No such file or directory");
  }
  std::string out = (dir / "g.json").string();
  Graph g = read_graph(kValid, "g.json");
  write_graph_file(g, out);
  CHECK(write_graph_string(read_graph_file(out)) == write_graph_string(g));
  CHECK_THROWS_AS(write_graph_file(g, (dir / "no" / "such" / "g.json").string()), Error);
  std::size_t files = 0;
  for (auto& entry : fs::directory_iterator(dir)) files += entry.is_regular_file();
  CHECK(files == 1);  // no temporary file left behind
  fs::remove_all(dir);
}

TEST_CASE("control characters: escaped ones round trip, raw ones are refused wherever they fall") {
  std::string controls;
  for (char c = 1; c < 0x20; ++c) controls += c;
  Graph g = read_graph(kValid, "g.json");
  g.mutable_node(0).name = "a" + controls + "b";
  std::string once = write_graph_string(g);
  CHECK(once.find('\x1e') == std::string::npos);
  CHECK(read_graph(once, "once.json").node(0).name == "a" + controls + "b");
  CHECK(write_graph_string(read_graph(once, "once.json")) == once);
  // At every offset from a 16-byte boundary, the raw byte is an error, in
  // memory and in a file read in place.
  std::string dir = std::filesystem::temp_directory_path() / ("kgraph_controls_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (std::size_t pad = 0; pad < 32; ++pad) {
    CAPTURE(pad);
    std::string json = R"({"format": "kgraph/1", "x": ")" + std::string(pad, 'p') + "\x1f" + R"(", "documents": [], "nodes": [], "edges": []})";
    CHECK(read_error(json).find("invalid escape character in string") != std::string::npos);
    std::ofstream(dir + "/g.json", std::ios::binary | std::ios::trunc) << json;
    try {
      read_graph_file(dir + "/g.json");
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("invalid escape character in string") != std::string::npos);
    }
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("files are read in place whatever their size: a whole page, many pages, a pipe") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("kgraph_map_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text) {
    std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  };
  auto error_of = [](const std::string& path) {
    try {
      read_graph_file(path);
      return std::string("no error");
    } catch (const Error& e) {
      return std::string(e.what());
    }
  };
  // A file that fills its last page exactly: the end mark is past the file.
  std::string page = R"({"format": "kgraph/1", "documents": [], "nodes": [], "edges": []})";
  page += std::string(4096 - page.size(), ' ');
  CHECK(read_graph_file(write("page.json", page)).node_count() == 0);
  std::string cut = page.substr(0, 4095) + "[";
  CHECK(error_of(write("cut.json", cut)) == (dir / "cut.json").string() +
                                              ": line 1, column 4096: the document root must not be followed by other values");
  // More nodes than the reader reads between two releases of what it has read.
  std::string nodes;
  for (int i = 0; i < 70000; ++i)
    nodes += std::string(i ? "," : "") + R"({"id": "n)" + std::to_string(i) + R"(", "type": "firm", "name": "F)" + std::to_string(i) + R"(", "aliases": []})" + "\n";
  std::string big = write("big.json", with("[" + nodes + "]", R"([{"type": "x", "source": "n69999", "target": "n0"}])"));
  Graph g = read_graph_file(big);
  CHECK(g.node_count() == 70000);
  CHECK(g.node(g.source(Graph::EdgeRef{0})).name == "F69999");
  std::string late = with("[" + nodes + "]", "[{\"type\": \"x\", \"source\": \"n1\", \"target\": \"n1\", \"id\": \"\xff\"}]");
  std::size_t bad = late.find('\xff'), line_start = late.rfind('\n', bad) + 1;
  CHECK(error_of(write("late.json", late)) == (dir / "late.json").string() + ": line 70001, column " +
                                                 std::to_string(bad - line_start + 1) + ": invalid encoding in string");
  // Not a regular file: read through a buffer, with the same errors.
  std::string pipe = (dir / "pipe").string();
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  std::thread writer([&] { std::ofstream(pipe, std::ios::binary) << cut; });
  CHECK(error_of(pipe) == pipe + ": line 1, column 4096: the document root must not be followed by other values");
  writer.join();
  fs::remove_all(dir);
}
