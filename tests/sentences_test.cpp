#include "src/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace kgraph;

namespace {

// The sentences of a text, each in brackets: "[One.] [Two.]"; lines apart by " / ".
std::string print(std::string_view text) {
  std::string out;
  for (const TextLine& line : split_lines(text)) {
    std::vector<Sentence> sentences;
    split_line(text, line, sentences);
    if (sentences.empty()) continue;
    if (!out.empty()) out += " / ";
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (i > 0) out += " ";
      out += "[" + std::string(text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin)) + "]";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("split_line: where sentences end inside a line") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The board met. It approved the plan.", "[The board met.] [It approved the plan.]"},
      {"Did they agree? Yes! They did.", "[Did they agree?] [Yes!] [They did.]"},
      {"U.S. Trade Representative Jane Roe arrived.", "[U.S. Trade Representative Jane Roe arrived.]"},
      {"The firm is based in the U.S. The rest is abroad.", "[The firm is based in the U.S.] [The rest is abroad.]"},
      {"He left the U.K. Parliament early.", "[He left the U.K. Parliament early.]"},
      {"Acme Corp. Chairman Bo Li spoke. He was brief.", "[Acme Corp. Chairman Bo Li spoke.] [He was brief.]"},
      {"They chose Acme Inc. The deal closed.", "[They chose Acme Inc.] [The deal closed.]"},
      {"Orders went to Rail Co. Ltd. for trains.", "[Orders went to Rail Co. Ltd. for trains.]"},
      {"Mr. Roe and Mrs. Doe met Dr. Poe.", "[Mr. Roe and Mrs. Doe met Dr. Poe.]"},
      {"Gen. Ray, Gov. Kim, Sen. Ash and Rep. Bly came.", "[Gen. Ray, Gov. Kim, Sen. Ash and Rep. Bly came.]"},
      {"It was signed on Sept. 9 in the capital.", "[It was signed on Sept. 9 in the capital.]"},
      {"Talks ended Jan. 30. Trade resumed in Feb. A deal followed.",
       "[Talks ended Jan. 30.] [Trade resumed in Feb.] [A deal followed.]"},
      {"Resolution No. 12 passed. Item No. 4 did not.", "[Resolution No. 12 passed.] [Item No. 4 did not.]"},
      {"J. R. Smith and A. Jones signed.", "[J. R. Smith and A. Jones signed.]"},
      {"The deal is worth $4.2 billion. Shares rose 1.5%.", "[The deal is worth $4.2 billion.] [Shares rose 1.5%.]"},
      {"Revenue hit 1.5bn. Costs fell.", "[Revenue hit 1.5bn.] [Costs fell.]"},
      {"Small firms, e.g. Acme, and big ones, i.e. Bolt, joined.", "[Small firms, e.g. Acme, and big ones, i.e. Bolt, joined.]"},
      {"It was Acme vs. Bolt. Acme won.", "[It was Acme vs. Bolt.] [Acme won.]"},
      {"\"We will sign,\" she said. \"Soon.\" Then she left.", "[\"We will sign,\" she said.] [\"Soon.\"] [Then she left.]"},
      {"He said: \"It is done.\" The room cheered.", "[He said: \"It is done.\"] [The room cheered.]"},
      {"\"Why now?\" he asked.", "[\"Why now?\" he asked.]"},
      {"The team (led by Roe.) left. Others stayed.", "[The team (led by Roe.) left.] [Others stayed.]"},
      {"It grew in 2024. In 2025 it slowed.", "[It grew in 2024.] [In 2025 it slowed.]"},
      {"Visit St. Petersburg. See the port...", "[Visit St. Petersburg.] [See the port...]"},
      {"Wait... The results came.", "[Wait...] [The results came.]"},
      {"The Élysée hosted it. Émile came.", "[The Élysée hosted it.] [Émile came.]"},
      {"version 2.0 shipped. next one soon", "[version 2.0 shipped. next one soon]"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print(text) == expected);
  }
}

TEST_CASE("split_lines: blank lines, headings and list items end sentences") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A Headline Without a Stop\nThe body starts here. It goes on.",
       "[A Headline Without a Stop] / [The body starts here.] [It goes on.]"},
      {"First paragraph\n\nSecond paragraph.", "[First paragraph] / [Second paragraph.]"},
      {"Key points:\n- Acme buys 40 trams\n- Bolt Ltd. supplies rails\n* A third item",
       "[Key points:] / [Acme buys 40 trams] / [Bolt Ltd. supplies rails] / [A third item]"},
      {"1. First step\n2) Second step\n## A heading\n> A quote.",
       "[First step] / [Second step] / [A heading] / [A quote.]"},
      {"  indented line  \r\n\r\n", "[indented line]"},
      {"", ""},
      {"\n\n\n", ""},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print(text) == expected);
  }
}

TEST_CASE("split_line: a heading run into its paragraph is a sentence of its own") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"New Routes to the Sea The port will handle twice the cargo by the end of the decade, officials said.",
       "[New Routes to the Sea] [The port will handle twice the cargo by the end of the decade, officials said.]"},
      {"It was late. Talks and Outcomes According to the ministry, both sides agreed to meet again in May.",
       "[It was late.] [Talks and Outcomes] [According to the ministry, both sides agreed to meet again in May.]"},
      {"South Korean President Lee Min met the delegation in the capital to discuss trade and rail links.",
       "[South Korean President Lee Min met the delegation in the capital to discuss trade and rail links.]"},
      {"Acme Rail The Company is a name, and this sentence is long enough to be split if it were a heading.",
       "[Acme Rail] [The Company is a name, and this sentence is long enough to be split if it were a heading.]"},
      {"The Hague Court In short.", "[The Hague Court In short.]"},
      {"Officials in The Hague said the court would rule on the border case before the end of the year.",
       "[Officials in The Hague said the court would rule on the border case before the end of the year.]"},
  };
  for (const auto& [text, expected] : cases) {
    CAPTURE(text);
    CHECK(print(text) == expected);
  }
}

TEST_CASE("split_lines: a hard-wrapped text has its paragraphs joined") {
  std::string text =
      "The two ministers met in the capital on Monday to discuss a new rail\n"
      "agreement between their countries. Acme Corp. of the U.S. will supply\n"
      "forty locomotives under the contract, officials said in a statement\n"
      "after the meeting.\n"
      "\n"
      "Background\n"
      "The talks began last year when both governments agreed to widen the\n"
      "railway network and to buy new trains for the national carrier.\n";
  CHECK(print(text) ==
        "[The two ministers met in the capital on Monday to discuss a new rail\nagreement between their "
        "countries.] [Acme Corp. of the U.S. will supply\nforty locomotives under the contract, officials said in a "
        "statement\nafter the meeting.] / [Background] / [The talks began last year when both governments agreed to "
        "widen the\nrailway network and to buy new trains for the national carrier.]");
}

TEST_CASE("split_line: a very long run is cut at spaces into bounded sentences") {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "word ";
  std::vector<TextLine> lines = split_lines(text);
  REQUIRE(lines.size() == 1);
  std::vector<Sentence> sentences;
  split_line(text, lines[0], sentences);
  CHECK(sentences.size() >= 3);
  for (const Sentence& s : sentences) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK(text[s.begin] == 'w');
    CHECK(text[s.end - 1] == 'd');
  }
}

TEST_CASE("split_line: appends to the sentences already there") {
  const std::string text = "One here. Two there.\nThree.";
  std::vector<TextLine> lines = split_lines(text);
  REQUIRE(lines.size() == 2);
  std::vector<Sentence> sentences;
  for (const TextLine& line : lines) split_line(text, line, sentences);
  REQUIRE(sentences.size() == 3);
  CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) == "Two there.");
  CHECK(text.substr(sentences[2].begin, sentences[2].end - sentences[2].begin) == "Three.");
}

TEST_CASE("split_line: a run without spaces is cut between code points") {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "\u00e9";
  std::vector<TextLine> lines = split_lines(text);
  std::vector<Sentence> sentences;
  split_line(text, lines[0], sentences);
  REQUIRE(sentences.size() == 3);
  std::size_t covered = 0;
  for (const Sentence& s : sentences) {
    CHECK(s.end - s.begin <= kMaxSentenceBytes);
    CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);
    covered += s.end - s.begin;
  }
  CHECK(covered == text.size());
}

TEST_CASE("list_marker_length") {
  CHECK(list_marker_length("- item") == 2);
  CHECK(list_marker_length("\u2022 item") == 4);
  CHECK(list_marker_length("12. item") == 4);
  CHECK(list_marker_length("### Title") == 4);
  CHECK(list_marker_length("-0.28%") == 0);
  CHECK(list_marker_length("2025. The year") == 0);
  CHECK(list_marker_length("plain") == 0);
}
