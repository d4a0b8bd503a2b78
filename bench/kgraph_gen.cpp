// kgraph_gen NODES EDGES OUT.json [SEED]: writes a synthetic kgraph/1 graph
// with typed nodes, power-law degrees (preferential attachment by sampling
// edge ends from earlier edges), confidences and one evidence each, for
// benchmarks. The same arguments always give the same file.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: kgraph_gen NODES EDGES OUT.json [SEED]\n");
    return 2;
  }
  const std::size_t nodes = std::strtoull(argv[1], nullptr, 10), edges = std::strtoull(argv[2], nullptr, 10);
  std::mt19937_64 random(argc > 4 ? std::strtoull(argv[4], nullptr, 10) : 1);
  std::FILE* out = std::fopen(argv[3], "w");
  if (!out) {
    std::perror(argv[3]);
    return 2;
  }
  const char* types[] = {"leader", "person", "firm", "organization", "country", "deal", "place"};
  const char* edge_types[] = {"signed", "met-with", "invested-in", "leader-of", "based-in"};
  std::fprintf(out, "{\"format\":\"kgraph/1\",\"documents\":[{\"id\":\"d0\",\"path\":\"generated.txt\"}],\"nodes\":[\n");
  for (std::size_t i = 0; i < nodes; ++i)
    std::fprintf(out, "%s{\"id\":\"n%zu\",\"type\":\"%s\",\"name\":\"Entity %zu\",\"aliases\":[\"E%zu\"]}\n", i ? "," : "",
                 i, types[i % 7], i, i);
  std::fprintf(out, "],\"edges\":[\n");
  std::vector<std::uint32_t> ends;  // every edge end so far: sampling it is preferential attachment
  ends.reserve(2 * edges);
  std::uniform_real_distribution<double> confidence(0.3, 1.0);
  for (std::size_t e = 0; e < edges; ++e) {
    auto pick = [&]() -> std::uint32_t {
      if (ends.empty() || random() % 2) return static_cast<std::uint32_t>(random() % nodes);
      return ends[random() % ends.size()];
    };
    std::uint32_t a = pick(), b = pick();
    if (a == b) b = static_cast<std::uint32_t>((b + 1) % nodes);
    ends.push_back(a);
    ends.push_back(b);
    std::fprintf(out,
                 "%s{\"id\":\"e%zu\",\"type\":\"%s\",\"source\":\"n%u\",\"target\":\"n%u\",\"confidence\":%.3f,"
                 "\"evidence\":[{\"doc\":\"d0\",\"start\":0,\"end\":10,\"text\":\"Entity %u and Entity %u.\"}]}\n",
                 e ? "," : "", e, edge_types[e % 5], a, b, confidence(random), a, b);
  }
  std::fprintf(out, "]}\n");
  return std::fclose(out) == 0 ? 0 : 2;
}
