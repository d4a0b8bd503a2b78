// Sentences: where the lines and sentences of a normalised text (Article::text)
// begin and end.
//
// Flow: Article::text -> lines -> sentences per line -> furniture.h marks some.
// Guarantees: offsets are bytes of the text, [begin, end); lines and sentences
// come in text order, never overlap and are trimmed of spaces. A sentence
// never spans a blank line or a line break, except inside a hard-wrapped
// paragraph (see split_lines), so a heading or a list item without final
// punctuation is a sentence of its own. A sentence ends after . ! ? (and any
// closing quotes or brackets) followed by a space and a capital, a digit or an
// opening quote, but not after an initial ("J. Smith"), a title ("Mr.",
// "Gen."), "No. 5", "Sept. 22", "e.g.", nor after "U.S."/"Corp."/"Inc." unless
// the next word usually opens a sentence ("The", "He", ...); decimals and
// money ("$4.2 billion", "1.5bn") have no space after their dot, so they never
// end one. List markers ("- ", "* ", "1. ") and markdown "#" are not part of
// the sentence. No sentence is longer than kMaxSentenceBytes (a longer run is
// cut at a space) so that later stages see bounded input.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kgraph {

inline constexpr std::size_t kMaxSentenceBytes = 4096;

struct Sentence {
  std::size_t begin = 0;   // byte offsets into Article::text, [begin, end)
  std::size_t end = 0;
  bool furniture = false;  // page furniture (headline lists, tickers, bylines): may name
                           // entities, never yields edges
};

// One line of the text, trimmed of spaces; empty for a blank line. In a
// hard-wrapped text (most lines broken in mid-sentence at a similar width)
// the lines of a paragraph are joined into one, which then holds '\n'.
struct TextLine {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin == end; }
};

std::vector<TextLine> split_lines(std::string_view text);

// Appends the sentences of one line to `out`, in order; none for a blank line.
void split_line(std::string_view text, const TextLine& line, std::vector<Sentence>& out);

// The length of a list marker or markdown heading marker at the start of
// `line` ("- ", "• ", "12. ", "## "), 0 if there is none.
std::size_t list_marker_length(std::string_view line);

}  // namespace kgraph
