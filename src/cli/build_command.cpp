// kgraph build PATH... -o GRAPH: read news texts into a kgraph/1 graph file.
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "graph/graph_file.h"
#include "src/cli/commands.h"
#include "src/cli/terminal.h"
#include "src/corpus.h"
#include "src/extractor.h"
#include "src/lexicon.h"

namespace kgraph {
namespace {

struct BuildCommandOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool append = false;
  std::optional<std::string> rules;
  int jobs = 1;
};

std::string summary(const Graph& graph, const BuildReport& report, double seconds) {
  std::map<std::string, std::size_t> nodes, edges;
  for (Graph::Vertex v = 0; v < graph.node_count(); ++v) ++nodes[std::string(node_type_name(graph.node(v).type))];
  for (Graph::EdgeRef e : graph.edges_in_order()) ++edges[std::string(graph.edge_type(e))];
  std::vector<std::vector<std::string>> rows = {
      {"documents read", std::to_string(report.read)},
      {"documents skipped", std::to_string(report.skipped + report.already_known)},
      {"nodes", std::to_string(graph.node_count())}};
  for (const auto& [type, n] : nodes) rows.push_back({"  " + type, std::to_string(n)});
  rows.push_back({"edges", std::to_string(graph.edge_count())});
  for (const auto& [type, n] : edges) rows.push_back({"  " + type, std::to_string(n)});
  char time[32];
  std::snprintf(time, sizeof time, "%.2f s", seconds);
  rows.push_back({"time", time});
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  rows.push_back({"peak memory", std::to_string(usage.ru_maxrss / 1024) + " MB"});
  return format_table(rows, {1});
}

int run_build(const BuildCommandOptions& options) {
  auto start = std::chrono::steady_clock::now();
  Lexicon lexicon = load_lexicon(options.rules);
  std::vector<std::string> files = list_input_files(options.inputs);
  Graph graph = options.append && std::filesystem::exists(options.output) ? read_graph_file(options.output) : Graph();
  BuildReport report;
  {
    ProgressLine progress;
    BuildOptions build{.jobs = options.jobs, .progress = [&](std::size_t done, std::size_t total) {
                         if (done % 16 == 0 || done == total)
                           progress.update("reading " + std::to_string(done) + "/" + std::to_string(total));
                       }};
    report = build_graph(files, lexicon, build, graph);
  }
  for (const std::string& w : report.warnings) std::cerr << "kgraph: " << w << "\n";
  write_graph_file(graph, options.output);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << summary(graph, report, seconds);
  return report.binary_skipped ? 1 : 0;
}

}  // namespace

Command add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildCommandOptions>();
  CLI::App* sub = app.add_subcommand("build", "Read news texts (files, folders, - for stdin) into a graph file.\n"
                                              "Example: kgraph build samples/ -o graph.json --jobs 2");
  sub->add_option("PATH", options->inputs, "text files (*.txt, *.md) or folders, read recursively")->required();
  sub->add_option("-o,--output", options->output, "the kgraph/1 graph file to write")->required();
  sub->add_flag("--append", options->append, "add new documents to the graph file already at -o");
  sub->add_option("--rules", options->rules, "a JSON lexicon of your own, merged over the built-in one");
  sub->add_option("--jobs", options->jobs, "documents read in parallel (the output is the same for any number)")
      ->check(CLI::Range(1, 256));
  return Command{sub, [options] { return run_build(*options); }};
}

}  // namespace kgraph
