// Lexicon: the general words and public reference data that type names and
// read relations: titles, company suffixes and cues, organisation head words,
// trigger words, deal nouns, country names (the iso-codes package plus short
// forms), demonyms, subdivisions, and the user's own entities.
//
// The built-in lexicon is data/lexicon.json (embedded in the binary at build
// time, so the binary works from anywhere) plus iso-codes JSON read from
// /usr/share/iso-codes/json. A --rules file has the same format and is merged
// on top (README, "Rules file"). Every map key is a fold_name() form.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/graph.h"
#include "src/string_table.h"

namespace kgraph {

struct KnownEntity {
  std::string name = {};
  NodeType type = NodeType::kPerson;
  std::vector<std::string> aliases = {};
};

struct Lexicon {
  TextMap<std::string> countries = {};     // "us" -> "United States"
  TextMap<std::string> demonyms = {};      // "south korean" -> "South Korea"
  TextMap<std::string> subdivisions = {};  // "pennsylvania" -> "United States"
  TextMap<std::string> titles = {};        // "prime minister" -> "leader"
  TextSet company_suffixes = {};           // "corp", "inc", "group", ...
  TextSet company_cues = {};               // "company", "giant", "maker", ...
  TextSet organization_heads = {};         // "ministry", "council", ...
  std::unordered_map<std::string, std::vector<std::string>> triggers = {};  // edge type -> words, sorted
  TextSet deal_nouns = {};                 // "agreement", "contract", ...
  TextSet not_names = {};                  // capitalised words never names
  std::vector<KnownEntity> known = {};                             // named entities with their type

  bool is_trigger(std::string_view edge_type, std::string_view folded_word) const;
};

// Loaded once (thread-safe); throws Error if the iso-codes data is missing.
const Lexicon& built_in_lexicon();

// Merges a rules file's JSON over `lexicon`. Throws Error "NAME: line L,
// column C: ..." for malformed JSON and "NAME: titles.x: expected a string"
// for a wrong shape.
void merge_rules(Lexicon& lexicon, std::string_view json, std::string_view display_name);

// The built-in lexicon, with the rules file at `rules_path` merged on top.
Lexicon load_lexicon(const std::optional<std::string>& rules_path);

}  // namespace kgraph
