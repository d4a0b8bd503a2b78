#include "src/words.h"

#include <doctest/doctest.h>
#include <unicode/locid.h>

#include <string>
#include <utility>
#include <vector>

using kgraph::Spelling;
using kgraph::SpellingCache;
using kgraph::Word;
using kgraph::WordKind;

namespace {

std::vector<Word> split_words(std::string_view sentence) {
  static SpellingCache spellings;  // lives as long as the words the tests keep
  return kgraph::split_words(sentence, spellings);
}

// "Wabtec's" -> "Wabtec:wabtec:C 's:'s:p": text, lower case, C capitalised,
// A all caps, n number, p punctuation.
std::string printed(const std::vector<Word>& words) {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += std::string(w.text) + ":" + std::string(w.lower) + ":";
    if (w.kind == WordKind::kNumber) out += 'n';
    if (w.kind == WordKind::kPunct) out += 'p';
    if (w.capitalized) out += 'C';
    if (w.all_caps) out += 'A';
  }
  return out;
}

}  // namespace

TEST_CASE("split_words: words, numbers and marks with their lower case and case flags") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Wabtec's U.S. unit", "Wabtec:wabtec:C 's:'s:p U.S.:u.s.:CA unit:unit:"},
      {"KTZ signed.", "KTZ:ktz:CA signed:signed: .:.:p"},
      {"Kassym-Jomart Tokayev", "Kassym-Jomart:kassym-jomart:C Tokayev:tokayev:C"},
      {"$4.2 billion", "$:$:p 4.2:4.2:n billion:billion:"},
      {"Wabtec Corp. in Astana.", "Wabtec:wabtec:C Corp.:corp.:C in:in: Astana:astana:C .:.:p"},
      {"T\u00fcrkiye and \u00d6ZT\u00dcRK", "T\u00fcrkiye:t\u00fcrkiye:C and:and: \u00d6ZT\u00dcRK:\u00f6zt\u00fcrk:CA"},
      {"a\u00a0b", "a:a: b:b:"},
      {"eBay iPhone X", "eBay:ebay: iPhone:iphone: X:x:C"},
  };
  for (const auto& [input, expected] : cases) {
    CAPTURE(input);
    CHECK(printed(split_words(input)) == expected);
  }
}

TEST_CASE("split_words: ASCII words take the same flags as through ICU") {
  // A combining mark keeps a word one word, adds no letter, and sends it
  // through the Unicode path.
  const std::string mark = "\u0301";
  for (const std::string word : {"Acme", "ACME", "acme", "A", "a1", "Ab-Cd", "X9Z", "mRNA", "U.S"}) {
    CAPTURE(word);
    std::vector<Word> ascii = split_words(word), marked = split_words(word + mark);
    REQUIRE(ascii.size() == 1);
    REQUIRE(marked.size() == 1);
    CHECK(marked[0].lower == std::string(ascii[0].lower) + mark);
    CHECK(marked[0].capitalized == ascii[0].capitalized);
    CHECK(marked[0].all_caps == ascii[0].all_caps);
  }
}

TEST_CASE("words: lower_case is the same in every locale (the Turkish dotless i is no trap)") {
  struct Case {
    const char* text;
    const char* lower;
  };
  const Case cases[] = {
      {"Minister", "minister"},
      {"IŞIK Enerji", "işik enerji"},
      {"İzmir", "i\u0307zmir"},  // root full case mapping keeps the dot as a combining mark
      {"STRAẞE Groß", "straße groß"},
      {"ÖMER", "ömer"},
  };
  const icu::Locale user = icu::Locale::getDefault();
  for (const char* locale : {"en_US", "tr_TR", "az_AZ", "lt_LT", "de_DE"}) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(icu::Locale(locale), status);
    for (const Case& c : cases) CHECK_MESSAGE(kgraph::lower_case(c.text) == c.lower, locale << ": " << c.text);
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale::setDefault(user, status);
}

TEST_CASE("split_words: a spelling is worked out and marked once, and restarting the cache keeps old words valid") {
  std::vector<std::string> marked;
  SpellingCache spellings([&](std::string_view text, Spelling& s) {
    marked.emplace_back(text);
    s.folded = "f:" + s.lower;
    s.marks = kgraph::kPronoun;
  });
  std::vector<Word> first = kgraph::split_words("He met him. He", spellings);
  CHECK(printed(first) == "He:he:C met:met: him:him: .:.:p He:he:C");
  CHECK(marked == std::vector<std::string>{"He", "met", "him", "."});
  CHECK(first[4].folded() == "f:he");
  CHECK(first[4].has(kgraph::kPronoun));
  // Past its bound the cache starts in new storage; words made before still
  // read their spellings while that storage is held.
  std::shared_ptr<const SpellingCache::Storage> held = spellings.storage();
  for (int i = 0; i < 140000; ++i) kgraph::split_words("w" + std::to_string(i), spellings);
  spellings.begin_article();
  CHECK(spellings.storage() != held);
  std::vector<Word> again = kgraph::split_words("He", spellings);
  CHECK(marked.back() == "He");
  CHECK(printed(first) == "He:he:C met:met: him:him: .:.:p He:he:C");
  CHECK(again[0].lower == "he");
}

TEST_CASE("split_words: the cache knows which lower-case forms the article writes not capitalized") {
  SpellingCache spellings;
  kgraph::split_words("Talks began. The eBay deal and IPHONE sales", spellings);
  const std::pair<std::string_view, bool> kRows[] = {
      {"began", true},  {"ebay", true},  {"deal", true},    {"sales", true},  // "eBay" is not capitalized
      {"talks", false}, {"the", false},  {"iphone", false}, {"ipho", false},  // capitalized, all caps, never written
  };
  for (auto [lowered, written] : kRows) CHECK_MESSAGE(spellings.written_lower_case(lowered) == written, lowered);
  // A new article starts with none; its own words count.
  spellings.begin_article();
  kgraph::split_words("The talks", spellings);
  CHECK(spellings.written_lower_case("talks"));
  CHECK_FALSE(spellings.written_lower_case("began"));
  CHECK_FALSE(spellings.written_lower_case("the"));
}
