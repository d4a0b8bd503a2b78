// Splitting walks code points once. A word is a run of letters, digits,
// inner apostrophes, hyphens and dots; a dot stays in a word only when it is
// an abbreviation's ("U.S.", "Corp.", a single initial "J."), so sentence-final
// dots and the dots of "Astana." stay punctuation.
#include "src/words.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace kgraph {
namespace {

// Abbreviations whose dot belongs to the word even at a sentence end.
constexpr std::array<std::string_view, 30> kDottedAbbreviations = {
    "corp", "inc", "ltd", "co", "bhd", "plc", "jr", "sr", "mr", "mrs", "ms", "dr", "st",
    "gen", "gov", "sen", "rep", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept",
    "sep", "oct", "nov", "dec", "prof"};

struct CodePoint {
  UChar32 c = 0;
  std::size_t end = 0;  // byte just after it
};

// The ICU tests below for each ASCII code point, asked once: nearly every
// character of English news is ASCII, and a table look-up is much cheaper
// than a call into ICU per character.
struct AsciiClass {
  std::array<bool, 128> letter_or_digit = {};
  std::array<bool, 128> space = {};
  std::array<bool, 128> alpha = {};
  std::array<bool, 128> upper = {};  // upper or title case
  std::array<bool, 256> word_byte = {};  // an ASCII letter or digit; false for any byte of a longer code point
};

AsciiClass make_ascii_class() {
  AsciiClass t;
  for (UChar32 c = 0; c < 128; ++c) {
    t.letter_or_digit[c] = u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
    t.space[c] = u_isspace(c);
    t.alpha[c] = u_isalpha(c);
    t.upper[c] = u_isupper(c) || u_istitle(c);
    t.word_byte[c] = t.letter_or_digit[c];
  }
  return t;
}

// Made before main: a function-local static would cost a guard test per character.
const AsciiClass kAscii = make_ascii_class();

CodePoint decode_utf8(std::string_view s, std::size_t i) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return {c < 0 ? 0xFFFD : c, static_cast<std::size_t>(pos)};
}

// Small enough to inline: ASCII needs no decoding.
CodePoint code_point_at(std::string_view s, std::size_t i) {
  if (static_cast<unsigned char>(s[i]) < 0x80) return {static_cast<unsigned char>(s[i]), i + 1};
  return decode_utf8(s, i);
}

bool is_letter_or_digit(UChar32 c) {
  if (c < 0x80) return kAscii.letter_or_digit[c];
  return u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK;
}
bool is_space(UChar32 c) { return c < 0x80 ? kAscii.space[c] : u_isspace(c) || c == 0xA0; }
bool is_alpha(UChar32 c) { return c < 0x80 ? kAscii.alpha[c] : u_isalpha(c); }
bool is_upper(UChar32 c) { return c < 0x80 ? kAscii.upper[c] : u_isupper(c) || u_istitle(c); }

// Joiners continue a word only when a letter or digit follows them.
bool is_joiner(UChar32 c) { return c == '-' || c == '\'' || c == '.' || c == '&'; }

bool is_dotted_abbreviation(std::string_view lowered) {
  if (lowered.size() == 1) return true;  // an initial
  if (lowered.find('.') != std::string_view::npos) return true;  // "u.s" of "U.S."
  return std::find(kDottedAbbreviations.begin(), kDottedAbbreviations.end(), lowered) !=
         kDottedAbbreviations.end();
}

void set_case_flags(std::string_view text, Spelling& spelling) {
  int letters = 0, upper = 0;
  bool first = true;
  for (std::size_t i = 0; i < text.size();) {
    CodePoint cp = code_point_at(text, i);
    i = cp.end;
    if (!is_alpha(cp.c)) continue;
    ++letters;
    bool upper_case = is_upper(cp.c);
    if (first) spelling.capitalized = upper_case;
    first = false;
    if (upper_case) ++upper;
  }
  spelling.all_caps = letters >= 2 && upper == letters;
}

// Scans one word from `i`; returns its end.
std::size_t scan_word(std::string_view s, std::size_t i) {
  std::size_t end = i;
  while (end < s.size()) {
    // Nearly every byte of a word is an ASCII letter or digit: one look-up each.
    while (end < s.size() && kAscii.word_byte[static_cast<unsigned char>(s[end])]) ++end;
    if (end == s.size()) break;
    CodePoint cp = code_point_at(s, end);
    if (is_letter_or_digit(cp.c)) {
      end = cp.end;
      continue;
    }
    if (!is_joiner(cp.c) || cp.end >= s.size()) break;
    // "'s" at a word's end is a possessive: a word of its own.
    if (cp.c == '\'' && (s[cp.end] == 's' || s[cp.end] == 'S') &&
        (cp.end + 1 >= s.size() || !is_letter_or_digit(code_point_at(s, cp.end + 1).c)))
      break;
    if (!is_letter_or_digit(code_point_at(s, cp.end).c)) break;
    end = cp.end;
  }
  return end;
}

// lower_case() and set_case_flags() of an ASCII word (nearly every word of
// English news) in one pass; false, with the spelling half filled, if it is not ASCII.
bool fill_ascii(std::string_view text, Spelling& spelling) {
  spelling.lower.resize(text.size());
  int letters = 0, upper = 0;
  bool first_upper = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return false;
    spelling.lower[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (!kAscii.alpha[c]) continue;
    if (letters++ == 0) first_upper = kAscii.upper[c];
    upper += kAscii.upper[c];
  }
  if (spelling.kind == WordKind::kWord) {
    spelling.capitalized = first_upper;
    spelling.all_caps = letters >= 2 && upper == letters;
  }
  return true;
}

bool starts_with_digit(std::string_view s, std::size_t i) { return s[i] >= '0' && s[i] <= '9'; }

// split_words cuts a word, a number or a mark: the first code point tells which.
WordKind kind_of(std::string_view text) {
  if (starts_with_digit(text, 0)) return WordKind::kNumber;
  return is_letter_or_digit(code_point_at(text, 0).c) ? WordKind::kWord : WordKind::kPunct;
}

Spelling make_spelling(std::string_view text) {
  Spelling spelling{.kind = kind_of(text)};
  if (fill_ascii(text, spelling)) return spelling;
  spelling.lower = lower_case(text);
  if (spelling.kind == WordKind::kWord) set_case_flags(text, spelling);
  return spelling;
}

// Past this many spellings a cache starts again, so that memory follows the
// vocabulary of a few articles, not that of the whole corpus.
constexpr std::size_t kMaxSpellings = 1 << 17;

}  // namespace

std::string lower_case(std::string_view text) {
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii) {
    std::string out(text);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower(icu::Locale::getRoot())  // not the user's locale: in tr_TR, "I" would lower to dotless "ı"
      .toUTF8String(out);
  return out;
}

SpellingCache::SpellingCache(Marker mark) : mark_(std::move(mark)), storage_(std::make_shared<Storage>()) {}

Spelling& SpellingCache::entry(std::string_view text) {
  if (Spelling* known = storage_->find(text)) return *known;
  return add(text);
}

// Apart from entry(), and never inlined into it: a look-up that finds the
// spelling (nearly every one) then runs with no part of this in its way.
[[gnu::noinline]] Spelling& SpellingCache::add(std::string_view text) {
  Spelling& spelling = storage_->add(text, make_spelling(text));
  if (mark_) mark_(text, spelling);
  if (spelling.kind == WordKind::kWord && !spelling.capitalized && !spelling.all_caps) {
    // A recursion of one step at most: the lower-case form is its own lower-case form.
    spelling.lower_case_entry = spelling.lower == text ? &spelling : nullptr;
    if (!spelling.lower_case_entry) {
      std::string lower = spelling.lower;  // entry() may add spellings, never move one
      spelling.lower_case_entry = &entry(lower);
    }
  }
  return spelling;
}

const Spelling& SpellingCache::spelling(std::string_view text) { return entry(text); }

const Spelling& SpellingCache::written(std::string_view text) {
  Spelling& spelling = entry(text);
  if (spelling.lower_case_entry) spelling.lower_case_entry->written_in = article_;
  return spelling;
}

void SpellingCache::begin_article() {
  ++article_;
  if (storage_->size() > kMaxSpellings) storage_ = std::make_shared<Storage>();
}

bool SpellingCache::written_lower_case(std::string_view lowered) const {
  const Spelling* spelling = storage_->find(lowered);
  return spelling && spelling->written_in == article_;
}

std::vector<Word> split_words(std::string_view s, SpellingCache& spellings) {
  std::vector<Word> words;
  words.reserve(s.size() / 5 + 1);  // about five bytes a word in news: seldom a regrowth
  auto add = [&](std::size_t begin, std::size_t end) {
    std::string_view text = s.substr(begin, end - begin);
    const Spelling& sp = spellings.written(text);
    words.push_back(Word{.begin = static_cast<std::uint32_t>(begin), .end = static_cast<std::uint32_t>(end),
                         .text = text, .lower = sp.lower, .spelling = &sp, .marks = sp.marks, .kind = sp.kind,
                         .capitalized = sp.capitalized, .all_caps = sp.all_caps});
  };
  for (std::size_t i = 0; i < s.size();) {
    CodePoint cp = code_point_at(s, i);
    if (is_space(cp.c)) {
      i = cp.end;
      continue;
    }
    if (!is_letter_or_digit(cp.c)) {
      if (cp.c == '\'' && cp.end < s.size() && (s[cp.end] == 's' || s[cp.end] == 'S') &&
          (cp.end + 1 >= s.size() || !is_letter_or_digit(code_point_at(s, cp.end + 1).c)) &&
          !words.empty() && words.back().end == i) {
        add(i, cp.end + 1);
        i = cp.end + 1;
        continue;
      }
      add(i, cp.end);
      i = cp.end;
      continue;
    }
    std::size_t end = scan_word(s, i);
    if (end < s.size() && s[end] == '.' && !starts_with_digit(s, i) &&
        is_dotted_abbreviation(spellings.spelling(s.substr(i, end - i)).lower))
      ++end;
    add(i, end);
    i = end;
  }
  return words;
}

}  // namespace kgraph
