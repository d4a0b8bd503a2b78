// Lines first, then sentence ends inside each line. A line break always ends
// a sentence in news text as published (headings, list items and captions
// stand on their own lines), except in hard-wrapped texts, which are detected
// once per text and whose paragraphs are joined back before splitting.
//
// Inside a line the only hard question is whether a dot ends a sentence. The
// word before the dot decides: a digit or an ordinary word ends it; an
// initial or a title ("Mr", "Gen", "St") never does; the abbreviations that
// may also close a sentence ("U.S.", "Corp.", "Inc.", "Sept.") end it only
// when the next word is one that usually opens a sentence ("The", "He",
// "However"), so "U.S. President" and "Wabtec Corp. for" stay whole while
// "based in the U.S. The company" is cut.
#include "src/sentences.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "src/string_table.h"

namespace kgraph {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
bool is_end_mark(char c) { return c == '.' || c == '!' || c == '?'; }
bool is_closer(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

UChar32 code_point_at(std::string_view s, std::size_t i) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  return c;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_one_of(std::string_view word, const WordSet& set) { return set.count(word) > 0; }

// Titles and Latin abbreviations: the next word belongs to the same sentence.
const WordSet kNeverEnd = {
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gov", "sen", "rep", "st", "sgt", "lt", "col", "capt",
    "cmdr", "adm", "maj", "hon", "rev", "fr", "pres", "supt", "vs", "cf", "approx", "dept", "est", "ft", "mt"};
// Abbreviations a sentence may end with.
const WordSet kMayEnd = {
    "corp", "inc", "ltd", "co", "plc", "llc", "bhd", "jr", "sr", "etc", "al", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "bros"};
// Words that stay with a number after them: "No. 5", "Sept. 22", and months
// written with a stray dot ("October. 23, 2023").
const WordSet kBeforeNumber = {
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "vol", "fig", "art", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"};
// Capitalised words that usually open a sentence.
const WordSet kSentenceOpeners = {
    "the", "a", "an", "it", "its", "he", "his", "she", "her", "they", "their", "we", "our", "i",
    "this", "that", "these", "those", "there", "in", "on", "at", "by", "for", "from", "with", "as",
    "after", "before", "during", "while", "when", "if", "but", "and", "or", "so", "yet", "however",
    "meanwhile", "also", "according", "both", "some", "many", "most", "all", "other", "such", "since",
    "under", "last", "next", "earlier", "later", "still", "what", "why", "how", "who", "now", "then",
    "today", "yesterday", "one", "no"};

// The word (letters and inner dots) that ends just before byte `dot`.
std::string_view word_before(std::string_view s, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (is_ascii_letter(s[b - 1]) || s[b - 1] == '.' || (s[b - 1] & 0x80))) --b;
  return s.substr(b, dot - b);
}

std::string_view word_at(std::string_view s, std::size_t i) {
  std::size_t e = i;
  while (e < s.size() && is_ascii_letter(s[e])) ++e;
  return s.substr(i, e - i);
}

// Whether the text at `i` (after a sentence mark and a space) may open a sentence.
bool opens_sentence(std::string_view s, std::size_t i) {
  char c = s[i];
  if (is_ascii_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if ((c & 0x80) == 0) return false;
  UChar32 cp = code_point_at(s, i);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp) || (u_isalpha(cp) && !u_islower(cp)));
}

// Whether the single dot at `dot`, followed by a space and `next`, ends a sentence.
bool dot_ends_sentence(std::string_view s, std::size_t dot, std::size_t next) {
  std::string_view word = word_before(s, dot);
  if (word.empty()) return true;  // after a digit, a bracket, a quote
  if (word.size() > 9 && word.find('.') == std::string_view::npos) return true;  // longer than any listed word
  if (word.size() == 1 && is_ascii_upper(word[0])) return false;  // an initial: "J. Smith"
  std::string lower = ascii_lower(word);
  if (is_one_of(lower, kNeverEnd) || lower == "e.g" || lower == "i.e") return false;
  if (is_digit(s[next]) && is_one_of(lower, kBeforeNumber)) return false;
  bool may_end = is_one_of(lower, kMayEnd) || lower.find('.') != std::string::npos;
  if (!may_end) return true;
  if (s[next] == '"' || s[next] == '\'') return true;
  return is_one_of(ascii_lower(word_at(s, next)), kSentenceOpeners);
}

// The next . ! or ? at or after a position, found with memchr (the scan over
// every byte of the text): the next of each mark is kept until passed, and
// "!" and "?" are rare, so each byte is looked at about once.
class EndMarks {
 public:
  explicit EndMarks(std::string_view s) : s_(s) {}
  // s.size() if none.
  std::size_t next(std::size_t i) {
    std::size_t found = s_.size();
    for (std::size_t m = 0; m < kMarks.size(); ++m) {
      if (next_[m] < i || next_[m] == kUnknown) next_[m] = find(kMarks[m], i);
      found = std::min(found, next_[m]);
    }
    return found;
  }

 private:
  static constexpr std::array<char, 3> kMarks = {'.', '!', '?'};
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  std::size_t find(char mark, std::size_t i) const {
    if (i >= s_.size()) return s_.size();
    const void* at = std::memchr(s_.data() + i, mark, s_.size() - i);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s_.data()) : s_.size();
  }

  std::string_view s_;
  std::array<std::size_t, 3> next_ = {kUnknown, kUnknown, kUnknown};
};

// The offsets just after each sentence end inside `s` (one line), one at a
// time, so that a line's ends need no list of their own.
class SentenceEnds {
 public:
  explicit SentenceEnds(std::string_view s) : s_(s), marks_(s) {}
  // The next end; s.size() once there is none left.
  std::size_t next() {
    for (std::size_t i = marks_.next(from_); i < s_.size(); i = marks_.next(from_)) {
      std::size_t after = i + 1;
      while (after < s_.size() && is_end_mark(s_[after])) ++after;
      std::size_t marks_end = after;
      while (after < s_.size() && is_closer(s_[after])) ++after;
      std::size_t next = after;
      while (next < s_.size() && is_space(s_[next])) ++next;
      bool ends_here = next > after && next < s_.size() && opens_sentence(s_, next);
      if (ends_here && s_[i] == '.' && marks_end == i + 1 && after == marks_end) ends_here = dot_ends_sentence(s_, i, next);
      from_ = after;
      if (ends_here) return after;
    }
    from_ = s_.size();
    return s_.size();
  }

 private:
  std::string_view s_;
  EndMarks marks_;
  std::size_t from_ = 0;
};

// Cuts [begin, end) of `s` into pieces of at most kMaxSentenceBytes, at spaces
// where possible, never inside a UTF-8 sequence.
void add_bounded(std::string_view s, std::size_t begin, std::size_t end, std::size_t base,
                 std::vector<Sentence>& out) {
  while (end - begin > kMaxSentenceBytes) {
    std::size_t cut = begin + kMaxSentenceBytes;
    std::size_t half = begin + kMaxSentenceBytes / 2;  // look back only this far, so the cut stays linear
    std::size_t space = s.substr(half, cut - half).rfind(' ');
    if (space != std::string_view::npos) cut = half + space;
    while (cut > begin && (s[cut] & 0xC0) == 0x80) --cut;
    std::size_t piece_end = cut;
    while (piece_end > begin && is_space(s[piece_end - 1])) --piece_end;
    out.push_back({.begin = base + begin, .end = base + piece_end});
    begin = cut;
    while (begin < end && is_space(s[begin])) ++begin;
  }
  if (end > begin) out.push_back({.begin = base + begin, .end = base + end});
}

// Capitalised words that open a sentence after a heading run into it.
const WordSet kHeadingBreakers = {"the", "for", "in", "on", "at", "as", "after", "before", "during", "while",
                                  "when", "since", "over", "this", "these", "it", "its", "with", "from", "but",
                                  "today", "yesterday", "last", "earlier", "according"};

bool starts_upper(std::string_view w) {
  return !w.empty() && (is_ascii_upper(w[0]) || ((w[0] & 0x80) && opens_sentence(w, 0)));
}

// A web page flattened to text runs a section heading into the paragraph
// under it: "From Balance to Initiative For three decades ...". The heading
// is a title-case run (every word of four letters or more capitalised) of at
// least two words, ended by a capitalised word that usually opens a sentence
// and followed by at least 60 bytes. Returns the heading's length with the
// spaces after it, or 0.
std::size_t glued_heading_length(std::string_view s) {
  std::size_t words = 0;
  bool previous_upper = false;
  for (std::size_t b = 0; b < s.size() && words < 14;) {
    std::size_t e = b;
    while (e < s.size() && s[e] != ' ' && s[e] != '\n') ++e;
    std::string_view w = s.substr(b, e - b);
    bool upper = starts_upper(w);
    if (words >= 2 && upper && previous_upper && s.size() - b >= 60 && is_one_of(ascii_lower(w), kHeadingBreakers))
      return s[b - 1 - (b >= 2 && s[b - 1] == ' ')] == ':' ? 0 : b;  // "CITY: The ..." is a dateline
    std::size_t letters = std::count_if(w.begin(), w.end(), is_ascii_letter);
    if (!upper && letters >= 4) return 0;  // not title case: ordinary prose
    if (e < s.size() && e > b && std::string_view(".!?,;").find(s[e - 1]) != std::string_view::npos) return 0;
    previous_upper = upper;
    ++words;
    b = e;
    while (b < s.size() && is_space(s[b])) ++b;
  }
  return 0;
}

std::vector<TextLine> raw_lines(std::string_view text) {
  std::vector<TextLine> lines;
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = std::min(text.find('\n', b), text.size());
    std::size_t lb = b, le = e;
    while (lb < le && is_space(text[lb])) ++lb;
    while (le > lb && is_space(text[le - 1])) --le;
    lines.push_back({lb, le});
    b = e + 1;
  }
  return lines;
}

std::size_t length(const TextLine& l) { return l.end - l.begin; }

bool ends_with_end_mark(std::string_view text, const TextLine& l) {
  std::size_t e = l.end;
  while (e > l.begin && is_closer(text[e - 1])) --e;
  return e > l.begin && is_end_mark(text[e - 1]);
}

// The width a hard-wrapped text is wrapped at: the longest line, when nearly
// all lines are at most 120 bytes and at least a fifth of the non-blank lines
// break a sentence (no end mark, and the next line goes on in lower case).
std::size_t wrap_width(std::string_view text, const std::vector<TextLine>& lines) {
  std::size_t non_blank = 0, broken = 0, widest = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    ++non_blank;
    widest = std::max(widest, length(lines[i]));
    bool next_lower = i + 1 < lines.size() && !lines[i + 1].empty() && is_ascii_lower(text[lines[i + 1].begin]);
    if (next_lower && !ends_with_end_mark(text, lines[i])) ++broken;
  }
  return (widest <= 120 && broken >= 2 && broken * 5 >= non_blank) ? widest : 0;
}

// In a wrapped text, a line goes on into the next unless the next is blank or a
// list item, or the line is a short one (a heading) and the next does not
// continue in lower case.
bool continues(std::string_view text, const TextLine& line, const TextLine& next, std::size_t width) {
  if (line.empty() || next.empty()) return false;
  std::string_view next_text = text.substr(next.begin, length(next));
  if (list_marker_length(next_text) > 0 || list_marker_length(text.substr(line.begin, length(line))) > 0) return false;
  return is_ascii_lower(next_text[0]) || length(line) * 10 >= width * 6;
}

// The sentence [begin, end) of line `s` at `base`, trimmed, with a heading
// run into it cut off as a sentence of its own.
void add_sentence(std::string_view s, std::size_t begin, std::size_t end, std::size_t base, std::vector<Sentence>& out) {
  while (begin < end && is_space(s[begin])) ++begin;
  while (end > begin && is_space(s[end - 1])) --end;
  if (std::size_t heading = glued_heading_length(s.substr(begin, end - begin)); heading > 0) {
    std::size_t heading_end = begin + heading;
    while (heading_end > begin && is_space(s[heading_end - 1])) --heading_end;
    add_bounded(s, begin, heading_end, base, out);
    begin += heading;
  }
  add_bounded(s, begin, end, base, out);
}

}  // namespace

std::size_t list_marker_length(std::string_view line) {
  std::size_t i = 0;
  if (line.rfind("\u2022", 0) == 0 || line.rfind("\u25CF", 0) == 0 || line.rfind("\u25AA", 0) == 0) i = 3;
  else if (!line.empty() && (line[0] == '-' || line[0] == '*' || line[0] == '+' || line[0] == '>')) i = 1;
  else if (!line.empty() && line[0] == '#') {
    while (i < line.size() && line[i] == '#') ++i;
  } else {
    while (i < line.size() && i < 3 && is_digit(line[i])) ++i;
    if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
  }
  if (i >= line.size() || line[i] != ' ') return 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines = raw_lines(text);
  std::size_t width = wrap_width(text, lines);
  if (width == 0) return lines;
  std::vector<TextLine> joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!joined.empty() && continues(text, lines[i - 1], lines[i], width)) joined.back().end = lines[i].end;
    else joined.push_back(lines[i]);
  }
  return joined;
}

void split_line(std::string_view text, const TextLine& line, std::vector<Sentence>& out) {
  std::string_view s = text.substr(line.begin, length(line));
  std::size_t begin = list_marker_length(s);
  SentenceEnds ends(s);
  for (;;) {
    std::size_t end = ends.next();
    if (end > begin) add_sentence(s, begin, end, line.begin, out), begin = end;
    if (end == s.size()) return;
  }
}

}  // namespace kgraph
