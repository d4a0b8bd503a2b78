// UTF-8 as the exports need it: where a well-formed sequence ends, so that
// DOT and XML writers can drop or replace what is not text before a reader
// chokes on it. Decoding is ICU's (U8_NEXT), strict: no overlong forms, no
// surrogates, nothing above U+10FFFF.
#pragma once

#include <cstddef>
#include <string_view>

namespace kgraph {

// Bytes in the well-formed sequence that starts at text[i] (1 to 4), or 0
// when none starts there (a stray continuation byte, a truncated or
// ill-formed sequence). `i` must be < text.size().
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace kgraph
