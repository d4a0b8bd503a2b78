#include "src/relations.h"

#include <doctest/doctest.h>

#include "src/deals.h"
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
       "signed(Voltmark Ltd. -> deal{investment $300M}); signed(Chile -> deal{investment $300M}); "
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
      // An office of portfolio words only names no body: the possessive owns it.
      {"Norway's Minister of Agriculture and Forestry Ola Brekke confirmed the plan.",
       "leader-of(Ola Brekke -> Norway)"},
      {"Lena Park, the chief executive of Tolvik, spoke.", "leader-of(Lena Park -> Tolvik)"},
      // A buying verb and a count make a deal with no deal word; who sells is a firm.
      {"Kenya bought 300 locomotives from Orvo Rail.",
       "signed(Kenya -> deal{locomotives x300}); signed(Orvo Rail -> deal{locomotives x300})"},
      {"Kenya bought more from Orvo Rail.", ""},
      // A firm typed by the words before it is placed by its apposition, whose country signs nothing.
      {"Acme Ltd. signed a deal with Orvo, Peru's state energy company.",
       "signed(Acme Ltd. -> deal{deal}); signed(Orvo -> deal{deal}); based-in(Orvo -> Peru)"},
      // "the Chilean president" is the president of Chile, not the one named last.
      {"President Amara Qorin of Chile met President Tom Obi of Kenya. Later the Chilean president met Rosa Ibarra, "
       "Peru's trade minister.",
       "leader-of(Amara Qorin -> Chile); leader-of(Tom Obi -> Kenya); met-with(Amara Qorin -> Tom Obi); "
       "leader-of(Rosa Ibarra -> Peru); met-with(Amara Qorin -> Rosa Ibarra)"},
      // A deal named by its kind alone takes its purpose: "to" and a verb.
      {"Chile signed a contract with Hollins Ltd. to install digital signalling on its main line.",
       "signed(Chile -> deal{contract to install digital signalling}); "
       "signed(Hollins Ltd. -> deal{contract to install digital signalling})"},
      {"Chile signed a contract with Hollins Ltd. to the surprise of many.",
       "signed(Chile -> deal{contract}); signed(Hollins Ltd. -> deal{contract})"},
      // A buying verb, a name and a price: an acquisition.
      {"Orvo Ltd agreed to buy Carrow for $6.7 billion.",
       "signed(Orvo Ltd -> deal{acquisition $6700M}); signed(Carrow -> deal{acquisition $6700M})"},
      // Who is said to head a party is not one.
      {"Kenya, led by President Tom Obi, bought 300 locomotives from Orvo Rail.",
       "signed(Kenya -> deal{locomotives x300}); signed(Orvo Rail -> deal{locomotives x300})"},
      {"Orvo Ltd, based in Quito, plans to invest $21 billion in Kenya.",
       "signed(Orvo Ltd -> deal{investment $21000M}); signed(Kenya -> deal{investment $21000M}); "
       "invested-in(Orvo Ltd -> Kenya)"},
      // No article ends a deal's topic.
      {"Kenya and Orvo Ltd reached an agreement on an $8 billion loan.",
       "signed(Kenya -> deal{agreement $8000M}); signed(Orvo Ltd -> deal{agreement $8000M})"},
      // A pronoun subject signs, and leaders told of before sign with the countries their titles named.
      {"Kenyan President Tom Obi arrived in Lima on Monday. He met Peruvian President Ana Ruiz and signed a rail deal.",
       "signed(Tom Obi -> deal{rail deal}); signed(Kenya -> deal{rail deal}); signed(Peru -> deal{rail deal}); "
       "signed(Ana Ruiz -> deal{rail deal}); leader-of(Tom Obi -> Kenya); leader-of(Ana Ruiz -> Peru); "
       "met-with(Tom Obi -> Ana Ruiz)"},
      {"Kenyan President Tom Obi met Peruvian President Ana Ruiz in Lima. The two leaders signed a rail deal.",
       "signed(Ana Ruiz -> deal{rail deal}); signed(Peru -> deal{rail deal}); signed(Tom Obi -> deal{rail deal}); "
       "signed(Kenya -> deal{rail deal}); leader-of(Tom Obi -> Kenya); leader-of(Ana Ruiz -> Peru); "
       "met-with(Tom Obi -> Ana Ruiz)"},
      // Lending an amount is a loan, and a loan under a deal told before is that deal.
      {"Orvo Bank will lend Peru $500 million.", "signed(Orvo Bank -> deal{loan $500M}); signed(Peru -> deal{loan $500M})"},
      {"Orvo Bank lent $300 million to Kenya in 2023.",
       "signed(Orvo Bank -> deal{loan $300M}); signed(Kenya -> deal{loan $300M})"},
      {"Kenya and Orvo Bank signed an MoU on rail. Under this MoU, Orvo Bank will lend $6 billion to Kenya.",
       "signed(Kenya -> deal{MoU on rail $6000M}); signed(Orvo Bank -> deal{MoU on rail $6000M})"},
      // Of two deal words in a row the last names the deal.
      {"India and Peru signed a bilateral investment treaty.",
       "signed(India -> deal{bilateral investment treaty}); signed(Peru -> deal{bilateral investment treaty})"},
      // A count and a price may stand between the buying word and the seller; the seller's owner signs nothing.
      {"Kenya signed the purchase of 50 locomotives worth $1.2 billion from Orvo Rail, a unit of Carrow Inc.",
       "signed(Kenya -> deal{locomotives x50 $1200M}); signed(Orvo Rail -> deal{locomotives x50 $1200M})"},
      // An office whose owner comes after "of" and a possessive country, then the name.
      {"Ana Ruiz met the chief executive of Peru's Carrow Resources, Jo Roe, on Tuesday.",
       "leader-of(Jo Roe -> Carrow Resources); based-in(Carrow Resources -> Peru)"},
      // A promise to supply a count is a deal.
      {"Orvo Ltd agreed to supply 200,000 tonnes of copper to Carrow Inc.",
       "signed(Orvo Ltd -> deal{copper x200000}); signed(Carrow Inc. -> deal{copper x200000})"},
      {"Orvo Ltd supplied 200,000 tonnes of copper to Carrow Inc.", ""},
      // "the visiting Kenyan President": a title of any case with no name after it points back.
      {"President Tom Obi of Kenya arrived in Lima. The Peruvian leader Ana Ruiz received the visiting Kenyan President.",
       "leader-of(Tom Obi -> Kenya); leader-of(Ana Ruiz -> Peru); met-with(Ana Ruiz -> Tom Obi)"},
      // A name before a common noun qualifies it: no place invested in.
      {"Orvo Ltd invested heavily in North African payments.", ""},
      {"Orvo Ltd invested $5 million in Tessa Vale on the coast.", "invested-in(Orvo Ltd -> Tessa Vale)"},
      // The country whose firm signs is where the firm is; a country's ministry signs for it.
      {"The fund KSF grew fast. Kenya's Sovereign Fund (KSF) has acquired a 25% stake in Orvo Ltd for $300 million.",
       "signed(Sovereign Fund -> deal{stake $300M}); signed(Orvo Ltd -> deal{stake $300M}); "
       "invested-in(Sovereign Fund -> Orvo Ltd)"},
      {"Kenya's Ministry of Mines signed a deal with Peru.",
       "signed(Kenya -> deal{deal}); signed(Ministry of Mines -> deal{deal}); signed(Peru -> deal{deal})"},
      // Major cities point to their country, as regions do.
      {"Orvo Ltd, which is based in Vancouver, grew.", "based-in(Orvo Ltd -> Canada)"},
      {"The Cairo-based lender Orvo grew.", "based-in(Orvo -> Egypt)"},
      // In a signing, the other side owned by a country is a firm of that country; in a partnership, nothing.
      {"Orvo Ltd signed an agreement with Kenya's KRC to supply rails.",
       "signed(Orvo Ltd -> deal{agreement to supply rails}); signed(KRC -> deal{agreement to supply rails}); "
       "based-in(KRC -> Kenya)"},
      // An adverb and opening phrases one after another come before the signing clause.
      {"Also in Peru, during his state visit, President Tom Obi secured agreements with Peru's state oil company Orvo.",
       "signed(Tom Obi -> deal{agreements}); signed(Orvo -> deal{agreements}); based-in(Orvo -> Peru)"},
      // A descriptor after a preposition is not what its sentence named before it.
      {"Carrow Ltd is a Chinese firm. Orvo Ltd will hold a stake in the company.", "invested-in(Orvo Ltd -> Carrow Ltd)"},
      // A deal of one side with the other needs no signing word.
      {"Orvo's partnership with Carrow Ltd will cover premium cars.",
       "signed(Orvo -> deal{partnership}); signed(Carrow Ltd -> deal{partnership})"},
      // Who announces a new deal makes it: no teller.
      {"Orvo Ltd announced a $1 billion investment in Kenya.",
       "signed(Orvo Ltd -> deal{investment $1000M}); signed(Kenya -> deal{investment $1000M}); "
       "invested-in(Orvo Ltd -> Kenya)"},
      // Who pledges an amount is taken for a firm; who speaks of the investment is no investor.
      {"Orvo agreed to invest $50 million in Kenya.",
       "signed(Orvo -> deal{investment $50M}); signed(Kenya -> deal{investment $50M}); invested-in(Orvo -> Kenya)"},
      {"Tomas Luna said the company would invest in Peru.", ""},
      // "prior to" opens another clause: who left is no signer.
      {"Chile signed a trade deal with Peru. The agreement was signed prior to Rosa Ibarra leaving for Kenya.",
       "signed(Chile -> deal{trade deal}); signed(Peru -> deal{trade deal})"},
      // A stated amount pledged is a deal; money invested before is not.
      {"Orvo Ltd plans to invest $700 million in Carrow Inc. and build cars in Chile.",
       "signed(Orvo Ltd -> deal{investment $700M}); signed(Carrow Inc. -> deal{investment $700M}); "
       "invested-in(Orvo Ltd -> Carrow Inc.)"},
      {"Orvo Ltd has invested $230 million in Chile since 2009.", "invested-in(Orvo Ltd -> Chile)"},
      // The country inside one firm's name is not the next firm's.
      {"It signed a loan MoU between Harbor Bank Kenya and Orvo Eximbank.",
       "signed(Harbor Bank Kenya -> deal{loan MoU}); signed(Orvo Eximbank -> deal{loan MoU})"},
      // A name that owns a title after a firm opens a phrase: no list, no country taken from the firm.
      {"Orvo Ltd hired the Irish lender Carrow Trust, Orvo chairman Ben Sato said.",
       "leader-of(Ben Sato -> Orvo Ltd); based-in(Carrow Trust -> Ireland)"},
      // A name right before a title only a firm gives is that firm.
      {"Orvo chief executive Ana Ruiz met President Tom Obi.", "leader-of(Ana Ruiz -> Orvo); met-with(Ana Ruiz -> Tom Obi)"},
      {"The Peruvian miner Kolla Group grew.", "based-in(Kolla Group -> Peru)"},
      {"Voltmark Ltd. will buy shares of Xelo Inc. as the German carmaker grows. "
       "Voltmark will own 5% of the Chinese company.",
       "based-in(Voltmark Ltd. -> Germany); based-in(Xelo Inc. -> China)"},
      {"Acme Ltd signed a contract for ten ships with Farlow Ltd of Chile.",
       "signed(Acme Ltd -> deal{ships x10}); signed(Farlow Ltd -> deal{ships x10}); based-in(Farlow Ltd -> Chile)"},
      {"Harlow Capital, an investment company based in the UAE, pledged $40 million for ports in Ghana.",
       "invested-in(Harlow Capital -> Ghana); based-in(Harlow Capital -> United Arab Emirates)"},
      {"Peru secured an agreement with Acme Ltd. on ports.",
       "signed(Peru -> deal{agreement}); signed(Acme Ltd. -> deal{agreement})"},
      {"President Jo Ek of Chile held negotiations with Prime Minister Lea Ost of Peru.",
       "leader-of(Jo Ek -> Chile); leader-of(Lea Ost -> Peru); met-with(Jo Ek -> Lea Ost)"},
      {"The visit saw the signing of a port MoU between Acme Ltd. and Chile, as well as a rail MoU between "
       "Farlow Ltd and Peru.",
       "signed(Acme Ltd. -> deal{port MoU}); signed(Chile -> deal{port MoU}); signed(Farlow Ltd -> deal{rail MoU}); "
       "signed(Peru -> deal{rail MoU})"},
      {"Chile signed an agreement for the desert water initiative with Acme Ltd.",
       "signed(Chile -> deal{agreement for the desert water initiative}); "
       "signed(Acme Ltd. -> deal{agreement for the desert water initiative})"},
      {"Peru signed a deal on Monday with Acme Ltd.", "signed(Peru -> deal{deal}); signed(Acme Ltd. -> deal{deal})"},
      {"Peruvian investments in the economy of Chile grew fast.", "invested-in(Peru -> Chile)"},
      // A place nothing else types, whole ("al-" joins it); "wealth fund X" says what X is.
      {"The wealth fund Qorvest plans to invest $3 billion in Ras al-Marah.", "invested-in(Qorvest -> Ras al-Marah)"},
      {"Chile and Peru held talks in Lima. The politicians later signed a water accord.",
       "signed(Chile -> deal{water accord}); signed(Peru -> deal{water accord})"},
      {"An agreement was reached on port logistics with Acme Ltd. and Farlow Ltd.",
       "signed(Acme Ltd. -> deal{agreement on port logistics}); signed(Farlow Ltd. -> deal{agreement on port logistics})"},
      {"Kenyan Minister of Foreign Affairs Lam Anh Dung arrived.", "leader-of(Lam Anh Dung -> Kenya)"},
      // Signed by no one named: by the signers of the deal before it.
      {"Chile and Peru signed a water accord. Also signed was a memorandum on ports.",
       "signed(Chile -> deal{water accord}); signed(Peru -> deal{water accord}); signed(Chile -> deal{memorandum on ports}); "
       "signed(Peru -> deal{memorandum on ports})"},
      // The country in a firm's apposition says where the firm is; an amount
      // unlike the deal before is another deal, not "the" one told before.
      {"Tarvo Rail Lines (TRL), the national railway company of Peru, signed a \u20ac310 million contract with "
       "Hollins Ltd. The contract follows the $4.2 billion order for 300 engines that TRL placed with Farlow Ltd.",
       "signed(Tarvo Rail Lines -> deal{contract}); signed(Hollins Ltd. -> deal{contract}); "
       "signed(Tarvo Rail Lines -> deal{engines x300 $4200M}); signed(Farlow Ltd. -> deal{engines x300 $4200M}); "
       "based-in(Tarvo Rail Lines -> Peru)"},
      // "the U.S. narrative" names a kind of thing, not a signer.
      {"The U.S. narrative around Peru's $2 billion Acme Ltd. purchase was upbeat.",
       "signed(Peru -> deal{purchase $2000M}); signed(Acme Ltd. -> deal{purchase $2000M})"},
      // "the Peruvian government" is Peru.
      {"The Chilean Ministry of Mines and the Peruvian government signed an agreement.",
       "signed(Ministry of Mines -> deal{agreement}); signed(Peru -> deal{agreement}); based-in(Ministry of Mines -> Chile)"},
      // Who tells of a deal, and the country of the teller's title, sign nothing.
      {"Acme Ltd. signed a contract with Peru, Chilean minister Ana Lee said.",
       "signed(Acme Ltd. -> deal{contract}); signed(Peru -> deal{contract}); leader-of(Ana Lee -> Chile)"},
      {"Acme Ltd. signed a contract with Peru, Farlow chairman Bo Kim, a member of the delegation, told reporters.",
       "signed(Acme Ltd. -> deal{contract}); signed(Peru -> deal{contract}); leader-of(Bo Kim -> Farlow)"},
      // An opening "With ...," phrase names witnesses.
      {"With Chilean President Amara Qorin in attendance, Acme Ltd. and Peru signed an accord.",
       "signed(Acme Ltd. -> deal{accord}); signed(Peru -> deal{accord}); leader-of(Amara Qorin -> Chile)"},
      // A relative clause signs for its own antecedent, not for the deal word before it.
      {"Acme Ltd. has a backlog of 900 orders, and buyers who ordered the model wait years.", ""},
      {"Peru awarded Acme Ltd. the contract, which was signed in Lima.",
       "signed(Peru -> deal{contract}); signed(Acme Ltd. -> deal{contract})"},
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

TEST_CASE("same_deal: a shared party and a sign that two deals are one") {
  using kgraph::Deal;
  struct Row {
    Deal a, b;
    std::size_t shared;
    bool same;
  };
  const std::vector<Row> rows = {
      // The count says more than the words.
      {Deal{.quantity = 22, .item = "Boeing 787 Dreamliners"}, Deal{.quantity = 22, .item = "long-haul jets"}, 1, true},
      {Deal{.quantity = 22, .item = "jets"}, Deal{.quantity = 30, .item = "jets"}, 1, false},
      // "long" of "long-term" and "long-haul" is no shared item.
      {Deal{.item = "long-term cooperation protocols"}, Deal{.item = "long-haul jets"}, 1, false},
      {Deal{.item = "cooperation protocols"}, Deal{.item = "protocol on cooperation"}, 1, true},
      {Deal{.quantity = 22, .item = "jets"}, Deal{.quantity = 22, .item = "jets"}, 0, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a.item);
    CAPTURE(row.b.item);
    CHECK(kgraph::same_deal(row.a, row.b, row.shared) == row.same);
  }
}
