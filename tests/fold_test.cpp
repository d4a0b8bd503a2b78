#include "graph/fold.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using kgraph::fold_name;

TEST_CASE("fold_name: the scorer's normalisation, case by case") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Kassym-Jomart Tokayev", "kassym jomart tokayev"},
      {"Kassym\u2013Jomart  Tokayev", "kassym jomart tokayev"},
      {"U.S.", "us"},
      {"The United States", "united states"},
      {"the", "the"},
      {"Türkiye", "turkiye"},
      {"T\u00dcRK\u0130YE", "turkiye"},
      {"Wabtec's", "wabtec"},
      {"Wabtec\u2019s", "wabtec"},
      {"O'Neill", "oneill"},
      {"AT&T", "att"},
      {"Łódź", "lodz"},
      {"Æon", "aeon"},
      {"Москва", "москва"},
      {"  spaced\tout\n", "spaced out"},
      {"a/b\\c", "a b c"},
      {"", ""},
      {"...", ""},
      {"\xff\xfe" "Acme", "acme"},
  };
  for (const auto& [input, expected] : cases) {
    CAPTURE(input);
    CHECK(fold_name(input) == expected);
  }
}

TEST_CASE("fold_name: ASCII fast path agrees with the Unicode path") {
  // The same name with and without a non-ASCII character that folds away.
  CHECK(fold_name("Cafe\u0301 Group's") == fold_name("Cafe Group's"));
  CHECK(fold_name("\u201cAcme\u201d Corp.") == fold_name("\"Acme\" Corp."));
}

TEST_CASE("fold_name: the ASCII table agrees with the Unicode path for every byte") {
  // A final combining mark sends the text through ICU and folds away.
  const std::string mark = "\u0301";
  for (int c = 0; c < 128; ++c) {
    const std::string b(1, static_cast<char>(c));
    for (const std::string& text : {b, "a" + b + "b", "Ab" + b + "s", "ab'" + b, "The" + b + "x", b + " Acme"}) {
      CAPTURE(c);
      CAPTURE(text);
      CHECK(fold_name(text) == fold_name(text + mark));
    }
  }
}

TEST_CASE("fold_name: one space between words, none around them") {
  // Every byte between, before and after two words, on both paths.
  for (int c = 1; c < 128; ++c) {
    const std::string b(1, static_cast<char>(c));
    for (const std::string& text : {b + "Acme " + b + " Rail" + b, b + b + "The " + b + "Acme" + b + b + "s",
                                    " - " + b + "\u2013Acme\u00a0" + b + "/Rail\u3000"}) {
      CAPTURE(c);
      CAPTURE(text);
      std::string folded = fold_name(text);
      CHECK(folded.find("  ") == std::string::npos);
      CHECK((folded.empty() || (folded.front() != ' ' && folded.back() != ' ')));
    }
  }
}
