// Words: one sentence cut into words, numbers and punctuation marks, the unit
// that mention finding and relation reading walk over.
//
// Guarantees: words come in text order and do not overlap; offsets are bytes
// of the sentence given, [begin, end). A final possessive is its own word
// ("Wabtec's" -> "Wabtec" "'s"); inner dots stay in a word ("U.S.", "Corp."
// keeps its dot); hyphenated words stay whole ("Kassym-Jomart",
// "Pittsburgh-based"). `lower` is the word lower-cased (Unicode-aware).
//
// A word's forms and flags depend on its spelling alone, so a SpellingCache
// works them out once per distinct spelling, and a Word only points at them:
// news writes the same few thousand spellings again and again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "src/string_table.h"

namespace kgraph {

enum class WordKind : std::uint8_t { kWord, kNumber, kPunct };

// What the lexicon and the grammar's word lists say of a word. find_mentions
// (mentions.h) looks each word up once and keeps the answer here, so the
// stages after it test a bit instead of hashing the word again and again;
// split_words leaves it empty. The lists themselves are the lexicon's and
// mentions.cpp's.
enum WordMark : std::uint64_t {
  // Of the lower-case form, `lower`:
  kSignedTrigger = 1u << 0,      // Lexicon::is_trigger("signed", lower)
  kMetWithTrigger = 1u << 1,     // ... "met-with"
  kInvestedInTrigger = 1u << 2,  // ... "invested-in"
  kBasedInTrigger = 1u << 3,     // ... "based-in"
  kDealNoun = 1u << 4,           // Lexicon::deal_nouns holds lower
  kNameParticle = 1u << 5,       // "bin", "al", "de": sits inside names
  kInstitutionJoiner = 1u << 6,  // "of", "for", "and": joins an institution's name
  kSpeechVerb = 1u << 7,         // "said", "told"
  kHonorific = 1u << 8,          // "mr.", "dr"
  kPronoun = 1u << 9,            // "he", "she"
  kArticleWord = 1u << 10,       // "the", "its": opens a noun phrase
  kFirmPossession = 1u << 11,    // "plant", "shares": "X's plant" makes X a firm
  kSmallWord = 1u << 12,         // "of", "the": lower case even in a headline
  // Of the folded form, `folded`:
  kTitleWord = 1u << 13,         // any word of a title: "prime", "minister"
  kTitleHead = 1u << 14,         // the last word of a title: "minister"
  kEndsInTitleHead = 1u << 15,   // its last word is one: "secretary general" of "secretary-general"
  kTitlePart = 1u << 16,         // a title, or (longer than two bytes) part of a title's text
  kOrganizationHead = 1u << 17,  // Lexicon::organization_heads
  kCompanySuffix = 1u << 18,     // Lexicon::company_suffixes
  kCompanyCue = 1u << 19,        // Lexicon::company_cues
  kFoldedDealNoun = 1u << 20,    // Lexicon::deal_nouns holds folded
  kNotName = 1u << 21,           // Lexicon::not_names
  kSentenceAdverb = 1u << 22,    // "later", "separately": opens sentences, never a name
  kLegalForm = 1u << 23,         // "ltd", "gmbh": ends a firm's name
  kListLead = 1u << 24,          // "such", "including"
  kPeoplePlural = 1u << 25,      // "leaders", "ministers"
  kPlaceStart = 1u << 26,        // its first word may begin a country's or a demonym's key
  kTitleModifier = 1u << 27,     // "senior", "deputy": grades the title after it
  kPortfolio = 1u << 28,         // "affairs", "trade": what a minister is in charge of
  kParticleJoined = 1u << 29,    // "al-Hekma", "el-Sisi": a particle, a hyphen, a capitalised name
  kStateWord = 1u << 30,         // "government", "side": "the Saudi government" is Saudi Arabia
  kCompanyCueTail = 1u << 31,    // the last word of a company cue of two words: "institution" of "financial institution"
  // Of the lower-case form again:
  kMoneyVerb = 1ull << 32,       // "invest", "lend", "lent": with an amount, a pledge or a loan (deals.h)
  kCallWord = 1ull << 33,        // "call", "calls": a meeting after "a" or "phone" (relations.h)
  kPlaceBased = 1ull << 34,      // ends in "-based": "Pittsburgh-based" says where a firm is
  kTheOrBoth = 1ull << 35,       // "the", "both": may open a descriptor ("the company", "both leaders")
  kOtherClause = 1ull << 36,     // "attended", "which", "said": ends a signing clause (deals.h)
  kSupplyVerb = 1ull << 37,      // "supply", "deliver": promises a sale (deals.h)
};

// What a spelling is, wherever it is written.
struct Spelling {
  std::string lower = {};
  std::string folded = {};   // fold_name(text), filled with `marks` by the cache's marker
  WordKind kind = WordKind::kWord;
  bool capitalized = false;  // the first letter is upper case
  bool all_caps = false;     // two or more letters, none lower case: "KTZ", "U.S."
  std::uint64_t marks = 0;   // WordMark bits
  // Kept by the cache: the spelling of this word's lower-case form, for a
  // word not capitalized (null for others), and the last article in which a
  // word not capitalized had this lower-case form.
  Spelling* lower_case_entry = nullptr;
  std::uint32_t written_in = 0;
};

// The Spelling of every word text met, kept from one article to the next by
// one thread. Words point into it: SpellingCache::storage() keeps what they
// point at alive, even past a restart of the cache.
class SpellingCache {
 public:
  // Fills a new spelling's `folded` and `marks` (find_mentions' is the
  // lexicon's); without one they stay empty.
  using Marker = std::function<void(std::string_view text, Spelling&)>;
  using Storage = StableStringMap<Spelling>;  // text -> its spelling, which never moves

  explicit SpellingCache(Marker mark = {});
  // The spelling of `text`, a whole word as split_words cuts it.
  const Spelling& spelling(std::string_view text);
  // The same, for a word of the article being read (see written_lower_case).
  const Spelling& written(std::string_view text);
  // Called before each article: past a bound, the cache starts again (in new
  // storage, so words already made stay valid while their storage is held).
  void begin_article();
  // Whether the article being read has a word, not capitalized, whose
  // lower-case form is `lowered`: "the" of "The", "iphone" of "IPHONE".
  bool written_lower_case(std::string_view lowered) const;
  std::shared_ptr<const Storage> storage() const { return storage_; }

 private:
  Spelling& entry(std::string_view text);
  Spelling& add(std::string_view text);

  Marker mark_;
  std::shared_ptr<Storage> storage_;
  std::uint32_t article_ = 1;
};

// Sixty-four bytes: the readers of mentions, relations and deals walk the
// words of every sentence, so the fields they test most are copied here
// from the spelling, and the rest is read through it.
struct Word {
  std::uint32_t begin = 0;  // a document is far below 4 GB (corpus.h)
  std::uint32_t end = 0;
  std::string_view text = {};
  std::string_view lower = {};  // the Spelling's, like the fields below
  const Spelling* spelling = nullptr;
  std::uint64_t marks = 0;
  WordKind kind = WordKind::kWord;
  bool capitalized = false;
  bool all_caps = false;

  bool has(WordMark mark) const { return (marks & mark) != 0; }
  std::string_view folded() const { return spelling->folded; }

  // Inlined always (g++ would make it a call), and compared with memcmp of
  // the literal's own size, not of the smaller size as string_view's == does:
  // with a literal, the test is then a size compare and a load or two.
  [[gnu::always_inline]] bool is(std::string_view lowered) const {
    return lower.size() == lowered.size() && std::memcmp(lower.data(), lowered.data(), lowered.size()) == 0;
  }
};

static_assert(sizeof(Word) == 64, "a word is one cache line's worth");

// The words of `sentence`; they point into `sentence` and into `spellings`' storage.
std::vector<Word> split_words(std::string_view sentence, SpellingCache& spellings);

// The lower-cased form of UTF-8 text (ICU full case mapping, ASCII fast path),
// the same in every locale: "IŞIK" is "işik" even where LANG=tr_TR.UTF-8.
std::string lower_case(std::string_view text);

}  // namespace kgraph
