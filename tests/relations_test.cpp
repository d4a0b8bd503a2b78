#include "src/relations.h"

#include <doctest/doctest.h>

#include "tests/extract_printer.h"

using kgraph::testing::print_relations;
using kgraph::testing::read_text;

TEST_CASE("read_relations: one table row per construction") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Chilean President Amara Qorin met with Peruvian President Luis Tapa in Lima.",
       "leader-of(Amara Qorin -> Chile); leader-of(Luis Tapa -> Peru); met-with(Amara Qorin -> Luis Tapa)"},
      {"Chile signed a $2.5 billion contract with the Irish company Hollins Ltd. for 40 ferries.",
       "signed(Chile -> deal{ferries x40 $2500M}); signed(Hollins Ltd. -> deal{ferries x40 $2500M}); "
       "based-in(Hollins Ltd. -> Ireland)"},
      {"The German carmaker Voltmark Ltd. plans to invest $300 million in Chile.",
       "invested-in(Voltmark Ltd. -> Chile); based-in(Voltmark Ltd. -> Germany)"},
      {"Peter Vance, chief executive of Brightwater Holdings Ltd., spoke first.",
       "leader-of(Peter Vance -> Brightwater Holdings Ltd.)"},
      {"Chilean President Amara Qorin arrived. She later held talks with Prime Minister Jon Ek of Norway.",
       "leader-of(Amara Qorin -> Chile); leader-of(Jon Ek -> Norway); met-with(Amara Qorin -> Jon Ek)"},
      {"The deal was signed by Peru's Minister of Mines, Rosa Ibarra, and Acme Ltd.",
       "signed(Peru -> deal{deal}); signed(Rosa Ibarra -> deal{deal}); signed(Acme Ltd. -> deal{deal}); "
       "leader-of(Rosa Ibarra -> Peru)"},
      {"Tomas Luna, Peru's envoy to Japan, arrived.", "leader-of(Tomas Luna -> Peru)"},
      {"Tomas Luna, UAE trade minister, arrived.", "leader-of(Tomas Luna -> United Arab Emirates)"},
      {"Chile's trade minister, Rosa Ibarra, arrived.", "leader-of(Rosa Ibarra -> Chile)"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print_relations(read_text(text)) == expected);
  }
}

TEST_CASE("read_relations: page furniture and headlines yield no edges") {
  std::string text =
      "Acme Signs Deal With Chile\n\n"
      "Latest news\n"
      "- Chilean President Amara Qorin met with Peruvian President Luis Tapa.\n";
  CHECK(print_relations(read_text(text)) == "");
}
