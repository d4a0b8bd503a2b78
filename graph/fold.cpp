// Folding goes code point by code point through ICU: NFKD decomposition, marks
// dropped, full case folding, then a category test for punctuation. Names are
// short, so the cost is in ICU's per-string set-up; pure ASCII names (most of a
// large graph, and nearly every word of English text) skip ICU entirely and
// follow the same rules by a table built from them, one pass over the bytes.
#include "graph/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cctype>

namespace kgraph {
namespace {

// Typographic apostrophes, quotes and dashes, mapped before decomposition.
UChar32 typographic_to_ascii(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x02BB: case 0x0060: case 0x00B4:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    default:
      return c;
  }
}

// Letters whose stroke or ligature decomposition does not take apart.
const char* base_letters(UChar32 c) {
  switch (c) {
    case 0x0131: return "i";   // dotless i
    case 0x0142: return "l";   // l with stroke
    case 0x00F8: return "o";
    case 0x0111: return "d";
    case 0x00F0: return "d";
    case 0x0127: return "h";
    case 0x0167: return "t";
    case 0x00E6: return "ae";
    case 0x0153: return "oe";
    case 0x00FE: return "th";
    default: return nullptr;
  }
}

bool is_mark(UChar32 c) {
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

// What punctuation becomes: ' ' (joins words), nothing, or itself (0).
enum class Punct { kKeep, kSpace, kDrop };
Punct classify(UChar32 c) {
  int8_t type = u_charType(c);
  if (type == U_DASH_PUNCTUATION || type == U_CONNECTOR_PUNCTUATION || type == U_CONTROL_CHAR ||
      type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR ||
      c == '/' || c == '\\')
    return Punct::kSpace;
  if (U_GET_GC_MASK(c) & (U_GC_P_MASK | U_GC_S_MASK)) return Punct::kDrop;
  if (type == U_FORMAT_CHAR) return Punct::kDrop;
  return Punct::kKeep;
}

// Drops a possessive 's that only non-word characters follow (score.py's rule).
void drop_final_possessive(std::u32string& s) {
  std::size_t end = s.size();
  while (end > 0 && !(u_isalnum(s[end - 1]) || s[end - 1] == '_')) --end;
  if (end >= 3 && s[end - 1] == 's' && s[end - 2] == '\'' &&
      (u_isalnum(s[end - 3]) || s[end - 3] == '_'))
    s.erase(end - 2, 2);
}

std::string finish(const std::u32string& s) {
  std::string out;
  bool pending_space = false;
  for (UChar32 c : s) {
    Punct p = classify(c);
    if (p == Punct::kDrop) continue;
    if (p == Punct::kSpace) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::u32string decompose_without_marks(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfkd->normalize(text, status) : text;
  if (U_FAILURE(status)) decomposed = text;
  std::u32string out;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (!is_mark(c)) out += static_cast<char32_t>(c);
  }
  return out;
}

// What folding does to each ASCII byte, read once from the Unicode rules
// above, so the fast path cannot drift from them.
struct AsciiFold {
  std::array<char, 128> lower = {};   // case folded; '`' is an apostrophe
  std::array<Punct, 128> punct = {};  // classify() of the folded byte
  std::array<bool, 128> word = {};    // a letter, a digit or '_' (the possessive rule's test)
};

AsciiFold make_ascii_fold() {
  AsciiFold t;
  for (int c = 0; c < 128; ++c) {
    char lower = c == '`' ? '\'' : static_cast<char>(std::tolower(c));
    t.lower[c] = lower;
    t.punct[c] = classify(static_cast<unsigned char>(lower));
    t.word[c] = u_isalnum(c) || c == '_';
  }
  return t;
}

// Made before main, once.
const AsciiFold kAsciiFold = make_ascii_fold();

// fold_name() of ASCII text in one pass over its bytes, with no code point
// strings: the rules of drop_final_possessive() and finish() by table.
std::string fold_ascii(std::string_view text) {
  const AsciiFold& t = kAsciiFold;
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  std::size_t end = text.size();
  while (end > 0 && !t.word[at(end - 1)]) --end;
  std::size_t possessive = std::string_view::npos;  // where a final "'s" to drop begins
  if (end >= 3 && t.lower[at(end - 1)] == 's' && t.lower[at(end - 2)] == '\'' && t.word[at(end - 3)])
    possessive = end - 2;
  // Written in place: the output is never longer than the input, since a
  // space is only written for a byte that was skipped.
  std::string out(text.size(), '\0');
  std::size_t n = 0;
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i == possessive) {
      ++i;
      continue;
    }
    Punct p = t.punct[at(i)];
    if (p == Punct::kDrop) continue;
    if (p == Punct::kSpace) {
      pending_space = n > 0;
      continue;
    }
    if (pending_space) out[n++] = ' ';
    pending_space = false;
    out[n++] = t.lower[at(i)];
  }
  out.resize(n);
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

bool is_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::string fold_name(std::string_view utf8) {
  if (is_ascii(utf8)) return fold_ascii(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1))
    mapped.append(typographic_to_ascii(text.char32At(i)));
  std::u32string first = decompose_without_marks(mapped);
  icu::UnicodeString folded;
  for (char32_t c : first) folded.append(static_cast<UChar32>(c));
  folded.foldCase();
  std::u32string second = decompose_without_marks(folded);
  std::u32string based;
  for (char32_t c : second) {
    if (const char* b = base_letters(static_cast<UChar32>(c)))
      for (const char* p = b; *p; ++p) based += static_cast<char32_t>(*p);
    else if (c != 0xFFFD)
      based += c;
  }
  drop_final_possessive(based);
  return finish(based);
}

}  // namespace kgraph
