// An article is made in four steps:
//  1. decode: invalid UTF-8 replaced by U+FFFD (and warned about), and each
//     code point mapped to its normalised form in `text`, keeping per code
//     point byte offsets of both strings;
//  2. lines: a blank line or a line without final punctuation ends a
//     sentence, so headings and list items stand alone;
//  3. sentences: a line is cut after . ! ? followed by a space and a capital,
//     except after abbreviations, initials and inside numbers ("$4.2");
//  4. furniture: lines that are page furniture by their shape (headline
//     lists, tickers, bylines, credits, repeated lines, everything after a
//     "Latest news" block) are marked so that they never yield edges.
#include "src/article.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "src/amounts.h"
#include "src/sha256.h"
#include "src/words.h"

namespace kgraph {
namespace {

// The normalised form of one code point, one code point long.
UChar32 normalised(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x00B4: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
      return '-';
    case '\t': case '\r': case 0x00A0: case 0x2007: case 0x202F: case 0x200B: case 0xFEFF:
      return ' ';
    default:
      return (c >= 0x2000 && c <= 0x200A) ? ' ' : c;
  }
}

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<std::size_t>(n));
}

void decode(Article& a, std::string_view bytes) {
  a.original.reserve(bytes.size());
  a.text.reserve(bytes.size());
  int32_t i = 0, size = static_cast<int32_t>(bytes.size());
  bool warned = false;
  while (i < size) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes.data(), i, size, c);
    if (c < 0 || c == 0) {
      if (!warned && c < 0)
        a.warnings.push_back(a.path + ": invalid UTF-8 at byte " + std::to_string(start) + ", replaced by U+FFFD");
      warned = warned || c < 0;
      c = c < 0 ? 0xFFFD : ' ';
    }
    a.original_bytes_.push_back(static_cast<std::uint32_t>(a.original.size()));
    a.text_bytes_.push_back(static_cast<std::uint32_t>(a.text.size()));
    append_utf8(a.original, c);
    append_utf8(a.text, normalised(c));
  }
  a.original_bytes_.push_back(static_cast<std::uint32_t>(a.original.size()));
  a.text_bytes_.push_back(static_cast<std::uint32_t>(a.text.size()));
}

struct Line {
  std::size_t begin = 0, end = 0;  // trimmed
};

std::vector<Line> split_lines(const std::string& text) {
  std::vector<Line> lines;
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    std::size_t lb = b, le = e;
    while (lb < le && text[lb] == ' ') ++lb;
    while (le > lb && text[le - 1] == ' ') --le;
    lines.push_back({lb, le});
    b = e + 1;
  }
  return lines;
}

bool is_abbreviation_before(std::string_view line, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(line[b - 1])) || line[b - 1] == '.')) --b;
  std::string word = lower_case(line.substr(b, dot - b));
  if (word.size() == 1) return true;  // an initial: "J. Smith"
  if (word.find('.') != std::string::npos) return word != "u.s" && word != "u.k";  // "e.g" but not "U.S"
  static const std::unordered_set<std::string> kAbbreviations = {
      "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "gen", "gov", "sen", "rep", "corp", "inc", "ltd", "co",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "jr", "sr", "col",
      "lt", "sgt", "capt", "cmdr", "adm", "approx", "est", "dept", "univ", "bhd"};
  return kAbbreviations.count(word) > 0;
}

// Where sentences end inside one line: offsets just after each end mark.
std::vector<std::size_t> sentence_ends(std::string_view line) {
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t after = i + 1;
    while (after < line.size() && (line[after] == '"' || line[after] == '\'' || line[after] == ')')) ++after;
    if (after >= line.size() || line[after] != ' ') continue;
    std::size_t next = after;
    while (next < line.size() && line[next] == ' ') ++next;
    if (next >= line.size()) continue;
    unsigned char n = static_cast<unsigned char>(line[next]);
    bool opens = std::isupper(n) || std::isdigit(n) || n == '"' || n == '\'' || n >= 0x80;
    if (!opens) continue;
    if (c == '.' && is_abbreviation_before(line, i)) continue;
    ends.push_back(after);
  }
  return ends;
}

bool starts_with_any(std::string_view line, std::initializer_list<std::string_view> prefixes) {
  std::string lower = lower_case(line.substr(0, 40));
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return lower.rfind(p, 0) == 0; });
}

// A line that opens a block of furniture: everything after it is furniture.
bool opens_furniture_block(std::string_view line) {
  if (line.size() > 40) return false;
  return starts_with_any(line, {"latest news", "related news", "related articles", "related stories",
                                "read more", "read also", "more news", "most read", "recommended",
                                "popular", "trending", "you may also like", "more from", "tags:"});
}

bool is_furniture_line(std::string_view line) {
  if (starts_with_any(line, {"photo:", "photo by", "photo credit", "image:", "credit:", "source:",
                             "original author:", "author:", "by ", "copyright", "©", "all rights reserved",
                             "share", "follow us", "subscribe", "advertisement", "read also", "read more",
                             "see also", "click here", "sign up"}))
    return line.size() < 120;
  if (line.find('@') != std::string_view::npos && line.size() < 160) return true;
  std::vector<Word> words = split_words(line);
  int codes = 0, numbers = 0, plain = 0;
  for (const Word& w : words) {
    if (w.kind == WordKind::kNumber) ++numbers;
    else if (w.kind == WordKind::kWord && w.all_caps && w.text.size() == 3) ++codes;
    else if (w.kind == WordKind::kWord) ++plain;
  }
  return codes >= 2 && numbers >= 2 && plain <= 4;  // a currency ticker
}

bool ends_like_sentence(std::string_view line) {
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ':' || c == ';' || c == ',';
}

bool is_list_item(std::string_view line) {
  return line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0 || line.rfind("\u2022", 0) == 0;
}

void add_line_sentences(Article& a, const Line& line, bool furniture) {
  std::string_view text = std::string_view(a.text).substr(line.begin, line.end - line.begin);
  std::size_t b = 0;
  std::vector<std::size_t> ends = sentence_ends(text);
  ends.push_back(text.size());
  for (std::size_t e : ends) {
    std::size_t sb = b;
    while (sb < e && text[sb] == ' ') ++sb;
    std::size_t se = e;
    while (se > sb && text[se - 1] == ' ') --se;
    if (se > sb) a.sentences.push_back({line.begin + sb, line.begin + se, furniture});
    b = e;
  }
}

void split_sentences(Article& a) {
  std::vector<Line> lines = split_lines(a.text);
  std::map<std::string_view, int> seen;
  for (const Line& l : lines)
    if (l.end - l.begin > 20) ++seen[std::string_view(a.text).substr(l.begin, l.end - l.begin)];
  bool in_block = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = std::string_view(a.text).substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (line.empty()) continue;
    if (opens_furniture_block(line)) in_block = true;
    bool repeated = seen.count(line) && seen[line] > 1;
    bool headline_list = is_list_item(line) && !ends_like_sentence(line);
    bool furniture = in_block || repeated || headline_list || is_furniture_line(line);
    add_line_sentences(a, lines[i], furniture);
  }
}

void find_title_and_date(Article& a) {
  std::vector<Line> lines = split_lines(a.text);
  int looked = 0;
  for (const Line& l : lines) {
    std::string_view line = std::string_view(a.original).substr(a.original_bytes_[a.code_point(l.begin)],
                                                               a.original_bytes_[a.code_point(l.end)] -
                                                                   a.original_bytes_[a.code_point(l.begin)]);
    if (line.empty()) continue;
    if (looked == 0 && line.size() < 250 && (!ends_like_sentence(line) || line.back() == '?' || line.back() == '!'))
      a.title = std::string(line);
    if (a.date.empty())
      if (auto d = find_date(std::string_view(a.text).substr(l.begin, l.end - l.begin), "")) a.date = *d;
    if (++looked == 4) break;
  }
}

}  // namespace

std::int64_t Article::code_point(std::size_t text_byte) const {
  auto it = std::lower_bound(text_bytes_.begin(), text_bytes_.end(), static_cast<std::uint32_t>(text_byte));
  return it - text_bytes_.begin();
}

std::string Article::original_text(std::size_t begin, std::size_t end) const {
  std::size_t b = original_bytes_[static_cast<std::size_t>(code_point(begin))];
  std::size_t e = original_bytes_[static_cast<std::size_t>(code_point(end))];
  return original.substr(b, e - b);
}

Article make_article(std::string id, std::string path, std::string_view bytes) {
  Article a;
  a.id = std::move(id);
  a.path = std::move(path);
  a.sha256 = sha256_hex(bytes);
  decode(a, bytes);
  split_sentences(a);
  find_title_and_date(a);
  return a;
}

}  // namespace kgraph
