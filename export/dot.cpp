// The DOT is built as a libcgraph graph rather than printed by hand, so that
// quoting, keywords and line splitting are Graphviz's own; our part is
// dot_escape, which fixes what libcgraph's writer leaves broken (a backslash,
// control characters, invalid UTF-8) before any string reaches it. agwrite
// writes through an I/O discipline that appends to a std::string.
#include "export/dot.h"

#include <graphviz/cgraph.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "export/node_style.h"
#include "export/utf8.h"

namespace kgraph {

void AgraphClose::operator()(Agraph_t* graph) const { agclose(graph); }

namespace {

constexpr std::size_t kMaxEvidence = 3;  // sentences in an edge's tooltip
constexpr std::size_t kMaxSentenceBytes = 300;
constexpr std::size_t kMaxAliases = 10;  // in a node's tooltip

// libcgraph takes `char*` for strings it only reads.
char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }
char* chars(const char* text) { return const_cast<char*>(text); }

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, chars(name), chars(value), chars(""));
}

int append_to_string(void* chan, const char* text) {
  static_cast<std::string*>(chan)->append(text);
  return 0;
}
int flush_nothing(void*) { return 0; }
Agiodisc_t string_io{nullptr, append_to_string, flush_nothing};
Agdisc_t string_disc{nullptr, nullptr, &string_io};

bool is_control(std::string_view sequence) {
  auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead < 0x20 || lead == 0x7F;
  return lead == 0xC2 && static_cast<unsigned char>(sequence[1]) < 0xA0;  // C1: U+0080..U+009F
}

std::string number_text(const AttrValue& value) {
  if (auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (auto* d = std::get_if<double>(&value)) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", *d);
    return text;
  }
  return "";
}

std::string string_attr(const Node& node, std::string_view key) {
  auto found = node.attrs.find(key);
  if (found == node.attrs.end()) return "";
  if (auto* s = std::get_if<std::string>(&found->second)) return *s;
  return number_text(found->second);
}

std::optional<double> number_attr(const Node& node, std::string_view key) {
  auto found = node.attrs.find(key);
  if (found == node.attrs.end()) return std::nullopt;
  if (auto* i = std::get_if<std::int64_t>(&found->second)) return static_cast<double>(*i);
  if (auto* d = std::get_if<double>(&found->second)) return *d;
  return std::nullopt;
}

// "Wabtec locomotive contract\n$4.2 billion\n300 locomotives".
std::string node_label(const Node& node) {
  std::string label = node.name;
  if (node.type != NodeType::kDeal) return label;
  if (auto usd = number_attr(node, "value_usd")) label += "\n" + usd_text(*usd);
  std::string quantity = string_attr(node, "quantity"), item = string_attr(node, "item");
  std::string what = quantity.empty() || item.empty() ? quantity + item : quantity + " " + item;
  if (!what.empty()) label += "\n" + what;
  return label;
}

// "Vladimir Putin (leader)\nalso: Putin, ..." and a deal's date.
std::string node_tooltip(const Node& node) {
  std::string tooltip = node.name + " (" + std::string(node_type_name(node.type)) + ")";
  for (std::size_t i = 0; i < node.aliases.size() && i < kMaxAliases; ++i)
    tooltip += (i ? ", " : "\nalso: ") + node.aliases[i];
  if (node.aliases.size() > kMaxAliases)
    tooltip += " and " + std::to_string(node.aliases.size() - kMaxAliases) + " more";
  if (std::string date = string_attr(node, "date"); !date.empty()) tooltip += "\ndate: " + date;
  return tooltip;
}

// "signed, confidence 0.85" and the first sentences of its evidence, quoted.
std::string edge_tooltip(const Edge& edge) {
  std::string tooltip = edge.type;
  if (edge.confidence) {
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, ", confidence %.2f", *edge.confidence);
    tooltip += confidence;
  }
  for (std::size_t i = 0; i < edge.evidence.size() && i < kMaxEvidence; ++i)
    tooltip += "\n\"" + cut_utf8(edge.evidence[i].text, kMaxSentenceBytes) + "\"";
  if (edge.evidence.size() > kMaxEvidence)
    tooltip += "\n(and " + std::to_string(edge.evidence.size() - kMaxEvidence) + " more)";
  return tooltip;
}

// A node name not taken yet: escaping may make two ids equal ("a\x01", "a").
std::string free_node_name(Agraph_t* g, std::string name) {
  if (name.empty()) name = "_";
  std::string candidate = name;
  for (int n = 2; agnode(g, chars(candidate), 0); ++n) candidate = name + "~" + std::to_string(n);
  return candidate;
}

Agnode_t* add_node(Agraph_t* g, const Node& node) {
  Agnode_t* n = agnode(g, chars(free_node_name(g, dot_escape(node.id))), 1);
  const NodeStyle& style = node_style(node.type);
  set(n, "label", dot_escape(node_label(node)));
  set(n, "shape", std::string(style.shape));
  set(n, "style", "filled");
  set(n, "fillcolor", fill_hex(style));
  set(n, "tooltip", dot_escape(node_tooltip(node)));
  return n;
}

void add_edge(Agraph_t* g, Agnode_t* tail, Agnode_t* head, const Edge& edge) {
  // The id is the edge's key; if escaping made it equal to another key
  // between the same pair, the edge goes in anonymous rather than merged.
  std::string key = dot_escape(edge.id);
  bool key_taken = key.empty() || agedge(g, tail, head, chars(key), 0) != nullptr;
  Agedge_t* e = agedge(g, tail, head, key_taken ? nullptr : chars(key), 1);
  set(e, "label", dot_escape(edge.type));
  set(e, "tooltip", dot_escape(edge_tooltip(edge)));
}

// An HTML table: one row per node type present, in its fill colour, with its count.
std::string legend_table(const Graph& graph, const Selection& selection) {
  std::array<std::size_t, std::size(kAllNodeTypes)> counts{};
  for (Graph::Vertex v : selection.nodes) ++counts[static_cast<std::size_t>(graph.node(v).type)];
  std::string table =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
      "<TR><TD COLSPAN=\"2\"><B>node types</B></TD></TR>";
  for (NodeType type : kAllNodeTypes) {
    std::size_t count = counts[static_cast<std::size_t>(type)];
    if (count == 0) continue;
    table += "<TR><TD BGCOLOR=\"" + fill_hex(node_style(type)) + "\">" + std::string(node_type_name(type)) +
             "</TD><TD ALIGN=\"RIGHT\">" + std::to_string(count) + "</TD></TR>";
  }
  return table + "</TABLE>";
}

void add_legend(Agraph_t* g, const Graph& graph, const Selection& selection) {
  Agnode_t* legend = agnode(g, chars(free_node_name(g, "legend")), 1);
  // The HTML string itself goes to agsafeset: libcgraph knows it is HTML by its pointer.
  char* table = agstrdup_html(g, chars(legend_table(graph, selection)));
  agsafeset(legend, chars("label"), table, chars(""));
  agstrfree(g, table);
  set(legend, "shape", "none");
  set(legend, "style", "");
  set(legend, "tooltip", "node types in this diagram");
}

}  // namespace

AgraphPtr dot_graph(const Graph& graph, const Selection& selection) {
  // Non-strict: parallel edges of different types between one pair stay apart.
  AgraphPtr g(agopen(chars("kgraph"), Agdirected, &string_disc));
  // No pack=true, although news graphs have many small components that dot
  // puts in one wide row: dot 2.43 drops the edge labels of packed
  // components (30 of the samples' 38 `signed` labels). choose_layout takes
  // neato for those instead; these settings keep its nodes from overlapping
  // (dot ignores them).
  agattr(g.get(), AGRAPH, chars("overlap"), chars("prism"));
  agattr(g.get(), AGRAPH, chars("sep"), chars("+6"));
  agattr(g.get(), AGRAPH, chars("splines"), chars("true"));
  std::vector<Agnode_t*> nodes(graph.node_count(), nullptr);
  for (Graph::Vertex v : selection.nodes) nodes[v] = add_node(g.get(), graph.node(v));
  for (Graph::EdgeRef e : selection.edges) {
    Agnode_t* tail = nodes[graph.source(e)];
    Agnode_t* head = nodes[graph.target(e)];
    if (tail && head) add_edge(g.get(), tail, head, graph.edge_copy(e));
  }
  if (!selection.nodes.empty()) add_legend(g.get(), graph, selection);
  return g;
}

std::string dot_text(const Graph& graph, const Selection& selection) {
  AgraphPtr g = dot_graph(graph, selection);
  std::string text;
  agwrite(g.get(), &text);
  return text;
}

std::string dot_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    std::string_view sequence = text.substr(i, length);
    if (sequence == "\\") out += "\\\\";
    else if (sequence == "\n") out += "\\n";
    else if (sequence == "\t") out += ' ';
    else if (!is_control(sequence)) out += sequence;
    i += length;
  }
  return out;
}

std::string cut_utf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::string usd_text(double usd) {
  if (!std::isfinite(usd)) return "";
  char digits[32];
  // Rounded to three significant digits first, so $999.9 million shows as $1 billion.
  std::snprintf(digits, sizeof digits, "%.3g", std::fabs(usd));
  double rounded = std::strtod(digits, nullptr);
  std::string sign = usd < 0 ? "-" : "";
  static constexpr std::pair<double, const char*> kScales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (auto [scale, word] : kScales) {
    if (rounded < scale) continue;
    std::snprintf(digits, sizeof digits, rounded / scale < 1000 ? "%.3g" : "%.0f", rounded / scale);
    return sign + "$" + digits + " " + word;
  }
  std::string whole = std::to_string(std::llround(std::fabs(usd)));
  for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(whole.size()) - 3; at > 0; at -= 3) whole.insert(at, ",");
  return sign + "$" + whole;
}

}  // namespace kgraph
