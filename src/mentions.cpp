// Mention finding works sentence by sentence on capitalised runs.
//
// A run is a maximal stretch of capitalised words, joined by the particles of
// names ("bin", "al", "de"), by "of"/"for"/"and" inside institution names and
// titles, never across a possessive. Each run is then cut by the lexicon: a
// leading country or demonym ("Kazakh"), a title ("Commerce Secretary", the
// last title word ends it), and the name proper. The name is typed by its own
// words first (a company suffix, an organisation head word, a country), then
// by the words around it (a title, "company X", "X, an American company",
// "X's plant", "said X"). A name nothing types stays untyped for entities.h.
//
// Headlines and other title-case lines capitalise every word, so runs there
// mean nothing: only countries are read from them.
#include "src/mentions.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "graph/fold.h"
#include "src/string_table.h"

namespace kgraph {
namespace {

// Grammar, not vocabulary: the particles and small words that sit inside names.
constexpr std::string_view kNameParticles[] = {
    "bin", "bint", "ibn", "al", "el", "de", "da", "del", "della", "di", "van", "von", "der",
    "du", "la", "le", "dos", "das", "y", "abu"};
constexpr std::string_view kInstitutionJoiners[] = {"of", "for", "on", "and", "&"};
constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "told", "noted", "added", "stated", "explained", "wrote", "stressed",
    "emphasized", "emphasised", "believes", "argued", "commented", "warned", "agreed"};
// The verbs read_commitment (deals.cpp) and pledges_money read an amount
// after: a sentence without one pledges no money, and is not read for it.
constexpr std::string_view kMoneyVerbs[] = {"invest", "invests", "invested", "lend", "lends", "lent"};
constexpr std::string_view kCallWords[] = {"call", "calls"};
constexpr std::string_view kDescriptorOpeners[] = {"the", "both"};
// The verbs of a promise to sell (deals.cpp's pledges_to_supply): "will deliver 20 jets".
constexpr std::string_view kSupplyVerbs[] = {"supply", "deliver", "provide", "sell"};
// The words that open a clause other than a signing's (deals.cpp's clause_end):
// "..., attended by X" names witnesses, not parties.
constexpr std::string_view kOtherClauseWords[] = {
    "attended", "witnessed", "presence", "according", "which", "who", "where", "while", "following", "after",
    "said", "says", "during", "amid", "before", "prior", "alongside", "ceremony", "witnessing", "watched"};
constexpr std::string_view kHonorifics[] = {"mr.", "ms.", "mrs.", "dr.", "prof.", "mr", "ms", "mrs", "dr"};
constexpr std::string_view kPronouns[] = {"he", "she", "him"};
constexpr std::string_view kArticles[] = {"the", "a", "an", "its", "their", "his", "her"};
constexpr std::string_view kPossessedByFirms[] = {
    "plant", "plants", "factory", "factories", "shares", "stake", "subsidiary", "unit", "ceo",
    "board", "headquarters", "products", "vehicles", "cars", "stock", "shareholders",
    "revenue", "profit", "chief", "executives", "investment", "investments", "locomotives",
    "aircraft", "jets", "models", "brand", "sales", "partnership", "deal", "analyst", "analysts",
    "economist", "economists", "chairman", "customers", "clients", "employees", "earnings"};
// Words that open sentences in news ("Later, ...", "Separately ...") and are never names.
constexpr std::string_view kSentenceAdverbs[] = {
    "later", "earlier", "then", "now", "also", "still", "separately", "instead", "overall", "together",
    "finally", "recently", "currently", "previously", "additionally", "furthermore", "moreover", "likewise",
    "nevertheless", "notably", "meanwhile", "however", "thus", "therefore", "indeed", "already", "again"};
// Company suffixes that are a firm's legal form: nothing of the name comes after them.
constexpr std::string_view kLegalForms[] = {
    "ltd", "limited", "inc", "incorporated", "corp", "plc", "llc", "co", "ag", "se", "sa", "nv", "bv", "gmbh",
    "bhd", "berhad", "spa", "pjsc", "jsc", "ojsc"};
constexpr std::string_view kListLeads[] = {"such", "as", "including", "like", "namely"};
// What a ministry or a minister is in charge of: "Minister of Foreign Affairs".
constexpr std::string_view kPortfolioWords[] = {
    "affairs", "trade", "finance", "industry", "industries", "energy", "defence", "defense", "development",
    "justice", "health", "economy", "education", "agriculture", "resources", "mines", "mining", "transport",
    "interior", "labour", "labor", "investment", "planning", "commerce", "culture", "tourism", "environment",
    "communications", "infrastructure", "security", "welfare", "technology", "science", "innovation", "housing",
    "water", "fisheries", "forestry", "youth", "sports", "information", "works", "cooperation", "integration"};
// What a country's name or demonym before them stands for: the country itself.
constexpr std::string_view kStateWords[] = {"government", "authorities", "side", "delegation", "administration",
                                            "cabinet"};
// Words that grade or qualify a title before it ("Senior Presidential
// Secretary"), never an employer's name.
constexpr std::string_view kTitleModifiers[] = {
    "senior", "deputy", "acting", "interim", "assistant", "associate", "principal", "special", "presidential",
    "executive", "first", "vice", "former", "outgoing", "incoming", "joint", "lead", "chief"};
// Institutions whose own name starts with a nationality: "the Russian
// Academy of Sciences", unlike "the South Korean Ministry of Trade".
constexpr std::string_view kNationalNameHeads[] = {"society", "institute", "institution", "foundation", "academy",
                                                  "association", "federation", "university", "league",
                                                  "alliance", "confederation"};
constexpr std::string_view kPluralPeople[] = {"leaders", "presidents", "sides", "heads", "ministers"};

NodeType title_type(const std::string& type_name) {
  return parse_node_type(type_name).value_or(NodeType::kPerson);
}

// The lexicon's words, split for word-by-word tests.
struct TitleWords {
  TextSet heads;                // last word of a title: "minister", "ceo"
  TextSet all;                  // any word of a title: "prime", "chief"
  TextMap<std::size_t> known;   // folded name or alias -> Lexicon::known index
  StringTable<std::uint8_t> types;  // title -> 1 + the NodeType it gives: looked up often, so no TextMap
};

TitleWords title_words(const Lexicon& lexicon) {
  TitleWords words;
  for (std::size_t k = 0; k < lexicon.known.size(); ++k) {
    words.known.emplace(fold_name(lexicon.known[k].name), k);
    for (const std::string& alias : lexicon.known[k].aliases) words.known.emplace(fold_name(alias), k);
  }
  for (const auto& [title, type] : lexicon.titles) {
    words.types[title] = static_cast<std::uint8_t>(1 + static_cast<int>(title_type(type)));
    std::size_t space = title.rfind(' ');
    words.heads.insert(space == std::string::npos ? title : title.substr(space + 1));
    for (std::size_t b = 0; b <= title.size();) {
      std::size_t e = title.find(' ', b);
      if (e == std::string::npos) e = title.size();
      words.all.insert(title.substr(b, e - b));
      b = e + 1;
    }
  }
  return words;
}

// The country and the demonym a key names, either or both: one look-up for
// both. The strings are the lexicon's.
struct PlaceNames {
  const std::string* country = nullptr;
  const std::string* demonym = nullptr;
  bool extends = false;  // a longer key starts with this one ("united" of "united states")
};
using PlaceTable = StringTable<PlaceNames>;

// The country and the demonym a span of words names, as looked up for one sentence.
struct Place {
  std::uint32_t sentence = 0;  // ReaderMemory::sentence when looked up; 0: never
  const std::string* country = nullptr;
  const std::string* demonym = nullptr;
  bool extends = false;  // a longer span from the same word may name a place
};
constexpr std::size_t kPlaceWords = 4;  // the longest span whose place is kept

// What the readers of one article's sentences reuse, so that a sentence
// allocates and clears nothing: the places looked up (a place of an earlier
// sentence has an earlier number) and the buffer span keys are made in.
struct ReaderMemory {
  std::vector<Place> places = {};  // [a * kPlaceWords + b - a - 1] for the span [a, b)
  std::uint32_t sentence = 0;      // the sentence being read, from 1
  std::string key_buffer = {};
};

// One sentence being read.
class SentenceReader {
 public:
  SentenceReader(const Lexicon& lexicon, const TitleWords& titles, const PlaceTable& places,
                 const SpellingCache& spellings, std::string_view text, std::size_t offset, std::vector<Word> words,
                 ReaderMemory& memory)
      : lexicon_(lexicon), titles_(titles), place_names_(places), spellings_(spellings), text_(text),
        offset_(offset), memory_(memory) {
    out_.words = std::move(words);  // split_words(text) with marks, done by find_mentions
    for (const Word& w : out_.words) out_.marks |= w.marks;
    ++memory_.sentence;
    if (memory_.places.size() < size() * kPlaceWords) memory_.places.resize(size() * kPlaceWords);
    out_.headline = is_headline();
    out_.mentions.reserve(8);  // most sentences name a few: mentions seldom move
  }

  SentenceMentions read() {
    const std::size_t n = out_.words.size();
    for (std::size_t i = 0; i < n;) {
      if (out_.headline) {
        i = read_headline_country(i);
      } else if (std::size_t next = opens_descriptor(i) ? read_descriptor(i) : i; next != i) {
        i = next;
      } else if (starts_name(i)) {
        i = read_run(i, extend_run(i));
      } else {
        ++i;
      }
    }
    type_lists();
    type_between_pairs();
    return std::move(out_);
  }

 private:
  const Word& word(std::size_t i) const { return out_.words[i]; }
  std::size_t size() const { return out_.words.size(); }
  [[gnu::always_inline]] bool is_word(std::size_t i, std::string_view lowered) const { return i < size() && word(i).is(lowered); }
  bool has(std::size_t i, WordMark mark) const { return word(i).has(mark); }
  // "Pittsburgh-based" says where a firm is (relations.h); it is no part of a name.
  [[gnu::always_inline]] bool is_cap(std::size_t i) const {
    return i < size() && word(i).kind == WordKind::kWord &&
           (word(i).capitalized || word(i).all_caps || has(i, kParticleJoined)) && !has(i, kPlaceBased);
  }

  // Span text and its folded form.
  std::string span_text(std::size_t a, std::size_t b) const {
    return std::string(text_.substr(word(a).begin, word(b - 1).end - word(a).begin));
  }
  // fold_name() of the span, made from the words' folded forms (the same
  // thing, since folding joins words with one space and drops punctuation).
  // The view is of a word's own folded form or of a buffer that the next call
  // overwrites: a key for one look-up, made without an allocation.
  std::string_view span_key(std::size_t a, std::size_t b) const {
    if (b == a + 1) return word(a).folded();
    std::string& key = memory_.key_buffer;
    key.clear();
    for (std::size_t k = a; k < b; ++k) {
      if (word(k).folded().empty()) continue;
      bool glued = word(k).text == "'s" || (k > a && word(k).begin == word(k - 1).end && word(k).kind != WordKind::kPunct &&
                                            word(k - 1).kind != WordKind::kPunct);
      if (!key.empty() && !glued) key += ' ';
      key += word(k).folded();
    }
    return key;
  }
  std::optional<std::string> country_of(std::size_t a, std::size_t b) const {
    if (const std::string* country = place(a, b).country) return *country;
    return std::nullopt;
  }
  std::optional<std::string> demonym_of(std::size_t a, std::size_t b) const {
    if (const std::string* demonym = place(a, b).demonym) return *demonym;
    return std::nullopt;
  }
  // The country and the demonym a span names, if any. The spans of up to
  // kPlaceWords words are looked up once per sentence, since country_end()
  // asks for the same ones again and again.
  Place place(std::size_t a, std::size_t b) const {
    if (b <= a || b - a > kPlaceWords) return look_up_place(a, b);
    Place& p = memory_.places[a * kPlaceWords + (b - a - 1)];
    if (p.sentence != memory_.sentence) p = look_up_place(a, b);
    return p;
  }
  Place look_up_place(std::size_t a, std::size_t b) const {
    // The key starts with the first word's folded form (place_starts()).
    if (a < size() && !word(a).has(kPlaceStart)) return Place{.sentence = memory_.sentence};
    PlaceNames names = place_names_.find(span_key(a, b));
    return Place{.sentence = memory_.sentence, .country = names.country, .demonym = names.demonym,
                 .extends = names.extends};
  }
  // "the Saudi Arabian government", "the Korean side": a demonym before one
  // of these words stands for its country (a party, a speaker).
  bool stands_for_country(std::size_t k) const { return k < size() && has(k, kStateWord); }

  // "U.S. dollars", "15.6 U.S. billion dollars": the country before `k` names a currency.
  bool names_currency(std::size_t k) const {
    if (is_word(k, "million") || is_word(k, "billion") || is_word(k, "trillion")) ++k;
    return is_word(k, "dollar") || is_word(k, "dollars");
  }

  // The longest country or demonym starting at `a` and ending before `limit`: its end.
  // Spans grow a word at a time while some key goes on past them (a span's
  // key is the start of every longer span's), so most stop after one look-up.
  std::size_t country_end(std::size_t a, std::size_t limit, bool demonyms) const {
    if (a >= size() || !word(a).has(kPlaceStart)) return a;  // most words: no look-up at all
    std::size_t end = a;
    for (std::size_t b = a + 1; b <= std::min(limit, a + kPlaceWords); ++b) {
      Place p = place(a, b);
      if (p.country || (demonyms && p.demonym)) end = b;
      if (!p.extends) break;
    }
    return end;
  }

  // Title case: every content word capitalised ("Deal Signed", "Kazakhstan
  // Launches New Payment System"); small function words may stay lower case.
  bool is_headline() const {
    int capitalised = 0;
    for (const Word& w : out_.words) {
      if (w.kind != WordKind::kWord) continue;
      if (w.capitalized || w.all_caps) ++capitalised;
      else if (!w.has(kSmallWord)) return false;  // prose, nearly always within a few words
    }
    return capitalised >= 2;
  }

  // A capitalised word that opens a sentence may just be a common word.
  bool starts_name(std::size_t i) const {
    if (!is_cap(i)) return false;
    if (country_end(i, size(), true) > i) return true;
    if (has(i, kNotName) || has(i, kSentenceAdverb)) return false;
    // "Kazakhstan's Ministry ...": a possessive opens no sentence.
    bool opening = i == 0 || (word(i - 1).kind == WordKind::kPunct && word(i - 1).text != "'s");
    // A word the article also writes in lower case is a common word where it opens a sentence.
    if (opening && !word(i).all_caps && spellings_.written_lower_case(word(i).lower) && !is_title_word(i)) return false;
    // "Strengthening Uzbekistan Airways is ...": a gerund opens the sentence.
    if (opening && word(i).lower.size() > 6 && word(i).lower.ends_with("ing") && is_cap(i + 1)) return false;
    return !out_.headline;
  }

  bool is_title_word(std::size_t i) const { return has(i, kTitleWord); }
  // The type the lexicon's title `key` (folded) gives, if it is a title.
  std::optional<NodeType> title_named(std::string_view key) const {
    std::uint8_t type = titles_.types.find(key);
    if (type == 0) return std::nullopt;
    return static_cast<NodeType>(type - 1);
  }
  // "company", "giant", or a cue of two words: "financial institution".
  bool is_company_cue(std::size_t k) const {
    if (has(k, kCompanyCue)) return true;
    if (!has(k, kCompanyCueTail) || k == 0) return false;
    std::string cue(word(k - 1).folded());
    cue += ' ';
    cue += word(k).folded();
    return lexicon_.company_cues.count(cue) > 0;
  }
  // A word that can end a title; "secretary-general" folds to two words.
  bool is_head_word(std::size_t i) const { return has(i, kEndsInTitleHead); }
  bool names_institution(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (has(k, kOrganizationHead) || has(k, kCompanySuffix)) return true;
    return false;
  }
  bool has_institution_word(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (has(k, kOrganizationHead) || has(k, kCompanySuffix) || has(k, kTitleHead)) return true;
    return false;
  }

  // ", Industry, and Energy" inside "Ministry of Trade, Industry, and Energy":
  // a comma list of capitalised words closed by "and". Returns where it ends, or j.
  std::size_t institution_list_end(std::size_t j) const {
    std::size_t k = j;
    while (k + 1 < size() && word(k).text == "," && is_cap(k + 1)) {
      ++k;
      while (is_cap(k)) ++k;
    }
    if (k == j) return j;
    if (word(k).text == ",") ++k;
    if (!is_word(k, "and") || !is_cap(k + 1)) return j;
    ++k;
    while (is_cap(k)) ++k;
    return k;
  }

  std::size_t extend_run(std::size_t i) const {
    std::size_t j = i + 1;
    while (j < size()) {
      if (is_cap(j) && (!has(j, kNotName) || small_name_word(i, j))) {
        ++j;
      } else if (std::size_t e = country_through_joiner(i, j); e > j) {
        j = e;  // "President of the Republic of Uzbekistan X": the country's name is whole
      } else if (has(j, kNameParticle) && is_cap(j + 1)) {
        j += 2;
      } else if (has(j, kNameParticle) && j + 1 < size() && has(j + 1, kNameParticle) && is_cap(j + 2)) {
        j += 3;  // "von der Leyen", "de la Cruz"
      } else if (has(j, kInstitutionJoiner) && is_cap(j + 1) && !has(j + 1, kNotName) && joins_institution(i, j)) {
        j += 2;
      } else if ((is_word(j, "of") || is_word(j, "for")) && is_word(j + 1, "the") && is_cap(j + 2) &&
                 joins_institution(i, j)) {
        j += 3;
      } else if (word(j).text == "," && in_institution_of(i, j) && institution_list_end(j) > j) {
        j = institution_list_end(j);
      } else {
        break;
      }
      while (is_cap(j) && !has(j, kNotName)) ++j;
    }
    return j;
  }

  // "Deputy Minister To Anh Dung": a small word written with a capital inside
  // a sentence, after a title and before a name, is a name of its own.
  bool small_name_word(std::size_t i, std::size_t j) const {
    return has(j, kSmallWord) && !word(j).all_caps && j > i && is_cap(j + 1) && !has(j + 1, kNotName) &&
           country_end(j + 1, size(), true) == j + 1 && last_title_head(i, j) != j;
  }

  // The end of a country's name ("Republic of Uzbekistan", "Islamic Republic
  // of Iran") that begins one or two words before the joiner at j and goes on
  // past it; j if there is none.
  std::size_t country_through_joiner(std::size_t i, std::size_t j) const {
    if (!has(j, kInstitutionJoiner)) return j;
    for (std::size_t back = 2; back >= 1; --back)
      if (j >= i + back)
        if (std::size_t e = country_end(j - back, size(), false); e > j + 1) return e;
    return j;
  }

  // "of"/"for"/"and" join inside an institution name or a title, not between two names.
  bool joins_institution(std::size_t i, std::size_t j) const {
    std::string_view joiner = word(j).lower;
    if (joiner == "&") return true;
    if (joiner == "and") {
      if (country_end(i, j, true) == j) return false;  // "Kenya and Orvo Ltd": a country is a name of its own
      bool titles_around = is_title_word(j - 1) && is_title_word(j + 1);
      bool institution_list = has_institution_word(i, j) && j >= 2 &&
                              std::any_of(out_.words.begin() + i, out_.words.begin() + j,
                                          [](const Word& w) { return w.is("of") || w.is("for"); });
      // "Communications and Multimedia Commission" is one name; "Exim Bank
      // Malaysia and Turk Eximbank" are two.
      bool head_before = has_institution_word(i, j);
      return titles_around || institution_list || (!head_before && institution_ahead(j + 1));
    }
    // "of" follows the head word it qualifies: "Ministry of X", "Minister of
    // Y", "Bank of Z"; "Rafael Ortiz of Chile" is a name and a country.
    // A second "of" inside an institution's name: "Congress of Leaders of World Religions".
    bool after_head = has_institution_word(j - 1, j) || is_title_word(j - 1);
    // "Geoje Marine Ltd of South Korea": a legal form closes the name.
    if (joiner == "of" && has(j - 1, kLegalForm) && country_end(j + 1, size(), false) > j + 1) return false;
    bool inside_institution = joiner == "of" && names_institution(i, j);
    return after_head || inside_institution || (joiner != "of" && institution_ahead(j + 1));
  }

  // Inside "Ministry of Trade, ...": an institution's head word, then "of" or "for".
  bool in_institution_of(std::size_t i, std::size_t j) const {
    for (std::size_t k = i; k + 1 < j; ++k)
      if (names_institution(k, k + 1) && (is_word(k + 1, "of") || is_word(k + 1, "for"))) return true;
    return false;
  }

  // "Communications and Multimedia Commission": the head word comes after the joiner.
  bool institution_ahead(std::size_t k) const {
    for (std::size_t end = k; end < size() && end < k + 4 && is_cap(end); ++end)
      if (names_institution(end, end + 1)) return true;
    return false;
  }

  std::size_t read_headline_country(std::size_t i) {
    std::size_t e = is_cap(i) ? country_end(i, size(), true) : i;
    if (e == i) return i + 1;
    if (auto c = country_of(i, e)) add_country(MentionKind::kCountry, i, e, *c);
    else add_country(MentionKind::kDemonym, i, e, *demonym_of(i, e));
    return e;
  }

  // Whether read_descriptor() may find one at i: asked first, inline, since
  // nearly every word opens none.
  bool opens_descriptor(std::size_t i) const {
    const Word& w = word(i);
    return w.kind == WordKind::kWord && ((w.has(kPronoun) && !w.all_caps) || w.has(kTheOrBoth));
  }
  // "the company", "the Kazakh president", "the two leaders", "he".
  std::size_t read_descriptor(std::size_t i) {
    if (word(i).kind != WordKind::kWord) return i;
    if (has(i, kPronoun) && !word(i).all_caps) {
      Mention m = make_mention(MentionKind::kPronoun, i, i + 1);
      m.typed = false;
      out_.mentions.push_back(std::move(m));
      return i + 1;
    }
    if (!word(i).is("the") && !word(i).is("both")) return i;
    std::size_t k = i + 1;
    bool plural = false;
    if (is_word(k, "two")) plural = true, ++k;
    if (is_word(k, "visiting")) ++k;  // "the visiting Indian Prime Minister"
    const std::string* country = nullptr;
    if (std::size_t e = country_end(k, size(), true); e > k) {
      Place p = place(k, e);
      country = p.country ? p.country : p.demonym;
      k = e;
    }
    if (k >= size() || word(k).kind != WordKind::kWord) return i;
    // "the Kazakh president", "the Indian Prime Minister": a title with no name after it.
    std::size_t title_end = plural ? k : title_end_at(k);
    // "The President of the Republic of X Y" opens an office and a name, not a descriptor.
    if (word(k).capitalized && (title_end == k || is_word(title_end, "of") || is_word(title_end, "for"))) return i;
    // "the Argentine producer Andes Salar": a description of the name that follows.
    if (is_cap(std::max(title_end, k + 1))) return i;
    if (title_end > k + 1) {
      return add_descriptor(i, title_end, *title_named(span_key(k, title_end)), false, span_text(k, title_end), country);
    }
    // The type first: most "the X" describe no entity, and need no mention made.
    NodeType type = NodeType::kCountry;
    std::string_view role;
    if (has(k, kPeoplePlural)) {
      type = NodeType::kLeader, plural = true;
    } else if (plural) {
      return i;
    } else if (is_company_cue(k)) {
      type = NodeType::kFirm;
    } else if (std::optional<NodeType> t = has(k, kTitlePart) ? title_named(word(k).folded()) : std::nullopt) {
      type = *t, role = word(k).text;
    } else if (!word(k).is("country")) {
      return i;
    }
    return add_descriptor(i, k + 1, type, plural, std::string(role), country);
  }

  std::size_t add_descriptor(std::size_t a, std::size_t b, NodeType type, bool plural, std::string role,
                             const std::string* country) {
    Mention m = make_mention(MentionKind::kDescriptor, a, b);
    m.type = type, m.typed = true, m.plural = plural, m.role = std::move(role);
    if (country && type == NodeType::kFirm) m.based_in = *country;
    if (!m.role.empty()) m.name = country ? *country : "";  // "the Kazakh president": known by the country
    out_.mentions.push_back(std::move(m));
    return b;
  }

  // The end of the longest title of the lexicon, up to three words, that starts at k; k if none.
  std::size_t title_end_at(std::size_t k) const {
    if (!is_title_word(k) && !has(k, kTitlePart)) return k;
    for (std::size_t n = std::min<std::size_t>(3, size() - k); n >= 1; --n)
      if (title_named(span_key(k, k + n))) return k + n;
    return k;
  }

  Mention make_mention(MentionKind kind, std::size_t a, std::size_t b) const {
    Mention m;
    m.kind = kind;
    m.first_word = a, m.end_word = b;
    m.begin = offset_ + word(a).begin, m.end = offset_ + word(b - 1).end;
    m.name = span_text(a, b);
    m.written = m.name;
    return m;
  }

  void add_country(MentionKind kind, std::size_t a, std::size_t b, std::string canonical) {
    Mention m = make_mention(kind, a, b);
    m.type = NodeType::kCountry, m.typed = true, m.name = std::move(canonical);
    out_.mentions.push_back(std::move(m));
  }

  // Reads the run [i, j) into mentions; returns where reading goes on.
  std::size_t read_run(std::size_t i, std::size_t j) {
    if (word(i).is("the") && j > i + 1) ++i;
    if (j == i + 1 && has(i, kFoldedDealNoun)) return j;  // "MoU", "MOUs"
    if (j == i + 1 && j < size() && word(j).text == "$" && word(j).begin == word(i).end) return j;  // "US$ 10 billion"
    if (auto c = country_of(i, j)) {
      if (!names_currency(j)) add_country(MentionKind::kCountry, i, j, *c);
      return j;
    }
    if (auto d = demonym_of(i, j)) {
      if (!stands_for_country(j)) {
        add_country(MentionKind::kDemonym, i, j, *d);
      } else {
        add_country(MentionKind::kCountry, i, j, *d);
        out_.mentions.back().written = *d;  // "Saudi Arabian" is no other name of the country
      }
      return j;
    }
    if (out_.headline) return j;
    std::size_t head = last_title_head(i, j);
    bool all_office = head + 1 == j || is_word(head + 1, "of") || is_word(head + 1, "for");
    if (head != j && all_office && names_next_name(j)) return read_office(i, head, j);
    if (head != j && head + 1 < j) return read_titled_name(i, head, j);
    return read_name(i, j);
  }

  // The last word of the run that ends a title phrase of the lexicon.
  std::size_t last_title_head(std::size_t i, std::size_t j) const {
    for (std::size_t k = j; k-- > i;)
      if (is_title_head(i, k) && !is_particle_name(k) && !is_surname(i, k, j)) return k;
    return j;
  }
  bool is_title_head(std::size_t i, std::size_t k) const { return title_begin(i, k) != k + 1; }
  // "Resources Minister Madeleine King": a title word ending the run, right
  // after one or two given names that follow a title, is a surname.
  bool is_surname(std::size_t i, std::size_t k, std::size_t j) const {
    if (k + 1 != j) return false;
    for (std::size_t given = 1; given <= 2 && k >= i + given + 1; ++given) {
      std::size_t first = k - given;
      if (!is_given_name(first) || (given == 2 && !is_given_name(k - 1))) return false;
      if (is_title_head(i, first - 1)) return true;
    }
    return false;
  }
  bool is_given_name(std::size_t k) const { return is_cap(k) && !word(k).all_caps && !is_title_word(k); }
  // Where the longest title phrase ending at word k begins (k + 1: none).
  std::size_t title_begin(std::size_t i, std::size_t k) const {
    // A title's key ends in a head word, the last word's own: no look-up for most words.
    if (word(k).kind == WordKind::kWord && !has(k, kEndsInTitleHead)) return k + 1;
    for (std::size_t a = k >= i + 3 ? k - 3 : i; a <= k; ++a)
      if (title_named(span_key(a, k + 1))) return a;
    return k + 1;
  }
  // "Sultan Ahmed Al Jaber": a title word that is a given name here, since a
  // title is never followed by a particle right away.
  bool is_particle_name(std::size_t k) const { return k + 1 < size() && has(k + 1, kNameParticle); }

  // "[Kazakh|US|UN] [Commerce] Secretary [of X] Name".
  std::size_t read_titled_name(std::size_t i, std::size_t head, std::size_t j) {
    int affiliation = -1;
    std::size_t role_begin = i;
    std::size_t title_start = title_begin(i, head);
    // "Senior Presidential Secretary": the words that grade a title are the title's.
    while (title_start > i && has(title_start - 1, kTitleModifier)) --title_start;
    if (title_start > i && names_institution(i, title_start)) {
      // "Kazakhstan Senate Chairman X", "European Council President X"
      affiliation = add_affiliation_name(i, title_start);
      role_begin = title_start;
    } else if (std::size_t e = country_end(i, head, true); e > i) {
      affiliation = add_affiliation_country(i, e);
      role_begin = e;
    } else if (title_start > i && is_cap(i) && !is_title_word(i)) {
      // "VW Chief Executive Officer X", "Petronas CEO X": kept if it names an
      // entity of the article (entities.h drops it otherwise), and a firm
      // when the title is one only a firm gives.
      affiliation = add_affiliation_name(i, title_start);
      role_begin = title_start;
      Mention& owner = out_.mentions[static_cast<std::size_t>(affiliation)];
      if (!owner.typed && is_corporate_title(title_start, head + 1)) owner.type = NodeType::kFirm, owner.typed = true;
    }
    std::size_t name_begin = head + 1;
    if ((is_word(name_begin, "of") || is_word(name_begin, "for")) && name_begin + 1 < j) {
      std::size_t of = name_begin + (is_word(name_begin + 1, "the") ? 2 : 1);
      if (follows_a_name(i)) {  // "X, Head of Folk Art Programs, said": the office only
        add_affiliation_name(of, j);
        return j;
      }
      name_begin = read_title_affiliation(of, j, affiliation);
      // "Norway's Minister of Fisheries X": the possessive owns an office that names no body.
      if (int owner = possessive_owner(i); owner >= 0 && (affiliation < 0 || !out_.mentions[affiliation].typed))
        affiliation = owner;
    }
    if (name_begin >= j) return j;  // "..., President and CEO of Cameco": the name came before
    Mention m = make_mention(MentionKind::kName, name_begin, j);
    m.role = span_text(role_begin, head + 1);
    m.type = role_type(role_begin, head + 1);
    m.typed = true;
    m.affiliation = affiliation;
    take_acronym(m);
    out_.mentions.push_back(std::move(m));
    return out_.mentions.back().end_word;
  }

  // "Argentina's Secretary of Mining, Lucas Ferreyra,": a run that is all
  // office, then a comma and a name. Whether it is: the run after the comma
  // is a plain name (no country, no title of its own).
  bool names_next_name(std::size_t j) const {
    if (j + 1 >= size() || word(j).text != "," || !is_cap(j + 1) || is_title_word(j + 1)) return false;
    if (country_end(j + 1, size(), true) > j + 1 || has(j + 1, kNotName)) return false;
    std::size_t end = extend_run(j + 1);
    return !names_institution(j + 1, end);
  }

  // The office [i, j) of the name after the comma: its role, type and the
  // affiliation (the institution or country after "of", else the possessive
  // owner before it: "Vietnam's Minister of Industry and Trade, X").
  std::size_t read_office(std::size_t i, std::size_t head, std::size_t j) {
    if (follows_a_name(i)) return read_titled_name(i, head, j);
    int affiliation = -1;
    std::size_t role_begin = i;
    if (std::size_t e = country_end(i, head, true); e > i) affiliation = add_affiliation_country(i, e), role_begin = e;
    std::size_t of = head + 1;
    if (is_word(of, "of") || is_word(of, "for")) {
      std::size_t a = of + 1 + (is_word(of + 1, "the") ? 1 : 0);
      if (country_end(a, j, false) == j) affiliation = add_affiliation_country(a, j);
      else if (a < j && names_institution(a, j)) affiliation = add_affiliation_name(a, j);
    }
    if (affiliation < 0) affiliation = possessive_owner(i);
    pending_office_ = Office{.role = span_text(role_begin, j), .type = role_type(role_begin, head + 1),
                             .affiliation = affiliation, .name_word = j + 1};
    return j + 1;
  }

  // ", Head of ...": the run is an apposition to the name before the comma.
  bool follows_a_name(std::size_t i) const {
    return i >= 2 && word(i - 1).text == "," && !out_.mentions.empty() &&
           out_.mentions.back().end_word == i - 1 && out_.mentions.back().kind == MentionKind::kName;
  }
  // "Kazakhstan's Minister of ...": the mention that owns the office, or -1.
  int possessive_owner(std::size_t i) const {
    if (i < 2 || word(i - 1).text != "'s") return -1;
    for (std::size_t m = out_.mentions.size(); m-- > 0;)
      if (out_.mentions[m].end_word == i - 1) return static_cast<int>(m);
    return -1;
  }

  // "of Saudi Arabia Mohammed bin Salman", "of the UN Alliance of
  // Civilizations Nihal Saad": adds the affiliation; returns where the name begins.
  std::size_t read_title_affiliation(std::size_t a, std::size_t j, int& affiliation) {
    std::size_t e = country_end(a, j, false);
    if (e > a) {
      affiliation = add_affiliation_country(a, e);
      return e;
    }
    e = institution_end(a, j);
    // A portfolio names no body: the affiliation stays the one before the title.
    if (e == a && (e = portfolio_end(a, j)) > a) return e;
    if (e == a) {
      // With no head or portfolio word to end the office, the name is the
      // last two words (three with a particle).
      e = j >= a + 3 ? j - 2 : j;
      if (e > a + 1 && has(e - 1, kNameParticle)) e -= 1;
    }
    if (e > a) affiliation = add_affiliation_name(a, e);
    return e;
  }

  // "Minister of Foreign Affairs Lam Anh Dung", "Minister of Digital
  // Development Zhaslan Madiev": the office ends after its last portfolio
  // word, if a name of two words or more is left; `a` if none.
  std::size_t portfolio_end(std::size_t a, std::size_t j) const {
    for (std::size_t k = j >= 2 ? j - 2 : a; k-- > a;)
      if (has(k, kPortfolio)) return k + 1;
    return a;
  }

  // Where an institution's name that starts at `a` ends: after its last head
  // word, and one "of X" after it ("Alliance of Civilizations"); `a` if none.
  std::size_t institution_end(std::size_t a, std::size_t j) const {
    std::size_t end = a;
    for (std::size_t k = a; k < j; ++k) {
      if (!names_institution(k, k + 1)) continue;
      end = k + 1;
      if (is_word(end, "of") && end + 1 < j && is_cap(end + 1)) end += 2;
    }
    return end;
  }

  NodeType role_type(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (std::optional<NodeType> t = title_named(span_key(k, b))) return *t;
    return NodeType::kLeader;
  }

  int add_affiliation_country(std::size_t a, std::size_t b) {
    auto c = country_of(a, b);
    add_country(c ? MentionKind::kCountry : MentionKind::kDemonym, a, b, c ? *c : demonym_of(a, b).value_or(""));
    return static_cast<int>(out_.mentions.size()) - 1;
  }
  int add_affiliation_name(std::size_t a, std::size_t b) {
    if (country_end(a, b, true) == b) return add_affiliation_country(a, b);  // "CEO of Canada's Cameco"
    read_name(a, b);
    return static_cast<int>(out_.mentions.size()) - 1;
  }

  // A name with no title in its run: typed by its own words, then its context.
  // An institution run straight into a person's name ("the Smithsonian
  // Institution Tokayev met") is cut after the institution.
  std::size_t read_name(std::size_t i, std::size_t j) {
    std::size_t cut = institution_end(i, j);
    bool after_head = names_institution(cut - 1, cut) || j - cut >= 2;  // not "Ministry of Water Resources"
    if (cut > i + 1 && cut < j && j - cut <= 3 && after_head && plain_words(cut, j)) {
      read_name(i, cut);
      return read_name(cut, j);
    }
    Mention m = make_mention(MentionKind::kName, i, j);
    std::size_t demonym_end = country_end(i, j, true);
    // ... but not before a lone word: "Turkish Airlines", "the Kazakh Senate" are names whole.
    if (demonym_end > i && demonym_end + 1 < j && demonym_of(i, demonym_end) && !country_of(i, demonym_end) &&
        names_institution(demonym_end, demonym_end + 1) && !is_national_name_head(demonym_end)) {
      // "South Korean Ministry of ...": the demonym says where, not who;
      // in "Malaysian Investment Development Authority" it is part of the name.
      m = make_mention(MentionKind::kName, demonym_end, j);
      m.based_in = *demonym_of(i, demonym_end);
    } else if (demonym_end > i) {
      m.based_in = country_of(i, demonym_end).value_or(demonym_of(i, demonym_end).value_or(""));
    }
    type_by_own_words(m);
    if (pending_office_ && pending_office_->name_word == m.first_word && !m.typed) {
      m.role = pending_office_->role, m.type = pending_office_->type, m.typed = true;
      m.affiliation = pending_office_->affiliation;
    }
    if (!m.typed || m.type == NodeType::kPerson) type_by_context(m);
    // A firm, however typed, is placed by the words around it: "Geoje Marine Ltd of South Korea",
    // "of Canada's Teck", "a deal with Petronas, Malaysia's state energy company".
    if (m.type == NodeType::kFirm && m.based_in.empty()) m.based_in = firm_country_around(m);
    if (m.type == NodeType::kFirm && m.based_in.empty())
      if (Apposition a = read_apposition(m.end_word); a.cue) m.based_in = apposition_country(m.end_word, a.cue);
    take_acronym(m);
    out_.mentions.push_back(std::move(m));
    return out_.mentions.back().end_word;
  }

  bool is_national_name_head(std::size_t k) const {
    return std::find(std::begin(kNationalNameHeads), std::end(kNationalNameHeads), word(k).folded()) !=
           std::end(kNationalNameHeads);
  }

  bool plain_words(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (!is_cap(k) || names_institution(k, k + 1) || is_title_word(k) || country_end(k, b, true) > k) return false;
    return true;
  }

  void type_by_own_words(Mention& m) const {
    std::string key(span_key(m.first_word, m.end_word));
    if (auto k = titles_.known.find(key); k != titles_.known.end()) {
      const KnownEntity& known = lexicon_.known[k->second];
      m.type = known.type, m.typed = true, m.name = known.name;
      return;
    }
    // "Federal Ministry for Economic Affairs and Energy": a head word at the
    // front makes an institution, whatever the last word.
    bool institution_first = has(m.first_word, kOrganizationHead) ||
                             (m.end_word - m.first_word > 2 && has(m.first_word + 1, kOrganizationHead));
    if (ends_in_company_suffix(m) && !institution_first) {
      m.type = NodeType::kFirm, m.typed = true;
      return;
    }
    for (std::size_t k = m.first_word; k < m.end_word; ++k) {
      if (has(k, kOrganizationHead)) {
        m.type = NodeType::kOrganization, m.typed = true;
        return;
      }
    }
  }

  // "Acme Holdings", and a suffix then the country the firm serves: "Exim Bank Malaysia".
  bool ends_in_company_suffix(const Mention& m) const {
    std::size_t last = m.end_word - 1;
    for (std::size_t k = m.first_word + 2; k < m.end_word; ++k)
      if (has(k - 1, kCompanySuffix) && country_end(k, m.end_word, false) == m.end_word) last = k - 1;
    return last > m.first_word && has(last, kCompanySuffix);
  }

  // "VW said", "ADQ said": a person's name is not written in capitals.
  bool is_acronym(const Mention& m) const { return m.end_word == m.first_word + 1 && word(m.first_word).all_caps; }

  void type_by_context(Mention& m) {
    if (type_by_words_before(m) || type_by_words_after(m)) m.typed = true;
  }

  // "American railway giant X", "political scientist X", "Mr. X", "said X".
  bool type_by_words_before(Mention& m) {
    std::size_t a = m.first_word;
    if (a >= 1 && has(a - 1, kHonorific)) return m.type = NodeType::kPerson, true;
    // "..., said X." names a speaker; "said Tokyo was committed" opens a clause about anything.
    bool ends_clause = m.end_word >= size() || word(m.end_word).kind == WordKind::kPunct;
    if (a >= 1 && has(a - 1, kSpeechVerb) && !is_acronym(m) && ends_clause)
      return m.type = NodeType::kPerson, m.guessed = true, true;
    // "a contract with X", and in a signing past the country that owns the name: "signed a contract with Hungary's MVM".
    if (std::size_t w = past_owning_country(a); w >= 2 && word(w - 1).is("with") && deal_noun_before(w - 1) &&
        (w == a || signed_before(w - 1)))
      return m.type = NodeType::kFirm, true;
    if (a >= 2 && word(a - 1).is("from") && bought_before(a - 1)) return m.type = NodeType::kFirm, true;
    if (a >= 1 && bought_for_money(m)) return m.type = NodeType::kFirm, true;
    if (auto t = lowercase_title_before(a)) {
      m.type = t->second, m.role = span_text(t->first, a);
      m.affiliation = owner_before(t->first);
      if (m.affiliation < 0) m.affiliation = firm_before_corporate_title(t->first, a);
      return true;
    }
    if (auto t = office_before_comma(a)) {
      m.type = t->second, m.role = span_text(t->first, a - 1);
      m.affiliation = owner_before(t->first);
      // "the chief executive of Canada's Teck Resources, Jonathan Price": the name before the comma.
      if (m.affiliation < 0 && !out_.mentions.empty() && out_.mentions.back().end_word == a - 1 &&
          out_.mentions.back().kind == MentionKind::kName && out_.mentions.back().first_word > t->first)
        m.affiliation = static_cast<int>(out_.mentions.size()) - 1;
      return true;
    }
    // "VinFast, a unit of Vingroup": the owner of a firm is one.
    if (a >= 4 && word(a - 1).is("of") && is_company_cue(a - 2) && (word(a - 4).text == "," || word(a - 3).text == ","))
      return m.type = NodeType::kFirm, true;
    // "the chief executive of (Canada's) Teck Resources"
    if (std::size_t of = past_owning_country(a); of >= 2 && word(of - 1).is("of") && corporate_title_before(of - 1))
      return m.type = NodeType::kFirm, true;
    if (std::size_t cue = cue_before_comma(a); cue != a) {
      m.type = NodeType::kFirm;
      if (m.based_in.empty()) m.based_in = country_in(cue >= 4 ? cue - 4 : 0, cue);
      return true;
    }
    for (std::size_t back = 1; back <= 4 && back <= a; ++back) {
      std::size_t k = a - back;
      // "a mining company based in Perth": the cue is another noun phrase's.
      if (word(k).kind != WordKind::kWord || has(k, kArticleWord)) break;
      bool other_phrase = has(k, kNotName) && !has(k, kListLead);
      if (other_phrase || word(k).has(kBasedInTrigger)) break;
      if (is_company_cue(k) && !word(k).capitalized) {
        m.type = NodeType::kFirm;
        if (m.based_in.empty()) m.based_in = country_in(k >= 5 ? k - 5 : 0, k);
        return true;
      }
    }
    return false;
  }

  // "the chief executive of X": the title ending right before `of` is one a
  // firm gives (so "the president of X" says nothing of X).
  bool corporate_title_before(std::size_t of) const {
    auto t = lowercase_title_before(of);
    return t && is_corporate_title(t->first, of);
  }
  bool is_corporate_title(std::size_t a, std::size_t b) const {
    static const TextSet kCorporateTitles = {
        "ceo", "chief executive", "chief executive officer", "managing director", "chairman", "chairwoman",
        "executive chairman", "cfo", "coo", "cto", "chief financial officer", "chief operating officer",
        "general manager", "founder", "co-founder", "co founder", "president and ceo"};
    return kCorporateTitles.count(span_key(a, b)) > 0;
  }

  // "the national rail operator, X": a noun phrase opened by an article and
  // closed by a company cue, then the comma right before `a`. Returns the
  // cue's index, or `a`. A phrase after a preposition ("with the company,
  // X said") is not an apposition of X.
  std::size_t cue_before_comma(std::size_t a) const {
    if (a < 3 || word(a - 1).text != "," || !is_company_cue(a - 2) || word(a - 2).capitalized)
      return a;
    for (std::size_t k = a - 2; k-- > 0 && k + 6 > a;) {
      if (word(k).kind != WordKind::kWord) return a;
      if (!has(k, kArticleWord)) continue;
      return k == 0 || !has(k - 1, kNotName) ? a - 2 : a;
    }
    return a;
  }

  // "a contract with X", "a deal with X": X is a firm unless told otherwise.
  bool deal_noun_before(std::size_t with) const {
    for (std::size_t k = with; k > 0 && k + 4 > with; --k)
      if (has(k - 1, kFoldedDealNoun)) return true;
    return false;
  }

  bool signed_before(std::size_t k) const {
    for (std::size_t i = 0; i < k; ++i)
      if (has(i, kSignedTrigger)) return true;
    return false;
  }

  // Where "Canada's" begins when the name at `a` follows it; else `a`.
  std::size_t past_owning_country(std::size_t a) const {
    if (a < 2 || word(a - 1).text != "'s" || out_.mentions.empty()) return a;
    const Mention& owner = out_.mentions.back();
    return owner.end_word == a - 1 && owner.type == NodeType::kCountry ? owner.first_word : a;
  }

  // "ordered 20 jets from X", "bought engines from X": X sells, so is a firm unless told otherwise.
  bool bought_before(std::size_t from) const {
    // "the purchase of 50 locomotives worth $1.2 billion from X": a count and a price may come between.
    for (std::size_t k = from; k > 0 && k + 9 > from; --k)
      if (is_buying_word(word(k - 1).lower)) return true;
    return false;
  }

  // "agreed to buy X for $6.7 billion", "acquired the X for ...": what is bought whole for a price is a firm.
  bool bought_for_money(const Mention& m) const {
    std::size_t verb = m.first_word - 1;
    if (verb > 0 && word(verb).is("the")) --verb;
    if (!is_buying_word(word(verb).lower)) return false;
    std::size_t j = m.end_word;
    return j + 1 < size() && word(j).is("for") && (word(j + 1).text.ends_with("$") || word(j + 1).kind == WordKind::kNumber);
  }

  // "Geoje Marine Ltd of South Korea", or a country before the firm.
  std::string firm_country_around(const Mention& m) const {
    std::size_t j = m.end_word;
    if (is_word(j, "of") && has(j - 1, kLegalForm)) {
      std::size_t e = country_end(j + 1, size(), false);
      if (e > j + 1) return *country_of(j + 1, e);
    }
    return firm_country_before(m.first_word);
  }

  // "Its Chinese peers Nio Inc.": a country named among the few words before
  // a firm; "Canada's Cameco Corporation".
  std::string firm_country_before(std::size_t a) const {
    if (a >= 2 && word(a - 1).text == "'s")
      for (std::size_t b = a - 1; b > 0 && b + 4 > a; --b)
        if (country_end(b - 1, a - 1, false) == a - 1) return *country_of(b - 1, a - 1);
    // Not past another name: in "between Exim Bank Malaysia and Turk Eximbank" the country is the first's.
    std::size_t floor = 0;
    for (const Mention& before : out_.mentions)
      if (before.kind == MentionKind::kName && before.end_word <= a) floor = std::max(floor, before.end_word);
    std::size_t b = a;
    while (b > floor && b + 5 > a && (word(b - 1).kind == WordKind::kWord || word(b - 1).text == "'s") &&
           !has(b - 1, kArticleWord))
      --b;
    bool cued = false;
    for (std::size_t k = b; k < a; ++k) cued = cued || is_company_cue(k);
    return cued ? country_in(b, a) : "";
  }

  // "Nvidia chief executive Jensen Huang": a name right before a title only a
  // firm gives is the firm the title is of; -1 if there is none.
  int firm_before_corporate_title(std::size_t title, std::size_t end) {
    if (out_.mentions.empty() || !is_corporate_title(title, end)) return -1;
    Mention& owner = out_.mentions.back();
    if (owner.end_word != title || owner.kind != MentionKind::kName) return -1;
    if (owner.typed && owner.type != NodeType::kFirm) return -1;
    owner.type = NodeType::kFirm, owner.typed = true;
    return static_cast<int>(out_.mentions.size()) - 1;
  }

  // "Kenya's trade minister X", "UAE trade minister X": the mention (a
  // possessive, or a country or demonym) that owns the title starting at `a`, or -1.
  int owner_before(std::size_t a) const {
    std::size_t end = a >= 1 && word(a - 1).text == "'s" ? a - 1 : a;
    for (std::size_t m = out_.mentions.size(); m-- > 0;) {
      const Mention& owner = out_.mentions[m];
      if (owner.end_word != end) continue;
      bool possessive = end != a && owner.kind == MentionKind::kName;
      return possessive || owner.type == NodeType::kCountry ? static_cast<int>(m) : -1;
    }
    return -1;
  }

  // "Australia's ambassador to Chile, X": a lower-case title before the
  // comma that ends right before `a`, with an owner before it or "to"/"of"
  // and a name after it (so that "after meeting the president, X" is not one).
  std::optional<std::pair<std::size_t, NodeType>> office_before_comma(std::size_t a) const {
    if (a < 2 || word(a - 1).text != ",") return std::nullopt;
    // "the chief executive of Canada's Teck Resources, Jonathan Price": an owner of a few words after "of".
    for (std::size_t end = a - 1; end + 7 > a && end > 0; --end) {
      if (end < a - 1 && !is_cap(end) && !is_word(end, "to") && !is_word(end, "of") && !is_word(end, "the") &&
          word(end).text != "'s")
        break;
      auto t = lowercase_title_before(end);
      if (!t || !has(end - 1, kTitleHead)) continue;
      bool tail = end < a - 1 && (is_word(end, "to") || is_word(end, "of"));
      if (owner_before(t->first) >= 0 || tail) return t;
    }
    return std::nullopt;
  }

  // A lower-case title ending at `end`: its start and type.
  std::optional<std::pair<std::size_t, NodeType>> lowercase_title_before(std::size_t end) const {
    for (std::size_t a = end >= 4 ? end - 4 : 0; a < end; ++a) {
      if (word(a).capitalized && !is_title_word(a)) continue;
      if (!is_title_word(a) && !has(a, kTitlePart)) continue;  // no title starts with it: no key to make
      if (std::optional<NodeType> t = title_named(span_key(a, end))) return std::make_pair(a, *t);
    }
    return std::nullopt;
  }

  std::string country_in(std::size_t a, std::size_t b) const {
    for (std::size_t k = a; k < b; ++k)
      if (std::size_t e = country_end(k, b, true); e > k)
        return country_of(k, e).value_or(demonym_of(k, e).value_or(""));
    return "";
  }

  // "X, an American company", "X, the president of Y", "X's plant", "X said".
  bool type_by_words_after(Mention& m) const {
    std::size_t j = m.end_word;
    // "Temir Zholy (KTZ), the national railway company": past the acronym.
    if (j + 2 < size() && word(j).text == "(" && word(j + 2).text == ")") j += 3;
    if (pledges_money(j)) return m.type = NodeType::kFirm, m.guessed = true, true;
    if (j < size() && has(j, kSpeechVerb) && !is_acronym(m)) return m.type = NodeType::kPerson, m.guessed = true, true;
    if (j < size() && word(j).text == "'s" && j + 1 < size() && has(j + 1, kFirmPossession)) {
      m.type = NodeType::kFirm;
      return true;
    }
    Apposition apposition = read_apposition(j);
    if (apposition.cue) {
      m.type = NodeType::kFirm;
      if (m.based_in.empty()) m.based_in = apposition_country(j, apposition.cue);
      return true;
    }
    if (!apposition.title) return false;
    std::size_t k = apposition.title;
    m.type = *title_named(word(k).folded());
    std::size_t e = k + 1;
    while (e < size() && is_title_word(e)) ++e;
    m.role = span_text(j + 1 + (has(j + 1, kArticleWord) ? 1 : 0), e);
    return true;
  }

  // What the words after the comma at j say of the name before it: a
  // company cue ("X, an Irish company"; "X, the German engineering group")
  // or the head of a title ("X, Kenya's trade minister"); 0 for none.
  struct Apposition {
    std::size_t cue = 0, title = 0;
  };
  Apposition read_apposition(std::size_t j) const {
    if (j >= size() || word(j).text != ",") return {};
    for (std::size_t k = j + 1; k < size() && k <= j + 6; ++k) {
      if (word(k).text == "'s") continue;  // "X, Kenya's trade minister"
      if (word(k).kind == WordKind::kPunct) break;
      // "the chancellor's office" is no title of X; "Acme chairman Jo Roe" and
      // "Hanoi, South Korean President Yoon Suk Yeol" are the next name's.
      bool next_name = k + 1 < size() && is_cap(k + 1) && (!is_cap(k) || !is_title_word(k + 1));
      if (k + 1 < size() && (word(k + 1).text == "'s" || next_name) && is_head_word(k)) break;
      if (!word(k).capitalized && (is_company_cue(k) || has(k, kCompanySuffix))) {
        // "Tamil Nadu, the company said": a speaker after the comma, not an apposition.
        if (k + 1 < size() && has(k + 1, kSpeechVerb)) return {};
        return {.cue = k};
      }
      if (is_head_word(k) && title_named(word(k).folded())) return {.title = k};
    }
    return {};
  }
  // The country of a firm's apposition with its cue at `cue`: "X, Malaysia's
  // state energy company", "X, the national railway company of Peru".
  std::string apposition_country(std::size_t j, std::size_t cue) const {
    std::string country = country_in(j + 1, cue);
    if (country.empty() && is_word(cue + 1, "of"))
      if (std::size_t e = country_end(cue + 2, size(), false); e > cue + 2) country = *country_of(cue + 2, e);
    return country;
  }

  // "X will invest $3 billion", "X plans to invest 200 million euros": who
  // pledges an amount is most often a firm (a guess, as with "X said").
  bool pledges_money(std::size_t j) const {
    static constexpr std::string_view kBefore[] = {"will", "would", "plans", "plan", "to", "is", "set", "has",
                                                   "agreed", "aims", "intends", "also", "pledged", "expects"};
    if (!out_.has(kMoneyVerb)) return false;
    std::size_t k = j;
    while (k < size() && k < j + 3 && std::find(std::begin(kBefore), std::end(kBefore), word(k).lower) != std::end(kBefore))
      ++k;
    if (k + 1 >= size() || (!word(k).is("invest") && !word(k).is("invests") && !word(k).is("invested"))) return false;
    const Word& amount = word(k + 1);
    return amount.kind == WordKind::kNumber || amount.text == "$" || amount.text.ends_with("$") ||
           (amount.all_caps && amount.text.size() == 3);
  }

  // "(KTZ)" right after a name is its acronym.
  void take_acronym(Mention& m) const {
    std::size_t j = m.end_word;
    // "(KTZ)", and a short name: "Petroliam Nasional Bhd (Petronas)".
    if (j + 2 < size() && word(j).text == "(" && is_cap(j + 1) && word(j + 2).text == ")" &&
        country_end(j + 1, j + 2, true) == j + 1) {
      m.acronym = std::string(word(j + 1).text);
      m.end_word = j + 3;
    }
  }

  // "companies such as A, B and C", "its Chinese peers A and B": every name of
  // the list gets the type and country of the first.
  void type_lists() {
    for (std::size_t k = 0; k + 1 < out_.mentions.size(); ++k) {
      Mention& first = out_.mentions[k];
      if (first.kind != MentionKind::kName || first.type != NodeType::kFirm || !first.typed) continue;
      // A list ends in "and": "A, B" alone is a name and its apposition ("Teck, Jo Roe, ...").
      std::size_t end = k + 1;
      bool closed = false;
      for (; end < out_.mentions.size(); ++end) {
        const Mention& next = out_.mentions[end];
        if (next.kind != MentionKind::kName || !listed_after(out_.mentions[end - 1], next)) break;
        closed = closed || is_word(next.first_word - 1, "and");
      }
      if (!closed) continue;
      for (std::size_t n = k + 1; n < end; ++n) {
        Mention& next = out_.mentions[n];
        if (!next.typed || next.type == NodeType::kPerson) next.type = NodeType::kFirm, next.typed = true;
        if (next.based_in.empty()) next.based_in = first.based_in;
      }
    }
  }
  // "an MoU between the Kenya Investment Authority and Invest Peru": the
  // other side of an institution, named in no way of its own, is one too.
  void type_between_pairs() {
    for (std::size_t k = 0; k + 1 < out_.mentions.size(); ++k) {
      const Mention& first = out_.mentions[k];
      Mention& next = out_.mentions[k + 1];
      if (first.kind != MentionKind::kName || next.kind != MentionKind::kName || next.typed || !first.typed) continue;
      if (first.type != NodeType::kOrganization && first.type != NodeType::kFirm) continue;
      std::size_t before = first.first_word - (first.first_word >= 1 && word(first.first_word - 1).is("the") ? 1 : 0);
      bool between = before >= 1 && word(before - 1).is("between");
      std::size_t and_word = first.end_word;
      bool paired = is_word(and_word, "and") && (next.first_word == and_word + 1 ||
                                                 (next.first_word == and_word + 2 && is_word(and_word + 1, "the")));
      if (between && paired) next.type = first.type, next.typed = true;
    }
  }

  bool listed_after(const Mention& before, const Mention& next) const {
    // "..., T&T chairman Do Quang Hien": a name that owns a title opens a phrase of its own.
    if (next.end_word < size() && is_head_word(next.end_word) && !word(next.end_word).capitalized) return false;
    std::size_t gap = next.first_word - before.end_word;
    if (gap == 1) return word(before.end_word).text == "," || is_word(before.end_word, "and");
    return gap == 2 && word(before.end_word).text == "," && is_word(before.end_word + 1, "and");
  }

  // An office read before a comma, for the name that starts at `name_word`.
  struct Office {
    std::string role;
    NodeType type = NodeType::kLeader;
    int affiliation = -1;
    std::size_t name_word = 0;
  };

  const Lexicon& lexicon_;
  const TitleWords& titles_;
  const PlaceTable& place_names_;
  const SpellingCache& spellings_;  // the article's, for the words it writes in lower case
  std::optional<Office> pending_office_;
  std::string_view text_;
  std::size_t offset_;
  ReaderMemory& memory_;  // place() and span_key() write to it, but tell the same
  SentenceMentions out_;
};

// Every prefix of the first word of a country's or a demonym's key. A span's
// key begins with its first word's folded form (up to a space in it), so a
// span whose first word is not among these names no place: no look-up needed.
std::unordered_set<std::string> place_starts(const Lexicon& lexicon) {
  std::unordered_set<std::string> starts;
  for (const auto* table : {&lexicon.countries, &lexicon.demonyms})
    for (const auto& entry : *table) {
      const std::string& key = entry.first;
      std::string first = key.substr(0, key.find(' '));
      for (std::size_t n = 0; n <= first.size(); ++n) starts.insert(first.substr(0, n));
    }
  return starts;
}

// The WordMark bits a string has as a word's lower-case form and as its folded form.
struct Marks {
  std::uint64_t of_lower = 0;
  std::uint64_t of_folded = 0;
};

using MarkTable = StringTable<Marks>;

void mark_lower(MarkTable& table, const auto& words, WordMark mark) {
  for (const auto& w : words) table[w].of_lower |= mark;
}
void mark_folded(MarkTable& table, const auto& words, WordMark mark) {
  for (const auto& w : words) table[w].of_folded |= mark;
}

// Every string with a mark, so that one look-up per word answers every list.
MarkTable mark_table(const Lexicon& lexicon, const TitleWords& titles) {
  static constexpr std::pair<const char*, WordMark> kTriggers[] = {{"signed", kSignedTrigger},
                                                                   {"met-with", kMetWithTrigger},
                                                                   {"invested-in", kInvestedInTrigger},
                                                                   {"based-in", kBasedInTrigger}};
  static constexpr std::string_view kSmallWords[] = {
      "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "as", "vs", "from",
      "but", "nor", "is", "are", "its", "into", "over", "after", "amid", "than"};
  MarkTable table;
  for (const auto& [type, mark] : kTriggers)
    if (auto it = lexicon.triggers.find(type); it != lexicon.triggers.end()) mark_lower(table, it->second, mark);
  mark_lower(table, lexicon.deal_nouns, kDealNoun);
  mark_lower(table, kNameParticles, kNameParticle);
  mark_lower(table, kInstitutionJoiners, kInstitutionJoiner);
  mark_lower(table, kSpeechVerbs, kSpeechVerb);
  mark_lower(table, kHonorifics, kHonorific);
  mark_lower(table, kPronouns, kPronoun);
  mark_lower(table, kArticles, kArticleWord);
  mark_lower(table, kPossessedByFirms, kFirmPossession);
  mark_lower(table, kSmallWords, kSmallWord);
  mark_lower(table, kMoneyVerbs, kMoneyVerb);
  mark_lower(table, kCallWords, kCallWord);
  mark_lower(table, kDescriptorOpeners, kTheOrBoth);
  mark_lower(table, kOtherClauseWords, kOtherClause);
  mark_lower(table, kSupplyVerbs, kSupplyVerb);
  mark_folded(table, titles.all, kTitleWord);
  mark_folded(table, titles.heads, kTitleHead);
  for (const auto& [title, type] : lexicon.titles) {
    table[title].of_folded |= kTitlePart;
    for (std::size_t b = 0; b < title.size(); ++b)
      for (std::size_t n = 3; b + n <= title.size(); ++n) table[title.substr(b, n)].of_folded |= kTitlePart;
  }
  mark_folded(table, lexicon.organization_heads, kOrganizationHead);
  mark_folded(table, lexicon.company_suffixes, kCompanySuffix);
  for (const std::string& cue : lexicon.company_cues) {
    std::size_t space = cue.rfind(' ');
    if (space == std::string::npos) table[cue].of_folded |= kCompanyCue;
    else table[cue.substr(space + 1)].of_folded |= kCompanyCueTail;
  }
  mark_folded(table, lexicon.deal_nouns, kFoldedDealNoun);
  mark_folded(table, lexicon.not_names, kNotName);
  mark_folded(table, kSentenceAdverbs, kSentenceAdverb);
  mark_folded(table, kLegalForms, kLegalForm);
  mark_folded(table, kListLeads, kListLead);
  mark_folded(table, kTitleModifiers, kTitleModifier);
  mark_folded(table, kPortfolioWords, kPortfolio);
  mark_lower(table, kStateWords, kStateWord);
  mark_folded(table, kPluralPeople, kPeoplePlural);
  mark_folded(table, place_starts(lexicon), kPlaceStart);
  return table;
}

std::uint64_t folded_marks(const MarkTable& table, std::string_view key) { return table.find(key).of_folded; }

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "al-Hekma", "el-Sisi": a particle joined by a hyphen to a capitalised name.
bool is_particle_joined(std::string_view text, const Spelling& s) {
  std::size_t hyphen = text.find('-');
  if (hyphen == std::string_view::npos || hyphen + 1 >= text.size() || !(text[hyphen + 1] >= 'A' && text[hyphen + 1] <= 'Z'))
    return false;
  std::string_view particle = std::string_view(s.lower).substr(0, hyphen);
  return std::find(std::begin(kNameParticles), std::end(kNameParticles), particle) != std::end(kNameParticles);
}

// Folds the spelling and sets its marks: usually one look-up, since the
// folded form of most words is their lower-case form.
void mark_spelling(std::string_view text, Spelling& s, const MarkTable& table) {
  // Letters and digits only, the most of words: folding is lower-casing.
  bool plain = std::all_of(text.begin(), text.end(), is_ascii_alnum);
  s.folded = plain ? s.lower : fold_name(text);
  Marks lower = table.find(s.lower);
  std::uint64_t folded = s.folded == s.lower ? lower.of_folded : folded_marks(table, s.folded);
  std::size_t first_space = s.folded.find(' ');
  if (first_space != std::string::npos) {
    // "secretary-general": the place test reads its first word, the title head test its last.
    folded &= ~(kPlaceStart | kEndsInTitleHead);
    folded |= folded_marks(table, std::string_view(s.folded).substr(0, first_space)) & kPlaceStart;
    if (folded_marks(table, std::string_view(s.folded).substr(s.folded.rfind(' ') + 1)) & kTitleHead)
      folded |= kEndsInTitleHead;
  } else if (folded & kTitleHead) {
    folded |= kEndsInTitleHead;
  }
  s.marks = lower.of_lower | folded;
  if (!s.capitalized && s.kind == WordKind::kWord && is_particle_joined(text, s)) s.marks |= kParticleJoined;
  if (s.lower.ends_with("-based")) s.marks |= kPlaceBased;
}

// The lexicon's countries and demonyms, by key.
PlaceTable place_table(const Lexicon& lexicon) {
  PlaceTable places;
  for (const auto& [key, country] : lexicon.countries) places[key].country = &country;
  for (const auto& [key, country] : lexicon.demonyms) places[key].demonym = &country;
  for (const auto* table : {&lexicon.countries, &lexicon.demonyms})
    for (const auto& entry : *table)
      for (std::size_t n = 1; n < entry.first.size(); ++n) places[std::string_view(entry.first).substr(0, n)].extends = true;
  return places;
}

}  // namespace

bool is_buying_word(std::string_view lowered) {
  static constexpr std::string_view kBuying[] = {"order", "orders", "ordered", "buy", "buys", "bought", "purchase",
                                                 "purchases", "purchased", "acquire", "acquires", "acquired"};
  return std::find(std::begin(kBuying), std::end(kBuying), lowered) != std::end(kBuying);
}

// Its tables point into the lexicon it was made of.
struct MentionIndex {
  TitleWords titles;
  MarkTable marks;
  PlaceTable places;
};

std::shared_ptr<const MentionIndex> index_for_mentions(const Lexicon& lexicon) {
  TitleWords titles = title_words(lexicon);
  MarkTable marks = mark_table(lexicon, titles);
  return std::make_shared<const MentionIndex>(MentionIndex{std::move(titles), std::move(marks), place_table(lexicon)});
}

SpellingCache spelling_cache(const MentionIndex& index) {
  return SpellingCache([&index](std::string_view text, Spelling& s) { mark_spelling(text, s, index.marks); });
}

ArticleMentions find_mentions(const Article& article, const Lexicon& lexicon, const MentionIndex& index,
                              SpellingCache& spellings) {
  spellings.begin_article();
  ArticleMentions out{.spellings = spellings.storage()};
  // Every sentence split before any is read: a reader asks which words the whole article writes in lower case.
  std::vector<std::vector<Word>> words;
  words.reserve(article.sentences.size());
  for (const Sentence& s : article.sentences) words.push_back(split_words(article.sentence_text(s), spellings));
  ReaderMemory memory;
  out.sentences.reserve(article.sentences.size());
  for (std::size_t k = 0; k < article.sentences.size(); ++k) {
    const Sentence& s = article.sentences[k];
    SentenceReader reader(lexicon, index.titles, index.places, spellings, article.sentence_text(s), s.begin,
                          std::move(words[k]), memory);
    out.sentences.push_back(reader.read());
  }
  return out;
}

ArticleMentions find_mentions(const Article& article, const Lexicon& lexicon) {
  std::shared_ptr<const MentionIndex> index = index_for_mentions(lexicon);
  SpellingCache spellings = spelling_cache(*index);
  return find_mentions(article, lexicon, *index, spellings);
}

}  // namespace kgraph
