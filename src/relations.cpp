// Each relation type has its own reader over one sentence's words and
// mentions (mentions.h), resolved to entities (entities.h):
//  - leader-of: a title's affiliation ("Kazakh President X", "Prime Minister
//    of Y X"), a possessive ("Y's minister X") or an apposition ("X, CEO of Y");
//  - met-with: people before a meeting word and people after it (after
//    "with" when there is one); people joined by "and" before it meet each
//    other; a missing subject is carried over from the previous sentence;
//  - invested-in: the investor before an investment word, the target after
//    "in"/"into";
//  - based-in: the country a firm's mention names ("American company X",
//    "Pittsburgh-based X", "X, headquartered in Y");
//  - signed: every party of every deal (deals.h).
#include "src/relations.h"

#include <algorithm>

#include "graph/fold.h"

namespace kgraph {
namespace {

constexpr double kStated = 0.9;
constexpr double kAround = 0.8;
constexpr double kCarried = 0.6;

bool is_people(NodeType t) { return t == NodeType::kLeader || t == NodeType::kPerson; }

class RelationReader {
 public:
  RelationReader(const Article& article, const ArticleMentions& mentions, ArticleEntities& entities,
                 const Lexicon& lexicon)
      : article_(article), mentions_(mentions), entities_(entities), lexicon_(lexicon) {}

  ArticleRelations run() {
    out_.deals = find_deals(article_, mentions_, entities_);
    for (std::size_t d = 0; d < out_.deals.size(); ++d)
      for (int p : out_.deals[d].parties)
        add(std::string(kSigned), {false, p}, {true, static_cast<int>(d)}, out_.deals[d].sentences.front(), kAround);
    for (std::size_t s = 0; s < article_.sentences.size(); ++s) {
      const SentenceMentions& sm = mentions_.sentences[s];
      if (article_.sentences[s].furniture || sm.headline) continue;
      read_leaders(s, sm);
      read_meetings(s, sm);
      read_investments(s, sm);
      read_bases(s, sm);
    }
    return std::move(out_);
  }

 private:
  int entity_of(std::size_t s, std::size_t m) const {
    const auto& refs = entities_.refs[s][m];
    return refs.empty() ? -1 : refs.front();
  }
  NodeType type_of(int e) const { return entities_.entities[e].type; }

  void add(std::string type, Endpoint source, Endpoint target, std::size_t sentence, double confidence,
           std::string role = "") {
    if (source == target || source.index < 0 || target.index < 0) return;
    out_.relations.push_back(Relation{.type = std::move(type), .source = source, .target = target,
                                      .sentence = sentence, .confidence = confidence, .role = std::move(role)});
  }

  // ---- leader-of
  void read_leaders(std::size_t s, const SentenceMentions& sm) {
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      int leader = entity_of(s, m);
      const Mention& mention = sm.mentions[m];
      if (leader < 0 || type_of(leader) != NodeType::kLeader || mention.kind != MentionKind::kName) continue;
      int place = -1;
      if (mention.affiliation >= 0) place = entity_of(s, static_cast<std::size_t>(mention.affiliation));
      if (place < 0) place = possessive_before(s, sm, m);
      if (place < 0) place = apposition_after(s, sm, m);
      if (place < 0 && !mention.role.empty()) place = of_after(s, sm, m);
      if (place < 0) place = opening_country(s, sm, mention);
      if (place >= 0 && type_of(place) != NodeType::kPerson && type_of(place) != NodeType::kLeader)
        add(std::string(kLeaderOf), {false, leader}, {false, place}, s, kStated,
            mention.role.empty() ? entities_.entities[leader].role : mention.role);
    }
  }

  static bool is_title_word(const Word& w) { return w.has(kTitlePart); }

  // "Kazakhstan's Foreign Minister X": the mention that owns the title.
  // "Turkish president Recep Tayyip Erdogan": a country or demonym right before the title.
  int possessive_before(std::size_t s, const SentenceMentions& sm, std::size_t m) const {
    std::size_t k = sm.mentions[m].first_word;
    while (k > 0 && is_title_word(sm.words[k - 1])) --k;
    if (k == sm.mentions[m].first_word || k == 0) return -1;
    bool possessive = sm.words[k - 1].text == "'s";
    std::size_t owner_end = possessive ? k - 1 : k;
    for (std::size_t o = 0; o < m; ++o) {
      if (sm.mentions[o].end_word != owner_end) continue;
      if (possessive || sm.mentions[o].type == NodeType::kCountry) return entity_of(s, o);
    }
    return -1;
  }

  // "X, President and CEO of Cameco", "X, the chief executive of Y".
  int apposition_after(std::size_t s, const SentenceMentions& sm, std::size_t m) const {
    std::size_t j = sm.mentions[m].end_word;
    if (j >= sm.words.size() || sm.words[j].text != ",") return -1;
    bool titled = false;
    for (std::size_t k = j + 1; k < sm.words.size() && k <= j + 8; ++k) {
      if (!titled && is_title_word(sm.words[k]))
        if (int owner = owner_of_title(s, sm, m, k); owner >= 0) return owner;
      if (is_title_word(sm.words[k])) titled = true;
      if ((sm.words[k].is("of") || sm.words[k].is("at")) && titled)
        for (std::size_t o = m + 1; o < sm.mentions.size(); ++o)
          if (sm.mentions[o].first_word == k + 1 || (sm.mentions[o].first_word == k + 2 && sm.words[k + 1].is("the")))
            return owned_by(s, sm, o);
      if (sm.words[k].kind == WordKind::kPunct && sm.words[k].text != "-" && sm.words[k].text != "'s") break;
    }
    return -1;
  }

  // "X, Kenya's trade minister", "X, UAE trade minister": the mention right
  // before the title at word k (a possessive, or a country), after X's comma.
  int owner_of_title(std::size_t s, const SentenceMentions& sm, std::size_t m, std::size_t k) const {
    bool possessive = sm.words[k - 1].text == "'s";
    std::size_t end = possessive ? k - 1 : k;
    for (std::size_t o = m + 1; o < sm.mentions.size() && sm.mentions[o].end_word <= end; ++o)
      if (sm.mentions[o].end_word == end && (possessive || sm.mentions[o].type == NodeType::kCountry))
        return entity_of(s, o);
    return -1;
  }

  // "of Canada's Cameco Corporation": the firm, not the country.
  int owned_by(std::size_t s, const SentenceMentions& sm, std::size_t o) const {
    std::size_t j = sm.mentions[o].end_word;
    if (o + 1 < sm.mentions.size() && j < sm.words.size() && sm.words[j].text == "'s" &&
        sm.mentions[o + 1].first_word <= j + 2)
      return entity_of(s, o + 1);
    return entity_of(s, o);
  }

  // "In Tajikistan, ... President Emomali Rahmon departed": a head of state
  // or government in a sentence that opens with its country.
  int opening_country(std::size_t s, const SentenceMentions& sm, const Mention& leader) const {
    if (sm.words.size() < 3 || (!sm.words[0].is("in") && !sm.words[0].is("from"))) return -1;
    if (sm.mentions.empty() || sm.mentions[0].first_word != 1 || sm.mentions[0].kind != MentionKind::kCountry)
      return -1;
    if (sm.words[sm.mentions[0].end_word].text != ",") return -1;
    static const std::vector<std::string> kHeads = {"president", "prime minister", "king", "emir", "chancellor"};
    std::string role = fold_name(leader.role);
    bool head = std::find(kHeads.begin(), kHeads.end(), role) != kHeads.end();
    return head ? entity_of(s, 0) : -1;
  }

  // "Trade Minister Rafael Ortiz of Chile".
  int of_after(std::size_t s, const SentenceMentions& sm, std::size_t m) const {
    std::size_t j = sm.mentions[m].end_word;
    if (m + 1 >= sm.mentions.size() || j >= sm.words.size() || !sm.words[j].is("of")) return -1;
    return sm.mentions[m + 1].first_word == j + 1 ? entity_of(s, m + 1) : -1;
  }

  // ---- met-with
  struct Person {
    std::size_t word = 0;
    int entity = -1;
    bool carried = false;
  };

  // The first person the sentence names, or -1: people(s, sm, 0, end).front(), with no list made.
  int first_person(std::size_t s, const SentenceMentions& sm) const {
    for (std::size_t m = 0; m < sm.mentions.size(); ++m)
      for (int e : entities_.refs[s][m])
        if (is_people(type_of(e))) return e;
    return -1;
  }

  std::vector<Person> people(std::size_t s, const SentenceMentions& sm, std::size_t from, std::size_t to) const {
    std::vector<Person> found;
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      const Mention& mention = sm.mentions[m];
      if (mention.first_word < from || mention.first_word >= to) continue;
      for (int e : entities_.refs[s][m]) {
        bool seen = std::any_of(found.begin(), found.end(), [&](const Person& p) { return p.entity == e; });
        if (is_people(type_of(e)) && !seen) found.push_back({mention.first_word, e, mention.kind == MentionKind::kPronoun});
      }
    }
    return found;
  }

  std::size_t meeting_word(const SentenceMentions& sm) const {
    if (!sm.has(kMetWithTrigger) && !sm.has(kCallWord)) return sm.words.size();
    // By marks first: the letters of a word are read only for a trigger.
    for (std::size_t k = 0; k < sm.words.size(); ++k) {
      const Word& w = sm.words[k];
      if (w.has(kCallWord)) {
        if (k > 0 && (sm.words[k - 1].is("phone") || sm.words[k - 1].is("a"))) return k;
        continue;
      }
      if (!w.has(kMetWithTrigger)) continue;
      if (w.is("held") || w.is("discussed") || w.is("phone")) continue;  // "held talks": "talks" is the word
      return k;
    }
    return sm.words.size();
  }

  void read_meetings(std::size_t s, const SentenceMentions& sm) {
    std::size_t t = meeting_word(sm);
    if (t == sm.words.size()) {
      if (int first = first_person(s, sm); first >= 0) last_subject_ = first;
      return;
    }
    std::size_t with = t;
    for (std::size_t k = t + 1; k < sm.words.size() && k <= t + 6; ++k)
      if (sm.words[k].is("with")) with = k;
    std::vector<Person> before = people(s, sm, 0, t);
    std::vector<Person> after = people(s, sm, with + 1, sm.words.size());
    double confidence = kAround;
    if (before.empty() && !after.empty() && t < 3) {  // "In talks with X, Y said ..."
      std::size_t comma = after.front().word;
      while (comma < sm.words.size() && sm.words[comma].text != ",") ++comma;
      before = people(s, sm, comma, sm.words.size());
      after = people(s, sm, with + 1, comma);
    }
    if (before.empty() && last_subject_ >= 0) before = {{0, last_subject_, true}}, confidence = kCarried;
    if (after.empty()) {
      pair_up(before, s, confidence);  // "A and B held talks"
    } else {
      const Person& subject = before.empty() ? after.front() : before.back();
      for (const Person& object : after)
        add(std::string(kMetWith), {false, subject.entity}, {false, object.entity}, s,
            subject.carried ? kCarried : confidence);
    }
    if (!before.empty()) last_subject_ = before.back().entity;
  }

  void pair_up(const std::vector<Person>& group, std::size_t s, double confidence) {
    if (group.size() < 2 || group.size() > 3) return;
    for (std::size_t a = 0; a < group.size(); ++a)
      for (std::size_t b = a + 1; b < group.size(); ++b)
        add(std::string(kMetWith), {false, group[a].entity}, {false, group[b].entity}, s, confidence);
  }

  // ---- invested-in
  void read_investments(std::size_t s, const SentenceMentions& sm) {
    if (!sm.has(kInvestedInTrigger)) return;
    std::size_t t = sm.words.size();
    for (std::size_t k = 0; k < sm.words.size() && t == sm.words.size(); ++k)
      if (sm.words[k].has(kInvestedInTrigger) && !names_a_kind_of_firm(sm, k)) t = k;
    if (t == sm.words.size()) return;
    int investor = -1, target = -1;
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      int e = entity_of(s, m);
      if (e < 0) continue;
      NodeType type = type_of(e);
      bool can_invest = type == NodeType::kFirm || type == NodeType::kCountry || type == NodeType::kOrganization ||
                        type == NodeType::kLeader;
      // "German investments in Chile": a demonym right before the word is its country investing.
      bool demonym_invests = sm.mentions[m].kind == MentionKind::kDemonym && sm.mentions[m].end_word == t;
      if (sm.mentions[m].first_word < t && can_invest &&
          (sm.mentions[m].kind != MentionKind::kDemonym || demonym_invests) && !says_where(sm, sm.mentions[m].first_word))
        investor = speaks_before(sm, sm.mentions[m].end_word, t) ? -1 : e;
      if (sm.mentions[m].first_word > t && target < 0 && follows_in(sm, sm.mentions[m].first_word, t) &&
          !is_people(type))
        target = e;
    }
    if (target < 0) target = place_after(s, sm, t);
    if (investor >= 0 && target >= 0) add(std::string(kInvestedIn), {false, investor}, {false, target}, s, kAround);
  }

  // "Jo Roe said the company would invest": the speaker of the clause that
  // holds the investment word is not its subject.
  static bool speaks_before(const SentenceMentions& sm, std::size_t from, std::size_t t) {
    for (std::size_t k = from; k < t; ++k)
      if (sm.words[k].has(kSpeechVerb) && !sm.words[k + 1].is("to")) return true;  // not "agreed to invest"
    return false;
  }

  // "an investment company", "the fund manager", "wealth fund ADQ": the word
  // says what a firm is, not that anyone invests.
  bool names_a_kind_of_firm(const SentenceMentions& sm, std::size_t k) const {
    if (k + 1 >= sm.words.size()) return false;
    const Word& next = sm.words[k + 1];
    return next.has(kCompanyCue) || (sm.words[k].has(kCompanyCue) && next.kind == WordKind::kWord && next.capitalized);
  }

  // "a company based in Kenya": Kenya says where the investor is.
  bool says_where(const SentenceMentions& sm, std::size_t first_word) const {
    std::size_t in = first_word >= 1 && sm.words[first_word - 1].is("the") ? first_word - 1 : first_word;
    return in >= 2 && sm.words[in - 1].is("in") && sm.words[in - 2].has(kBasedInTrigger);
  }

  // "in Chile", "into the Chilean market", "in the economy of Chile".
  static bool follows_in(const SentenceMentions& sm, std::size_t first_word, std::size_t t) {
    std::size_t reach = first_word > 0 && sm.words[first_word - 1].is("of") ? 4 : 3;
    for (std::size_t k = first_word; k > t && k + reach > first_word; --k)
      if (sm.words[k - 1].is("in") || sm.words[k - 1].is("into")) return true;
    return false;
  }

  // "investments in Tengiz": an otherwise unknown capitalised name is a place.
  int place_after(std::size_t s, const SentenceMentions& sm, std::size_t t) {
    for (std::size_t k = t + 1; k + 1 < sm.words.size() && k <= t + 5; ++k) {
      if (!sm.words[k].is("in") && !sm.words[k].is("into")) continue;
      const Word& w = sm.words[k + 1];
      if (w.kind != WordKind::kWord || !w.capitalized || w.has(kNotName)) return -1;
      const Mention* named = nullptr;  // the mention the word opens or is in: mentions do not overlap
      std::size_t m = 0;
      for (; m < sm.mentions.size() && !named; ++m)
        if (sm.mentions[m].first_word <= k + 1 && k + 1 < sm.mentions[m].end_word) named = &sm.mentions[m];
      // "in North African payments": a name before a common noun qualifies it, and is no place.
      std::size_t after = named ? named->end_word : k + 2;  // "Ras al-Hekma", whole
      while (after < sm.words.size() && sm.words[after].kind == WordKind::kWord && sm.words[after].capitalized) ++after;
      if (after < sm.words.size() && sm.words[after].kind == WordKind::kWord && !sm.words[after].has(kSmallWord) &&
          !sm.words[after].has(kSentenceAdverb))
        return -1;
      // A name nothing typed ("Ras al-Hekma") is the place, whole; a typed one is no place.
      if (named)
        return entity_of(s, m - 1) < 0 && named->kind == MentionKind::kName ? entity_named(named->name, NodeType::kPlace)
                                                                             : -1;
      return entity_named(std::string(w.text), NodeType::kPlace);
    }
    return -1;
  }

  int entity_named(const std::string& name, NodeType type) {
    for (std::size_t e = 0; e < entities_.entities.size(); ++e)
      if (entities_.entities[e].type == type && entities_.entities[e].name == name) return static_cast<int>(e);
    entities_.entities.push_back(Entity{.type = type, .name = name});
    return static_cast<int>(entities_.entities.size()) - 1;
  }

  // ---- based-in
  void read_bases(std::size_t s, const SentenceMentions& sm) {
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      int e = entity_of(s, m);
      if (e < 0 || (type_of(e) != NodeType::kFirm && type_of(e) != NodeType::kOrganization)) continue;
      std::string country = sm.mentions[m].based_in;
      if (country.empty()) country = based_word_before(sm, sm.mentions[m].first_word);
      if (country.empty()) country = headquarters_after(s, sm, m);
      if (country.empty() || fold_name(country) == fold_name(entities_.entities[e].name)) continue;
      add(std::string(kBasedIn), {false, e}, {false, entity_named(country, NodeType::kCountry)}, s, kAround);
    }
  }

  // "Pittsburgh-based Wabtec", "U.S.-based X".
  std::string based_word_before(const SentenceMentions& sm, std::size_t first) const {
    for (std::size_t k = first; k > 0 && k + 3 > first; --k) {
      if (!sm.words[k - 1].has(kPlaceBased)) continue;
      std::string key = fold_name(sm.words[k - 1].text.substr(0, sm.words[k - 1].text.size() - 6));
      for (const auto* table : {&lexicon_.countries, &lexicon_.demonyms, &lexicon_.subdivisions})
        if (auto it = table->find(key); it != table->end()) return it->second;
    }
    return "";
  }

  // "X, headquartered in Germany", "X, based in Seoul, South Korea", "X, a
  // carriage maker based in Seoul, South Korea": no other name before the word.
  std::string headquarters_after(std::size_t s, const SentenceMentions& sm, std::size_t m) const {
    std::size_t j = sm.mentions[m].end_word;
    std::size_t next_name = m + 1 < sm.mentions.size() ? sm.mentions[m + 1].first_word : sm.words.size();
    for (std::size_t k = j; k < sm.words.size() && k <= j + 6 && k < next_name; ++k) {
      if (!sm.words[k].has(kBasedInTrigger)) continue;
      for (std::size_t o = m + 1; o < sm.mentions.size() && sm.mentions[o].first_word <= k + 6; ++o) {
        int e = entity_of(s, o);
        if (e >= 0 && type_of(e) == NodeType::kCountry) return entities_.entities[e].name;
      }
      if (k + 2 < sm.words.size() && sm.words[k + 1].is("in"))
        if (std::string country = city_country(sm, k + 2); !country.empty()) return country;
    }
    return "";
  }

  // "based in Vancouver": the country of a city or region of the lexicon named at `a`, or "".
  std::string city_country(const SentenceMentions& sm, std::size_t a) const {
    std::string key;
    for (std::size_t b = a; b < sm.words.size() && b < a + 3 && sm.words[b].capitalized; ++b) {
      if (!key.empty()) key += ' ';
      key += sm.words[b].folded();
      if (auto it = lexicon_.subdivisions.find(key); it != lexicon_.subdivisions.end()) return it->second;
    }
    return "";
  }

  const Article& article_;
  const ArticleMentions& mentions_;
  ArticleEntities& entities_;
  const Lexicon& lexicon_;
  int last_subject_ = -1;
  ArticleRelations out_;
};

}  // namespace

ArticleRelations read_relations(const Article& article, const ArticleMentions& mentions, ArticleEntities& entities,
                                const Lexicon& lexicon) {
  return RelationReader(article, mentions, entities, lexicon).run();
}

}  // namespace kgraph
