#include "export/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace kgraph {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  // A window of at most four bytes, so offsets fit ICU's int32_t however long the text.
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data() + i);
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(4, text.size() - i));
  std::int32_t end = 0;
  UChar32 c = 0;
  U8_NEXT(bytes, end, length, c);
  return c < 0 ? 0 : static_cast<std::size_t>(end);
}

}  // namespace kgraph
