// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits: the
// content hash by which `build --append` knows a document it has read.
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

std::string sha256_hex(std::string_view bytes);

}  // namespace kgraph
