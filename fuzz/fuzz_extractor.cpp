// Fuzz target: the whole extractor (src/extractor.h) on one document of
// arbitrary bytes, from the corpus reader to graph edges, with the built-in
// lexicon. No input is an error here: whatever the text, build_graph must
// return a graph whose offsets lie within the document and that writes and
// reads back unchanged (one_document.h).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/one_document.h"
#include "src/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const kgraph::Lexicon& lexicon = kgraph::built_in_lexicon();
  kgraph::fuzz::build_and_check(std::string_view(reinterpret_cast<const char*>(data), size), lexicon);
  return 0;
}
