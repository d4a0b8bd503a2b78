#include "src/entities.h"

#include <doctest/doctest.h>

#include <stdexcept>
#include <vector>

#include "tests/extract_printer.h"

using kgraph::EntityRefs;
using kgraph::NodeType;
using kgraph::testing::print_entities;
using kgraph::testing::read_text;

TEST_CASE("EntityRefs: none, one or two entities, in order") {
  EntityRefs none, one = {4}, two = {7, 3};
  CHECK(none.empty());
  CHECK(one.size() == 1);
  CHECK(one.front() == 4);
  CHECK(std::vector<int>(two.begin(), two.end()) == std::vector<int>{7, 3});
  CHECK(std::vector<int>(two.rbegin(), two.rend()) == std::vector<int>{3, 7});
  EntityRefs dropped = two;
  dropped.erase_if([](int e) { return e == 7; });
  CHECK(dropped == EntityRefs{3});
  CHECK_FALSE(dropped == two);
  CHECK_THROWS_AS((EntityRefs{1, 2, 3}), std::out_of_range);
}

TEST_CASE("transliteration_key: spellings of one name share a key") {
  const std::vector<std::pair<std::string, std::string>> same = {
      {"toqayev", "tokayev"}, {"qasym", "kassym"}, {"zelenskyy", "zelensky"}, {"aliyev", "aliev"},
      {"mirziyoyev", "mirziyoev"}, {"dzhaparov", "japarov"}};
  for (const auto& [a, b] : same) {
    CAPTURE(a);
    CHECK(kgraph::transliteration_key(a) == kgraph::transliteration_key(b));
  }
  CHECK(kgraph::transliteration_key("petrov") != kgraph::transliteration_key("popov"));
}

TEST_CASE("same_entity: within one kind, when the words agree") {
  const kgraph::Lexicon& lexicon = kgraph::built_in_lexicon();
  struct Case {
    std::string a;
    NodeType ta;
    std::string b;
    NodeType tb;
    bool same;
  };
  const std::vector<Case> cases = {
      {"Kassym-Jomart Tokayev", NodeType::kLeader, "Tokayev", NodeType::kLeader, true},
      {"Kassym-Jomart Kemeluly Tokayev", NodeType::kLeader, "Qasym-Jomart Toqayev", NodeType::kLeader, true},
      {"Yoon Suk Yeol", NodeType::kLeader, "Yoon", NodeType::kLeader, true},
      {"Jane Roe", NodeType::kPerson, "John Roe", NodeType::kPerson, false},
      {"Khalid bin Faisal", NodeType::kLeader, "Khalid bin Faisal Al Thani", NodeType::kLeader, true},
      {"Ana Maria", NodeType::kPerson, "Ana Maria Lopez", NodeType::kPerson, false},
      {"Acme Corporation", NodeType::kFirm, "Acme", NodeType::kFirm, true},
      {"International Rail Union", NodeType::kOrganization, "IRU", NodeType::kOrganization, true},
      {"Department of Commerce", NodeType::kOrganization, "DC", NodeType::kOrganization, false},
      {"Acme", NodeType::kFirm, "Acme", NodeType::kPerson, false},
      {"Acme Kazakhstan", NodeType::kFirm, "Acme", NodeType::kFirm, false},
      {"UN Water Council", NodeType::kOrganization, "Water Council", NodeType::kOrganization, true},
      {"Nordic Water Council", NodeType::kOrganization, "Water Council", NodeType::kOrganization, false},
      {"UN Council", NodeType::kOrganization, "Council", NodeType::kOrganization, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(kgraph::same_entity(c.a, c.ta, c.b, c.tb, lexicon) == c.same);
  }
}

TEST_CASE("resolve_entities: one entity per person, firm and country, the fullest name first") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"President Amara Qorin of Chile met the press. Later Qorin left.",
       "country Chile; leader Amara Qorin (Qorin)"},
      {"The rail company Northern Rail Freight (NRF) bought engines. NRF paid in cash.",
       "firm Northern Rail Freight (NRF)"},
      {"Talks in the U.S. went well. The United States agreed.", "country United States (U.S.)"},
      {"Gorven Ltd. opened a plant. Gorven employs 900 people.", "firm Gorven Ltd. (Gorven)"},
      // A lone head word points at the one institution named with it, and is no alias of it.
      {"The Council of Rail Ministers met in Lima. The Council meets every year.", "organization Council of Rail Ministers"},
      {"The Water Council met the Rail Council. The Council agreed.",
       "organization Water Council; organization Rail Council; organization Council"},
      // "X said" only guesses a person: firms speak too.
      {"Gorven Ltd. opened a plant. Gorven said it would hire.", "firm Gorven Ltd. (Gorven)"},
      {"Gorven said it would hire. The miner Gorven Ltd. opened a plant.", "firm Gorven Ltd. (Gorven)"},
      {"Ana Lee said the plan works. Lee said more.", "person Ana Lee (Lee)"},
      {"GRX said it would hire. Ana Lee said so too.", "person Ana Lee"},  // capitals name no person
      {"Carrow Rolling Stock Ltd opened a plant in Peru. Carrow will build more.",
       "country Peru; firm Carrow Rolling Stock Ltd (Carrow)"},
      // A firm's first words are that firm, unless two firms begin with them.
      {"Orvo Rolling Stock Ltd opened a plant. Ana Lee, the chief executive of Orvo, spoke.",
       "firm Orvo Rolling Stock Ltd (Orvo); leader Ana Lee"},
      {"Orvo Rolling Stock Ltd and Orvo Rail Lines opened a plant. Ana Lee, the chief executive of Orvo, spoke.",
       "firm Orvo Rolling Stock Ltd; firm Orvo Rail Lines; leader Ana Lee; firm Orvo"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print_entities(read_text(text)) == expected);
  }
}

TEST_CASE("resolve_entities: a NameFormCache shared by articles changes no answer") {
  // Names shared across the texts, in other kinds and spellings, so that the
  // cache hands back forms made for another article.
  const std::vector<std::string> texts = {
      "Chilean President Amara Qorin met Acme Corp. chief executive Luis Tapa. Qorin praised Acme.",
      "Acme Corp. signed a deal with Peru. Peruvian Minister Luis Tapa attended. Tapa said the Acme plant would open.",
      "Amara Qorin, the president of Chile, visited Acme. Qorin later met Tapa.",
  };
  kgraph::NameFormCache cache;
  for (int round = 0; round < 2; ++round)
    for (const std::string& text : texts) {
      CAPTURE(text);
      kgraph::testing::ReadText alone = read_text(text);
      kgraph::testing::ReadText shared = alone;
      shared.entities = kgraph::resolve_entities(shared.mentions, kgraph::built_in_lexicon(), cache);
      CHECK(print_entities(shared) == print_entities(alone));
      CHECK(shared.entities.refs == alone.entities.refs);
    }
}
