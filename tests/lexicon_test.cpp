#include "src/lexicon.h"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/error.h"

using namespace kgraph;

namespace {

std::string lookup(const kgraph::TextMap<std::string>& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? "-" : it->second;
}

std::string merge_error(const std::string& json) {
  Lexicon lexicon;
  try {
    merge_rules(lexicon, json, "rules.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("built_in_lexicon: countries from iso-codes and short forms, canonical names") {
  const Lexicon& lexicon = built_in_lexicon();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"us", "United States"}, {"usa", "United States"}, {"america", "United States"},
      {"united states of america", "United States"}, {"uk", "United Kingdom"}, {"britain", "United Kingdom"},
      {"uae", "United Arab Emirates"}, {"s korea", "South Korea"}, {"korea republic of", "South Korea"},
      {"russian federation", "Russia"}, {"viet nam", "Vietnam"}, {"turkey", "Türkiye"},
      {"republic of turkey", "Türkiye"}, {"brunei darussalam", "Brunei"}, {"kazakhstan", "Kazakhstan"},
      {"republic of kazakhstan", "Kazakhstan"}, {"czech republic", "Czechia"}, {"emirates", "-"},
      {"new york", "-"}};
  for (const auto& [key, country] : cases) {
    CAPTURE(key);
    CHECK(lookup(lexicon.countries, key) == country);
  }
}

TEST_CASE("built_in_lexicon: demonyms and subdivisions point to the country") {
  const Lexicon& lexicon = built_in_lexicon();
  const std::vector<std::pair<std::string, std::string>> demonyms = {
      {"kazakh", "Kazakhstan"}, {"american", "United States"}, {"canadian", "Canada"},
      {"south korean", "South Korea"}, {"emirati", "United Arab Emirates"}, {"turkish", "Türkiye"},
      {"ivorian", "Côte d'Ivoire"}, {"czech", "Czechia"}, {"papua new guinean", "Papua New Guinea"}};
  for (const auto& [key, country] : demonyms) {
    CAPTURE(key);
    CHECK(lookup(lexicon.demonyms, key) == country);
  }
  const std::vector<std::pair<std::string, std::string>> subdivisions = {
      {"pennsylvania", "United States"}, {"texas", "United States"}, {"bayern", "Germany"},
      {"central", "-"}, {"georgia", "-"}, {"la rioja", "-"}};
  for (const auto& [key, country] : subdivisions) {
    CAPTURE(key);
    CHECK(lookup(lexicon.subdivisions, key) == country);
  }
}

TEST_CASE("built_in_lexicon: every demonym and subdivision names a canonical country") {
  const Lexicon& lexicon = built_in_lexicon();
  std::unordered_set<std::string> canonical;
  for (const auto& [key, country] : lexicon.countries) canonical.insert(country);
  for (const auto* table : {&lexicon.demonyms, &lexicon.subdivisions})
    for (const auto& [key, country] : *table) {
      CAPTURE(key);
      CHECK(canonical.count(country) == 1);
    }
}

TEST_CASE("built_in_lexicon: titles, words and known bodies") {
  const Lexicon& lexicon = built_in_lexicon();
  CHECK(lookup(lexicon.titles, "prime minister") == "leader");
  CHECK(lookup(lexicon.titles, "press secretary") == "leader");
  CHECK(lookup(lexicon.titles, "chief executive officer") == "leader");
  CHECK(lookup(lexicon.titles, "political scientist") == "person");
  CHECK(lookup(lexicon.titles, "journalist") == "person");
  CHECK(lexicon.company_suffixes.count("corp"));
  CHECK(lexicon.organization_heads.count("ministry"));
  CHECK(lexicon.deal_nouns.count("memorandum"));
  CHECK(lexicon.not_names.count("september"));
  CHECK(lexicon.is_trigger("signed", "signed"));
  CHECK_FALSE(lexicon.is_trigger("signed", "walked"));
  CHECK_FALSE(lexicon.is_trigger("no-such-type", "signed"));
  auto un = std::find_if(lexicon.known.begin(), lexicon.known.end(), [](const KnownEntity& k) { return k.name == "United Nations"; });
  REQUIRE(un != lexicon.known.end());
  CHECK(un->type == NodeType::kOrganization);
  CHECK(un->aliases == std::vector<std::string>{"UN", "U.N."});
}

TEST_CASE("merge_rules: adds to the sections, keys folded") {
  Lexicon lexicon;
  merge_rules(lexicon, R"({
    "comment": "my rules",
    "titles": {"Chief Rail Officer": "leader", "Pundit": "person"},
    "company_suffixes": ["Kft."],
    "triggers": {"signed": ["initialled", "sign"], "congratulated": ["congratulated"]},
    "countries": {"Ruritania": "Ruritania"},
    "known": [{"name": "Acme Rail", "type": "firm", "aliases": ["AR"]}, {"name": "Jo Roe", "type": "leader"}]
  })", "rules.json");
  CHECK(lookup(lexicon.titles, "chief rail officer") == "leader");
  CHECK(lookup(lexicon.titles, "pundit") == "person");
  CHECK(lexicon.company_suffixes.count("kft"));
  CHECK(lexicon.triggers["signed"] == std::vector<std::string>{"initialled", "sign"});
  CHECK(lexicon.is_trigger("congratulated", "congratulated"));
  CHECK(lookup(lexicon.countries, "ruritania") == "Ruritania");
  REQUIRE(lexicon.known.size() == 2);
  CHECK(lexicon.known[0].type == NodeType::kFirm);
  CHECK(lexicon.known[0].aliases == std::vector<std::string>{"AR"});
  CHECK(lexicon.known[1].aliases.empty());
}

TEST_CASE("merge_rules: one line naming the file and the place of the error") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\n  \"titles\": {\"ceo\": \"leader\"\n  \"x\": 1}\n}",
       "rules.json: line 3, column 3: missing a comma or '}' after an object member"},
      {"{\"titles\": {\"caf\u00e9 \u00e9\u00e9\": }}", "rules.json: line 1, column 24: invalid value"},
      {"", "rules.json: line 1, column 1: the document is empty"},
      {"[1, 2]", "rules.json: expected a JSON object at the top level"},
      {"{\"title\": {}}",
       "rules.json: unknown section \"title\" (known: titles, countries, demonyms, subdivisions, company_suffixes, "
       "company_cues, organization_heads, deal_nouns, not_names, triggers, known)"},
      {"{\"titles\": {\"ceo\": 3}}", "rules.json: titles[\"ceo\"]: expected a string"},
      {"{\"titles\": {\"ceo\": \"boss\"}}", "rules.json: titles[\"ceo\"]: unknown node type \"boss\""},
      {"{\"titles\": [\"ceo\"]}", "rules.json: titles: expected an object"},
      {"{\"company_suffixes\": [\"ltd\", \"gmbh\", \"ag\", 4]}", "rules.json: company_suffixes[3]: expected a string"},
      {"{\"not_names\": \"the\"}", "rules.json: not_names: expected an array of strings"},
      {"{\"deal_nouns\": [\"\"]}", "rules.json: deal_nouns[0]: expected a non-empty string"},
      {"{\"triggers\": {\"signed\": [\"sign\", null]}}", "rules.json: triggers[\"signed\"][1]: expected a string"},
      {"{\"known\": [{\"type\": \"firm\"}]}", "rules.json: known[0]: missing \"name\""},
      {"{\"known\": [{\"name\": \"A\", \"type\": \"firm\", \"aliases\": [\"B\", 7]}]}",
       "rules.json: known[0].aliases[1]: expected a string"},
      {"{\"known\": [{\"name\": \"A\", \"type\": \"company\"}]}", "rules.json: known[0].type: unknown node type \"company\""},
      // fuzz_rules: invalid UTF-8 in a rules file went into the graph, which then could not be read back.
      {"{\"countries\": {\"Ruritania\": \"R\x98uritania\"}}", "rules.json: line 1, column 31: invalid encoding in string"},
      {"{\"known\": [{\"name\": \"Acme\xff\", \"type\": \"firm\"}]}", "rules.json: line 1, column 26: invalid encoding in string"},
      {"{\"_note\": 1, \"comment\": [\"any\"]}", "no error"},
  };
  for (const auto& [json, message] : cases) {
    CAPTURE(json);
    CHECK(merge_error(json) == message);
  }
}

TEST_CASE("merge_rules: deep nesting is an error, not a crash") {
  std::string deep = "{\"titles\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(merge_error(deep) == "rules.json: titles: expected an object");
}

TEST_CASE("load_lexicon: the built-in lexicon with a rules file on top") {
  std::string path = "/tmp/kgraph_lexicon_test_" + std::to_string(::getpid()) + ".json";
  std::ofstream(path) << R"({"titles": {"Chief Rail Officer": "leader"}})";
  Lexicon lexicon = load_lexicon(path);
  CHECK(lookup(lexicon.titles, "chief rail officer") == "leader");
  CHECK(lookup(lexicon.countries, "us") == "United States");
  CHECK(built_in_lexicon().titles.count("chief rail officer") == 0);
  std::remove(path.c_str());
  try {
    load_lexicon(path);
    FAIL("no error for a missing rules file");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == path + ": cannot read: No such file or directory");
  }
  CHECK(load_lexicon(std::nullopt).countries.size() == built_in_lexicon().countries.size());
}
