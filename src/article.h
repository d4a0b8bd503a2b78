// Article: one input text made ready for matching: valid UTF-8, typographic
// marks normalised, cut into sentences, page furniture marked, title and date
// read from the top of the page.
//
// Flow: corpus.h (bytes) -> Article -> mentions.h.
// Guarantees: `text` has exactly one code point per code point of `original`
// (curly quotes -> ' and ", dashes -> -, unusual spaces -> ' ', tabs and
// carriage returns -> ' ', U+2028/U+2029 -> '\n'), so code point offsets agree
// between the two and evidence offsets point into the original. Sentences
// (sentences.h) are in text order and do not overlap; a dateline opening the
// article ("ANKARA : ", "NEW YORK, Sept. 22 (Agency) - ") is left out of its
// sentence. Offsets in kgraph's output are code points; code_point() turns a
// byte of `text` into one in O(1) time, in any order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/sentences.h"

namespace kgraph {

struct Article {
  std::string id = {};        // "d0": the document id in the graph file
  std::string path = {};
  std::string original = {};  // as read; invalid UTF-8 sequences replaced by U+FFFD
  std::string text = {};      // normalised for matching (see above)
  std::vector<Sentence> sentences = {};
  std::string title = {};     // the first line of content when it looks like a headline, else ""
  std::string date = {};      // ISO 8601 from a dateline or a date line near the top, else ""
  std::string sha256 = {};    // hex digest of the bytes as read
  std::vector<std::string> warnings = {};  // "PATH: invalid UTF-8 at byte 1234, replaced by U+FFFD"

  // The code point index of byte `text_byte` of `text` (the number of code
  // points that start before it); chars() for the end of the text.
  std::int64_t code_point(std::size_t text_byte) const;
  // The original text of the `text` bytes [begin, end): the evidence shown to users.
  std::string original_text(std::size_t begin, std::size_t end) const;
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::int64_t chars() const { return chars_; }

  // Offset tables filled by make_article (public only so that Article stays an aggregate).
  bool same_bytes_ = true;  // `text` and `original` are byte for byte aligned (no multi-byte code point changed length)
  bool ascii_ = true;       // all code points are ASCII: byte offsets are code point offsets
  std::int64_t chars_ = 0;
  std::vector<std::int64_t> code_points_before_block_ = {};  // per 64-byte block of `text`
  std::vector<std::size_t> original_byte_of_step_ = {};       // byte in `original` of every 64th code point
};

Article make_article(std::string id, std::string path, std::string_view bytes);

}  // namespace kgraph
