// The lexicon is read with RapidJSON's DOM (rules files are small) using the
// iterative parser, so a deeply nested file cannot overflow the stack. Each
// section has its own reader; a wrong shape is named by its JSON path.
#include "src/lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>

#include "graph/error.h"
#include "graph/fold.h"
#include "src/lexicon_data.h"

namespace kgraph {
namespace {

using Value = rapidjson::Value;

struct RulesReader {
  Lexicon& lexicon;
  std::string name;

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw Error(name + ": " + where + ": " + what);
  }
  const std::string string_of(const Value& v, const std::string& where) const {
    if (!v.IsString()) fail(where, "expected a string");
    return std::string(v.GetString(), v.GetStringLength());
  }
  const Value& array_of(const Value& v, const std::string& where) const {
    if (!v.IsArray()) fail(where, "expected an array");
    return v;
  }
  const Value& object_of(const Value& v, const std::string& where) const {
    if (!v.IsObject()) fail(where, "expected an object");
    return v;
  }

  void read_set(const Value& v, const std::string& where, std::unordered_set<std::string>& out) const {
    const Value& a = array_of(v, where);
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i)
      out.insert(fold_name(string_of(a[i], where + "[" + std::to_string(i) + "]")));
  }
  void read_map(const Value& v, const std::string& where, std::unordered_map<std::string, std::string>& out,
                bool node_type) const {
    for (const auto& member : object_of(v, where).GetObject()) {
      std::string key(member.name.GetString(), member.name.GetStringLength());
      std::string value = string_of(member.value, where + "." + key);
      if (node_type && !parse_node_type(value)) fail(where + "." + key, "unknown node type \"" + value + "\"");
      out[fold_name(key)] = value;
    }
  }
  void read_triggers(const Value& v, const std::string& where) const {
    for (const auto& member : object_of(v, where).GetObject()) {
      std::string type(member.name.GetString(), member.name.GetStringLength());
      std::unordered_set<std::string> words;
      read_set(member.value, where + "." + type, words);
      auto& list = lexicon.triggers[type];
      for (const std::string& w : words)
        if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);
    }
  }
  void read_known(const Value& v, const std::string& where) const {
    const Value& a = array_of(v, where);
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i) {
      std::string at = where + "[" + std::to_string(i) + "]";
      const Value& e = object_of(a[i], at);
      KnownEntity known;
      if (!e.HasMember("name")) fail(at, "missing \"name\"");
      if (!e.HasMember("type")) fail(at, "missing \"type\"");
      known.name = string_of(e["name"], at + ".name");
      std::string type = string_of(e["type"], at + ".type");
      auto parsed = parse_node_type(type);
      if (!parsed) fail(at + ".type", "unknown node type \"" + type + "\"");
      known.type = *parsed;
      if (e.HasMember("aliases")) {
        const Value& aliases = array_of(e["aliases"], at + ".aliases");
        for (rapidjson::SizeType k = 0; k < aliases.Size(); ++k)
          known.aliases.push_back(string_of(aliases[k], at + ".aliases[" + std::to_string(k) + "]"));
      }
      lexicon.known.push_back(std::move(known));
    }
  }

  void read(const Value& root) {
    if (!root.IsObject()) fail("top level", "expected an object");
    for (const auto& member : root.GetObject()) {
      std::string key(member.name.GetString(), member.name.GetStringLength());
      const Value& v = member.value;
      if (key == "titles") read_map(v, key, lexicon.titles, true);
      else if (key == "countries") read_map(v, key, lexicon.countries, false);
      else if (key == "demonyms") read_map(v, key, lexicon.demonyms, false);
      else if (key == "subdivisions") read_map(v, key, lexicon.subdivisions, false);
      else if (key == "company_suffixes") read_set(v, key, lexicon.company_suffixes);
      else if (key == "company_cues") read_set(v, key, lexicon.company_cues);
      else if (key == "organization_heads") read_set(v, key, lexicon.organization_heads);
      else if (key == "deal_nouns") read_set(v, key, lexicon.deal_nouns);
      else if (key == "not_names") read_set(v, key, lexicon.not_names);
      else if (key == "triggers") read_triggers(v, key);
      else if (key == "known") read_known(v, key);
      // Other keys ("comment") are ignored, so rules files can document themselves.
    }
  }
};

std::string line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  std::size_t column = line_start == std::string_view::npos ? offset + 1 : offset - line_start;
  if (offset > 0 && text[offset - 1] == '\n') column = 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// iso-codes: every country's name, official name and common name; the
// common name is the canonical one ("South Korea", not "Korea, Republic of").
void add_iso_countries(Lexicon& lexicon, const std::string& dir, std::unordered_map<std::string, std::string>& by_code) {
  std::string path = dir + "/iso_3166-1.json";
  std::string text = read_text_file(path);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("3166-1") || !doc["3166-1"].IsArray())
    throw Error(path + ": not the iso-codes country list");
  for (const Value& c : doc["3166-1"].GetArray()) {
    if (!c.IsObject() || !c.HasMember("name") || !c.HasMember("alpha_2")) continue;
    std::string name = c["name"].GetString();
    std::string canonical = c.HasMember("common_name") ? c["common_name"].GetString() : name;
    by_code[c["alpha_2"].GetString()] = canonical;
    for (const char* field : {"name", "official_name", "common_name"})
      if (c.HasMember(field) && c[field].IsString()) lexicon.countries.emplace(fold_name(c[field].GetString()), canonical);
  }
}

void add_iso_subdivisions(Lexicon& lexicon, const std::string& dir,
                          const std::unordered_map<std::string, std::string>& by_code) {
  std::string path = dir + "/iso_3166-2.json";
  std::string text = read_text_file(path);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("3166-2") || !doc["3166-2"].IsArray())
    throw Error(path + ": not the iso-codes subdivision list");
  for (const Value& s : doc["3166-2"].GetArray()) {
    if (!s.IsObject() || !s.HasMember("name") || !s.HasMember("code")) continue;
    std::string code = s["code"].GetString();
    auto country = by_code.find(code.substr(0, 2));
    if (country != by_code.end()) lexicon.subdivisions.emplace(fold_name(s["name"].GetString()), country->second);
  }
}

Lexicon make_built_in() {
  Lexicon lexicon;
  std::unordered_map<std::string, std::string> by_code;
  const std::string dir = "/usr/share/iso-codes/json";
  add_iso_countries(lexicon, dir, by_code);
  add_iso_subdivisions(lexicon, dir, by_code);
  merge_rules(lexicon, kBuiltInLexiconJson, "data/lexicon.json");
  // Short forms override iso-codes' formal names ("Russian Federation" -> "Russia").
  for (auto& [key, canonical] : lexicon.countries) {
    auto shorter = lexicon.countries.find(fold_name(canonical));
    if (shorter != lexicon.countries.end() && shorter->second != canonical) canonical = shorter->second;
  }
  return lexicon;
}

}  // namespace

bool Lexicon::is_trigger(std::string_view edge_type, std::string_view folded_word) const {
  auto it = triggers.find(std::string(edge_type));
  return it != triggers.end() && std::find(it->second.begin(), it->second.end(), folded_word) != it->second.end();
}

const Lexicon& built_in_lexicon() {
  static const Lexicon lexicon = make_built_in();
  return lexicon;
}

void merge_rules(Lexicon& lexicon, std::string_view json, std::string_view display_name) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    std::string what = rapidjson::GetParseError_En(doc.GetParseError());
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    throw Error(std::string(display_name) + ": " + line_and_column(json, doc.GetErrorOffset()) + ": " + what);
  }
  RulesReader{lexicon, std::string(display_name)}.read(doc);
}

Lexicon load_lexicon(const std::optional<std::string>& rules_path) {
  Lexicon lexicon = built_in_lexicon();
  if (rules_path) merge_rules(lexicon, read_text_file(*rules_path), *rules_path);
  return lexicon;
}

}  // namespace kgraph
