// kgraph_bench GRAPH [--paths N] [--k-paths N] [--betweenness] [--export DIR]:
// loads a graph file and prints figures: load time and peak memory, then the
// median and worst time of N shortest-path queries between random node pairs,
// of N five-shortest-paths queries, the time of betweenness centrality, and
// the time of the whole graph as DIR/bench.graphml and DIR/bench.gexf with
// the memory each export takes at its peak, next to what the loaded graph
// takes (resident memory after the load). Each time is given as wall time and
// as this process's CPU time (user + sys), the figure that holds on a shared
// machine.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "export/gexf.h"
#include "export/graphml.h"
#include "export/selection.h"
#include "graph/atomic_file.h"
#include "graph/graph_file.h"
#include "graph/paths.h"
#include "graph/stats.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of the process, or of the calling thread, in milliseconds.
double cpu_ms(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double>& xs) {
  std::sort(xs.begin(), xs.end());
  return xs[xs.size() / 2];
}

double peak_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// A field of /proc/self/status in MB (VmRSS: resident now; VmHWM: peak).
double status_mb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind(field + ":", 0) == 0) return std::stod(line.substr(field.size() + 1)) / 1024.0;
  return -1;
}

// Resets VmHWM to the present resident size (Linux 4.0 and later), so the
// next peak is that of what runs after.
void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }

void time_export(const kgraph::Graph& g, const std::string& path,
                 void (*write)(const kgraph::Graph&, const kgraph::Selection&, std::FILE*)) {
  double resident = status_mb("VmRSS");
  reset_peak();
  auto start = Clock::now();
  double cpu_start = cpu_ms();
  kgraph::Selection all = kgraph::select_all(g);
  kgraph::write_file_atomically(path, [&](std::FILE* out) { write(g, all, out); });
  double seconds = ms_since(start) / 1000;
  double mb = static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0);
  std::printf("%-28s %.2f s (%.2f s CPU), %.0f MB written, peak memory %.0f MB (%+.0f MB over the loaded graph)\n",
              std::filesystem::path(path).filename().c_str(), seconds, (cpu_ms() - cpu_start) / 1000, mb,
              status_mb("VmHWM"), status_mb("VmHWM") - resident);
}

void time_queries(const kgraph::Graph& g, std::size_t count, const kgraph::PathQuery& query, const char* label) {
  std::mt19937 random(11);
  std::vector<double> times, cpu_times;
  std::size_t found = 0;
  for (std::size_t i = 0; i < count; ++i) {
    kgraph::Graph::Vertex a = random() % g.node_count(), b = random() % g.node_count();
    auto start = Clock::now();
    double cpu_start = cpu_ms(CLOCK_THREAD_CPUTIME_ID);
    found += !kgraph::find_paths(g, a, b, query).empty();
    cpu_times.push_back(cpu_ms(CLOCK_THREAD_CPUTIME_ID) - cpu_start);
    times.push_back(ms_since(start));
  }
  double wall_median = median(times), cpu_median = median(cpu_times);
  std::printf("%-28s %zu queries, %zu with a path: median %.3f ms, worst %.3f ms (cpu: median %.3f ms, worst %.3f ms)\n",
              label, count, found, wall_median, times.back(), cpu_median, cpu_times.back());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kgraph_bench GRAPH [--paths N] [--k-paths N] [--betweenness] [--export DIR]\n");
    return 2;
  }
  std::size_t paths = 0, k_paths = 0;
  bool betweenness = false;
  std::string export_dir;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--paths") && i + 1 < argc) paths = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--k-paths") && i + 1 < argc) k_paths = std::strtoull(argv[++i], nullptr, 10);
    else if (!std::strcmp(argv[i], "--betweenness")) betweenness = true;
    else if (!std::strcmp(argv[i], "--export") && i + 1 < argc) export_dir = argv[++i];
  }
  auto start = Clock::now();
  double cpu_start = cpu_ms();
  kgraph::Graph g = kgraph::read_graph_file(argv[1]);
  std::printf("%-28s %zu nodes, %zu edges in %.2f s (cpu %.2f s), peak memory %.0f MB, resident after %.0f MB\n",
              "load", g.node_count(), g.edge_count(), ms_since(start) / 1000, (cpu_ms() - cpu_start) / 1000, peak_mb(),
              status_mb("VmRSS"));
  if (paths) time_queries(g, paths, {}, "shortest path");
  if (k_paths) time_queries(g, k_paths, {.k = 5}, "5 shortest paths (-k 5)");
  if (betweenness) {
    start = Clock::now();
    cpu_start = cpu_ms();
    kgraph::GraphStats stats = kgraph::graph_stats(g);
    std::printf("%-28s %.2f s (cpu %.2f s) (%s, %zu sources)\n", "betweenness", ms_since(start) / 1000,
                (cpu_ms() - cpu_start) / 1000, stats.betweenness_sampled ? "sampled" : "exact",
                stats.betweenness_sources);
  }
  if (!export_dir.empty()) {
    time_export(g, export_dir + "/bench.graphml", kgraph::write_graphml);
    time_export(g, export_dir + "/bench.gexf", kgraph::write_gexf);
  }
  return 0;
}
