// An article is made in four steps:
//  1. decode: ASCII runs are copied as they are (tabs and carriage returns
//     become spaces in `text`); every other code point is decoded, replaced
//     by U+FFFD when invalid, and mapped to its normalised form, which is one
//     code point again. Offsets are kept as checkpoints, not per code point:
//     the number of code points before each 64-byte block of `text`, and the
//     byte in `original` of every 64th code point. A lookup is then one table
//     read plus a walk of at most 64 bytes or 64 code points.
//  2. lines and sentences (sentences.h), furniture (furniture.h);
//  3. a dateline opening one of the first lines is cut off its sentence;
//  4. the title is the first line of content that looks like a headline; the
//     date comes from a dateline or from a date line near the top.
#include "src/article.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "src/amounts.h"
#include "src/furniture.h"
#include "src/sha256.h"

namespace kgraph {
namespace {

constexpr std::size_t kBlock = 64;  // bytes of `text` per code point checkpoint
constexpr std::size_t kStep = 64;   // code points per `original` checkpoint

// ---------------------------------------------------------------- decoding

// The normalised form of one code point: still one code point.
UChar32 normalised(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x02BB: case 0x00B4:
    case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x200B: case 0xFEFF: case 0x0085:
      return c == 0x0085 ? '\n' : ' ';
    case 0x2028: case 0x2029:
      return '\n';
    default:
      return (c >= 0x2000 && c <= 0x200A) ? ' ' : c;
  }
}

// Only control characters change: one compare for nearly every byte.
char normalised_ascii(char c) {
  if (static_cast<unsigned char>(c) >= 0x20) return c;
  return (c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\0') ? ' ' : c;
}

// normalised_ascii() over ASCII bytes, eight at a time: a step looks at its
// bytes one by one only when one of them is a control character (a
// newline, mostly).
void normalise_ascii(char* bytes, std::size_t size) {
  constexpr std::uint64_t kSpaces = 0x2020202020202020ull, kHighs = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes + i, 8);
    if (((w - kSpaces) & ~w & kHighs) == 0) continue;  // no byte below 0x20 (none is above 0x7F)
    for (std::size_t k = i; k < i + 8; ++k) bytes[k] = normalised_ascii(bytes[k]);
  }
  for (; i < size; ++i) bytes[i] = normalised_ascii(bytes[i]);
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<std::size_t>(n));
}

struct Decoder {
  Article& a;
  std::size_t invalid = 0;
  std::size_t first_invalid = 0;

  // Copies the ASCII run at `i`; returns its end.
  std::size_t ascii_run(std::string_view bytes, std::size_t i) {
    std::size_t end = i;
    for (std::uint64_t word = 0; end + 8 <= bytes.size(); end += 8) {  // eight bytes at a time
      std::memcpy(&word, bytes.data() + end, 8);
      if (word & 0x8080808080808080ull) break;
    }
    while (end < bytes.size() && static_cast<unsigned char>(bytes[end]) < 0x80) ++end;
    std::size_t count = end - i;
    for (auto k = static_cast<std::size_t>((a.chars_ + kStep - 1) / kStep * kStep);
         k < static_cast<std::size_t>(a.chars_) + count; k += kStep)
      a.original_byte_of_step_.push_back(a.original.size() + (k - static_cast<std::size_t>(a.chars_)));
    a.original.append(bytes.substr(i, count));
    std::size_t from = a.text.size();
    a.text.append(bytes.substr(i, count));
    normalise_ascii(a.text.data() + from, count);
    a.chars_ += static_cast<std::int64_t>(count);
    return end;
  }

  // Decodes the one code point at `i`; returns the byte after it.
  std::size_t code_point(std::string_view bytes, std::size_t i) {
    auto pos = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(bytes.data(), pos, static_cast<int32_t>(bytes.size()), c);
    if (c < 0) {
      if (invalid++ == 0) first_invalid = i;
      c = 0xFFFD;
    }
    if (static_cast<std::size_t>(a.chars_) % kStep == 0) a.original_byte_of_step_.push_back(a.original.size());
    std::size_t before_original = a.original.size(), before_text = a.text.size();
    append_utf8(a.original, c);
    append_utf8(a.text, normalised(c));
    a.ascii_ = false;
    a.same_bytes_ = a.same_bytes_ && a.original.size() - before_original == a.text.size() - before_text;
    ++a.chars_;
    return static_cast<std::size_t>(pos);
  }

  void run(std::string_view bytes) {
    a.original.reserve(bytes.size());
    a.text.reserve(bytes.size());
    a.original_byte_of_step_.reserve(bytes.size() / kStep + 2);  // at most a code point a byte
    for (std::size_t i = 0; i < bytes.size();)
      i = static_cast<unsigned char>(bytes[i]) < 0x80 ? ascii_run(bytes, i) : code_point(bytes, i);
    if (static_cast<std::size_t>(a.chars_) % kStep == 0) a.original_byte_of_step_.push_back(a.original.size());
    if (invalid > 0)
      a.warnings.push_back(a.path + ": invalid UTF-8 at byte " + std::to_string(first_invalid) + ", replaced by U+FFFD" +
                           (invalid > 1 ? " (" + std::to_string(invalid) + " sequences in all)" : ""));
  }
};

// The code points that start in `bytes` (valid UTF-8: every byte but a
// continuation byte 10xxxxxx starts one), counted eight bytes at a time.
std::int64_t code_points_in(std::string_view bytes) {
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  std::size_t continuations = 0, i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    std::uint64_t ones = (w & ~(w << 1) & kHighs) >> 7;  // 1 in each byte with bit 7 set and bit 6 clear
    continuations += (ones * 0x0101010101010101ull) >> 56;  // their sum, in the top byte
  }
  for (; i < bytes.size(); ++i) continuations += (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80;
  return static_cast<std::int64_t>(bytes.size() - continuations);
}

void index_code_points(Article& a) {
  if (a.ascii_) return;
  a.code_points_before_block_.reserve(a.text.size() / kBlock + 1);
  std::int64_t count = 0;
  for (std::size_t b = 0; b < a.text.size(); b += kBlock) {
    a.code_points_before_block_.push_back(count);
    std::size_t e = std::min(b + kBlock, a.text.size());
    count += code_points_in(std::string_view(a.text).substr(b, e - b));
  }
}

// ---------------------------------------------------------------- datelines

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// Where the separator after a dateline is ("ANKARA : ", "CITY, Date - "),
// with its length; {npos, 0} when there is none in the first 60 bytes.
std::pair<std::size_t, std::size_t> dateline_separator(std::string_view s) {
  std::string_view head = s.substr(0, 60);
  // Every separator has a '-' or a ':', which most sentences open without.
  if (std::none_of(head.begin(), head.end(), [](char c) { return c == '-' || c == ':'; }))
    return {std::string_view::npos, 0};
  for (std::string_view sep : {" -- ", " - ", " : ", ": "}) {
    std::size_t at = head.find(sep);
    if (at != std::string_view::npos && at > 0) return {at, sep.size()};
  }
  return {std::string_view::npos, 0};
}

bool opens_with_capitals(std::string_view prefix) {
  std::size_t e = 0;
  while (e < prefix.size() && (is_upper(prefix[e]) || prefix[e] == '-' || prefix[e] == ' ' || prefix[e] == '.')) ++e;
  std::size_t letters = std::count_if(prefix.begin(), prefix.begin() + static_cast<std::ptrdiff_t>(e), is_upper);
  return letters >= 3 && (e == prefix.size() || prefix[e] == ',' || prefix[e] == '(');
}

// "City, Country" or "City, D.C." before the separator: a few capitalised words around a comma.
bool is_place_with_comma(std::string_view prefix) {
  if (prefix.find(',') == std::string_view::npos || prefix.size() > 30) return false;
  bool word_start = true;
  for (char c : prefix) {
    if (word_start && is_lower(c)) return false;
    word_start = c == ' ';
  }
  return true;
}

struct Dateline {
  std::size_t length = 0;  // bytes to leave out of the sentence
  std::string date = {};   // ISO when the dateline gives a year
};

// A dateline opening a prose sentence: "ANKARA : ...", "BUENOS AIRES: ...",
// "NEW-YORK - ...", "CITY, Sept. 26 (Agency) -- ...", "Washington, D.C. - ...".
Dateline dateline_of(std::string_view sentence) {
  if (sentence.size() < 100) return {};
  auto [at, length] = dateline_separator(sentence);
  if (at == std::string_view::npos || at + length >= sentence.size()) return {};
  char next = sentence[at + length];
  if (!is_upper(next) && next != '"' && next != '\'' && (next & 0x80) == 0) return {};
  std::string_view prefix = sentence.substr(0, at);
  while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
  std::vector<DateMention> dates = find_dates(prefix, "2000-01-01");
  bool has_day = std::any_of(dates.begin(), dates.end(), [](const DateMention& m) { return m.iso.size() == 10; });
  bool colon = sentence[at + length - 2] == ':';
  bool agency = prefix.find('(') != std::string_view::npos && prefix.back() == ')';
  bool shaped = opens_with_capitals(prefix) || (!colon && (has_day || agency || is_place_with_comma(prefix)));
  if (!shaped) return {};
  Dateline d{.length = at + length};
  for (const DateMention& m : dates)
    if (m.year_written && m.iso.size() == 10) d.date = m.iso;
  return d;
}

// ---------------------------------------------------------------- title and date

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n';
    words += !space && !in_word;
    in_word = !space;
  }
  return words;
}

bool looks_like_headline(std::string_view line) {
  std::size_t words = word_count(line);
  if (words < 3 || words > 30 || line.size() > 250) return false;
  char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

// A line with its sentences, [first, last) of the article's list of them.
struct LineSentences {
  TextLine line = {};
  bool furniture = false;
  std::size_t first = 0, last = 0;
  bool empty() const { return first == last; }
};

constexpr std::size_t kTopLines = 8;

// The first date with day, month and year written, as ISO; "" if none.
std::string full_date(std::string_view sentence) {
  for (const DateMention& d : find_dates(sentence, ""))
    if (d.year_written && d.iso.size() == 10) return d.iso;
  return "";
}  // non-blank lines where a title, date or dateline may be

// The title and date from the top of the page (up to kTopLines lines of content); datelines anywhere.
void read_top(Article& a, const std::vector<LineSentences>& lines, std::vector<Sentence>& sentences) {
  std::size_t content_seen = 0;
  bool title_done = false;
  for (const LineSentences& l : lines) {
    if (l.empty()) continue;
    bool top = content_seen < kTopLines;
    content_seen += !l.furniture;
    for (std::size_t k = l.first; k < l.last; ++k)
      if (top && sentences[k].furniture && a.date.empty()) a.date = full_date(a.sentence_text(sentences[k]));
    if (l.furniture) continue;
    Sentence& first = sentences[l.first];
    Dateline d = dateline_of(a.sentence_text(first));
    first.begin += d.length;
    if (top && a.date.empty()) a.date = d.date;
    if (top && !title_done) {
      title_done = true;
      std::string_view text = std::string_view(a.text).substr(l.line.begin, l.line.end - l.line.begin);
      if (d.length == 0 && looks_like_headline(text)) a.title = a.original_text(l.line.begin, l.line.end);
    }
  }
}

}  // namespace

std::int64_t Article::code_point(std::size_t text_byte) const {
  text_byte = std::min(text_byte, text.size());
  if (ascii_) return static_cast<std::int64_t>(text_byte);
  std::size_t block = text_byte / kBlock;
  if (block >= code_points_before_block_.size()) return chars_;
  std::int64_t count = code_points_before_block_[block];
  count += code_points_in(std::string_view(text).substr(block * kBlock, text_byte - block * kBlock));
  return count;
}

std::string Article::original_text(std::size_t begin, std::size_t end) const {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  if (same_bytes_) return original.substr(begin, end - begin);
  auto byte_of = [this](std::int64_t cp) {
    auto step = static_cast<std::size_t>(cp) / kStep;
    std::size_t i = original_byte_of_step_[step];
    for (std::size_t left = static_cast<std::size_t>(cp) % kStep; left > 0; --left) {
      ++i;
      while (i < original.size() && (static_cast<unsigned char>(original[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
  };
  std::size_t b = byte_of(code_point(begin)), e = byte_of(code_point(end));
  return original.substr(b, e - b);
}

Article make_article(std::string id, std::string path, std::string_view bytes) {
  Article a{.id = std::move(id), .path = std::move(path)};
  a.sha256 = sha256_hex(bytes);
  Decoder{a}.run(bytes);
  index_code_points(a);
  std::vector<TextLine> lines = split_lines(a.text);
  std::vector<bool> furniture = furniture_lines(a.text, lines);
  std::vector<LineSentences> by_line;
  by_line.reserve(lines.size());
  std::vector<Sentence>& sentences = a.sentences;
  sentences.reserve(lines.size() * 2);  // news: a sentence or two a line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    LineSentences l{.line = lines[i], .furniture = furniture[i], .first = sentences.size()};
    split_line(a.text, lines[i], sentences);
    l.last = sentences.size();
    for (std::size_t k = l.first; k < l.last; ++k)
      sentences[k].furniture = l.furniture || is_furniture_sentence(a.sentence_text(sentences[k]));
    by_line.push_back(l);
  }
  read_top(a, by_line, sentences);
  std::erase_if(sentences, [](const Sentence& s) { return s.end <= s.begin; });  // a dateline and nothing else
  return a;
}

}  // namespace kgraph
