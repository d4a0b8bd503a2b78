// kgraph_render_bench GRAPH [--runs N] [--format svg|png] [--layout ENGINE] [-o FILE]:
// renders the whole graph in-process (export/render.h) N times and prints
// the layout engine used, the best and the median time of one render (DOT
// graph built, laid out, rendered, written atomically) and the file's size.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "export/render.h"
#include "export/selection.h"
#include "graph/error.h"
#include "graph/graph_file.h"

namespace {

struct Options {
  std::string graph_path, format = "svg", layout, output = "/tmp/kgraph_render_bench.out";
  int runs = 5;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    bool has_value = i + 1 < argc;
    if (arg == "--runs" && has_value) o.runs = std::max(1, std::atoi(argv[++i]));
    else if (arg == "--format" && has_value) o.format = argv[++i];
    else if (arg == "--layout" && has_value) o.layout = argv[++i];
    else if (arg == "-o" && has_value) o.output = argv[++i];
    else if (o.graph_path.empty()) o.graph_path = arg;
  }
  if (o.graph_path.empty() || (o.format != "svg" && o.format != "png"))
    throw kgraph::Error("usage: kgraph_render_bench GRAPH [--runs N] [--format svg|png] [--layout ENGINE] [-o FILE]");
  return o;
}

}  // namespace

int main(int argc, char** argv) try {
  using Clock = std::chrono::steady_clock;
  Options o = parse(argc, argv);
  kgraph::Graph graph = kgraph::read_graph_file(o.graph_path);
  kgraph::Selection all = kgraph::select_all(graph);
  kgraph::ImageFormat format = o.format == "svg" ? kgraph::ImageFormat::kSvg : kgraph::ImageFormat::kPng;
  std::vector<double> seconds;
  for (int run = 0; run < o.runs; ++run) {
    auto start = Clock::now();
    kgraph::render_image(graph, all, format, o.layout, o.output);
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  std::string layout = o.layout.empty() ? std::string(kgraph::choose_layout(graph.node_count(), kgraph::component_count(graph, all))) : o.layout;
  std::printf("%s of %zu nodes, %zu edges (%s): best %.3f s, median %.3f s of %d runs, %ju bytes\n",
              o.format.c_str(), graph.node_count(), graph.edge_count(), layout.c_str(), seconds.front(),
              seconds[seconds.size() / 2], o.runs, static_cast<std::uintmax_t>(std::filesystem::file_size(o.output)));
  return 0;
} catch (const kgraph::Error& e) {
  std::fprintf(stderr, "%s\n", e.what());
  return e.exit_status();
}
