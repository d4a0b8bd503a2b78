// Article: one input text made ready for matching: valid UTF-8, typographic
// marks normalised, cut into sentences, page furniture marked.
//
// Flow: corpus.h (bytes) -> Article -> mentions.h.
// Guarantees: `text` has exactly one code point per code point of `original`
// (curly quotes -> ' and ", dashes -> -, unusual spaces -> ' '), so code point
// offsets agree between the two and evidence offsets point into the original.
// Sentences are in text order, do not overlap, and never span a blank line or
// a line without final punctuation (a heading, a list item).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kgraph {

struct Sentence {
  std::size_t begin = 0;   // byte offsets into Article::text, [begin, end)
  std::size_t end = 0;
  bool furniture = false;  // page furniture (headline lists, tickers, bylines): never yields edges
};

struct Article {
  std::string id = {};        // "d0": the document id in the graph file
  std::string path = {};
  std::string original = {};  // as read; invalid UTF-8 sequences replaced by U+FFFD
  std::string text = {};      // normalised for matching
  std::vector<Sentence> sentences = {};
  std::string title = {};     // the first line when it looks like a headline
  std::string date = {};      // ISO 8601 from a dateline, else ""
  std::string sha256 = {};    // hex digest of the bytes as read
  std::vector<std::string> warnings = {};  // "PATH: invalid UTF-8 at byte 1234, replaced"

  std::int64_t code_point(std::size_t text_byte) const;  // code point index of a byte of `text`
  std::string original_text(std::size_t begin, std::size_t end) const;  // `text` bytes -> original
  std::string_view sentence_text(const Sentence& s) const { return std::string_view(text).substr(s.begin, s.end - s.begin); }
  std::int64_t chars() const { return static_cast<std::int64_t>(original_bytes_.size()) - 1; }

  std::vector<std::uint32_t> text_bytes_ = {};      // code point -> byte in text (size chars()+1)
  std::vector<std::uint32_t> original_bytes_ = {};  // code point -> byte in original
};

Article make_article(std::string id, std::string path, std::string_view bytes);

}  // namespace kgraph
