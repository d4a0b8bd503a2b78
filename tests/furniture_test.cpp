#include "src/furniture.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace kgraph;

namespace {

// The text's non-blank lines, furniture marked "F|", content " |", one per line.
// "Disclaimer:" and then words up to `count` in all.
std::string disclaimer_of(int count) {
  std::string line = "Disclaimer:";
  for (int i = 1; i < count; ++i) line += " word";
  return line;
}

std::string print(std::string_view text) {
  std::vector<TextLine> lines = split_lines(text);
  std::vector<bool> flags = furniture_lines(text, lines);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    out += flags[i] ? "F| " : " | ";
    out += std::string(text.substr(lines[i].begin, lines[i].end - lines[i].begin)) + "\n";
  }
  return out;
}

const std::string kProse1 =
    "The regional rail operator signed a contract on Tuesday for forty new electric trains, the transport "
    "ministry said, adding that deliveries would begin within two years.";
const std::string kProse2 =
    "Officials said the trains would be built at a plant outside the capital, with local suppliers providing "
    "about half of the parts under a separate agreement with the maker.";
const std::string kProse3 =
    "The operator said the new trains would replace carriages built in the 1970s and cut journey times on the "
    "busiest routes by a quarter once the signalling upgrade is finished.";

}  // namespace

TEST_CASE("furniture_lines: one line at a time, by shape") {
  const std::vector<std::pair<std::string, bool>> cases = {
      {kProse1, false},
      {"Trains For The Capital: A New Era Begins", false},
      {"EUR 1.0842 +0.12%", true},
      {"Gold $2,310.5 -0.4%", true},
      {"AAA/BBB = 12.004 -1%", true},
      {"Page 3 of 12", true},
      {"Showing items 21 - 40 of 311", true},
      {"By Jane Roe", true},
      {"By Jane Roe and Li Wei, Newswire", true},
      {"By the end of the year, the line will be open.", false},
      {"By 2030 the network will double.", false},
      {"Edited by Sam Poe", true},
      {"Original author: Sam Poe", true},
      {"Reporter Jane Roe jroe@example.org", true},
      {"Jane ROE.", true},
      {"Photo: Press service", true},
      {"The minister at the plant on Monday. (Photo: Jane Roe)", true},
      {"Workers at the new depot in the north. (Jane Roe/NEWSWIRE PHOTOS)", true},
      {"The signing ceremony in the capital (Agency pic)", true},
      {"The premier arrives for talks. Photo courtesy of the press office/", true},
      {"The meeting (held in the capital) went well.", false},
      {"Disclaimer: The opinions here are the author's own.", true},
      {disclaimer_of(60), true},  // a notice is at most 60 words long
      {disclaimer_of(61), false},
      {disclaimer_of(70), false},
      {"Edited by Sam Poe and Jo Lee with Al Roe and Ed Fox and", true},  // 14 words
      {"Edited by Sam Poe and Jo Lee with Al Roe and Ed Fox and Bo", false},
      {"\u00a9 2024 Example Media. All rights reserved.", true},
      {"We use cookies to improve your experience on this site.", true},
      {"Subscribe to our daily newsletter", true},
      {"Share on Facebook", true},
      {"Facebook Twitter LinkedIn Email", true},
      {"Updated: 14 March 2024 10:05 GMT", true},
      {"Tuesday, March 12, 2024", true},
      {"March 12, 2024: talks resume in the capital with both delegations present", false},
      {"Politics", true},
      {"Latest news", true},
      {"Related:", true},
  };
  for (const auto& [line, furniture] : cases) {
    CAPTURE(line);
    std::vector<TextLine> lines = split_lines(line);
    REQUIRE(lines.size() == 1);
    CHECK(furniture_lines(line, lines)[0] == furniture);
  }
}

TEST_CASE("furniture_lines: a block heading marks the links after it, until prose returns") {
  std::string text = kProse1 + "\nMore from this section\n- Ferry Line Reopens After Storm Repairs\n" +
                     "- Port Authority Names New Chief\n\n" + kProse3 + "\n\n" + kProse2 + "\n";
  CHECK(print(text) == " | " + kProse1 +
                           "\n"
                           "F| More from this section\n"
                           "F| - Ferry Line Reopens After Storm Repairs\n"
                           "F| - Port Authority Names New Chief\n"
                           " | " + kProse3 + "\n | " + kProse2 + "\n");
}

TEST_CASE("furniture_lines: an end block runs to the end of the text") {
  std::string text = kProse1 + "\nRead more\n- Ferry Line Reopens\n" + kProse2 + "\n";
  CHECK(print(text) == " | " + kProse1 + "\nF| Read more\nF| - Ferry Line Reopens\nF| " + kProse2 + "\n");
}

TEST_CASE("furniture_lines: title-case headline lists, menus and repeated lines") {
  std::string text =
      "Home\nWorld\nBusiness\nSport\n\n" + kProse1 +
      "\n- Ferry Line Reopens After Storm Repairs\n- Port Authority Names New Chief\n"
      "- Grain Exports Reach Record High\n"
      "- the new line carries more passengers than planned\n\n"
      "A caption under the picture of the new depot\n" + kProse2 +
      "\nA caption under the picture of the new depot\n"
      "- trains will be tested in winter\n- the first ones arrive in spring\n- staff are being trained now\n";
  CHECK(print(text) == "F| Home\nF| World\nF| Business\nF| Sport\n | " + kProse1 +
                           "\n"
                           "F| - Ferry Line Reopens After Storm Repairs\n"
                           "F| - Port Authority Names New Chief\n"
                           "F| - Grain Exports Reach Record High\n"
                           "F| - the new line carries more passengers than planned\n"
                           " | A caption under the picture of the new depot\n | " + kProse2 +
                           "\n"
                           "F| A caption under the picture of the new depot\n"
                           " | - trains will be tested in winter\n"
                           " | - the first ones arrive in spring\n"
                           " | - staff are being trained now\n");
}

TEST_CASE("is_furniture_sentence: date lines, bylines and credits inside a line") {
  CHECK(is_furniture_sentence("March. 4, 2024 09:30."));
  CHECK(is_furniture_sentence("by Jane Roe jroe@example.org."));
  CHECK(is_furniture_sentence("(Photo: Jane Roe)"));
  CHECK(is_furniture_sentence("(Jane Roe/NEWSWIRE)"));
  CHECK_FALSE(is_furniture_sentence("The firm signed a deal on March 4, 2024."));
  CHECK_FALSE(is_furniture_sentence("(The firm later denied it.)"));
  CHECK_FALSE(is_furniture_sentence(""));
  // The year anywhere in the line: it is found by looking at every fourth byte.
  CHECK(is_furniture_sentence("Updated 4 March 2024"));
  CHECK(is_furniture_sentence("Updated 14 March 2024 GMT"));
  CHECK(is_furniture_sentence("By Jane Roe, 2024"));
  CHECK_FALSE(is_furniture_sentence("By 202 votes to 1 the motion passed in the end."));
}
