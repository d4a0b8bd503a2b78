// Words: one sentence cut into words, numbers and punctuation marks, the unit
// that mention finding and relation reading walk over.
//
// Guarantees: words come in text order and do not overlap; offsets are bytes
// of the sentence given, [begin, end). A final possessive is its own word
// ("Wabtec's" -> "Wabtec" "'s"); inner dots stay in a word ("U.S.", "Corp."
// keeps its dot); hyphenated words stay whole ("Kassym-Jomart",
// "Pittsburgh-based"). `lower` is the word lower-cased (Unicode-aware).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

enum class WordKind { kWord, kNumber, kPunct };

// What the lexicon says of a word's lower-case form. find_mentions
// (mentions.h) looks each word up once and keeps the answer here, so the
// stages after it test a bit instead of hashing the word again and again;
// split_words leaves it empty.
enum WordMark : unsigned char {
  kSignedTrigger = 1 << 0,      // Lexicon::is_trigger("signed", lower)
  kMetWithTrigger = 1 << 1,     // ... "met-with"
  kInvestedInTrigger = 1 << 2,  // ... "invested-in"
  kBasedInTrigger = 1 << 3,     // ... "based-in"
  kDealNoun = 1 << 4,           // Lexicon::deal_nouns holds lower
};

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view text = {};
  std::string lower = {};
  WordKind kind = WordKind::kWord;
  bool capitalized = false;  // the first letter is upper case
  bool all_caps = false;     // two or more letters, none lower case: "KTZ", "U.S."
  unsigned char marks = 0;   // WordMark bits

  bool has(WordMark mark) const { return (marks & mark) != 0; }

  bool is(std::string_view lowered) const { return lower == lowered; }
};

std::vector<Word> split_words(std::string_view sentence);

// The lower-cased form of UTF-8 text (ICU full case mapping, ASCII fast path),
// the same in every locale: "IŞIK" is "işik" even where LANG=tr_TR.UTF-8.
std::string lower_case(std::string_view text);

}  // namespace kgraph
