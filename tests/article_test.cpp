#include "src/article.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace kgraph;

namespace {

// "F|" for furniture, " |" for content: one sentence a line, then title and date.
std::string print(const Article& a) {
  std::string out = "title: " + a.title + "\ndate: " + a.date + "\n";
  for (const Sentence& s : a.sentences) out += (s.furniture ? "F| " : " | ") + std::string(a.sentence_text(s)) + "\n";
  return out;
}

// The reference: code point index of every byte, counted one byte at a time.
std::int64_t slow_code_point(const std::string& text, std::size_t byte) {
  std::int64_t count = 0;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count;
}

}  // namespace

TEST_CASE("make_article: a news page with title, date, dateline, body and furniture") {
  const std::string page =
      "Home\nWorld\nMarkets\n"
      "USD/ABC 12.31 +0.4%\n"
      "Rail Deal Signed as Leaders Meet in the Capital\n"
      "By Jane Roe\n"
      "Updated: 4 March 2024, 09:30\n"
      "\n"
      "RIVERTON \u2014 The transport ministers of two neighbouring states signed a \u201crail corridor\u201d "
      "agreement on Monday. Acme Corp. will supply 40 trains worth $1.2 billion.\n"
      "\n"
      "The ministers at the signing ceremony. (Photo: Press Office)\n"
      "\n"
      "Latest news\n"
      "- Port Reopens After Storm\n"
      "- Grain Prices Climb Again\n";
  Article a = make_article("d3", "page.txt", page);
  CHECK(print(a) ==
        "title: Rail Deal Signed as Leaders Meet in the Capital\n"
        "date: 2024-03-04\n"
        "F| Home\nF| World\nF| Markets\nF| USD/ABC 12.31 +0.4%\n"
        " | Rail Deal Signed as Leaders Meet in the Capital\n"
        "F| By Jane Roe\n"
        "F| Updated: 4 March 2024, 09:30\n"
        " | The transport ministers of two neighbouring states signed a \"rail corridor\" agreement on Monday.\n"
        " | Acme Corp. will supply 40 trains worth $1.2 billion.\n"
        "F| The ministers at the signing ceremony.\n"
        "F| (Photo: Press Office)\n"
        "F| Latest news\nF| Port Reopens After Storm\nF| Grain Prices Climb Again\n");
  CHECK(a.id == "d3");
  CHECK(a.path == "page.txt");
  CHECK(a.warnings.empty());
}

TEST_CASE("make_article: datelines are left out of their sentence and give the date") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"PORTVILLE : The two governments signed a memorandum on fisheries and agreed to meet again next spring.",
       "The two governments"},
      {"NORTH HAVEN: The two governments signed a memorandum on fisheries and agreed to meet again next spring.",
       "The two governments"},
      {"PORTVILLE, March 3 (Newswire) - The two governments signed a memorandum on fisheries and agreed to meet.",
       "The two governments"},
      {"Portville, March 3, 2024 - The two governments signed a memorandum on fisheries and agreed to meet soon.",
       "The two governments"},
      {"In 2024 - a hard year - the two governments signed a memorandum on fisheries and agreed to meet again.",
       "In 2024 - a hard"},
      {"Analysts: The two governments signed a memorandum on fisheries and agreed to meet again next spring.",
       "Analysts: The two"},
  };
  for (const auto& [text, start] : cases) {
    CAPTURE(text);
    Article a = make_article("d0", "x.txt", text);
    REQUIRE(a.sentences.size() == 1);
    CHECK(a.sentence_text(a.sentences[0]).substr(0, start.size()) == start);
  }
  CHECK(make_article("d0", "x.txt", cases[3].first).date == "2024-03-03");
}

TEST_CASE("make_article: text is normalised one code point per code point") {
  const std::string original = "\u201cIt\u2019s done,\u201d said the Minister\u00a0\u2014 in Z\u00fcrich\u2026\tyes\r\n";
  Article a = make_article("d0", "x.txt", original);
  CHECK(a.original == original);
  CHECK(a.text == "\"It's done,\" said the Minister - in Z\u00fcrich\u2026 yes \n");
  CHECK(a.chars() == 49);
  CHECK(a.code_point(a.text.size()) == a.chars());
  std::size_t zurich = a.text.find("Z\u00fc");
  CHECK(a.code_point(zurich) == 36);
  CHECK(a.original_text(zurich, zurich + 7) == "Z\u00fcrich");
  CHECK(a.original_text(0, 12) == "\u201cIt\u2019s done,\u201d");
}

TEST_CASE("make_article: code_point counts the code points before each byte of a long text") {
  std::string original;
  for (int i = 0; i < 40; ++i) original += i % 3 ? "Z\u00fcrich " : "\u4e2d\u6587 ok ";
  Article a = make_article("d0", "x.txt", original);
  std::int64_t before = 0;
  for (std::size_t i = 0; i < a.text.size(); ++i) {
    if ((static_cast<unsigned char>(a.text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    REQUIRE(a.code_point(i) == before);
    ++before;
  }
  CHECK(a.code_point(a.text.size()) == before);
  CHECK(a.chars() == before);
}

TEST_CASE("make_article: control characters of a long ASCII run become spaces, wherever they are") {
  // The run is read eight bytes at a time: a tab at each place in and across those steps.
  for (std::size_t at = 0; at < 24; ++at) {
    std::string original(24, 'a');
    original[at] = '\t';
    original[23 - at] = at == 23 - at ? '\t' : '\r';
    std::string expected(24, 'a');
    expected[at] = expected[23 - at] = ' ';
    CHECK(make_article("d0", "x.txt", original).text == expected);
  }
  CHECK(make_article("d0", "x.txt", "one\ntwo\vthree\ffour").text == "one\ntwo three four");
}

TEST_CASE("make_article: invalid UTF-8 is replaced and warned about with its byte offset") {
  Article a = make_article("d0", "bad.txt", std::string("ok \xff\xfe then \xc3", 12));
  CHECK(a.original == "ok \uFFFD\uFFFD then \uFFFD");
  CHECK(a.warnings == std::vector<std::string>{"bad.txt: invalid UTF-8 at byte 3, replaced by U+FFFD (3 sequences in all)"});
  CHECK(a.chars() == 12);
}

TEST_CASE("make_article: sha256 of the bytes as read, chars of an empty text") {
  Article a = make_article("d0", "e.txt", "");
  CHECK(a.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(a.chars() == 0);
  CHECK(a.sentences.empty());
  CHECK(a.code_point(0) == 0);
  CHECK(a.original_text(0, 0) == "");
}

TEST_CASE("Article::code_point and original_text agree with a byte-by-byte count") {
  std::string text;
  const char* pieces[] = {"plain ascii words ", "\u00e9t\u00e9 ", "\u2014", "\u4e2d\u6587 ", "\U0001F600",
                          "\u2019s ", "x", "\u00a0", "\n"};
  for (int i = 0; i < 700; ++i) text += pieces[(i * 7 + i / 3) % 9];
  Article a = make_article("d0", "mix.txt", text);
  REQUIRE(a.text.size() < a.original.size());
  for (std::size_t b = 0; b <= a.text.size(); ++b) {
    if (b < a.text.size() && (static_cast<unsigned char>(a.text[b]) & 0xC0) == 0x80) continue;
    REQUIRE(a.code_point(b) == slow_code_point(a.text, b));
  }
  CHECK(a.chars() == slow_code_point(a.original, a.original.size()));
  // Evidence text: every sentence's original is the same number of code points.
  for (const Sentence& s : a.sentences) {
    std::string original = a.original_text(s.begin, s.end);
    CHECK(slow_code_point(original, original.size()) == a.code_point(s.end) - a.code_point(s.begin));
  }
  CHECK(a.original_text(0, a.text.size()) == a.original);
}
