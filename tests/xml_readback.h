// Test side of the XML exports: writes a graph to a file, runs xmllint and
// tests/xml_readback.py (Debian's /usr/bin/python3 with NetworkX and igraph)
// on it, and prints what those readers should get back from the graph, in
// the script's line format, so a test compares two strings.
#pragma once

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <boost/crc.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "export/selection.h"
#include "export/node_style.h"
#include "export/xml_graph.h"
#include "export/xml_text.h"
#include "graph/atomic_file.h"
#include "graph/graph.h"
#include "graph/paths.h"

namespace kgraph::test {

struct Outcome {
  int status = -1;
  std::string output;  // stdout and stderr
};

inline Outcome run(const std::string& command) {
  Outcome outcome;
  std::FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) outcome.output.append(buffer.data(), n);
  int status = pclose(pipe);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

inline Outcome xmllint(const std::string& path) { return run("xmllint --noout '" + path + "'"); }

// reader: networkx-graphml, igraph-graphml or networkx-gexf.
inline Outcome read_back(const std::string& reader, const std::string& path) {
  return run("/usr/bin/python3 " + std::string(KGRAPH_SOURCE_DIR) + "/tests/xml_readback.py " + reader + " '" + path + "'");
}

// A file in a folder of the test's own, removed with it.
struct ExportFile {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("kgraph_xml_test_" + std::to_string(::getpid()));
  std::string path;
  ExportFile(const std::string& name, const std::function<void(std::FILE*)>& fill) {
    std::filesystem::create_directories(dir);
    path = (dir / name).string();
    write_file_atomically(path, fill);
  }
  ~ExportFile() { std::filesystem::remove_all(dir); }
};

// Python's repr of a float: plain between 1e-4 and 1e16, with ".0" when whole.
inline std::string python_float(double v) {
  std::array<char, 64> buffer;
  std::string s(buffer.data(), std::to_chars(buffer.data(), buffer.data() + 64, v, std::chars_format::scientific).ptr);
  int exponent = std::stoi(s.substr(s.find('e') + 1));
  if (exponent < -4 || exponent >= 16) return s;
  s.assign(buffer.data(), std::to_chars(buffer.data(), buffer.data() + 64, v, std::chars_format::fixed).ptr);
  return s.find('.') == std::string::npos ? s + ".0" : s;
}

// The script's text(): cleaned text, controls escaped, long texts shortened.
inline std::string printed_text(std::string_view raw) {
  std::string clean = clean_xml_text(raw), out, head;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    auto c = static_cast<unsigned char>(clean[i]);
    if ((c & 0xc0) != 0x80 && chars++ == 40) head = out;
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f) out += "\\x" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 15];
    else out += static_cast<char>(c);
  }
  if (chars <= 120) return out;
  boost::crc_32_type crc;
  crc.process_bytes(clean.data(), clean.size());
  char tail[64];
  std::snprintf(tail, sizeof tail, "...[%zu chars, crc %08x]", chars, static_cast<unsigned>(crc.checksum()));
  return head + tail;
}

inline std::string printed_value(const AttrValue& value, ColumnType type) {
  if (auto* s = std::get_if<std::string>(&value)) return printed_text(*s);
  if (auto* i = std::get_if<std::int64_t>(&value))
    return type == ColumnType::kDouble ? python_float(static_cast<double>(*i)) : std::to_string(*i);
  if (auto* d = std::get_if<double>(&value)) return python_float(*d);
  if (auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  return printed_text(std::get<RawJson>(value).text);
}

inline std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(separator) : "") + parts[i];
  return out;
}

// Reference of gexf.h's date rule, for the expected start of nodes and edges.
struct Dates {
  std::map<std::string, std::string> of_document;
  std::vector<std::string> of_node;
  // "YYYY-MM-DD" and no digit after it. (No std::regex: g++ 12 warns falsely
  // inside libstdc++'s regex in the sanitizer build.)
  static std::string day(const std::string& text) {
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
      if (!digit(i)) return "";
    if (text[4] != '-' || text[7] != '-' || digit(10)) return "";
    return text.substr(0, 10);
  }
  static void take_earlier(std::string& start, const std::string& date) {
    if (!date.empty() && (start.empty() || date < start)) start = date;
  }
  explicit Dates(const Graph& g) {
    for (const Document& d : g.documents)
      if (!day(d.date).empty()) of_document[d.id] = day(d.date);
    for (Graph::Vertex v = 0; v < g.node_count(); ++v) {
      std::string start;
      if (auto a = g.node(v).attrs.find("date"); a != g.node(v).attrs.end() && std::holds_alternative<std::string>(a->second))
        start = day(std::get<std::string>(a->second));
      for (const Span& m : g.node(v).mentions) take_earlier(start, of_document.count(m.doc) ? of_document[m.doc] : "");
      of_node.push_back(start);
    }
  }
  std::string edge(const Graph& g, Graph::EdgeRef e) {
    std::string start;
    for (const Evidence& ev : g.edge(e).evidence) take_earlier(start, of_document.count(ev.doc) ? of_document[ev.doc] : "");
    if (start.empty()) return start;
    return std::max({start, of_node[g.source(e)], of_node[g.target(e)]});
  }
};

inline std::string expected_node(const Graph& g, Graph::Vertex v, const std::vector<AttrColumn>& columns,
                                 const std::string& gexf_extra) {
  const Node& n = g.node(v);
  std::vector<std::string> aliases;
  for (const std::string& a : n.aliases) aliases.push_back(clean_xml_text(a));
  const NodeStyle& style = node_style(n.type);
  std::string line = "node " + printed_text(n.id) + " \"" + printed_text(n.name) + "\" [" +
                     std::string(node_type_name(n.type)) + "] aliases=" + printed_text(joined(aliases, kListSeparator)) +
                     " rgb=" + std::to_string(style.r) + "," + std::to_string(style.g) + "," + std::to_string(style.b) +
                     gexf_extra;
  std::map<std::string, std::string> attrs;  // by title, as the script sorts them
  for (const auto& [name, value] : n.attrs) {
    const AttrColumn& column =
        *std::find_if(columns.begin(), columns.end(), [&](const AttrColumn& c) { return c.name == name; });
    std::string printed = printed_value(value, column.type);
    if (!printed.empty()) attrs[column.title] = printed;
  }
  for (const auto& [title, value] : attrs) line += " " + title + "=" + value;
  return line;
}

inline std::string expected_edge(const Graph& g, Graph::EdgeRef e, const std::string& gexf_extra) {
  const Edge& edge = g.edge(e);
  std::string line = "edge " + printed_text(edge.id) + " " + printed_text(g.node(g.source(e)).id) + "->" +
                     printed_text(g.node(g.target(e)).id) + " " + edge.type +
                     " weight=" + python_float(edge.confidence.value_or(kUnknownConfidence));
  if (edge.confidence) line += " confidence=" + python_float(*edge.confidence);
  std::vector<std::string> docs, texts;
  for (const Evidence& ev : edge.evidence) {
    if (std::find(docs.begin(), docs.end(), clean_xml_text(ev.doc)) == docs.end()) docs.push_back(clean_xml_text(ev.doc));
    texts.push_back(clean_xml_text(ev.text));
  }
  if (!joined(docs, "").empty()) line += " docs=" + printed_text(joined(docs, kListSeparator));
  if (!joined(texts, "").empty()) line += " evidence=" + printed_text(joined(texts, "\n"));
  return line + gexf_extra;
}

// What tests/xml_readback.py should print for the whole graph, written as
// GraphML (gexf false) or GEXF (gexf true: node sizes and dates too).
// Node and edge ids must be usable as they are (XmlIds keeps them).
inline std::string expected_read_back(const Graph& g, bool gexf) {
  Selection all = select_all(g);
  std::vector<AttrColumn> columns = node_attr_columns(g, all);
  std::vector<std::size_t> degree(g.node_count());
  for (Graph::EdgeRef e : all.edges) ++degree[g.source(e)], ++degree[g.target(e)];
  Dates dates(g);
  std::vector<std::string> nodes, edges;
  for (Graph::Vertex v : all.nodes) {
    std::string extra;
    if (gexf) {
      extra = " size=" + python_float(std::round((8 + 4 * std::sqrt(double(degree[v]))) * 100) / 100);
      if (!dates.of_node[v].empty()) extra += " start=" + dates.of_node[v];
    }
    nodes.push_back(expected_node(g, v, columns, extra));
  }
  for (Graph::EdgeRef e : all.edges) {
    std::string start = gexf ? dates.edge(g, e) : "";
    edges.push_back(expected_edge(g, e, start.empty() ? "" : " start=" + start));
  }
  std::sort(nodes.begin(), nodes.end());
  std::sort(edges.begin(), edges.end());
  std::string out = "nodes " + std::to_string(nodes.size()) + " edges " + std::to_string(edges.size()) + "\n";
  for (const std::string& line : nodes) out += line + "\n";
  for (const std::string& line : edges) out += line + "\n";
  return out;
}

using XmlWriter = void (*)(const Graph&, const Selection&, std::FILE*);

inline ExportFile export_of(const Graph& g, XmlWriter write, const std::string& name) {
  return ExportFile(name, [&](std::FILE* out) { write(g, select_all(g), out); });
}

// The whole graph written by `write` passes xmllint --noout, and every reader
// gets back what the graph holds.
inline void check_read_back(const Graph& g, XmlWriter write, bool gexf, const std::vector<std::string>& readers) {
  ExportFile file = export_of(g, write, gexf ? "g.gexf" : "g.graphml");
  Outcome lint = xmllint(file.path);
  CHECK(lint.status == 0);
  CHECK(lint.output == "");
  std::string expected = expected_read_back(g, gexf);
  for (const std::string& reader : readers) {
    CAPTURE(reader);
    Outcome back = read_back(reader, file.path);
    CHECK(back.status == 0);
    CHECK(back.output == expected);
  }
}

}  // namespace kgraph::test
