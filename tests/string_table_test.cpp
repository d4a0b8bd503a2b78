#include "src/string_table.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kgraph::StringTable;
namespace text_bytes = kgraph::text_bytes;

namespace {

// Texts of every length from 0 to 20 bytes, and pairs of them that differ in
// one byte only, at each position: the short-key loads must see every byte.
std::vector<std::string> texts_of_every_length() {
  std::vector<std::string> texts;
  for (std::size_t n = 0; n <= 20; ++n) {
    std::string t;
    for (std::size_t i = 0; i < n; ++i) t += static_cast<char>('a' + (i * 7 + n) % 26);
    texts.push_back(t);
  }
  return texts;
}

}  // namespace

TEST_CASE("string table: texts that differ in any one byte compare unequal, equal texts equal") {
  for (const std::string& t : texts_of_every_length()) {
    CHECK(text_bytes::same_text(t, std::string(t)));
    CHECK(text_bytes::hash_text(t) == text_bytes::hash_text(std::string(t)));
    for (std::size_t i = 0; i < t.size(); ++i) {
      std::string other = t;
      other[i] = static_cast<char>(other[i] ^ 0x20);
      CHECK_MESSAGE(!text_bytes::same_text(t, other), t << " at " << i);
    }
    CHECK(!text_bytes::same_text(t, t + "x"));
  }
  // A shorter text is no prefix match, an empty one only equals an empty one.
  CHECK(!text_bytes::same_text("abc", "ab"));
  CHECK(text_bytes::same_text("", ""));
}

TEST_CASE("string table: values are found under their keys across growth, a missing key gives the default") {
  StringTable<int> table;
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back("k" + std::to_string(i * 37));
  keys.push_back("");
  for (std::size_t i = 0; i < keys.size(); ++i) table[keys[i]] = static_cast<int>(i) + 1;
  for (std::size_t i = 0; i < keys.size(); ++i) CHECK(table.find(keys[i]) == static_cast<int>(i) + 1);
  CHECK(table.find("k1") == 0);
  CHECK(table.find("k370x") == 0);
  table["k37"] += 5;  // operator[] of a present key is that key's value
  CHECK(table.find("k37") == 2 + 5);
}

TEST_CASE("string table: TextMap and TextSet look strings up by view") {
  kgraph::TextSet set = {"minister", "ceo"};
  std::string text = "the minister said";
  CHECK(set.count(std::string_view(text).substr(4, 8)) == 1);
  CHECK(set.count(std::string_view(text).substr(4, 7)) == 0);
  kgraph::TextMap<int> map = {{"one", 1}};
  CHECK(map.find(std::string_view("one")) != map.end());
}

TEST_CASE("string table: a stable map makes each value once and never moves it") {
  kgraph::StableStringMap<std::string> map;
  int made = 0;
  auto shout = [&](std::string_view key) -> const std::string& {
    return map.find_or_make(key, [&] {
      ++made;
      return std::string(key) + "!";
    });
  };
  const std::string& first = shout("abc");
  for (int i = 0; i < 5000; ++i) shout("k" + std::to_string(i));
  CHECK(&shout("abc") == &first);  // the same value, where it was
  CHECK(first == "abc!");
  CHECK(shout("k42") == "k42!");
  CHECK(made == 5001);
  CHECK(map.size() == 5001);
  map.clear();
  CHECK(map.size() == 0);
  shout("abc");
  CHECK(made == 5002);
}
