// Furniture is found in two passes. The first looks at each line alone: its
// shape (how many words, numbers, currency-like codes, words in lower case;
// whether it ends like a sentence) and its opening words (generic web-page
// vocabulary: "By", "Photo:", "Disclaimer", "Subscribe", never a site's own
// names). The second looks at runs of lines: repeats, runs of short lines
// (menus, tickers, promotion lines), lists of title-case headlines, and the
// blocks that follow a "Latest news"-style heading.
//
// A line is only read once per pass and never lower-cased whole unless it is
// short, so the cost stays linear in the text.
#include "src/furniture.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

#include "src/amounts.h"
#include "src/string_table.h"

namespace kgraph {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_digit(c) || is_upper(c) || is_lower(c) || (c & 0x80); }
char ascii_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower_prefix(std::string_view s, std::size_t n) {
  std::string out(s.substr(0, n));
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Rules read at most this many words or bytes of a line: furniture is short,
// so a long paragraph costs no more than a short one.
constexpr std::size_t kMaxTokens = 64;
constexpr std::size_t kMaxShortLine = 600;
constexpr std::size_t kLowerPrefix = 64;
// The rules that read a line's numbers, codes, lower-case words or e-mail
// address all want a line of at most this many words (is_ticker, is_byline):
// past it, words are only counted.
constexpr std::size_t kMaxClassified = 12;
// And no rule asks more of a line that is no list item than whether it has
// at most 14 words (is_byline), but for is_boilerplate, which counts again
// when it matches: past this many, its words are not even counted.
constexpr std::size_t kMaxCounted = 15;

bool starts_with_any(std::string_view lower, std::initializer_list<std::string_view> prefixes) {
  // The first byte first: nearly every line differs there from nearly every prefix.
  return !lower.empty() && std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) {
    return p[0] == lower[0] && lower.starts_with(p);
  });
}

// Whether `text` holds one of `parts` (given in lower case), ignoring ASCII
// case: lower-cased once (on the stack for a short line), then each part is
// a find(), which skips to its first byte.
bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts) {
  std::array<char, 512> small;
  std::string large;
  char* lower = small.data();
  if (text.size() > small.size()) large.resize(text.size()), lower = large.data();
  for (std::size_t i = 0; i < text.size(); ++i)
    lower[i] = ascii_lower(text[i]);
  std::string_view lowered(lower, text.size());
  return std::any_of(parts.begin(), parts.end(), [&](std::string_view p) { return lowered.find(p) != std::string_view::npos; });
}

// The first space at or after `i`, or s.size(): eight bytes a step (the
// classic test for a zero byte, on the bytes xor ' '; its lowest hit is
// always a real one), since this is the scan over every byte of a line.
std::size_t next_space(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kSpaces = 0x2020202020202020ull, kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    w ^= kSpaces;
    if (std::uint64_t zero = (w - kOnes) & ~w & kHighs; zero != 0) return i + std::countr_zero(zero) / 8;
  }
  while (i < s.size() && s[i] != ' ') ++i;
  return i;
}

// Calls `use` with each word of a line, split at spaces, with surrounding
// punctuation trimmed; at most `max_tokens` of them (furniture lines are short).
template <typename Use>
void for_each_token(std::string_view line, std::size_t max_tokens, Use&& use) {
  std::size_t count = 0;
  for (std::size_t b = 0; b < line.size() && count < max_tokens;) {
    std::size_t e = next_space(line, b);
    std::size_t tb = b, te = e;
    while (tb < te && !is_alnum(line[tb]) && line[tb] != '$' && line[tb] != '+' && line[tb] != '-') ++tb;
    while (te > tb && !is_alnum(line[te - 1]) && line[te - 1] != '%') --te;
    if (te > tb) use(line.substr(tb, te - tb)), ++count;
    b = e + 1;
  }
}

std::vector<std::string_view> tokens_of(std::string_view line, std::size_t max_tokens = kMaxTokens) {
  std::vector<std::string_view> tokens;
  for_each_token(line, max_tokens, [&](std::string_view t) { tokens.push_back(t); });
  return tokens;
}

struct Shape {
  std::string_view text = {};  // the line without its list marker
  std::array<char, kLowerPrefix> lower_bytes = {};  // the start of `text` in ASCII lower case
  std::size_t lower_size = 0;
  std::string_view lower() const { return {lower_bytes.data(), lower_size}; }
  bool long_line = false;      // more than kMaxShortLine bytes, or a list item of more than kMaxTokens words
  bool list_item = false;
  bool end_mark = false;    // ends with . ! ? (before closing quotes and brackets)
  int words = 0;            // tokens with a letter or a digit; kMaxCounted: that many or more, but in a list item
  // Of the first kMaxClassified words only, but for a list item's long_lower_words:
  int numbers = 0;          // tokens of digits and signs: "512.3", "+0.2", "-0.28%"
  int codes = 0;            // upper-case codes: "USD", "KZT/USD"
  int lower_words = 0;      // tokens opening with a lower-case letter
  int long_lower_words = 0; // ... of five letters or more (title-case headlines have none)
  bool email = false;
};

bool is_number_token(std::string_view t) {
  bool digit = false;
  for (char c : t) {
    if (is_digit(c)) digit = true;
    else if (c != '.' && c != ',' && c != '%' && c != '+' && c != '-' && c != '=' && c != '$' && c != '/') return false;
  }
  return digit;
}

bool is_code_token(std::string_view t) {
  int letters = 0;
  for (char c : t) {
    if (is_upper(c)) ++letters;
    else if (c != '/') return false;
  }
  return letters >= 2 && letters <= 7;
}

bool ends_with_end_mark(std::string_view s) {
  std::size_t e = s.size();
  while (e > 0 && (s[e - 1] == '"' || s[e - 1] == '\'' || s[e - 1] == ')' || s[e - 1] == ']')) --e;
  return e > 0 && (s[e - 1] == '.' || s[e - 1] == '!' || s[e - 1] == '?');
}

Shape shape_of(std::string_view line) {
  Shape shape;
  std::size_t marker = list_marker_length(line);
  shape.list_item = marker > 0 && line[0] != '#';
  shape.text = line.substr(marker);
  shape.end_mark = ends_with_end_mark(shape.text);
  shape.lower_size = std::min(shape.text.size(), kLowerPrefix);
  for (std::size_t i = 0; i < shape.lower_size; ++i)
    shape.lower_bytes[i] = ascii_lower(shape.text[i]);
  shape.long_line = shape.text.size() > kMaxShortLine;
  if (shape.long_line) return shape;  // no rule counts the words of a long paragraph
  std::size_t count = 0;
  bool at_sign = shape.text.find('@') != std::string_view::npos;  // seldom: no token is searched for one
  // A list item's words are all read, for mark_headline_lists.
  for_each_token(shape.text, shape.list_item ? kMaxTokens + 1 : kMaxCounted, [&](std::string_view t) {
    ++count;
    ++shape.words;
    if (count > kMaxClassified) {
      // Only a list item's long lower-case words still count (a lower-case
      // word is neither a number nor a code).
      shape.long_lower_words += shape.list_item && is_lower(t[0]) && t.size() >= 5;
      return;
    }
    if (at_sign && t.find('@') != std::string_view::npos && t.find('.') != std::string_view::npos) shape.email = true;
    if (is_number_token(t)) ++shape.numbers;
    else if (is_code_token(t)) ++shape.codes;
    else if (is_lower(t[0])) ++shape.lower_words, shape.long_lower_words += t.size() >= 5;
  });
  shape.long_line = count > kMaxTokens;
  return shape;
}

// ---------------------------------------------------------------- one line

// "USD 512.3 +0.2", "KZT/USD = 0.00198 -0%", "Brent 81.20 -1.1%"
bool is_ticker(const Shape& s) {
  return s.numbers >= 2 && s.lower_words == 0 && s.words <= 12 && (s.codes >= 1 || s.numbers * 2 >= s.words);
}

// "Page 2 of 7", "Showing results 11 - 20 of 85"
bool is_pagination(const Shape& s, std::string_view lower) {
  return s.words <= 8 && s.numbers >= 2 && s.words - s.numbers <= 4 && lower.find(" of ") != std::string_view::npos;
}

const WordSet kFunctionWords = {
    "the", "a", "an", "and", "of", "in", "on", "with", "for", "to", "at", "by", "from", "but", "or",
    "as", "who", "what", "why", "how", "is", "are", "was", "were", "new", "more", "not", "no"};

// Two or three capitalised words and nothing else: "Jane ROE." on its own line.
bool is_name_line(const Shape& s) {
  if (s.words < 2 || s.words > 3 || s.numbers > 0 || s.lower_words > 0 || s.list_item) return false;
  if (s.text.find_first_of(":?!;,\"()") != std::string_view::npos) return false;
  for (std::string_view t : tokens_of(s.text))
    if (kFunctionWords.count(lower_prefix(t, 16))) return false;
  return true;
}

// "By Jane Roe", "By Jane Roe and John Doe, Reuters", "Edited by ...", an e-mail line.
bool is_byline(const Shape& s, std::string_view lower) {
  if (starts_with_any(lower, {"original author", "author:", "authors:", "written by", "reported by",
                              "reporting by", "edited by", "editing by", "posted by", "story by", "text by",
                              "compiled by", "translated by", "additional reporting", "photos by",
                              "words by", "interview by", "produced by"}))
    return s.words <= 14;
  if (s.email && s.words <= 12) return true;
  if (!starts_with_any(lower, {"by "}) || s.words > 8) return false;
  std::vector<std::string_view> tokens = tokens_of(s.text);
  return std::all_of(tokens.begin() + 1, tokens.end(), [](std::string_view t) {
    return !is_lower(t[0]) || t == "and" || t.find('@') != std::string_view::npos;
  }) && !is_digit(tokens.size() > 1 ? tokens[1][0] : 'x');
}

const WordSet kCreditWords = {
    "photo", "photos", "pic", "pics", "picture", "pictures", "image", "images", "file", "credit",
    "courtesy", "handout", "video", "supplied", "photograph", "photography", "illustration"};

// A credit in brackets at the end: "(Photo: Jane Roe)", "(Jane Roe/AGENCY PHOTOS)", "(Agency pic)".
bool ends_with_credit(std::string_view text) {
  if (text.empty() || text.back() != ')') return false;
  std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view inner = text.substr(open + 1, text.size() - open - 2);
  std::vector<std::string_view> words = tokens_of(inner);
  if (words.empty() || words.size() > 8) return false;
  if (inner.find('/') != std::string_view::npos) return true;
  return std::any_of(words.begin(), words.end(), [](std::string_view w) {
    std::size_t colon = w.find(':');
    return kCreditWords.count(lower_prefix(w.substr(0, colon), 16)) > 0;
  });
}

bool is_caption(const Shape& s, std::string_view lower) {
  if (starts_with_any(lower, {"photo:", "photo by", "photo credit", "photos:", "photograph:", "image:",
                              "picture:", "pic:", "credit:", "credits:", "source:", "file photo",
                              "illustration:", "video:", "watch:", "listen:", "caption:"}))
    return true;
  // A credit inside the line: only in captions, which do not end like a sentence.
  if (!s.end_mark && s.text.size() <= 400 &&
      contains_any(s.text, {"photo courtesy", "photo credit", "(photo", "photo:", "image courtesy", "(file photo"}))
    return true;
  return ends_with_credit(s.text);
}

const WordSet kShareWords = {
    "share", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e-mail",
    "print", "copy", "link", "pinterest", "reddit", "vk", "messenger", "instagram", "youtube", "tiktok",
    "comments", "comment", "save", "this", "article", "on"};

bool is_share_line(const Shape& s) {
  if (s.words == 0 || s.words > 10) return false;
  std::vector<std::string_view> tokens = tokens_of(s.text);
  return std::all_of(tokens.begin(), tokens.end(), [](std::string_view t) { return kShareWords.count(lower_prefix(t, 16)); });
}

// Whether the line has more than `n` words, n >= kMaxCounted: counted again
// only when shape_of stopped counting.
bool has_more_words_than(const Shape& s, std::size_t n) {
  if (s.list_item || s.words < static_cast<int>(kMaxCounted)) return s.words > static_cast<int>(n);
  std::size_t count = 0;
  for_each_token(s.text, n + 1, [&](std::string_view) { ++count; });
  return count > n;
}

// Legal lines, notices and promotions (of at most 60 words).
bool is_boilerplate(const Shape& s, std::string_view lower) {
  bool notice = starts_with_any(lower, {"disclaimer", "copyright", "\u00a9", "(c) ", "all rights reserved",
                              "the views and opinions expressed", "the views expressed", "views expressed in",
                              "opinions expressed", "advertisement", "sponsored", "follow us", "share this",
                              "share on", "share:", "click here", "sign up", "subscribe", "download the app",
                              "download our app", "get all your news", "start reading", "we use cookies",
                              "this website uses cookies", "this site uses cookies", "accept cookies",
                              "accept all", "cookie", "privacy policy", "terms of use", "terms and conditions",
                              "skip to", "back to top", "log in", "sign in", "you are here", "newsletter"}) ||
                (s.text.size() <= 160 && contains_any(s.text, {"all rights reserved", "\u00a9", "cookies"}));
  return notice && !has_more_words_than(s, 60);
}

const WordSet kDateLineWords = {
    "published", "updated", "posted", "last", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "local",
    "time", "edt", "est", "cet", "cest", "bst", "ist", "msk", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "date", "modified"};

// A date and nothing else but a time, a weekday or "Updated": "07 March 2024 | 10:15 GMT".
// Looks at every fourth byte only: a run of four digits has a digit at each
// of them, so a byte that is none lets the next three go unread.
bool has_four_digits(std::string_view text) {
  for (std::size_t i = 3; i < text.size();) {
    if (!is_digit(text[i])) {
      i += 4;
      continue;
    }
    std::size_t b = i, e = i + 1;
    while (b > 0 && is_digit(text[b - 1])) --b;
    while (e < text.size() && is_digit(text[e])) ++e;
    if (e - b >= 4) return true;
    i = e + 4;  // text[e] is no digit: the next run's fourth digit is at e + 4 or later
  }
  return false;
}

bool is_date_line(std::string_view text) {
  if (text.size() > 100 || !has_four_digits(text)) return false;  // a date line writes its year
  std::vector<DateMention> dates = find_dates(text, "");
  if (dates.empty() || !dates.front().year_written) return false;
  std::string rest;
  std::size_t from = 0;
  for (const DateMention& d : dates) {
    rest.append(text.substr(from, d.begin - from)).push_back(' ');
    from = d.end;
  }
  rest.append(text.substr(from));
  for (std::string_view t : tokens_of(rest)) {
    std::string word = lower_prefix(t, 32);
    bool time = is_digit(word[0]) && (word.find(':') != std::string::npos || word.size() <= 2);
    if (!time && !kDateLineWords.count(word)) return false;
  }
  return true;
}

// A short heading that opens a block of links: "Latest news", "Related:", "Read more".
bool opens_block(const Shape& s, std::string_view lower) {
  if (s.words == 0 || s.words > 5 || s.text.size() > 40 || s.end_mark) return false;
  return starts_with_any(lower, {"latest", "related", "read also", "also read", "read more", "more news",
                                 "more stories", "more from", "more on this", "most read", "most popular",
                                 "popular", "trending", "recommended", "you may also like", "you might also like",
                                 "see also", "tags", "topics", "top stories", "editor's picks", "editors' picks",
                                 "what to read next", "further reading", "comments", "leave a comment",
                                 "subscribe", "newsletter", "sign up", "share this", "other news", "in other news",
                                 "more headlines", "headlines"});
}

bool is_furniture_alone(const Shape& s) {
  std::string_view lower = s.lower();
  if (s.long_line) return is_caption(s, lower) || is_boilerplate(s, lower);
  if (s.words == 1 && s.numbers == 0 && !s.end_mark) return true;  // "Politics", "Website"
  return is_ticker(s) || is_pagination(s, lower) || is_byline(s, lower) || is_caption(s, lower) ||
         is_boilerplate(s, lower) || is_share_line(s) || is_date_line(s.text) || is_name_line(s) ||
         opens_block(s, lower);
}

// ---------------------------------------------------------------- runs of lines

bool is_prose(const Shape& s) { return s.text.size() >= 150 && s.end_mark; }

// Repeats are compared as written, without final punctuation ("A caption" and "A caption.").
std::string_view repeat_key(std::string_view text) {
  while (!text.empty() && std::string_view(".!?\"' ").find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return text;
}

// A line said twice is furniture from its second time on; said three times or more, every time.
void mark_repeats(const std::vector<Shape>& shapes, std::vector<bool>& flags) {
  std::vector<std::pair<std::string_view, std::size_t>> lines;  // (key, line)
  for (std::size_t i = 0; i < shapes.size(); ++i)
    if (shapes[i].text.size() >= 12 && shapes[i].text.size() <= 1000) lines.emplace_back(repeat_key(shapes[i].text), i);
  std::sort(lines.begin(), lines.end());  // the lines of one key together, in text order
  for (std::size_t b = 0; b < lines.size();) {
    std::size_t e = b + 1;
    while (e < lines.size() && lines[e].first == lines[b].first) ++e;
    for (std::size_t k = e - b >= 3 ? b : b + 1; k < e; ++k) flags[lines[k].second] = true;
    b = e;
  }
}

// Three or more lines of at most four words in a row: menus, tickers, promotion lines.
void mark_short_runs(const std::vector<Shape>& shapes, std::vector<bool>& flags) {
  for (std::size_t i = 0; i < shapes.size();) {
    std::size_t j = i;
    while (j < shapes.size() && !shapes[j].text.empty() && shapes[j].words <= 4) ++j;
    if (j - i >= 3) std::fill(flags.begin() + i, flags.begin() + j, true);
    i = std::max(j, i + 1);
  }
}

// Three or more list items without final punctuation, mostly in title case.
void mark_headline_lists(const std::vector<Shape>& shapes, std::vector<bool>& flags) {
  for (std::size_t i = 0; i < shapes.size();) {
    std::size_t j = i, title_case = 0;
    while (j < shapes.size() && shapes[j].list_item && !shapes[j].end_mark) title_case += shapes[j++].long_lower_words == 0;
    if (j - i >= 3 && title_case * 2 >= j - i) std::fill(flags.begin() + i, flags.begin() + j, true);
    i = std::max(j, i + 1);
  }
}

// After a block heading, everything until two prose paragraphs in a row.
void mark_blocks(const std::vector<Shape>& shapes, std::vector<bool>& flags) {
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    if (!opens_block(shapes[i], shapes[i].lower())) continue;
    std::size_t j = i + 1;
    for (; j < shapes.size(); ++j) {
      if (!is_prose(shapes[j])) {
        flags[j] = true;
        continue;
      }
      std::size_t k = j + 1;
      while (k < shapes.size() && shapes[k].text.empty()) ++k;
      if (k < shapes.size() && is_prose(shapes[k])) break;
      flags[j] = true;
    }
    i = j;
  }
}

}  // namespace

std::vector<bool> furniture_lines(std::string_view text, const std::vector<TextLine>& lines) {
  std::vector<Shape> shapes;
  shapes.reserve(lines.size());
  for (const TextLine& l : lines) shapes.push_back(shape_of(text.substr(l.begin, l.end - l.begin)));
  std::vector<bool> flags(lines.size(), false);
  for (std::size_t i = 0; i < shapes.size(); ++i) flags[i] = !shapes[i].text.empty() && is_furniture_alone(shapes[i]);
  mark_repeats(shapes, flags);
  mark_short_runs(shapes, flags);
  mark_headline_lists(shapes, flags);
  mark_blocks(shapes, flags);
  return flags;
}

bool is_furniture_sentence(std::string_view sentence) {
  // Cheap exits first: these rules only ever match short sentences with a
  // year, a bracket, an "@" or an opening "by"/"photo"/"image"/"credit".
  if (sentence.size() > 200) return false;
  bool bracket = !sentence.empty() && sentence.front() == '(';
  std::string head = lower_prefix(sentence, 6);
  if (!bracket && !has_four_digits(sentence) && sentence.find('@') == std::string_view::npos &&
      !starts_with_any(head, {"by ", "photo", "image", "credit"}))
    return false;
  Shape s = shape_of(sentence);
  std::string_view lower = s.lower();
  if (is_date_line(s.text) || is_byline(s, lower)) return true;
  bool bracketed = !s.text.empty() && s.text.front() == '(' && s.text.back() == ')';
  return (bracketed && ends_with_credit(s.text)) || starts_with_any(lower, {"photo:", "photo by", "image:", "credit:"});
}

}  // namespace kgraph
