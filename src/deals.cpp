// A sentence reports a deal when it has a deal noun ("contract") and a
// signing word ("signed", "concluded", "purchase"), or a deal noun and a
// value. Its parties are the countries, firms, organisations and leaders of
// the sentence (not a country that only says where a firm is from). A
// passive signing with one party ("was signed with Wabtec") takes the first
// party of the article's previous deal as the other side. A sentence that
// speaks of "the deal" / "the agreement" without new parties adds its
// value and quantity to the previous deal instead.
#include "src/deals.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "graph/fold.h"
#include "src/amounts.h"
#include "src/string_table.h"

namespace kgraph {
namespace {

const WordSet kItemStopwords = {
    "a", "an", "the", "of", "and", "for", "to", "in", "on", "with", "new", "major", "substantial", "significant",
    "agreement", "agreements", "contract", "contracts", "deal", "deals", "memorandum", "memoranda", "mou", "mous",
    "order", "orders", "purchase", "purchases", "accord", "pact", "this", "that", "its", "their", "worth", "total"};
// Parts of "long-term", "high-level", "first-ever": words two deals can share by chance.
const WordSet kWeakItemWords = {"long", "term", "short", "high", "level", "first", "ever"};
const WordSet kDefinite = {"the", "this", "that", "these", "its"};

// Calls `use` with each word of `item` that tells what was bought, singular
// ("locomotive" of "300 locomotives"), until `use` returns true; returns
// whether it did.
template <class Use>
bool any_item_keyword(const std::string& item, Use&& use) {
  std::string folded = fold_name(item);
  for (std::size_t b = 0; b < folded.size();) {
    std::size_t e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    std::string w = folded.substr(b, e - b);
    if (!w.empty() && w.back() == 's' && w.size() > 3) w.pop_back();
    if (!kItemStopwords.count(w) && !kItemStopwords.count(w + "s") && !kWeakItemWords.count(w) && use(std::move(w)))
      return true;
    b = e + 1;
  }
  return false;
}

std::set<std::string> item_keywords(const std::string& item) {
  std::set<std::string> words;
  any_item_keyword(item, [&](std::string w) { return words.insert(std::move(w)), false; });
  return words;
}

// !item_keywords(item).empty(), without the set.
bool has_item_keywords(const std::string& item) {
  return any_item_keyword(item, [](const std::string&) { return true; });
}

bool values_close(const Deal& a, const Deal& b) {
  if (!a.value_usd || !b.value_usd) return false;
  return std::abs(*a.value_usd - *b.value_usd) <= 0.1 * std::max(*a.value_usd, *b.value_usd);
}

// Two amounts that cannot be one: dollars apart, or one deal in dollars and
// the other only in another currency (no rates to compare them by), or two
// other currencies or amounts.
bool values_clash(const Deal& a, const Deal& b) {
  if (a.value_usd && b.value_usd) return !values_close(a, b);
  bool a_valued = a.value_usd || a.value, b_valued = b.value_usd || b.value;
  if (!a_valued || !b_valued) return false;
  if (!a.value || !b.value || a.currency != b.currency) return true;
  return std::abs(*a.value - *b.value) > 0.1 * std::max(*a.value, *b.value);
}

bool items_overlap(const Deal& a, const Deal& b) {
  std::set<std::string> x = item_keywords(a.item);
  return any_item_keyword(b.item, [&](const std::string& w) { return x.count(w) > 0; });
}

class DealReader {
 public:
  DealReader(const Article& article, const ArticleMentions& mentions, const ArticleEntities& entities)
      : article_(article), mentions_(mentions), entities_(entities) {}

  std::vector<Deal> run() {
    for (std::size_t s = 0; s < article_.sentences.size(); ++s) {
      const SentenceMentions& sm = mentions_.sentences[s];
      if (article_.sentences[s].furniture || sm.headline) continue;
      if (sm.has(kMoneyVerb)) read_commitment(s, sm);
      if (sm.has(kDealNoun) || sm.has(kSignedTrigger)) read_sentence(s, sm);  // else it names no deal
    }
    return std::move(deals_);
  }

 private:
  void read_sentence(std::size_t s, const SentenceMentions& sm) {
    std::size_t noun = sm.words.size(), trigger = sm.words.size();
    std::vector<std::size_t> nouns;
    for (std::size_t k = 0; k < sm.words.size(); ++k) {
      bool acronym = sm.words[k].text.size() <= 5;  // "MoU", "MOUs" (a capitalised "Agreement" is a name's)
      if (sm.words[k].has(kDealNoun) && (!sm.words[k].capitalized || acronym)) nouns.push_back(k);
      if (trigger == sm.words.size() && sm.words[k].has(kSignedTrigger)) trigger = k;
    }
    // "a bilateral investment treaty": of two deal words in a row the last names the deal.
    const std::vector<std::size_t> all_nouns = nouns;
    std::erase_if(nouns, [&](std::size_t k) { return std::find(all_nouns.begin(), all_nouns.end(), k + 1) != all_nouns.end(); });
    // "In addition to the X agreement, protocols were signed": the deal word
    // nearest the signing word is the one signed.
    // A noun that is its own signing word ("purchase") only when no other is near.
    for (std::size_t k : nouns)
      if (noun == sm.words.size() || (noun == trigger && nouns.size() > 1) ||
          (k != trigger && distance(k, trigger) < distance(noun, trigger)))
        noun = k;
    std::string_view text = article_.sentence_text(article_.sentences[s]);
    // "Acme ordered 20 jets from Orvo": a buying verb and what it counts make a deal with no deal word.
    // Buying words are signing words: none before the first of these.
    std::size_t buying = noun == sm.words.size() ? trigger : sm.words.size();
    while (buying < sm.words.size() && !(sm.words[buying].has(kSignedTrigger) && is_buying_word(sm.words[buying].lower)) &&
           !pledges_to_supply(sm, buying))
      ++buying;
    bool bought = noun == sm.words.size() && buying < sm.words.size() && buys_a_count(sm, buying, text);
    // "Acme agreed to buy Orvo for $6.7 billion": an acquisition.
    bool acquired = noun == sm.words.size() && buying < sm.words.size() && !bought && buys_a_firm(sm, buying);
    if (bought || acquired) noun = trigger = buying, nouns = {buying}, bought = true;
    if (noun == sm.words.size()) return;
    std::vector<Money> money = find_money(text);
    // "the major purchase" names a deal but reports none: a signing word of
    // its own, or a value, is needed.
    bool signed_word = bought || (trigger != sm.words.size() && trigger != noun && !other_antecedent(sm, noun, trigger));
    // "Audi's partnership with SAIC will cover ...": a deal of one side, with the other, needs no signing word.
    signed_word = signed_word || (noun >= 2 && sm.words[noun - 1].text == "'s" && noun + 2 < sm.words.size() &&
                                  sm.words[noun + 1].is("with") && sm.words[noun + 2].capitalized);
    bool valued = std::any_of(nouns.begin(), nouns.end(), [&](std::size_t k) { return value_of_deal(sm, k, money); });
    if (!signed_word && !valued) return;
    if (read_deals_between(s, sm, nouns, text, money)) return;
    Deal deal = describe(s, sm, noun, text, money);
    if (acquired) deal.item = "acquisition";
    deal.parties = parties(s, sm, clause_begin(sm), clause_end(sm, std::min(trigger, noun)));
    bool refers_back = definite(sm, noun) && !deals_.empty();
    // "the $4.2 billion order" after a €310 million contract is another deal.
    refers_back = refers_back && !values_clash(deals_.back(), deal);
    if (refers_back && (!signed_word || deal.parties.empty() || shares_party(deals_.back(), deal))) {
      if (!signed_word) deal.parties.clear();  // "the U.S. presented the deal as a win": told, not signed
      merge_deal(deals_.back(), deal);
      deals_.back().sentences.push_back(s);
      return;
    }
    if (deal.parties.size() == 1 && is_passive(sm, trigger) && !deals_.empty() && !deals_.back().parties.empty() &&
        deals_.back().parties.front() != deal.parties.front())
      deal.parties.insert(deal.parties.begin(), deals_.back().parties.front());
    if (deal.parties.empty() && group_signs(sm, trigger)) deal.parties = parties_before(s);
    // "Among the documents signed was the joint declaration on ...": signed
    // by no one named here, so by the signers of the deal told before.
    auto names_no_one = [&] {
      return std::none_of(sm.mentions.begin(), sm.mentions.end(),
                          [&](const Mention& m) { return m.first_word < std::max(trigger, noun); });
    };
    if (deal.parties.empty() && signed_word && !deals_.empty() && names_no_one()) deal.parties = deals_.back().parties;
    if (deal.parties.empty()) return;
    add(std::move(deal));
  }

  // "X plans to invest $700 million in Y", "X will invest ...": a stated
  // amount pledged is a deal of the investor and the invested (a place is
  // no party); money already invested ("has invested $230 million since
  // 2009") is no deal. "X will lend Kenya $500 million", "X lent $500
  // million to Kenya": a loan, whenever it was made.
  void read_commitment(std::size_t s, const SentenceMentions& sm) {
    struct MoneyVerb {
      std::string_view verb, item, to;  // "to": the word before the receiver, after the amount
      bool pledged_only;
    };
    static constexpr MoneyVerb kVerbs[] = {{"invest", "investment", "in", true},
                                           {"lend", "loan", "to", false},
                                           {"lends", "loan", "to", false},
                                           {"lent", "loan", "to", false}};
    const std::vector<Word>& w = sm.words;
    const MoneyVerb* verb = nullptr;
    std::size_t k = 1;
    for (; k < w.size() && !verb; ++k) {
      if (!w[k].has(kMoneyVerb)) continue;
      for (const MoneyVerb& v : kVerbs)
        if (w[k].is(v.verb) && (!v.pledged_only || w[k - 1].is("to") || w[k - 1].is("will"))) verb = &v;
    }
    if (!verb) return;
    --k;
    std::string_view text = article_.sentence_text(article_.sentences[s]);
    std::vector<Money> money = find_money(text);
    // The amount right after the verb, or after its receiver: "lend Kenya $500 million".
    auto pledged = std::find_if(money.begin(), money.end(), [&](const Money& m) {
      return m.begin >= w[k].end && (m.begin <= w[k].end + 2 || (!verb->pledged_only && k + 4 < w.size() && m.begin <= w[k + 4].begin));
    });
    if (pledged == money.end()) return;
    std::size_t after = k + 1;
    while (after < w.size() && w[after].begin < pledged->end) ++after;
    std::size_t object = w.size();
    if (after < w.size() && w[after].is(verb->to)) object = after + 1 + (after + 1 < w.size() && w[after + 1].is("the") ? 1 : 0);
    int giver = -1, receiver = -1;
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      const Mention& mention = sm.mentions[m];
      if (mention.kind == MentionKind::kPronoun || mention.kind == MentionKind::kDemonym) continue;
      // "Acme, based in Seoul, plans to invest": the investor is a party the article knows.
      bool known = !entities_.refs[s][m].empty();
      if (mention.end_word <= k && mention.first_word >= clause_begin(sm) && known) giver = static_cast<int>(m);
      bool before_amount = mention.first_word > k && w[mention.end_word - 1].end <= pledged->begin;
      if (mention.first_word == object || (before_amount && !verb->pledged_only)) receiver = static_cast<int>(m);
    }
    if (giver < 0 || receiver < 0) return;
    Deal deal;
    deal.sentences = {s};
    if (pledged->usd) deal.value_usd = *pledged->usd;
    else deal.value = pledged->value, deal.currency = pledged->currency;
    deal.item = std::string(verb->item);
    if (auto d = find_date(text, article_.date)) deal.date = *d;
    for (int m : {giver, receiver})
      for (int e : entities_.refs[s][static_cast<std::size_t>(m)]) add_party(deal.parties, e);
    if (deal.parties.size() < 2) return;
    // "Under this MoU, X will lend $6 billion to Y": the deal told before, with its value now.
    bool refers_back = false;
    for (std::size_t noun = 0; noun < w.size() && !refers_back; ++noun)
      refers_back = w[noun].has(kDealNoun) && definite(sm, noun);
    if (refers_back && !deals_.empty() && shares_party(deals_.back(), deal) && !values_clash(deals_.back(), deal)) {
      merge_deal(deals_.back(), deal);
      return;
    }
    add(std::move(deal));
  }

  // "ordered 20 jets", "bought 300 locomotives": a buying verb and a count right after it.
  static bool buys_a_count(const SentenceMentions& sm, std::size_t trigger, std::string_view text) {
    if (trigger + 1 >= sm.words.size()) return false;
    std::size_t after = sm.words[trigger].end;
    for (const Quantity& q : find_quantities(text))
      if (q.begin >= after && q.begin <= sm.words[std::min(trigger + 3, sm.words.size() - 1)].begin) return true;
    return false;
  }

  // "agreed to supply 200,000 tonnes", "signed ... and will deliver 20 jets":
  // a promise to sell a count is a deal (a delivery told as done is not a
  // new one). read_sentence asks it only from the first signing word on.
  static bool pledges_to_supply(const SentenceMentions& sm, std::size_t k) {
    if (k == 0 || !sm.words[k].has(kSupplyVerb)) return false;
    return sm.words[k - 1].is("will") || (sm.words[k - 1].is("to") && k >= 2 && sm.words[k - 2].is("agreed"));
  }

  // "to buy Orvo Ltd for $6.7 billion": a buying verb, a name, and the price.
  static bool buys_a_firm(const SentenceMentions& sm, std::size_t trigger) {
    if (!is_buying_word(sm.words[trigger].lower)) return false;
    std::size_t object = trigger + 1 + (trigger + 1 < sm.words.size() && sm.words[trigger + 1].is("the") ? 1 : 0);
    for (const Mention& m : sm.mentions)
      if (m.first_word == object && m.kind == MentionKind::kName)
        return m.end_word + 1 < sm.words.size() && sm.words[m.end_word].is("for") &&
               (sm.words[m.end_word + 1].text.ends_with("$") || sm.words[m.end_word + 1].kind == WordKind::kNumber);
    return false;
  }

  // "an X MoU between A and B, as well as a Y MoU between C and D": each
  // deal word with its own "between" is a deal of its own, whose parties are
  // the names from its "between" up to the next such deal word.
  bool read_deals_between(std::size_t s, const SentenceMentions& sm, const std::vector<std::size_t>& nouns,
                          std::string_view text, const std::vector<Money>& money) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // (deal word, its "between")
    for (std::size_t i = 0; i < nouns.size(); ++i) {
      std::size_t limit = i + 1 < nouns.size() ? nouns[i + 1] : sm.words.size();
      for (std::size_t k = nouns[i] + 1; k < limit && k <= nouns[i] + 4; ++k)
        if (sm.words[k].is("between")) {
          spans.emplace_back(nouns[i], k);
          break;
        }
    }
    if (spans.size() < 2) return false;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      std::size_t end = i + 1 < spans.size() ? spans[i + 1].first : clause_end(sm, spans[i].second);
      std::size_t from = i == 0 ? 0 : sm.words[spans[i - 1].second].end;  // its value, not the one before
      std::vector<Money> own;
      for (const Money& m : money)
        if (m.begin >= from && (end == sm.words.size() || m.end <= sm.words[end].begin)) own.push_back(m);
      Deal deal = describe(s, sm, spans[i].first, text, own);
      deal.parties = parties(s, sm, spans[i].second, end);
      if (!deal.parties.empty()) add(std::move(deal));
    }
    return true;
  }

  // "The two sides signed ...", "the leaders signed ...": the signers are a
  // group the article named before.
  static bool group_signs(const SentenceMentions& sm, std::size_t trigger) {
    static const WordSet kGroups = {
        "politicians", "leaders", "parties", "sides", "countries", "nations", "governments", "delegations"};
    if (trigger < 2 || trigger >= sm.words.size()) return false;
    std::size_t k = trigger - 1;
    std::string_view adverb = sm.words[k].lower;
    if (k > 1 && (adverb.ends_with("ly") || adverb == "also" || adverb == "later" || adverb == "then")) --k;
    std::string_view before = sm.words[k - 1].lower;
    return kGroups.count(sm.words[k].lower) && (before == "the" || before == "both" || before == "two");
  }

  // The signers of the nearest earlier sentence that names two or more.
  std::vector<int> parties_before(std::size_t s) const {
    for (std::size_t back = s; back > 0 && back + 6 > s; --back) {
      const SentenceMentions& sm = mentions_.sentences[back - 1];
      if (article_.sentences[back - 1].furniture || sm.headline) continue;
      std::vector<int> found = parties(back - 1, sm, clause_begin(sm), sm.words.size());
      if (found.size() >= 2) return found;
    }
    return {};
  }

  // "a $4.2 billion deal", "a contract worth $230 million": the value belongs
  // to the deal word, so the sentence reports the deal even without "signed".
  static bool value_of_deal(const SentenceMentions& sm, std::size_t noun, const std::vector<Money>& money) {
    for (const Money& m : money) {
      std::size_t words_between = 0;
      if (m.end <= sm.words[noun].begin) {
        for (const Word& w : sm.words) words_between += w.begin >= m.end && w.end <= sm.words[noun].begin;
        if (words_between <= 3) return true;
      } else {
        bool linked = false;
        for (const Word& w : sm.words)
          if (w.begin > sm.words[noun].end && w.end <= m.begin) {
            ++words_between;
            linked = linked || w.is("worth") || w.is("valued") || w.is("totaling") || w.is("of");
          }
        if (linked && words_between <= 4) return true;
      }
    }
    return false;
  }

  bool shares_party(const Deal& a, const Deal& b) const {
    return std::any_of(b.parties.begin(), b.parties.end(),
                       [&](int p) { return std::find(a.parties.begin(), a.parties.end(), p) != a.parties.end(); });
  }

  // "the contract", "the $4.2 billion agreement": a deal told before.
  static bool definite(const SentenceMentions& sm, std::size_t noun) {
    for (std::size_t k = noun; k > 0 && k + 5 > noun; --k) {
      if (kDefinite.count(sm.words[k - 1].lower)) return true;
      if (sm.words[k - 1].is("a") || sm.words[k - 1].is("an")) return false;
    }
    return false;
  }

  static std::size_t distance(std::size_t a, std::size_t b) { return a > b ? a - b : b - a; }

  // "a backlog of 787 orders, and airlines that ordered the model ...": a
  // signing word in a relative clause tells of the clause's own antecedent
  // ("airlines"), not of the deal word before it; "the deal, which was
  // signed ..." is the deal word's own.
  static bool other_antecedent(const SentenceMentions& sm, std::size_t noun, std::size_t trigger) {
    for (std::size_t r = trigger; r > noun + 1 && r + 4 > trigger; --r) {
      std::string_view w = sm.words[r - 1].lower;
      if (w != "that" && w != "which" && w != "who") continue;
      std::size_t antecedent = r - 2;
      if (sm.words[antecedent].kind == WordKind::kPunct && antecedent > noun) --antecedent;
      bool named = std::any_of(sm.mentions.begin(), sm.mentions.end(), [&](const Mention& m) {
        return m.first_word <= antecedent && antecedent < m.end_word;
      });
      return antecedent != noun && !sm.words[antecedent].has(kDealNoun) && !named;
    }
    return false;
  }

  static bool is_passive(const SentenceMentions& sm, std::size_t trigger) {
    if (trigger == 0 || trigger >= sm.words.size()) return false;
    std::size_t k = trigger - 1;
    if (k > 0 && (sm.words[k].lower.ends_with("ly") || sm.words[k].is("also"))) --k;  // "were also signed"
    std::string_view before = sm.words[k].lower;
    return before == "was" || before == "were" || before == "been" || before == "be" || before == "is";
  }

  Deal describe(std::size_t s, const SentenceMentions& sm, std::size_t noun, std::string_view text,
                const std::vector<Money>& money) const {
    Deal deal;
    deal.sentences = {s};
    if (!money.empty()) {
      const Money& m = money.front();
      if (m.usd) deal.value_usd = *m.usd;
      else deal.value = m.value, deal.currency = m.currency;
    }
    // "300 locomotives" after the deal word is what is bought; "the two
    // leaders" before it is not.
    for (const Quantity& q : find_quantities(text, money)) {
      if (q.begin < sm.words[noun].begin && q.begin < sm.words[trigger_or(sm, noun)].begin) continue;
      if (after_definite(sm, q.begin)) continue;  // "between the two nations" counts nothing bought
      deal.quantity = q.count, deal.item = q.item;
      break;
    }
    if (deal.item.empty()) deal.item = noun_phrase(sm, noun, text);
    if (!deal.quantity && !has_item_keywords(deal.item)) deal.item += purpose(sm, noun, text);
    if (auto d = find_date(text, article_.date)) deal.date = *d;
    return deal;
  }

  static bool after_definite(const SentenceMentions& sm, std::size_t begin) {
    for (std::size_t k = 1; k < sm.words.size(); ++k)
      if (sm.words[k].begin == begin) return kDefinite.count(sm.words[k - 1].lower) || sm.words[k - 1].is("both");
    return false;
  }

  std::size_t trigger_or(const SentenceMentions& sm, std::size_t fallback) const {
    for (std::size_t k = 0; k < sm.words.size(); ++k)
      if (sm.words[k].has(kSignedTrigger)) return k;
    return fallback;
  }

  // "economic memorandum of understanding", "peace declaration".
  static std::string noun_phrase(const SentenceMentions& sm, std::size_t noun, std::string_view text) {
    std::size_t b = noun;
    while (b > 0 && b + 2 > noun && sm.words[b - 1].kind == WordKind::kWord && !sm.words[b - 1].capitalized &&
           !sm.words[b - 1].is("billion") && !sm.words[b - 1].is("million") &&
           !sm.words[b - 1].has(kSignedTrigger) &&
           !kDefinite.count(sm.words[b - 1].lower) && !kItemStopwords.count(sm.words[b - 1].lower))
      --b;
    std::size_t e = noun + 1;
    if (e + 1 < sm.words.size() && sm.words[e].is("of") && sm.words[e + 1].is("understanding")) e += 2;
    std::string phrase(text.substr(sm.words[b].begin, sm.words[e - 1].end - sm.words[b].begin));
    // "an agreement was reached on port logistics": the topic after the passive signing.
    std::size_t on = e;
    if (on + 1 < sm.words.size() && (sm.words[on].is("was") || sm.words[on].is("were")) &&
        sm.words[on + 1].has(kSignedTrigger))
      on += 2;
    std::size_t topic = topic_end(sm, on);
    if (topic == on) return phrase;
    if (on == e) return std::string(text.substr(sm.words[b].begin, sm.words[topic - 1].end - sm.words[b].begin));
    return phrase + " " + std::string(text.substr(sm.words[on].begin, sm.words[topic - 1].end - sm.words[on].begin));
  }

  // "a contract with Hartwig to install digital signalling on ...": what a
  // deal named by its kind alone is for, as " to install digital signalling"
  // (a verb and up to three words after it); "" if the sentence says nothing.
  static std::string purpose(const SentenceMentions& sm, std::size_t noun, std::string_view text) {
    static const WordSet kEnds = {"on", "in", "at", "for", "with", "between", "by", "from",
                                  "and", "which", "that", "over", "across", "under"};
    std::size_t to = noun + 1;
    while (to < sm.words.size() && to < noun + 10 && !sm.words[to].is("to") &&
           (sm.words[to].kind == WordKind::kWord || sm.words[to].text == "'s"))
      ++to;
    if (to + 1 >= sm.words.size() || !sm.words[to].is("to")) return "";
    const Word& verb = sm.words[to + 1];
    if (verb.kind != WordKind::kWord || verb.capitalized || verb.has(kArticleWord) || kItemStopwords.count(verb.lower))
      return "";
    std::size_t e = to + 2;
    while (e < sm.words.size() && e < to + 5 && sm.words[e].kind == WordKind::kWord && !sm.words[e].capitalized &&
           !kEnds.count(sm.words[e].lower))
      ++e;
    return " " + std::string(text.substr(sm.words[to].begin, sm.words[e - 1].end - sm.words[to].begin));
  }

  // "an agreement on port logistics", "a deal for the Sun Belt initiative":
  // the words after "on" / "for" say what the deal is about, up to a few
  // words and before the parties ("with", "between") or the next clause.
  static std::size_t topic_end(const SentenceMentions& sm, std::size_t after_noun) {
    static const WordSet kTopicEnds = {
        "with", "between", "by", "worth", "valued", "to", "in", "at", "from", "and", "which", "that", "was", "were"};
    if (after_noun + 1 >= sm.words.size() || (!sm.words[after_noun].is("on") && !sm.words[after_noun].is("for")))
      return after_noun;
    if (sm.words[after_noun + 1].capitalized) return after_noun;  // "a deal on Thursday", "a loan for Chile"
    std::size_t e = after_noun + 1;
    while (e < sm.words.size() && e < after_noun + 6 && sm.words[e].kind == WordKind::kWord &&
           !kTopicEnds.count(sm.words[e].lower))
      ++e;
    // "an agreement on an $8 billion loan": no article ends the topic.
    while (e > after_noun + 1 && (kDefinite.count(sm.words[e - 1].lower) || sm.words[e - 1].is("a") || sm.words[e - 1].is("an")))
      --e;
    return e > after_noun + 1 ? e : after_noun;
  }

  // Where the signing clause begins: after an opening phrase ("During the UN
  // session, Uzbekistan concluded ...").
  static std::size_t clause_begin(const SentenceMentions& sm) {
    static const WordSet kOpeners = {
        "during", "in", "at", "on", "after", "following", "amid", "before", "since", "under", "as", "upon",
        "with", "alongside"};
    // "Also in Brazil, during his recent state visit, President X secured ...": an
    // adverb, then opening phrases one after another.
    std::size_t begin = !sm.words.empty() && sm.words[0].has(kSentenceAdverb) ? 1 : 0;
    while (begin < sm.words.size() && kOpeners.count(sm.words[begin].lower)) {
      std::size_t comma = begin + 1;
      while (comma < sm.words.size() && sm.words[comma].text != ",") ++comma;
      if (comma >= sm.words.size()) break;
      begin = comma + 1;
    }
    return begin;
  }

  // Where the signing clause ends: "..., attended by X" names witnesses, not parties.
  static std::size_t clause_end(const SentenceMentions& sm, std::size_t from) {
    for (std::size_t k = from + 1; k < sm.words.size(); ++k)
      if (sm.words[k].has(kOtherClause)) return k;
    return sm.words.size();
  }

  // Adds entity e to `parties` once; people and places sign nothing.
  void add_party(std::vector<int>& parties, int e) const {
    NodeType t = entities_.entities[e].type;
    if (t == NodeType::kPerson || t == NodeType::kPlace) return;
    if (std::find(parties.begin(), parties.end(), e) == parties.end()) parties.push_back(e);
  }

  std::vector<int> parties(std::size_t s, const SentenceMentions& sm, std::size_t begin, std::size_t end) const {
    std::vector<int> found;
    bool first = true;  // the clause's first mention: its subject, a pronoun too ("He met X and signed ...")
    for (std::size_t m = 0; m < sm.mentions.size(); ++m) {
      const Mention& mention = sm.mentions[m];
      if (mention.first_word >= end) break;
      if (mention.first_word < begin) continue;
      bool subject = std::exchange(first, false);
      if (mention.kind == MentionKind::kDemonym && !is_affiliation(sm, m)) continue;
      if (mention.kind == MentionKind::kCountry &&
          (says_where_firm_is(sm, m) || owns_next_firm(s, sm, m) || is_attributive(sm, mention)))
        continue;
      if ((mention.kind == MentionKind::kPronoun && !subject) || is_speaker(sm, m) || is_head_of_party(sm, mention) ||
          owns_party(sm, mention))
        continue;
      // "The two sides signed": leaders told of before, and the countries their titles named.
      bool told_before = mention.kind == MentionKind::kPronoun || mention.kind == MentionKind::kDescriptor;
      for (int e : entities_.refs[s][m]) {
        add_party(found, e);
        const Entity& entity = entities_.entities[e];
        if (told_before && entity.type == NodeType::kLeader)
          for (const std::string& country : entity.countries)
            if (int c = country_entity(country); c >= 0) add_party(found, c);
      }
    }
    return found;
  }

  int country_entity(const std::string& name) const {
    for (std::size_t e = 0; e < entities_.entities.size(); ++e)
      if (entities_.entities[e].type == NodeType::kCountry && entities_.entities[e].name == name) return static_cast<int>(e);
    return -1;
  }

  // "Saudi Arabia's Public Investment Fund": the country whose firm the next name is.
  bool owns_next_firm(std::size_t s, const SentenceMentions& sm, std::size_t m) const {
    if (m + 1 >= sm.mentions.size()) return false;
    std::size_t end = sm.mentions[m].end_word;
    if (end >= sm.words.size() || sm.words[end].text != "'s" || sm.mentions[m + 1].first_word != end + 1) return false;
    const EntityRefs& next = entities_.refs[s][m + 1];
    return std::any_of(next.begin(), next.end(), [&](int e) { return entities_.entities[e].type == NodeType::kFirm; });
  }

  // "Malaysia's national energy company Petronas": the country is where the
  // firm is from, not a party.
  static bool says_where_firm_is(const SentenceMentions& sm, std::size_t m) {
    // "Geoje Marine Ltd of South Korea"
    if (m > 0 && sm.mentions[m - 1].type == NodeType::kFirm && sm.mentions[m - 1].based_in == sm.mentions[m].name &&
        sm.mentions[m - 1].end_word + 1 == sm.mentions[m].first_word && sm.words[sm.mentions[m - 1].end_word].is("of"))
      return true;
    // "KTZ, the national railway company of Kazakhstan, ...": the firm's apposition.
    if (m > 0 && in_apposition_of_firm(sm, sm.mentions[m - 1], sm.mentions[m])) return true;
    if (m + 1 >= sm.mentions.size()) return false;
    const Mention& next = sm.mentions[m + 1];
    return next.type == NodeType::kFirm && next.based_in == sm.mentions[m].name &&
           next.first_word <= sm.mentions[m].end_word + 5;
  }

  // "the U.S. narrative around Uzbekistan's purchase": a country naming the
  // kind of a noun after it is no actor ("the U.S. signed", "the U.S. also
  // signed" are).
  static bool is_attributive(const SentenceMentions& sm, const Mention& country) {
    std::size_t a = country.first_word, e = country.end_word;
    if (a == 0 || !sm.words[a - 1].has(kArticleWord) || e >= sm.words.size()) return false;
    const Word& next = sm.words[e];
    return next.kind == WordKind::kWord && !next.capitalized && !next.has(kSmallWord) && !next.has(kStateWord) &&
           !next.has(kSignedTrigger) && !next.has(kSentenceAdverb) && !next.has(kSpeechVerb) &&
           !next.lower.ends_with("ed");
  }

  static bool in_apposition_of_firm(const SentenceMentions& sm, const Mention& firm, const Mention& country) {
    if (firm.type != NodeType::kFirm || firm.based_in != country.name || firm.end_word >= sm.words.size() ||
        sm.words[firm.end_word].text != "," || country.first_word > firm.end_word + 8)
      return false;
    for (std::size_t k = firm.end_word + 1; k < country.first_word; ++k)
      if (sm.words[k].kind == WordKind::kPunct) return false;
    return true;
  }

  // "the Commerce Department confirmed the agreement", "..., Acme chairman
  // X, a member of the delegation, told reporters": who tells of a deal is
  // not a party, nor is the country or body of the teller's title.
  static bool is_speaker(const SentenceMentions& sm, std::size_t m) {
    const Mention& mention = sm.mentions[m];
    if (tells_at(sm, mention.end_word) || tells_after_apposition(sm, mention.end_word)) return true;
    return std::any_of(sm.mentions.begin(), sm.mentions.end(), [&](const Mention& other) {
      return other.affiliation == static_cast<int>(m) &&
             (tells_at(sm, other.end_word) || tells_after_apposition(sm, other.end_word));
    });
  }

  // A telling verb at word k ("also said", "formally announced").
  static bool tells_at(const SentenceMentions& sm, std::size_t k) {
    static const WordSet kTelling = {
        "said", "says", "announced", "confirmed", "noted", "stated", "told", "reported", "welcomed",
        "praised", "hailed", "commended"};
    for (std::size_t skipped = 0; k < sm.words.size() && skipped < 2 && (sm.words[k].is("formally") || sm.words[k].is("also"));
         ++skipped)
      ++k;
    if (k >= sm.words.size() || !kTelling.count(sm.words[k].lower)) return false;
    // "BYD announced a $1 billion investment": making a deal known is making it.
    bool announces_new = sm.words[k].is("announced") && k + 1 < sm.words.size() &&
                         (sm.words[k + 1].is("a") || sm.words[k + 1].is("an") || sm.words[k + 1].is("plans"));
    return !announces_new;
  }

  // ", a member of the delegation, told": an apposition between commas, then a telling verb.
  static bool tells_after_apposition(const SentenceMentions& sm, std::size_t k) {
    if (k >= sm.words.size() || sm.words[k].text != ",") return false;
    for (std::size_t c = k + 1; c < sm.words.size() && c <= k + 12; ++c)
      if (sm.words[c].text == ",") return tells_at(sm, c + 1);
    return false;
  }

  // "from Progress Rail, a unit of Caterpillar Inc.": the owner named in a party's apposition is not one.
  static bool owns_party(const SentenceMentions& sm, const Mention& mention) {
    std::size_t a = mention.first_word;
    if (a < 4 || !sm.words[a - 1].is("of") || !sm.words[a - 2].has(kCompanyCue)) return false;
    for (std::size_t k = a - 2; k > 0 && k + 4 > a - 2; --k)
      if (sm.words[k - 1].text == ",") return true;
    return false;
  }

  // "Uzbekistan, led by President X, ordered ...": X is said to head a party, not to be one.
  static bool is_head_of_party(const SentenceMentions& sm, const Mention& mention) {
    std::size_t k = mention.first_word;
    while (k > 0 && k + 4 > mention.first_word && sm.words[k - 1].capitalized) --k;  // the title
    if (k < 2 || !sm.words[k - 1].is("by")) return false;
    std::string_view verb = sm.words[k - 2].lower;
    return verb == "led" || verb == "headed" || verb == "chaired";
  }

  static bool is_affiliation(const SentenceMentions& sm, std::size_t m) {
    return std::any_of(sm.mentions.begin(), sm.mentions.end(),
                       [&](const Mention& other) { return other.affiliation == static_cast<int>(m); });
  }

  void add(Deal deal) {
    for (Deal& seen : deals_) {
      std::size_t shared = 0;
      for (int p : deal.parties) shared += std::count(seen.parties.begin(), seen.parties.end(), p);
      if (same_deal(seen, deal, shared)) {
        merge_deal(seen, deal);
        return;
      }
    }
    deals_.push_back(std::move(deal));
  }

  const Article& article_;
  const ArticleMentions& mentions_;
  const ArticleEntities& entities_;
  std::vector<Deal> deals_;
};

}  // namespace

bool same_deal(const Deal& a, const Deal& b, std::size_t parties_shared) {
  if (parties_shared == 0 || values_clash(a, b)) return false;
  // "22 Boeing 787 Dreamliners" and "22 long-haul jets": the count says more than the words.
  if (a.quantity && b.quantity) return *a.quantity == *b.quantity;
  if (values_close(a, b) || items_overlap(a, b)) return true;
  return parties_shared >= 2 && !has_item_keywords(a.item) && !has_item_keywords(b.item);
}

void merge_deal(Deal& into, const Deal& from) {
  if (!into.value_usd && from.value_usd) into.value_usd = from.value_usd;
  if (!into.value && from.value) into.value = from.value, into.currency = from.currency;
  if (!into.quantity && from.quantity) into.quantity = from.quantity, into.item = from.item;
  if (!has_item_keywords(into.item) && has_item_keywords(from.item)) into.item = from.item;
  if (into.date.empty()) into.date = from.date;
  for (int p : from.parties)
    if (std::find(into.parties.begin(), into.parties.end(), p) == into.parties.end()) into.parties.push_back(p);
  for (std::size_t s : from.sentences)
    if (std::find(into.sentences.begin(), into.sentences.end(), s) == into.sentences.end()) into.sentences.push_back(s);
}

std::vector<Deal> find_deals(const Article& article, const ArticleMentions& mentions, const ArticleEntities& entities) {
  return DealReader(article, mentions, entities).run();
}

}  // namespace kgraph
