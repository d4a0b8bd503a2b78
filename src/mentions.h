// Mentions: the names, demonyms, acronyms and pronouns of one article, each
// typed from general evidence (the lexicon's countries, titles, company
// suffixes and organisation head words, and the words around a name), never
// from a list of the names in any text.
//
// Flow: Article (sentences) -> ArticleMentions -> entities.h.
// Guarantees: mentions of a sentence come in text order and do not overlap;
// `words` and mention word indices refer to the same sentence; a mention whose
// type could not be told has `typed == false` and is typed later, by the other
// mentions of its entity (entities.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "src/article.h"
#include "src/lexicon.h"
#include "src/words.h"

namespace kgraph {

enum class MentionKind {
  kName,        // "Kassym-Jomart Tokayev", "Wabtec Corp.", "KTZ"
  kCountry,     // "Kazakhstan", "U.S.", and demonyms used as nouns
  kDemonym,     // "Kazakh" in "Kazakh President", "American" in "American company"
  kDescriptor,  // "the company", "the Kazakh president": refers back to a name
  kPronoun,     // "he", "she"
};

struct Mention {
  MentionKind kind = MentionKind::kName;
  NodeType type = NodeType::kPerson;
  bool typed = false;            // false: no evidence of the type yet
  bool guessed = false;          // typed only by a speech verb ("X said"): firms and bodies speak too
  std::size_t first_word = 0;    // word indices in the sentence, [first_word, end_word)
  std::size_t end_word = 0;
  std::size_t begin = 0;         // byte offsets in Article::text, [begin, end)
  std::size_t end = 0;
  std::string name = {};         // the name without title; countries and known entities: canonical
  std::string written = {};      // the words as the text writes them
  std::string role = {};         // title for people: "Commerce Secretary"
  int affiliation = -1;          // index (in the sentence) of the country/org of the title
  std::string acronym = {};      // "(KTZ)" written right after the name
  std::string based_in = {};     // a country the words around say the firm is from
  bool plural = false;           // descriptors: "the two leaders"
};

struct SentenceMentions {
  std::vector<Word> words = {};
  std::vector<Mention> mentions = {};
  bool headline = false;  // title case: names found by look-up only
  // Every WordMark any of its words has: the readers of relations and deals
  // pass over a sentence without their trigger words at once.
  std::uint64_t marks = 0;
  bool has(WordMark mark) const { return (marks & mark) != 0; }
};

struct ArticleMentions {
  std::shared_ptr<const SpellingCache::Storage> spellings = {};  // what the words point into
  std::vector<SentenceMentions> sentences = {};  // parallel to Article::sentences
};

// The lexicon indexed for mention finding (its title words, its known names
// folded). Making it costs about as much as reading a short article, so a
// build makes it once; it is read only, shared by the threads.
struct MentionIndex;
std::shared_ptr<const MentionIndex> index_for_mentions(const Lexicon& lexicon);

// Words of buying ("ordered", "bought", "acquire"), lower-cased: with a count
// or a price they make a deal (deals.h), and who sells or is bought is a firm.
bool is_buying_word(std::string_view lowered);

// A cache of spellings marked from `index`, for one reading thread at a time.
SpellingCache spelling_cache(const MentionIndex& index);

// `index` is index_for_mentions(lexicon), `spellings` spelling_cache(index).
ArticleMentions find_mentions(const Article& article, const Lexicon& lexicon, const MentionIndex& index,
                              SpellingCache& spellings);
// The same, indexing the lexicon for this one article.
ArticleMentions find_mentions(const Article& article, const Lexicon& lexicon);

}  // namespace kgraph
