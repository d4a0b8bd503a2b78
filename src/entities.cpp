// Resolution goes in three passes over an article's mentions:
//  1. countries, one entity per canonical name;
//  2. names, longest first, so that "Tokayev" finds "Kassym-Jomart Tokayev"
//     already there; an untyped name joins any entity its words agree with;
//  3. pronouns and descriptors, in text order, to the latest entity that fits.
// An entity's type is voted by its typed mentions (a title makes a leader).
#include "src/entities.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include "graph/fold.h"
#include "src/string_table.h"

namespace kgraph {
namespace {

enum class Kind { kPeople, kInstitutions, kCountries, kOther };

Kind kind_of(NodeType type) {
  switch (type) {
    case NodeType::kLeader:
    case NodeType::kPerson: return Kind::kPeople;
    case NodeType::kFirm:
    case NodeType::kOrganization: return Kind::kInstitutions;
    case NodeType::kCountry: return Kind::kCountries;
    default: return Kind::kOther;
  }
}

std::vector<std::string> split_spaces(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

bool is_subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  std::size_t k = 0;
  for (const std::string& w : big)
    if (k < small.size() && w == small[k]) ++k;
  return k == small.size();
}

// The initials an acronym of a folded name has: "un" of "united nations".
std::string initials_of(const std::string& folded_name) {
  std::string initials;
  for (const std::string& w : split_spaces(folded_name))
    if (w != "of" && w != "for" && w != "and" && w != "the" && w != "on") initials += w[0];
  return initials;
}

// "UN" of "United Nations", "ADNOC" of "Abu Dhabi National Oil Company";
// `initials` is initials_of() the folded name, made once per name.
bool is_acronym_of(const std::string& acronym, const std::string& initials) {
  // Two letters match too much by chance ("DC"); the lexicon knows "UN", "EU".
  return initials.size() >= 3 && initials == acronym;
}

bool keys_agree(const std::vector<std::string>& a, const std::vector<std::string>& b, Kind kind) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  if (kind == Kind::kPeople) {
    // A lone name is a surname ("Tokayev") or, in East Asian order, a family
    // name first ("President Yoon" of "Yoon Suk Yeol").
    if (shorter.size() == 1) return shorter[0] == longer.back() || shorter[0] == longer.front();
    // "Mohammed bin Salman" of "Mohammed bin Salman Al Saud", "Luiz Inacio
    // Lula" of "Luiz Inacio Lula da Silva": three words or more, then a family name.
    if (shorter.size() >= 3 && std::equal(shorter.begin(), shorter.end(), longer.begin())) return true;
    return is_subsequence(shorter, longer) && shorter.back() == longer.back();
  }
  // "Security Council" of "UN Security Council": one short word (an acronym
  // or code: "UN", "EU", "US") before the same name of two words or more.
  return shorter.size() >= 2 && longer.size() == shorter.size() + 1 && longer.front().size() <= 3 &&
         std::equal(shorter.begin(), shorter.end(), longer.begin() + 1);
}

}  // namespace

std::string transliteration_key(std::string_view word) {
  static const std::pair<std::string_view, std::string_view> kRewrites[] = {
      {"dzh", "j"}, {"ph", "f"}, {"iy", "i"}, {"ye", "e"}, {"yo", "o"},
      {"ya", "a"},  {"yu", "u"}, {"q", "k"},  {"w", "v"}};
  static const std::array<bool, 256> kStarts = [] {  // the first letters of the rewrites
    std::array<bool, 256> starts = {};
    for (const auto& rewrite : kRewrites) starts[static_cast<unsigned char>(rewrite.first[0])] = true;
    return starts;
  }();
  std::string s;
  for (std::size_t i = 0; i < word.size();) {
    bool rewritten = false;
    if (!kStarts[static_cast<unsigned char>(word[i])]) {
      s += word[i++];
      continue;
    }
    for (const auto& [from, to] : kRewrites) {
      if (word[i] != from[0] || word.substr(i, from.size()) != from) continue;
      s += to, i += from.size(), rewritten = true;
      break;
    }
    if (!rewritten) s += word[i++];
  }
  std::string single;
  for (char c : s)
    if (single.empty() || single.back() != c) single += c;
  if (single.size() > 2 && single.back() == 'y') single.back() = 'i';
  return single;
}

namespace {

// name_keys() of a name already folded.
std::vector<std::string> keys_of_folded(const std::string& folded, NodeType type, const Lexicon& lexicon) {
  std::vector<std::string> words = split_spaces(folded);
  if (kind_of(type) == Kind::kInstitutions)
    while (words.size() > 1 && lexicon.company_suffixes.count(words.back())) words.pop_back();
  for (std::string& w : words) w = transliteration_key(w);
  return words;
}

}  // namespace

std::vector<std::string> name_keys(std::string_view name, NodeType type, const Lexicon& lexicon) {
  return keys_of_folded(fold_name(name), type, lexicon);
}

namespace {

// A bit standing for a string, by its hash: a set of strings keeps the bits
// of its members, and a string whose bit it lacks is none of them.
std::uint64_t hash_bit(std::string_view s) { return std::uint64_t{1} << (text_bytes::hash_text(s) & 63); }

NameForm form_of(std::string_view name, NodeType type, const Lexicon& lexicon) {
  NameForm f{.type = type, .folded = fold_name(name)};
  f.joined = f.folded;
  f.joined.erase(std::remove(f.joined.begin(), f.joined.end(), ' '), f.joined.end());
  f.keys = keys_of_folded(f.folded, type, lexicon);
  for (const std::string& key : f.keys) f.key_bits |= hash_bit(key);
  f.initials = initials_of(f.folded);
  return f;
}

bool same_forms(const NameForm& a, const NameForm& b, Kind kind) {
  if (a.folded == b.folded) return true;
  if (kind == Kind::kCountries || kind == Kind::kOther) return false;
  if (kind == Kind::kInstitutions && (is_acronym_of(a.joined, b.initials) || is_acronym_of(b.joined, a.initials)))
    return true;
  // Keys agree only where they share one, which most pairs of names do not: a test of bits first.
  return (a.key_bits & b.key_bits) != 0 && keys_agree(a.keys, b.keys, kind);
}

}  // namespace

NameForm name_form(std::string_view name, NodeType type, const Lexicon& lexicon) { return form_of(name, type, lexicon); }

bool same_entity(const NameForm& a, const NameForm& b) {
  Kind kind = kind_of(a.type);
  if (kind != kind_of(b.type) || kind == Kind::kOther) return false;
  return same_forms(a, b, kind);
}

bool same_entity(std::string_view name_a, NodeType a, std::string_view name_b, NodeType b,
                 const Lexicon& lexicon) {
  return same_entity(form_of(name_a, a, lexicon), form_of(name_b, b, lexicon));
}

namespace {

// The number of words of a folded name: one more than its spaces, since
// folding leaves one space between words and none around them (fold.h).
std::size_t word_count(const std::string& folded) {
  return folded.empty() ? 0 : static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
}

// The types typed mentions gave a draft (guesses left out), counted per
// type: in place, since every draft has them.
class TypeVotes {
 public:
  void add(NodeType type) { ++counts_[static_cast<std::size_t>(type)], any_ = true; }
  bool empty() const { return !any_; }
  bool has(NodeType type) const { return counts_[static_cast<std::size_t>(type)] > 0; }
  // The type with the most votes, the first in type order of those tied; only when not empty().
  NodeType most() const {
    std::size_t best = 0;
    for (std::size_t t = 1; t < counts_.size(); ++t)
      if (counts_[t] > counts_[best]) best = t;
    return kAllNodeTypes[best];
  }

 private:
  std::array<int, std::size(kAllNodeTypes)> counts_ = {};
  bool any_ = false;
};

// Every name below is compared folded, many times over: each is folded once,
// where it is first met, and kept beside it. The fields find_match tests of
// every draft for every name (untyped_only, votes, name_bits) come first.
struct Draft {
  bool untyped_only = true;
  TypeVotes votes = {};
  std::uint64_t name_bits = 0;                 // hash_bit() of each of the names' folded forms and of folded_acronym
  // Every form seen, first-seen order, with its folded form: pointers into
  // the mentions and the NameFormCache, which outlive the resolver, and into
  // the draft itself (drafts never move), so no name is copied until an
  // entity is finished.
  struct Name {
    const std::string* written;
    const std::string* folded;
  };
  std::vector<Name> names = {};
  std::string folded_acronym = {};             // fold_name(acronym)
  Entity entity = {};
  mutable std::array<const NameForm*, 4> forms = {};  // per Kind: the form of entity.name, made on demand
  std::string acronym = {};
  std::string folded_role = {};                // fold_name(entity.role)
};

struct MentionRef {
  std::size_t sentence = 0, index = 0;
};

const std::string kNoRole;  // fold_name("")

struct FoldedMention {
  const std::string &name, &written, &role;  // fold_name() of the mention's, in the NameFormCache
};

class Resolver {
 public:
  Resolver(const ArticleMentions& mentions, const Lexicon& lexicon, NameFormCache& forms)
      : in_(mentions), lexicon_(lexicon), forms_(forms) {
    out_.refs.resize(in_.sentences.size());
    first_mention_.reserve(in_.sentences.size());
    std::size_t count = 0;
    for (const SentenceMentions& sm : in_.sentences) first_mention_.push_back(count), count += sm.mentions.size();
    drafts_.reserve(count);  // at most one draft a mention: drafts are never moved
    order_.reserve(count);
    folded_.reserve(count);
    for (std::size_t s = 0; s < in_.sentences.size(); ++s) {
      out_.refs[s].resize(in_.sentences[s].mentions.size());
      for (std::size_t k = 0; k < in_.sentences[s].mentions.size(); ++k) order_.push_back({s, k});
      for (const Mention& m : in_.sentences[s].mentions) {
        // Most mentions are written as named, and most have no role: no look-up for those.
        const std::string& name = forms_.folded(m.name);
        const std::string& written = m.written == m.name ? name : forms_.folded(m.written);
        folded_.push_back({name, written, m.role.empty() ? kNoRole : forms_.folded(m.role)});
      }
    }
  }

  ArticleEntities run() {
    for (MentionRef r : in_order()) if (mention(r).type == NodeType::kCountry && is_named(r)) add_country(r);
    for (MentionRef r : longest_first()) add_name(r);
    finish_types();
    for (MentionRef r : in_order()) if (!is_named(r)) refer_back(r);
    return compact();
  }

 private:
  const Mention& mention(MentionRef r) const { return in_.sentences[r.sentence].mentions[r.index]; }
  const FoldedMention& folded(MentionRef r) const { return folded_[first_mention_[r.sentence] + r.index]; }
  EntityRefs& refs(MentionRef r) { return out_.refs[r.sentence][r.index]; }
  bool is_named(MentionRef r) const {
    MentionKind k = mention(r).kind;
    return k == MentionKind::kName || k == MentionKind::kCountry || k == MentionKind::kDemonym;
  }

  const std::vector<MentionRef>& in_order() const { return order_; }
  // Names with more words first, of the same length typed ones first, and
  // otherwise in text order: a stable sort, done as a plain sort of keys
  // that end in the name's place in the text.
  std::vector<MentionRef> longest_first() const {
    std::vector<std::uint64_t> keys;
    keys.reserve(order_.size());
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const Mention& m = mention(order_[i]);
      if (m.kind != MentionKind::kName) continue;
      std::uint64_t fewer_words = 0xFFFF - std::min<std::size_t>(word_count(folded(order_[i]).name), 0xFFFF);
      keys.push_back(fewer_words << 33 | std::uint64_t{!m.typed} << 32 | i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<MentionRef> refs;
    refs.reserve(keys.size());
    for (std::uint64_t k : keys) refs.push_back(order_[k & 0xFFFFFFFF]);
    return refs;
  }

  void add_country(MentionRef r) {
    const Mention& m = mention(r);
    int found = -1;
    for (std::size_t e = 0; e < drafts_.size(); ++e)
      if (drafts_[e].entity.type == NodeType::kCountry && drafts_[e].entity.name == m.name) found = static_cast<int>(e);
    if (found < 0) {
      found = static_cast<int>(drafts_.size());
      Draft& d = new_draft(NodeType::kCountry, m.name);
      d.untyped_only = false;
    }
    attach(r, found);
  }

  // Made where it stays (drafts never move), not made and then moved there.
  Draft& new_draft(NodeType type, const std::string& name) {
    Draft& d = drafts_.emplace_back();
    d.entity.type = type, d.entity.name = name;
    return d;
  }

  // The entity an untyped name or a typed name belongs to, or -1.
  const NameForm& form(const std::string& name, NodeType type) const { return forms_.form(name, type, lexicon_); }

  // The entity a name belongs to, or -1: the same spelling or acronym first,
  // then a typed entity whose name agrees, then an untyped one.
  int find_match(const Mention& m, const std::string& folded) const {
    const std::uint64_t bit = hash_bit(folded);
    for (std::size_t e = 0; e < drafts_.size(); ++e) {
      const Draft& d = drafts_[e];
      if (d.entity.type == NodeType::kCountry || (d.name_bits & bit) == 0) continue;
      if (!d.acronym.empty() && d.folded_acronym == folded) return static_cast<int>(e);
      // The same spelling joins across kinds when either side's type is only a guess.
      bool guess = !m.typed || m.guessed || d.votes.empty();
      for (const Draft::Name& name : d.names)
        if (*name.folded == folded && (guess || kind_of(m.type) == kind_of(d.entity.type)))
          return static_cast<int>(e);
    }
    std::array<const NameForm*, 4> mention_forms = {};  // per Kind, looked up once
    for (bool untyped : {false, true}) {
      for (std::size_t e = 0; e < drafts_.size(); ++e) {
        const Draft& d = drafts_[e];
        if (d.entity.type == NodeType::kCountry || d.untyped_only != untyped) continue;
        // A guessed type ("Acme said") yields to the draft's, and a draft typed by guesses only to the mention's.
        bool sure = m.typed && !m.guessed;
        NodeType probe = sure ? m.type : d.entity.type;
        if (sure && kind_of(m.type) != kind_of(d.entity.type) && !d.votes.empty()) continue;
        Kind kind = kind_of(probe);
        if (kind == Kind::kOther) continue;
        const NameForm*& mention_form = mention_forms[static_cast<std::size_t>(kind)];
        if (!mention_form) mention_form = &form(m.name, probe);
        const NameForm*& draft_form = d.forms[static_cast<std::size_t>(kind)];
        if (!draft_form) draft_form = &form(d.entity.name, probe);
        if (same_forms(*mention_form, *draft_form, kind)) return static_cast<int>(e);
      }
    }
    return -1;
  }

  void add_name(MentionRef r) {
    const Mention& m = mention(r);
    if (folded(r).name.empty()) return;
    int e = find_match(m, folded(r).name);
    // "The Congress" points at the one institution named so, and is no other name of it.
    if (e < 0 && is_bare_head_word(r))
      if (int only = only_institution_with_word(folded(r).name); only >= 0) return point(r, only);
    // "Teck will build ...", "the chief executive of Teck": the first word of one firm's name is that firm.
    bool one_word = folded(r).name.find(' ') == std::string::npos;
    if (e < 0 && ((m.typed && m.type == NodeType::kFirm) || (!m.typed && one_word)))
      e = only_firm_starting_with(folded(r).name);
    if (e < 0) {
      e = static_cast<int>(drafts_.size());
      new_draft(m.type, m.name);
    }
    Draft& d = drafts_[e];
    if (m.typed) {
      // A guess types a draft nothing else typed; the first real evidence overrides it.
      if (d.untyped_only || (!m.guessed && d.votes.empty())) d.entity.type = m.type;
      if (!m.guessed) d.votes.add(m.type);
      d.untyped_only = false;
    }
    if (!m.acronym.empty() && d.acronym.empty()) {
      d.acronym = m.acronym, d.folded_acronym = fold_name(m.acronym);
      d.name_bits |= hash_bit(d.folded_acronym);
    }
    if (d.entity.role.empty() && !m.role.empty()) d.entity.role = m.role, d.folded_role = folded(r).role;
    if (d.entity.based_in.empty() && !m.based_in.empty()) d.entity.based_in = m.based_in;
    std::vector<std::string>& countries = d.entity.countries;
    if (const Mention* country = title_country(r); country && m.type == NodeType::kLeader &&
        std::find(countries.begin(), countries.end(), country->name) == countries.end())
      countries.push_back(country->name);
    attach(r, e);
  }

  // The country a leader's mention gives: "Kazakh President X", "President X of Kazakhstan"; null if none.
  const Mention* title_country(MentionRef r) const {
    const Mention& m = mention(r);
    const SentenceMentions& sm = in_.sentences[r.sentence];
    if (m.affiliation >= 0) {
      const Mention& owner = sm.mentions[static_cast<std::size_t>(m.affiliation)];
      return owner.type == NodeType::kCountry ? &owner : nullptr;
    }
    std::size_t of = m.end_word;
    if (of + 1 >= sm.words.size() || !sm.words[of].is("of")) return nullptr;
    std::size_t at = of + 1 + (sm.words[of + 1].is("the") ? 1 : 0);
    for (const Mention& next : sm.mentions)
      if (next.first_word == at && next.type == NodeType::kCountry) return &next;
    return nullptr;
  }

  // "The Congress, held every three years ...": a lone organisation head word.
  bool is_bare_head_word(MentionRef r) const {
    const Mention& m = mention(r);
    return m.end_word == m.first_word + 1 && in_.sentences[r.sentence].words[m.first_word].has(kOrganizationHead);
  }
  // The one institution of the article with that word in its name
  // ("Congress of Leaders of World Religions"), or -1 when none or several.
  int only_institution_with_word(const std::string& word) const {
    return only_draft([](NodeType t) { return kind_of(t) == Kind::kInstitutions; }, [&](const std::string& name) {
      return (" " + name + " ").find(" " + word + " ") != std::string::npos;
    });
  }
  // "Nordhafen" of "Nordhafen Energie Group": the one firm of the article
  // whose name begins with these words, or -1 when none or several.
  int only_firm_starting_with(const std::string& words) const {
    return only_draft([](NodeType t) { return t == NodeType::kFirm; }, [&](const std::string& name) {
      return name.size() > words.size() && name.starts_with(words) && name[words.size()] == ' ';
    });
  }
  // The one typed draft of a type that `fits` with a folded name that passes `test`, or -1.
  int only_draft(auto fits, auto test) const {
    int found = -1;
    for (std::size_t e = 0; e < drafts_.size(); ++e) {
      const Draft& d = drafts_[e];
      if (!fits(d.entity.type) || d.untyped_only ||
          std::none_of(d.names.begin(), d.names.end(), [&](const Draft::Name& name) { return test(*name.folded); }))
        continue;
      if (found >= 0) return -1;
      found = static_cast<int>(e);
    }
    return found;
  }

  void attach(MentionRef r, int e) {
    const Mention& m = mention(r);
    Draft& d = drafts_[e];
    for (Draft::Name form : {Draft::Name{&m.name, &folded(r).name}, Draft::Name{&m.written, &folded(r).written}}) {
      bool keep = m.kind != MentionKind::kDemonym && !form.folded->empty();
      if (keep && std::none_of(d.names.begin(), d.names.end(),
                               [&](const Draft::Name& name) { return *name.written == *form.written; })) {
        if (d.names.empty()) d.names.reserve(2);  // most have one or two: one allocation
        d.names.push_back(form);
        d.name_bits |= hash_bit(*form.folded);
      }
    }
    point(r, e);
  }
  // The mention is one of entity e's, by its span and its reference.
  void point(MentionRef r, int e) {
    std::vector<std::pair<std::size_t, std::size_t>>& spans = drafts_[e].entity.spans;
    if (spans.empty()) spans.reserve(4);  // one allocation for most entities, not three
    spans.emplace_back(mention(r).begin, mention(r).end);
    refs(r) = {e};
  }

  void finish_types() {
    for (Draft& d : drafts_) {
      if (d.entity.type == NodeType::kCountry || d.votes.empty()) continue;
      d.entity.type = d.votes.has(NodeType::kLeader) ? NodeType::kLeader : d.votes.most();
    }
  }

  // Pronouns and descriptors point at the latest entity, in text order, that fits.
  void refer_back(MentionRef r) {
    const Mention& m = mention(r);
    bool descriptor = m.kind == MentionKind::kDescriptor && !m.plural;
    // "VW will hold a stake in the Chinese company": the object is not the
    // subject, nor anything else the sentence named before it.
    bool object = descriptor && after_preposition(r);
    // "Volkswagen plans to invest in Xpeng as the German automaker fights ...":
    // a descriptor points at the sentence's subject when it has one.
    int subject = descriptor && !object ? first_fitting_in_sentence(r) : -1;
    std::vector<int> fitting = subject >= 0 ? std::vector<int>{subject}
                                            : latest_fitting(r, m, m.plural ? 2 : 1, [&](int e) {
                                                return !object || !named_in_sentence_before(r, e);
                                              });
    if (m.plural && fitting.size() >= 2) refs(r) = {fitting[0], fitting[1]};
    else if (!m.plural && !fitting.empty()) refs(r) = {fitting[0]};
    // "the German automaker" says where the firm is, for later descriptors.
    if (!m.plural && !fitting.empty() && m.type == NodeType::kFirm && drafts_[fitting[0]].entity.based_in.empty())
      drafts_[fitting[0]].entity.based_in = m.based_in;
  }

  bool after_preposition(MentionRef r) const {
    static constexpr std::string_view kPrepositions[] = {"in", "into", "with", "from", "of", "for", "to", "on", "at", "by"};
    const std::vector<Word>& words = in_.sentences[r.sentence].words;
    std::size_t a = mention(r).first_word, e = mention(r).end_word;
    // "on the company's services": the owner of what follows, which may be the subject.
    if (a == 0 || (e < words.size() && words[e].text == "'s")) return false;
    std::string_view before = words[a - 1].lower;
    return std::find(std::begin(kPrepositions), std::end(kPrepositions), before) != std::end(kPrepositions);
  }
  bool named_in_sentence_before(MentionRef r, int e) const {
    for (std::size_t k = 0; k < r.index; ++k)
      if (std::find(out_.refs[r.sentence][k].begin(), out_.refs[r.sentence][k].end(), e) != out_.refs[r.sentence][k].end())
        return true;
    return false;
  }

  int first_fitting_in_sentence(MentionRef r) const {
    for (std::size_t k = 0; k < r.index; ++k)
      for (int e : out_.refs[r.sentence][k])
        if (fits(r, drafts_[e])) return e;
    return -1;
  }

  // The first `wanted` entities mentioned before r that fit m and that
  // `keep` keeps, latest first: read backwards from r, each entity where it
  // is met first, and no further back than needed.
  std::vector<int> latest_fitting(MentionRef r, const Mention& m, std::size_t wanted, auto keep) const {
    // "In talks with X, he ...": a pronoun after an opening phrase is the
    // subject, told of before, not X.
    bool skip_own_sentence = m.kind == MentionKind::kPronoun && opens_with_phrase(in_.sentences[r.sentence]);
    std::vector<int> latest;
    for (std::size_t s = r.sentence + 1; s-- > 0;) {
      if (s == r.sentence && skip_own_sentence) continue;
      const std::vector<EntityRefs>& sentence_refs = out_.refs[s];
      for (std::size_t k = s == r.sentence ? r.index : sentence_refs.size(); k-- > 0;)
        for (auto e = sentence_refs[k].rbegin(); e != sentence_refs[k].rend(); ++e) {
          if (std::find(latest.begin(), latest.end(), *e) != latest.end() || !fits(r, drafts_[*e]) || !keep(*e)) continue;
          latest.push_back(*e);
          if (latest.size() == wanted) return latest;
        }
    }
    return latest;
  }

  static bool opens_with_phrase(const SentenceMentions& sm) {
    static const std::vector<std::string> kOpeners = {"in", "during", "at", "on", "after", "following",
                                                      "with", "for", "from", "since", "under", "upon"};
    return !sm.words.empty() && std::find(kOpeners.begin(), kOpeners.end(), sm.words[0].lower) != kOpeners.end();
  }

  bool fits(MentionRef r, const Draft& d) const {
    const Mention& m = mention(r);
    if (d.untyped_only) return false;
    if (m.kind == MentionKind::kPronoun) return kind_of(d.entity.type) == Kind::kPeople;
    // "the Chinese company" is not a firm known to be German.
    if (m.type == NodeType::kFirm)
      return d.entity.type == NodeType::kFirm &&
             (m.based_in.empty() || d.entity.based_in.empty() || m.based_in == d.entity.based_in);
    if (m.type == NodeType::kCountry) return d.entity.type == NodeType::kCountry;
    if (kind_of(m.type) != Kind::kPeople || kind_of(d.entity.type) != Kind::kPeople) return false;
    if (m.plural) return d.entity.type == NodeType::kLeader;
    // "the Kazakh president" is not the president known to be American.
    const std::vector<std::string>& countries = d.entity.countries;
    bool other_country = m.kind == MentionKind::kDescriptor && !m.name.empty() && !countries.empty() &&
                         std::find(countries.begin(), countries.end(), m.name) == countries.end();
    return !other_country && d.folded_role.find(folded(r).role) != std::string::npos;
  }

  // Drops untyped entities and renumbers; picks canonical names.
  ArticleEntities compact() {
    std::vector<int> renumber(drafts_.size(), -1);
    out_.entities.reserve(static_cast<std::size_t>(
        std::count_if(drafts_.begin(), drafts_.end(), [](const Draft& d) { return !d.untyped_only; })));
    for (std::size_t e = 0; e < drafts_.size(); ++e) {
      if (drafts_[e].untyped_only) continue;
      renumber[e] = static_cast<int>(out_.entities.size());
      out_.entities.push_back(finished(drafts_[e]));
    }
    for (auto& sentence : out_.refs)
      for (EntityRefs& list : sentence) {
        list.erase_if([&](int e) { return renumber[e] < 0; });
        for (int& e : list) e = renumber[e];
      }
    return std::move(out_);
  }

  Entity finished(Draft& d) const {
    Entity entity = std::move(d.entity);
    const std::string* key = nullptr;  // the canonical name, folded
    if (entity.type != NodeType::kCountry) {
      auto fullness = [&](std::size_t k) { return std::make_pair(word_count(*d.names[k].folded), d.names[k].written->size()); };
      std::size_t fullest = 0;  // the first of the fullest
      for (std::size_t k = 1; k < d.names.size(); ++k)
        if (fullness(fullest) < fullness(k)) fullest = k;
      entity.name = *d.names[fullest].written;
      key = d.names[fullest].folded;
    } else {
      key = &forms_.folded(entity.name);
    }
    if (!d.acronym.empty()) d.names.push_back({&d.acronym, &d.folded_acronym});
    // A name is an alias unless the canonical name or an earlier name folds as it does.
    for (std::size_t k = 0; k < d.names.size(); ++k) {
      const std::string& folded = *d.names[k].folded;
      bool known = folded == *key || std::any_of(d.names.begin(), d.names.begin() + static_cast<std::ptrdiff_t>(k),
                                                 [&](const Draft::Name& earlier) { return *earlier.folded == folded; });
      if (!known) entity.aliases.push_back(*d.names[k].written);
    }
    return entity;
  }

  const ArticleMentions& in_;
  const Lexicon& lexicon_;
  std::vector<Draft> drafts_;
  std::vector<FoldedMention> folded_;              // parallel to the mentions, in text order
  std::vector<std::size_t> first_mention_;         // by sentence: the place of its first mention in folded_
  std::vector<MentionRef> order_;                  // every mention, in text order
  NameFormCache& forms_;
  ArticleEntities out_;
};

}  // namespace

const NameForm& NameFormCache::form(const std::string& name, NodeType type, const Lexicon& lexicon) {
  // Within a kind the form is the same for every type (keys_of_folded reads only the kind).
  return forms_[static_cast<std::size_t>(kind_of(type))].find_or_make(name, [&] { return form_of(name, type, lexicon); });
}

const std::string& NameFormCache::folded(const std::string& text) {
  return folded_.find_or_make(text, [&] { return fold_name(text); });
}

void NameFormCache::begin_article() {
  constexpr std::size_t kMaxNames = 1 << 16;
  std::size_t forms = 0;
  for (const StableStringMap<NameForm>& of_kind : forms_) forms += of_kind.size();
  if (forms > kMaxNames)
    for (StableStringMap<NameForm>& of_kind : forms_) of_kind.clear();
  if (folded_.size() > kMaxNames) folded_.clear();
}

ArticleEntities resolve_entities(const ArticleMentions& mentions, const Lexicon& lexicon, NameFormCache& cache) {
  cache.begin_article();
  return Resolver(mentions, lexicon, cache).run();
}

ArticleEntities resolve_entities(const ArticleMentions& mentions, const Lexicon& lexicon) {
  NameFormCache cache;
  return resolve_entities(mentions, lexicon, cache);
}

}  // namespace kgraph
