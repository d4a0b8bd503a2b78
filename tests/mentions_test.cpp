#include "src/mentions.h"

#include <doctest/doctest.h>

#include "tests/extract_printer.h"

using kgraph::testing::print_mentions;
using kgraph::testing::read_text;

TEST_CASE("find_mentions: names typed by their own words and by the words around them") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Norwegian Prime Minister Ingrid Solberg visited Oslo.",
       "[country Norway] [leader Ingrid Solberg]"},
      {"The deal was announced by Trade Minister Rafael Ortiz of Chile.",
       "[leader Rafael Ortiz] [country Chile]"},
      {"Brightwater Holdings Ltd. signed the contract.", "[firm Brightwater Holdings Ltd.]"},
      {"Loans came from Harbor Bank Kenya this year.", "[firm Harbor Bank Kenya]"},
      {"The plan works, said Senior Presidential Secretary for Trade Mina Park.", "[leader Mina Park]"},
      // A portfolio ends the office, however long the name after it.
      {"Kenyan Minister of Foreign Affairs Lam Anh Dung arrived.", "[country Kenya] [leader Lam Anh Dung]"},
      {"The Ministry of Water Resources opened a tender.", "[organization Ministry of Water Resources]"},
      {"The German carmaker Voltmark announced a plant.", "[country Germany] [firm Voltmark]"},
      {"Hollins, an Irish company, won the tender.", "[firm Hollins] [country Ireland]"},
      {"Economist Maria Lenz said growth was slowing.", "[person Maria Lenz]"},
      {"Peter Vance, chief executive of Brightwater Holdings Ltd., spoke first.",
       "[leader Peter Vance] [firm Brightwater Holdings Ltd.]"},
      {"The U.S. and Canada signed nothing.", "[country United States] [country Canada]"},
      {"Chile paid 4.2 U.S. billion dollars, or 900 million U.S. dollars a year.", "[country Chile]"},
      {"The rail company Northern Rail Freight (NRF) bought engines.", "[firm Northern Rail Freight]"},
      {"Tarvo Rail Lines (TRL), the national railway company of Peru, bought engines.",
       "[firm Tarvo Rail Lines] [country Peru]"},
      {"Kenya's President Daniel Mwangi arrived.", "[country Kenya] [leader Daniel Mwangi]"},
      {"President Omar el-Haddad arrived.", "[leader Omar el-Haddad]"},
      {"President Ana von der Berg arrived.", "[leader Ana von der Berg]"},
      {"It went to President Ana von", "[leader Ana]"},  // a particle last: no word after it to read
      // A country's official name, "of" and all, inside the title's run.
      {"The President of the Republic of Kenya Daniel Mwangi arrived.", "[country Kenya] [leader Daniel Mwangi]"},
      {"UN Secretary-General Helena Costa spoke.", "[organization United Nations] [leader Helena Costa]"},
      {"She met Mining Minister Rosa Queen and Water Minister Tom Prince.",
       "[leader Rosa Queen] [leader Tom Prince]"},
      {"UN Deputy Secretary-General Lena Moro spoke.", "[organization United Nations] [leader Lena Moro]"},
      {"Hallam Stone's analyst Ivo Brandt said so.", "[firm Hallam Stone] [person Ivo Brandt]"},
      {"The energy provider Kelvo said it would build a plant.", "[firm Kelvo]"},
      {"Chile's Minister of Mines and Water, Rosa Ibarra, opened the site.", "[country Chile] [leader Rosa Ibarra]"},
      {"Peru's envoy to Japan, Tomas Luna, said so.", "[country Peru] [country Japan] [leader Tomas Luna]"},
      {"Tomas Luna, Peru's envoy to Japan, said so.", "[leader Tomas Luna] [country Peru] [country Japan]"},
      {"Dalvik Ltd hired Ana Ruiz, Orvo chairman Ben Sato said.", "[firm Dalvik Ltd] [firm Orvo] [leader Ben Sato]"},
      {"He left for Quito, the minister's office said.", ""},
      {"Lena Park, the chief executive of Tolvik, spoke.", "[leader Lena Park] [firm Tolvik]"},
      {"Dana Ivo, the UN's secretary-general, spoke.", "[leader Dana Ivo] [organization United Nations]"},
      {"The buyer is the state rail operator, Norvia Rail, which runs trains.", "[firm Norvia Rail]"},
      {"After talks with the company, Mara Lind left.", ""},
      {"Farlow Ltd of Chile built it.", "[firm Farlow Ltd] [country Chile]"},
      {"Ostra Lines, a shipping company based in Valdor, won.", "[firm Ostra Lines]"},
      {"The Valdor-based Ostra Lines Ltd won.", "[firm Ostra Lines Ltd]"},  // "-based" is no part of the name
      {"It lent more than banks such as Orlen and Vesta.", "[firm Orlen] [firm Vesta]"},
      {"Tim Sol, chairman of Chile's Arko Ltd, spoke.", "[leader Tim Sol] [country Chile] [firm Arko Ltd]"},
      {"An analyst at Kerr Securities and a fellow at the Tessel Policy Lab agreed.",
       "[firm Kerr Securities] [organization Tessel Policy Lab]"},
      // A company cue of two words.
      {"It borrowed from the Irish lending institution Carrow Trust.", "[country Ireland] [firm Carrow Trust]"},
      {"It borrowed from the institution Carrow Trust.", ""},
      // A small word with a capital, between a title and a name, is a name.
      {"Kenyan Deputy Minister of Trade Do Van Lam spoke.", "[country Kenya] [leader Do Van Lam]"},
      {"Kenyan Deputy Minister of Trade To Van Lam spoke.", "[country Kenya] [leader To Van Lam]"},
      {"The Minister of Trade flew To Peru.", "[country Peru]"},
      {"Kenya bought engines from Orvo Rail.", "[country Kenya] [firm Orvo Rail]"},
      {"The zone grew in partnership with Kenya's KRC.", "[country Kenya]"},
      {"It met executives of Orvo Electric, Carrow and Tessel.", "[firm Orvo Electric] [firm Carrow] [firm Tessel]"},
      // "said X" names a speaker only when X ends the clause.
      {"The plan works, said Jo Roe.", "[person Jo Roe]"},
      {"The envoy said Lima was committed to the plan.", ""},
      // ", the company said" is a speaker, no apposition; ", a unit of Y" makes both firms.
      {"The plant opened in Kivu, the company said.", ""},
      {"Orvo, a unit of Carrow, opened a plant.", "[firm Orvo] [firm Carrow]"},
      // With no "and" it is a name and its apposition, no list.
      {"The deal went to Orvo Ltd, Tessel reported.", "[firm Orvo Ltd]"},
      // "US$" is a currency; a name before a spaced "$" is a name.
      {"Chile paid US$ 10 billion and will lend Peru $5 million.", "[country Chile] [country Peru]"},
      {"Orvo Ltd acquired Carrow for $2 billion.", "[firm Orvo Ltd] [firm Carrow]"},
      // The other side of an institution in "between A and B" is one too.
      {"It signed an MoU between the Kenya Investment Authority and Invest Peru.",
       "[organization Kenya Investment Authority] [organization Invest Peru]"},
      {"It signed an MoU with the Kenya Investment Authority and Invest Peru.",
       "[organization Kenya Investment Authority]"},
      {"Ana Ruiz met her Kenyan counterpart Tom Obi.", "[country Kenya] [leader Tom Obi]"},
      {"Siemo, the German engineering group, won the tender.", "[firm Siemo] [country Germany]"},
      // A title with a name after it is that name's, not the one before the comma.
      {"During the visit to Quito, Kenyan President Tom Obi spoke.", "[country Kenya] [leader Tom Obi]"},
      {"The deal was signed by Orvo CEO Ana Ruiz.", "[firm Orvo] [leader Ana Ruiz]"},
      {"Kenya's Carrow Power signed the deal.", "[country Kenya] [firm Carrow Power]"},
      // A nationality before a lone suffix word is part of the name.
      {"Kenyan Airlines signed a deal with Orvo Ltd.", "[firm Kenyan Airlines] [firm Orvo Ltd.]"},
      // A nationality opens a society's own name, not a ministry's.
      {"The Kenyan Society for Rural Growth and the Kenyan Ministry of Trade met.",
       "[organization Kenyan Society for Rural Growth] [organization Ministry of Trade]"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print_mentions(read_text(text)) == expected);
  }
}

TEST_CASE("find_mentions: headlines and common words are not names") {
  CHECK(print_mentions(read_text("Kenya Signs Big Railway Deal With Acme\n")) == "[country Kenya]");
  CHECK(print_mentions(read_text("Since then the talks stalled. Since June, growth has returned.")) == "");
  // A word the article writes in lower case is still a name after a possessive.
  CHECK(print_mentions(read_text("The ministry said so. Peru's Ministry of Mines agreed.")) ==
        "[country Peru] [organization Ministry of Mines]");
}

TEST_CASE("find_mentions: a user's rules type names the built-in lexicon leaves untyped") {
  kgraph::Lexicon lexicon = kgraph::built_in_lexicon();
  kgraph::merge_rules(lexicon, R"({"company_cues": ["ferry line"], "titles": {"rail tsar": "leader"}})",
                      "rules.json");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The Baltic ferry line Vilnor Sea opened a route.", "[firm Vilnor Sea]"},
      {"Rail tsar Jo Roe opened a line.", "[leader Jo Roe]"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    kgraph::testing::ReadText built_in = read_text(text);
    CHECK(print_mentions(built_in) != expected);
    kgraph::testing::ReadText r;
    r.article = kgraph::make_article("d0", "test.txt", text);
    r.mentions = kgraph::find_mentions(r.article, lexicon);
    CHECK(print_mentions(r) == expected);
  }
}
