// Entities: the mentions of one article merged into the people, firms,
// organisations and countries they name, and pronouns and descriptors ("he",
// "the company", "the two leaders") pointed at them.
//
// Flow: ArticleMentions -> ArticleEntities -> relations.h; across articles the
// extractor merges entities into the graph with the same name rules
// (same_entity).
// Guarantees: two names merge only within one kind (people, institutions,
// countries) and only when their words agree up to transliteration
// (`Toqayev` / `Tokayev`, `-yev` / `-ev`, doubled letters), as a subsequence
// (a middle name), a lone surname or given name, a company suffix, or an
// acronym. The canonical name is the fullest form; the others are aliases.
// A name that nothing in the article types is left out.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/graph.h"
#include "src/mentions.h"
#include "src/string_table.h"

namespace kgraph {

struct Entity {
  NodeType type = NodeType::kPerson;
  std::string name = {};
  std::vector<std::string> aliases = {};  // every other form, in first-seen order
  std::string role = {};                  // leaders: the first title seen
  std::string based_in = {};              // firms, organisations: a country named around them
  std::vector<std::string> countries = {};  // leaders: the countries their titles name ("Kazakh President X")
  std::vector<std::pair<std::size_t, std::size_t>> spans = {};  // byte offsets in Article::text
};

// The entities one mention refers to: none (it could not be told), one, or
// two ("the two leaders"). Held in place: every mention of an article has
// one, and a vector of its own would cost each an allocation.
class EntityRefs {
 public:
  EntityRefs() = default;
  EntityRefs(std::initializer_list<int> entities) {
    for (int e : entities) ids_.at(size_++) = e;
  }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  int front() const { return ids_[0]; }
  const int* begin() const { return ids_.data(); }
  const int* end() const { return ids_.data() + size_; }
  int* begin() { return ids_.data(); }
  int* end() { return ids_.data() + size_; }
  std::reverse_iterator<const int*> rbegin() const { return std::reverse_iterator<const int*>(end()); }
  std::reverse_iterator<const int*> rend() const { return std::reverse_iterator<const int*>(begin()); }
  // Drops the entities `drop` is true of, keeping the order of the others.
  template <class Drop>
  void erase_if(Drop&& drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < size_; ++i)
      if (!drop(ids_[i])) ids_[kept++] = ids_[i];
    size_ = static_cast<std::uint8_t>(kept);
  }
  bool operator==(const EntityRefs& other) const { return std::equal(begin(), end(), other.begin(), other.end()); }

 private:
  std::array<int, 2> ids_ = {};
  std::uint8_t size_ = 0;
};

struct ArticleEntities {
  std::vector<Entity> entities = {};
  std::vector<std::vector<EntityRefs>> refs = {};  // refs[sentence][mention]
};

ArticleEntities resolve_entities(const ArticleMentions& mentions, const Lexicon& lexicon);

// The forms (NameForm, below) of names already met, kept from one article to
// the next by a thread that reads many: news names the same people, firms and
// places again and again. The answer is the same with or without it. One
// cache serves one lexicon and one thread at a time.
class NameFormCache;
ArticleEntities resolve_entities(const ArticleMentions& mentions, const Lexicon& lexicon, NameFormCache& cache);

// Whether two names of entities of types `a` and `b` may be one entity.
bool same_entity(std::string_view name_a, NodeType a, std::string_view name_b, NodeType b,
                 const Lexicon& lexicon);

// A name prepared for same_entity(): folded and keyed once, so that a name
// compared with many others is not folded again for each of them.
struct NameForm {
  NodeType type = NodeType::kPerson;
  std::string folded = {};
  std::string joined = {};             // folded, spaces removed: compared with acronyms
  std::vector<std::string> keys = {};  // name_keys()
  std::string initials = {};           // initials of the folded words
  std::uint64_t key_bits = 0;          // a bit per key, by its hash: forms with none in common share no key
};
NameForm name_form(std::string_view name, NodeType type, const Lexicon& lexicon);
// The same answer as same_entity() of the two names and types.
bool same_entity(const NameForm& a, const NameForm& b);

class NameFormCache {
 public:
  // The form of `name` for names of `kind_of(type)`; valid until begin_article().
  const NameForm& form(const std::string& name, NodeType type, const Lexicon& lexicon);
  // fold_name(text); valid until begin_article().
  const std::string& folded(const std::string& text);
  // Called before each article: past a bound, the cache starts again (not in
  // the middle of an article, whose resolver holds forms).
  void begin_article();

 private:
  // What form() and folded() return stays where it is.
  std::array<StableStringMap<NameForm>, 4> forms_;  // per kind of names: name -> form
  StableStringMap<std::string> folded_;             // text -> fold_name(text)
};

// The key two spellings of one word share: folded, then q -> k, doubled
// letters single, "ye"/"yo"/"ya"/"yu" -> "e"/"o"/"a"/"u", "iy" -> "i", ...
std::string transliteration_key(std::string_view folded_word);

// The words of a name as transliteration keys, company suffixes and titles dropped.
std::vector<std::string> name_keys(std::string_view name, NodeType type, const Lexicon& lexicon);

}  // namespace kgraph
