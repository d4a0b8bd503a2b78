// The built-in lexicon is assembled once, in this order, each layer over the
// one before: countries and subdivisions from iso-codes, then
// data/lexicon.json (short forms such as "U.S.", titles, suffixes, triggers,
// known international bodies), then data/demonyms.tsv. A --rules file is
// merged last, by the same reader as data/lexicon.json.
//
// Rules files are read with RapidJSON's DOM (they are small) using its
// iterative parser, so deep nesting cannot overflow the stack. Every section
// has its own reader; a wrong shape is named by its JSON path
// ("rules.json: titles["ceo"]: expected a string"), and a syntax error by
// line and column ("rules.json: line 3, column 17: missing a comma ...").
#include "src/lexicon.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "graph/error.h"
#include "graph/fold.h"
#include "src/lexicon_data.h"

namespace kgraph {
namespace {

using Value = rapidjson::Value;

// Where Debian's iso-codes package keeps its JSON files (scripts/setup.sh installs it).
constexpr const char* kIsoCodesDir = "/usr/share/iso-codes/json";

constexpr const char* kSections[] = {"titles", "countries", "demonyms", "subdivisions", "company_suffixes",
                                     "company_cues", "organization_heads", "deal_nouns", "not_names",
                                     "triggers", "known"};

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

struct RulesReader {
  Lexicon& lexicon;
  std::string name;

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw Error(name + ": " + where + ": " + what);
  }
  std::string string_of(const Value& v, const std::string& where) const {
    if (!v.IsString()) fail(where, "expected a string");
    if (v.GetStringLength() == 0) fail(where, "expected a non-empty string");
    return std::string(v.GetString(), v.GetStringLength());
  }
  const Value& array_of(const Value& v, const std::string& where) const {
    if (!v.IsArray()) fail(where, "expected an array of strings");
    return v;
  }
  const Value& object_of(const Value& v, const std::string& where) const {
    if (!v.IsObject()) fail(where, "expected an object");
    return v;
  }
  static std::string member(const std::string& where, const Value& key) {
    return where + "[" + quoted(std::string_view(key.GetString(), key.GetStringLength())) + "]";
  }
  static std::string item(const std::string& where, rapidjson::SizeType i) { return where + "[" + std::to_string(i) + "]"; }

  void read_set(const Value& v, const std::string& where, TextSet& out) const {
    const Value& a = array_of(v, where);
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i) out.insert(fold_name(string_of(a[i], item(where, i))));
  }
  void read_map(const Value& v, const std::string& where, TextMap<std::string>& out) const {
    for (const auto& m : object_of(v, where).GetObject()) out[fold_name(m.name.GetString())] = string_of(m.value, member(where, m.name));
  }
  void read_titles(const Value& v, const std::string& where) const {
    for (const auto& m : object_of(v, where).GetObject()) {
      std::string type = string_of(m.value, member(where, m.name));
      if (!parse_node_type(type)) fail(member(where, m.name), "unknown node type " + quoted(type));
      lexicon.titles[fold_name(m.name.GetString())] = type;
    }
  }
  void read_triggers(const Value& v, const std::string& where) const {
    for (const auto& m : object_of(v, where).GetObject()) {
      TextSet words;
      read_set(m.value, member(where, m.name), words);
      auto& list = lexicon.triggers[m.name.GetString()];
      for (const std::string& w : words)
        if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);
      std::sort(list.begin(), list.end());  // a fixed order whatever the hash order
    }
  }
  KnownEntity read_known_entity(const Value& v, const std::string& at) const {
    const Value& e = object_of(v, at);
    if (!e.HasMember("name")) fail(at, "missing \"name\"");
    if (!e.HasMember("type")) fail(at, "missing \"type\"");
    KnownEntity known{.name = string_of(e["name"], at + ".name")};
    std::string type = string_of(e["type"], at + ".type");
    auto parsed = parse_node_type(type);
    if (!parsed) fail(at + ".type", "unknown node type " + quoted(type));
    known.type = *parsed;
    if (e.HasMember("aliases")) {
      const Value& aliases = array_of(e["aliases"], at + ".aliases");
      for (rapidjson::SizeType k = 0; k < aliases.Size(); ++k)
        known.aliases.push_back(string_of(aliases[k], item(at + ".aliases", k)));
    }
    return known;
  }
  void read_known(const Value& v, const std::string& where) const {
    const Value& a = array_of(v, where);
    for (rapidjson::SizeType i = 0; i < a.Size(); ++i) lexicon.known.push_back(read_known_entity(a[i], item(where, i)));
  }

  void read_section(const std::string& key, const Value& v) const {
    if (key == "titles") read_titles(v, key);
    else if (key == "countries") read_map(v, key, lexicon.countries);
    else if (key == "demonyms") read_map(v, key, lexicon.demonyms);
    else if (key == "subdivisions") read_map(v, key, lexicon.subdivisions);
    else if (key == "company_suffixes") read_set(v, key, lexicon.company_suffixes);
    else if (key == "company_cues") read_set(v, key, lexicon.company_cues);
    else if (key == "organization_heads") read_set(v, key, lexicon.organization_heads);
    else if (key == "deal_nouns") read_set(v, key, lexicon.deal_nouns);
    else if (key == "not_names") read_set(v, key, lexicon.not_names);
    else if (key == "triggers") read_triggers(v, key);
    else if (key == "known") read_known(v, key);
  }

  void read(const Value& root) const {
    if (!root.IsObject()) throw Error(name + ": expected a JSON object at the top level");
    for (const auto& m : root.GetObject()) {
      std::string key(m.name.GetString(), m.name.GetStringLength());
      bool known = std::find(std::begin(kSections), std::end(kSections), key) != std::end(kSections);
      bool comment = key == "comment" || key.rfind('_', 0) == 0;
      if (!known && !comment) {
        std::string list;
        for (const char* s : kSections) list += (list.empty() ? "" : ", ") + std::string(s);
        throw Error(name + ": unknown section " + quoted(key) + " (known: " + list + ")");
      }
      if (known) read_section(key, m.value);
    }
  }
};

// Line and column (in code points) of a byte offset, both from 1.
std::string line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') line += 1, column = 1;
    else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) column += 1;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string read_text_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(path + ": cannot read: " + std::strerror(errno));
  std::string bytes;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.append(buffer, n);
  if (std::ferror(file.get())) throw Error(path + ": cannot read: " + std::strerror(errno));
  return bytes;
}

rapidjson::Document parse_iso(const std::string& path, const char* list) {
  std::string text = read_text_file(path);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember(list) || !doc[list].IsArray())
    throw Error(path + ": not the iso-codes " + list + " list");
  return doc;
}

const char* string_member(const Value& v, const char* field) {
  return v.HasMember(field) && v[field].IsString() ? v[field].GetString() : nullptr;
}

// Every country's name, official name and common name; the common name (else
// the name) is canonical ("South Korea", not "Korea, Republic of").
void add_iso_countries(Lexicon& lexicon, const std::string& dir, std::unordered_map<std::string, std::string>& by_code) {
  rapidjson::Document doc = parse_iso(dir + "/iso_3166-1.json", "3166-1");
  for (const Value& c : doc["3166-1"].GetArray()) {
    const char* name = c.IsObject() ? string_member(c, "name") : nullptr;
    const char* code = name ? string_member(c, "alpha_2") : nullptr;
    if (!code) continue;
    const char* common = string_member(c, "common_name");
    std::string canonical = common ? common : name;
    by_code[code] = canonical;
    for (const char* field : {"name", "official_name", "common_name"})
      if (const char* form = string_member(c, field)) lexicon.countries.emplace(fold_name(form), canonical);
  }
}

// Generic region names that many countries use ("Central", "Capital"):
// never a clue to one country.
bool is_generic_region(const std::string& folded) {
  static const std::unordered_set<std::string> kGeneric = {
      "central", "centre", "center", "capital", "north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "coast", "coastal", "islands", "island", "lakes", "mountain", "highlands",
      "plateau", "plateaux", "littoral", "upper", "lower", "interior", "frontier", "border", "city"};
  return kGeneric.count(folded) > 0;
}

// Subdivision names -> their country, keeping only names that point to one
// country and are not themselves a country's name ("Georgia").
void add_iso_subdivisions(Lexicon& lexicon, const std::string& dir,
                          const std::unordered_map<std::string, std::string>& by_code) {
  rapidjson::Document doc = parse_iso(dir + "/iso_3166-2.json", "3166-2");
  std::unordered_map<std::string, std::string> found;
  std::unordered_set<std::string> ambiguous;
  for (const Value& s : doc["3166-2"].GetArray()) {
    const char* name = s.IsObject() ? string_member(s, "name") : nullptr;
    const char* code = name ? string_member(s, "code") : nullptr;
    if (!code) continue;
    auto country = by_code.find(std::string(code).substr(0, 2));
    if (country == by_code.end()) continue;
    std::string key = fold_name(name);
    auto [it, added] = found.emplace(key, country->second);
    if (!added && it->second != country->second) ambiguous.insert(key);
  }
  for (auto& [key, country] : found)
    if (!ambiguous.count(key) && !lexicon.countries.count(key) && !is_generic_region(key) && key.size() >= 3)
      lexicon.subdivisions.emplace(key, country);
}

void add_demonyms(Lexicon& lexicon, std::string_view tsv) {
  for (std::size_t b = 0; b < tsv.size();) {
    std::size_t e = std::min(tsv.find('\n', b), tsv.size());
    std::string_view line = tsv.substr(b, e - b);
    b = e + 1;
    std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
    std::string_view country = line.substr(tab + 1);
    while (!country.empty() && (country.back() == '\r' || country.back() == ' ')) country.remove_suffix(1);
    lexicon.demonyms[fold_name(line.substr(0, tab))] = std::string(country);
  }
}

// Short forms in data/lexicon.json name the canonical form of iso-codes'
// formal names too ("Russian Federation" -> "Russia"), wherever they point.
void prefer_short_names(Lexicon& lexicon) {
  for (auto& [key, canonical] : lexicon.countries) {
    auto shorter = lexicon.countries.find(fold_name(canonical));
    if (shorter != lexicon.countries.end() && shorter->second != canonical) canonical = shorter->second;
  }
  for (auto* table : {&lexicon.demonyms, &lexicon.subdivisions})
    for (auto& [key, country] : *table)
      if (auto it = lexicon.countries.find(fold_name(country)); it != lexicon.countries.end()) country = it->second;
}

Lexicon make_built_in() {
  Lexicon lexicon;
  std::unordered_map<std::string, std::string> by_code;
  const std::string dir = kIsoCodesDir;
  add_iso_countries(lexicon, dir, by_code);
  merge_rules(lexicon, kBuiltInLexiconJson, "data/lexicon.json");
  add_demonyms(lexicon, kBuiltInDemonymsTsv);
  add_iso_subdivisions(lexicon, dir, by_code);
  prefer_short_names(lexicon);
  return lexicon;
}

}  // namespace

bool Lexicon::is_trigger(std::string_view edge_type, std::string_view folded_word) const {
  // A scan of a few short strings, each rejected by its size or first
  // letter: cheaper than hashing, and this is asked of every word.
  auto same = [](std::string_view a, std::string_view b) { return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b; };
  for (const auto& [type, words] : triggers)
    if (same(type, edge_type))
      return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return same(w, folded_word); });
  return false;
}

const Lexicon& built_in_lexicon() {
  static const Lexicon lexicon = make_built_in();
  return lexicon;
}

void merge_rules(Lexicon& lexicon, std::string_view json, std::string_view display_name) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    std::string what = rapidjson::GetParseError_En(doc.GetParseError());
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    while (!what.empty() && what.back() == '.') what.pop_back();
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
