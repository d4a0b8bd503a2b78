// The kgraph binary as users run it: exit statuses, one-line errors naming
// the file or the name, JSON that parses, outputs never half-written.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

// Runs `ENV kgraph ARGS` through the shell; stderr goes to a file beside.
Run kgraph(const std::string& args, const fs::path& dir, const std::string& env = "") {
  fs::path err = dir / "stderr.txt";
  std::string command = env + " " + std::string(KGRAPH_BINARY) + " " + args + " 2>" + err.string();
  Run run;
  std::FILE* pipe = popen(command.c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) run.out.append(buf.data(), n);
  int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err);
  std::stringstream s;
  s << in.rdbuf();
  run.err = s.str();
  return run;
}

struct Workdir {
  fs::path dir = fs::temp_directory_path() / ("kgraph_cli_test_" + std::to_string(::getpid()));
  Workdir() {
    fs::create_directories(dir / "news");
    std::ofstream(dir / "news/a.txt") << "Chilean President Amara Qorin met with Peruvian President Luis Tapa in Lima.\n";
    std::ofstream(dir / "news/b.txt") << "Chile signed a $2.5 billion contract with the Irish company Hollins Ltd. for 40 ferries.\n";
    std::ofstream(dir / "lonely.txt") << "Norwegian Prime Minister Jon Ek spoke.\n";
  }
  ~Workdir() { fs::remove_all(dir); }
  std::string path(const std::string& name) const { return (dir / name).string(); }
};

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("cli: build, then path with evidence, as text and as JSON") {
  Workdir w;
  Run build = kgraph("build " + w.path("news") + " " + w.path("lonely.txt") + " -o " + w.path("g.json"), w.dir);
  REQUIRE(build.status == 0);
  CHECK(build.out.rfind("documents read          3\n", 0) == 0);

  Run path = kgraph("path " + w.path("g.json") + " 'Amara Qorin' Hollins", w.dir);
  CHECK(path.status == 0);
  CHECK(path.out.find("Amara Qorin (leader) --leader-of--> Chile (country)") != std::string::npos);
  CHECK(path.out.find("Chilean President Amara Qorin met with") != std::string::npos);

  Run json = kgraph("path " + w.path("g.json") + " Qorin Hollins --json", w.dir);
  rapidjson::Document doc;
  doc.Parse(json.out.c_str());
  REQUIRE(!doc.HasParseError());
  REQUIRE(doc["paths"].IsArray());
  CHECK(doc["paths"][0]["length"].GetInt() == 3);
  CHECK(doc["paths"][0]["edges"][0]["evidence"][0]["text"].IsString());
}

TEST_CASE("cli: no path exits 1; unknown and ambiguous names exit 2 with one line") {
  Workdir w;
  REQUIRE(kgraph("build " + w.path("news") + " " + w.path("lonely.txt") + " -o " + w.path("g.json"), w.dir).status == 0);
  Run none = kgraph("path " + w.path("g.json") + " Qorin 'Jon Ek'", w.dir);
  CHECK(none.status == 1);
  CHECK(none.err == "kgraph: no path from Amara Qorin (leader) to Jon Ek (leader)\n");
  Run none_json = kgraph("path " + w.path("g.json") + " Qorin 'Jon Ek' --json", w.dir);
  CHECK(none_json.status == 1);
  CHECK(none_json.out.find("\"paths\":[]") != std::string::npos);
  Run unknown = kgraph("path " + w.path("g.json") + " Qorim Zzzzzzzz", w.dir);
  CHECK(unknown.status == 2);
  CHECK(unknown.err.rfind("kgraph: unknown name \"Zzzzzzzz\"", 0) == 0);
  CHECK(std::count(unknown.err.begin(), unknown.err.end(), '\n') == 1);
}

TEST_CASE("cli: bad input gets one line naming the file, and outputs are never half-written") {
  Workdir w;
  Run missing = kgraph("stats " + w.path("nothing.json"), w.dir);
  CHECK(missing.status == 2);
  CHECK(missing.err.rfind("kgraph: " + w.path("nothing.json") + ":", 0) == 0);

  std::ofstream(w.path("bad.json")) << "{\"format\": \"kgraph/1\", \"nodes\": [";
  Run truncated = kgraph("path " + w.path("bad.json") + " a b", w.dir);
  CHECK(truncated.status == 2);
  CHECK(truncated.err.find(w.path("bad.json")) != std::string::npos);

  std::ofstream(w.path("rules.json")) << "{\"titles\": {\"envoy\": }}";
  Run rules = kgraph("build " + w.path("news") + " -o " + w.path("out.json") + " --rules " + w.path("rules.json"), w.dir);
  CHECK(rules.status == 2);
  CHECK(rules.err.rfind("kgraph: " + w.path("rules.json") + ": line 1, column", 0) == 0);

  std::ofstream(w.path("keep.json")) << "previous";
  Run no_input = kgraph("build " + w.path("absent") + " -o " + w.path("keep.json"), w.dir);
  CHECK(no_input.status == 2);
  CHECK(read(w.path("keep.json")) == "previous");

  Run unwritable = kgraph("build " + w.path("news") + " -o " + w.path("no/such/dir/g.json"), w.dir);
  CHECK(unwritable.status == 2);
  CHECK(unwritable.err.find("no/such/dir/g.json") != std::string::npos);

  Run option = kgraph("path --bogus", w.dir);
  CHECK(option.status == 2);
}

TEST_CASE("cli: a binary file is skipped with a warning and exit status 1, the rest written") {
  Workdir w;
  std::ofstream(w.path("news/c.txt"), std::ios::binary) << std::string("PK\0\3binary", 10);
  Run build = kgraph("build " + w.path("news") + " -o " + w.path("g.json"), w.dir);
  CHECK(build.status == 1);
  CHECK(build.err.find("c.txt: skipped: binary file") != std::string::npos);
  CHECK(fs::exists(w.path("g.json")));
}

TEST_CASE("cli: export writes each format, with a selection, and says what it wrote") {
  Workdir w;
  REQUIRE(kgraph("build " + w.path("news") + " " + w.path("lonely.txt") + " -o " + w.path("g.json"), w.dir).status == 0);
  for (const char* extension : {"dot", "svg", "png", "graphml", "gexf"}) {
    std::string out = w.path(std::string("g.") + extension);
    Run run = kgraph("export " + w.path("g.json") + " -o " + out, w.dir);
    CHECK_MESSAGE(run.status == 0, extension);
    CHECK(run.err.rfind("kgraph: wrote " + out + " (", 0) == 0);
    CHECK(fs::file_size(out) > 0);
  }
  Run gv = kgraph("export " + w.path("g.json") + " --format dot -o " + w.path("g.gv.txt"), w.dir);
  CHECK(gv.status == 0);
  CHECK(read(w.path("g.gv.txt")).find("Hollins Ltd") != std::string::npos);

  Run around = kgraph("export " + w.path("g.json") + " --around 'Jon Ek' -o " + w.path("ek.dot"), w.dir);
  CHECK(around.status == 0);
  CHECK(around.err.find("(nodes: 2, edges: 1)") != std::string::npos);
  std::string ek = read(w.path("ek.dot"));
  CHECK(ek.find("Norway") != std::string::npos);
  CHECK(ek.find("Chile") == std::string::npos);

  Run path = kgraph("export " + w.path("g.json") + " --path Qorin Hollins -o " + w.path("path.graphml"), w.dir);
  CHECK(path.status == 0);
  CHECK(path.err.find("(nodes: 4, edges: 3)") != std::string::npos);
}

TEST_CASE("cli: export refuses what it cannot write, with one line, leaving no file") {
  Workdir w;
  REQUIRE(kgraph("build " + w.path("news") + " " + w.path("lonely.txt") + " -o " + w.path("g.json"), w.dir).status == 0);
  struct Case {
    std::string args;
    int status;
    std::string message;  // the start of the one line on stderr, after "kgraph: "
    std::string output;   // the file that must not appear
  };
  const std::vector<Case> cases = {
      {"--format tiff -o " + w.path("x.tiff"), 2, "--format: unknown format \"tiff\"", "x.tiff"},
      {"-o " + w.path("x.txt"), 2, w.path("x.txt") + ": cannot tell the format", "x.txt"},
      {"-o " + w.path("no/dir/x.svg"), 2, w.path("no/dir/x.svg") + ": cannot write", "no/dir/x.svg"},
      {"--types firm,deal --min-confidence 1 -o " + w.path("e.dot"), 1, w.path("g.json") + ": the selection is empty", "e.dot"},
      {"--types bogus -o " + w.path("e2.dot"), 2, "--types: unknown node type \"bogus\"", "e2.dot"},
      {"--path Qorin 'Jon Ek' -o " + w.path("p.dot"), 1, "no path from Amara Qorin to Jon Ek", "p.dot"},
      {"--layout nonesuch -o " + w.path("l.svg"), 2, w.path("l.svg") + ":", "l.svg"},
  };
  for (const Case& c : cases) {
    Run run = kgraph("export " + w.path("g.json") + " " + c.args, w.dir);
    CHECK_MESSAGE(run.status == c.status, c.args);
    CHECK_MESSAGE(run.err.rfind("kgraph: " + c.message, 0) == 0, run.err);
    CHECK_MESSAGE(std::count(run.err.begin(), run.err.end(), '\n') == 1, run.err);
    CHECK_MESSAGE(!fs::exists(w.path(c.output)), c.output);
  }
  std::vector<std::string> left;
  for (const auto& entry : fs::recursive_directory_iterator(w.dir))
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) left.push_back(entry.path().string());
  CHECK(left.empty());
}

TEST_CASE("cli: the same inputs give byte-identical graph files whatever --jobs, the order of paths, the locale") {
  Workdir w;
  // Case-folding traps: Turkish dotted and dotless i (in tr_TR, "I" lowers to
  // "ı" and "İ" to "i"), German sharp s, capitals with accents.
  std::ofstream(w.path("news/tr.txt"))
      << "Turkish Trade Minister Işıl Yıldırım met with IŞIK Enerji chief executive Ömer İnce in İzmir.\n"
         "IŞIK Enerji signed a $300 million contract with the Turkish company Kıvanç Holding for 12 turbines.\n"
         "Minister Yıldırım said Işık Enerji and KIVANÇ HOLDING would build the plant near İSTANBUL.\n";
  std::ofstream(w.path("news/de.txt"))
      << "German Economy Minister Jörg Weißmüller met with STRASSENBAU AG chief executive Uwe Groß in Köln.\n"
         "Strassenbau AG signed a €40 million contract with the German company Großhütte GmbH.\n";
  const std::string samples = std::string(KGRAPH_SOURCE_DIR) + "/samples";
  const std::string inputs = samples + " " + w.path("news") + " " + w.path("lonely.txt");
  REQUIRE(kgraph("build " + inputs + " -o " + w.path("reference.json") + " --jobs 1", w.dir, "LC_ALL=C").status == 0);
  const std::string reference = read(w.path("reference.json"));
  REQUIRE(reference.find("Işıl Yıldırım") != std::string::npos);

  struct Variant {
    std::string env, args;
  };
  const Variant variants[] = {
      {"LC_ALL=C", inputs + " --jobs 2"},
      {"LC_ALL=C", inputs + " --jobs 4"},
      {"LC_ALL=C", w.path("lonely.txt") + " " + w.path("news") + " " + samples},
      {"LC_ALL=C", w.path("news/tr.txt") + " " + w.path("news/de.txt") + " " + w.path("news/b.txt") + " " +
                       w.path("news/a.txt") + " " + w.path("lonely.txt") + " " + samples},
      {"LC_ALL=C.UTF-8", inputs},
      {"LC_ALL=tr_TR.UTF-8", inputs + " --jobs 2"},
      {"LC_ALL= LANG=tr_TR.UTF-8", inputs},
      {"LC_ALL=de_DE.UTF-8", inputs},
  };
  for (const Variant& v : variants) {
    INFO(v.env << " kgraph build " << v.args);
    REQUIRE(kgraph("build " + v.args + " -o " + w.path("variant.json"), w.dir, v.env).status == 0);
    CHECK(read(w.path("variant.json")) == reference);
  }
}
