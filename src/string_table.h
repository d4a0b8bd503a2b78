// StringTable: a map from strings to small values, open-addressed, for the
// look-ups made for every word of the corpus (mentions.cpp). A look-up is a
// hash, a probe or two into an array of eight-byte slots, and one read of
// the entry found, with no allocation, where a std::unordered_map look-up
// costs a modulo and a walk down a node chain.
//
// Guarantees: find() of a key never inserted returns a default Value; keys
// are compared whole, so any string (the empty one too) is a key.
//
// StableStringMap keeps values that must not move (name forms that callers
// hold on to) behind a StringTable.
//
// TextMap and TextSet are the standard containers for the other tables, with
// StringTable's hash and comparison, which take a string_view as well as a
// string, so that a word (a view into its text) looks a key up without being
// copied first. Their order of iteration is unspecified, as for any
// unordered container: nothing written may depend on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kgraph {

// Hashing and comparing short strings (words, names) without calls to
// memcpy or memcmp, whose cost dominates for a few bytes.
namespace text_bytes {

inline std::uint64_t load8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}
// The bytes p[0, n), 1 <= n <= 8, in one integer (equal integers, equal
// bytes), without the call to memcpy that a length unknown at compile
// time costs: two overlapping loads, or three single bytes.
inline std::uint64_t load_tail(const char* p, std::size_t n) {
  if (n >= 4) {
    std::uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return low | std::uint64_t{high} << 32;
  }
  auto byte = [p](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
  return byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
}
// Eight bytes a step (words are short: one or two steps), each mixed by a
// multiply; the final shifts bring the high bits down to the masked ones.
inline std::uint64_t hash_text(std::string_view key) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ key.size();
  std::size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) h = (h ^ load8(key.data() + i)) * 0xFF51AFD7ED558CCDull;
  if (i < key.size()) h = (h ^ load_tail(key.data() + i, key.size() - i)) * 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}
inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t i = 0;
  for (; i + 8 <= a.size(); i += 8)
    if (load8(a.data() + i) != load8(b.data() + i)) return false;
  return i == a.size() || load_tail(a.data() + i, a.size() - i) == load_tail(b.data() + i, b.size() - i);
}

}  // namespace text_bytes

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return static_cast<std::size_t>(text_bytes::hash_text(text));
  }
};
struct TextEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return text_bytes::same_text(a, b); }
};
template <class Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, TextEqual>;
using TextSet = std::unordered_set<std::string, TextHash, TextEqual>;

template <class Value>
class StringTable {
 public:
  StringTable() : slots_(16) {}

  // The value under `key`, inserted (default) if missing.
  Value& operator[](std::string_view key) {
    std::uint64_t h = text_bytes::hash_text(key);
    std::size_t i = probe(key, h);
    if (slots_[i] != 0) return entry(slots_[i]).value;
    if (2 * (entries_.size() + 1) > slots_.size()) grow(), i = probe(key, h);
    entries_.push_back(Entry{std::string(key), h, Value{}});
    slots_[i] = (h & kTagBits) | entries_.size();
    return entries_.back().value;
  }
  Value find(std::string_view key) const {
    std::uint64_t slot = slots_[probe(key, text_bytes::hash_text(key))];
    return slot != 0 ? entry(slot).value : Value{};
  }
  // The value under `key` where it is (until the next insertion), or null:
  // for values too big to copy.
  const Value* value_of(std::string_view key) const {
    std::uint64_t slot = slots_[probe(key, text_bytes::hash_text(key))];
    return slot != 0 ? &entry(slot).value : nullptr;
  }

 private:
  struct Entry {
    std::string key;
    std::uint64_t hash;
    Value value;
  };
  // A slot is 0 when free, else the high half of its entry's hash (so that a
  // probe compares the bytes of a likely match only) over its index + 1:
  // eight bytes, so that a table of many keys stays in cache.
  static constexpr std::uint64_t kTagBits = 0xFFFFFFFF00000000ull;
  const Entry& entry(std::uint64_t slot) const { return entries_[(slot & ~kTagBits) - 1]; }
  Entry& entry(std::uint64_t slot) { return entries_[(slot & ~kTagBits) - 1]; }

  // The slot holding `key`, or the free one where it would go (the table is
  // never more than half full, so there is one).
  std::size_t probe(std::string_view key, std::uint64_t h) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(h) & mask;
    while (slots_[i] != 0 && (((slots_[i] ^ h) & kTagBits) != 0 || !text_bytes::same_text(entry(slots_[i]).key, key)))
      i = (i + 1) & mask;
    return i;
  }
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (std::size_t k = 0; k < entries_.size(); ++k) {
      std::size_t mask = slots_.size() - 1, i = static_cast<std::size_t>(entries_[k].hash) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = (entries_[k].hash & kTagBits) | (k + 1);
    }
  }

  std::vector<std::uint64_t> slots_;  // a power of two of them
  std::vector<Entry> entries_;        // in insertion order
};

// A fixed set of words, for look-ups in hot loops: a StringTable, so a
// look-up masks its hash where a std::unordered_set divides by a prime.
// count() as the standard sets have it, so that call sites read alike.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) table_[w] = true;
  }
  bool count(std::string_view word) const { return table_.find(word); }

 private:
  StringTable<bool> table_;
};

// A map from strings to values made once each and never moved, so that a
// reference to a value stays valid as the map grows. Each key is kept with
// its value, in a deque; the table holds only hashes and addresses, sixteen
// bytes a slot, so that it stays in cache: the spelling cache (words.h)
// looks up every word of the corpus in one.
template <class Value>
class StableStringMap {
 public:
  StableStringMap() : slots_(16) {}

  // The value under `key`, or null.
  Value* find(std::string_view key) const {
    Entry* entry = slots_[probe(key, text_bytes::hash_text(key))].entry;
    return entry ? &entry->value : nullptr;
  }
  // Puts `value` under `key`, which has none yet.
  Value& add(std::string_view key, Value value) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    std::uint64_t h = text_bytes::hash_text(key);
    Entry& added = entries_.emplace_back(Entry{std::string(key), std::move(value)});
    slots_[probe(key, h)] = Slot{h, &added};
    return added.value;
  }
  // The value under `key`, made by `make()` if missing.
  template <class Make>
  const Value& find_or_make(std::string_view key, Make&& make) {
    if (Value* known = find(key)) return *known;
    return add(key, make());
  }
  std::size_t size() const { return entries_.size(); }
  void clear() {
    slots_.assign(16, Slot{});
    entries_.clear();
  }

 private:
  struct Entry {
    std::string key;
    Value value;
  };
  struct Slot {
    std::uint64_t hash = 0;
    Entry* entry = nullptr;  // null: free
  };

  // The slot holding `key`, or the free one where it would go (never more than half are used).
  std::size_t probe(std::string_view key, std::uint64_t h) const {
    std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(h) & mask;
    while (slots_[i].entry && (slots_[i].hash != h || !text_bytes::same_text(slots_[i].entry->key, key)))
      i = (i + 1) & mask;
    return i;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.entry) slots_[probe(slot.entry->key, slot.hash)] = slot;
  }

  std::vector<Slot> slots_;  // a power of two of them
  std::deque<Entry> entries_;
};

}  // namespace kgraph
