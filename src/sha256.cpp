// OpenSSL's SHA-256: it uses the CPU's SHA instructions where there are some,
// about twenty times the speed of a portable implementation, and the content
// hash is computed over every byte of every document a build reads.
#include "src/sha256.h"

#include <openssl/evp.h>

#include "graph/error.h"

namespace kgraph {

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!EVP_Digest(bytes.data(), bytes.size(), digest, &size, EVP_sha256(), nullptr))
    throw Error("SHA-256: OpenSSL's EVP_Digest failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(2 * size, '0');
  for (unsigned int i = 0; i < size; ++i) hex[2 * i] = kHex[digest[i] >> 4], hex[2 * i + 1] = kHex[digest[i] & 15];
  return hex;
}

}  // namespace kgraph
