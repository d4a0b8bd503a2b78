// One render is: the process's libgvc context, the DOT graph of export/dot.h, then
// inside the atomic write (so a bad folder fails first) gvLayout, gvRender into
// the writer's stream, gvFreeLayout. While it
// runs, libcgraph's error function is ours (agseterrf), collecting every
// message so that none reaches stderr and a failure can quote Graphviz's
// reason; the previous function is put back when the render ends.
#include "export/render.h"

#include <graphviz/gvc.h>

#include <memory>
#include <numeric>
#include <vector>

#include "export/dot.h"
#include "graph/atomic_file.h"
#include "graph/error.h"

namespace kgraph {
namespace {

constexpr std::size_t kMaxDotNodes = 300;

struct ContextFree {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextFree>;

// One context for the whole process, freed at exit: libgvc 2.43's pango
// plugin keeps a pointer to the last font name in its context's font table,
// so a render in a second context reads freed memory (AddressSanitizer shows
// it on the second render of a process). Sharing it is also quicker.
GVC_t* shared_context() {
  static ContextPtr gvc(gvContext());
  return gvc.get();
}

// Graphviz's messages while an instance lives, instead of stderr. agseterrf
// is process-wide: one more reason for the one-thread rule.
class CapturedMessages {
 public:
  CapturedMessages() : previous_(agseterrf(&collect)) { text().clear(); }
  ~CapturedMessages() {
    agseterrf(previous_);
    agreseterrors();
  }
  CapturedMessages(const CapturedMessages&) = delete;
  CapturedMessages& operator=(const CapturedMessages&) = delete;

  // The first error line without its "Error: " (else the first line), or a
  // plain reason when Graphviz said nothing.
  std::string reason() const {
    const std::string& all = text();
    std::size_t error = all.find("Error: ");
    std::size_t start = error == std::string::npos ? 0 : error + 7;
    std::string line = all.substr(start, all.find('\n', start) - start);
    if (line.rfind("Warning: ", 0) == 0) line.erase(0, 9);
    return line.empty() ? "Graphviz gave no reason" : line;
  }

 private:
  static std::string& text() {
    static std::string messages;
    return messages;
  }
  static int collect(char* message) {
    text() += message;
    return 0;
  }
  agusererrf previous_;
};

// gvFreeLayout once the render is done or abandoned.
class LaidOut {
 public:
  LaidOut(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~LaidOut() { gvFreeLayout(gvc_, graph_); }
  LaidOut(const LaidOut&) = delete;
  LaidOut& operator=(const LaidOut&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

const char* format_name(ImageFormat format) { return format == ImageFormat::kSvg ? "svg" : "png"; }

}  // namespace

std::string_view choose_layout(std::size_t node_count, std::size_t component_count) {
  if (node_count > kMaxDotNodes) return "sfdp";
  return component_count <= 1 ? "dot" : "neato";
}

std::size_t component_count(const Graph& graph, const Selection& selection) {
  // Union-find over vertex indices; only the selection's nodes are counted.
  std::vector<Graph::Vertex> parent(graph.node_count());
  std::iota(parent.begin(), parent.end(), Graph::Vertex{0});
  auto root = [&](Graph::Vertex v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];
    return v;
  };
  std::size_t components = selection.nodes.size();
  for (Graph::EdgeRef e : selection.edges) {
    Graph::Vertex a = root(graph.source(e)), b = root(graph.target(e));
    if (a != b) parent[a] = b, --components;
  }
  return components;
}

void render_image(const Graph& graph, const Selection& selection, ImageFormat format, std::string_view layout,
                  const std::string& path) {
  CapturedMessages messages;
  GVC_t* gvc = shared_context();
  AgraphPtr g = dot_graph(graph, selection);
  std::string engine(layout.empty() ? choose_layout(selection.nodes.size(), component_count(graph, selection)) : layout);
  // Laid out inside the write, so a folder that does not exist fails before the work.
  write_file_atomically(path, [&](std::FILE* out) {
    if (gvLayout(gvc, g.get(), engine.c_str()) != 0)
      throw Error(path + ": cannot lay out the graph with \"" + engine + "\": " + messages.reason());
    LaidOut laid_out(gvc, g.get());
    if (gvRender(gvc, g.get(), format_name(format), out) != 0)
      throw Error(path + ": cannot render " + format_name(format) + ": " + messages.reason());
  });
}

}  // namespace kgraph
