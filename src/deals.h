// Deals: the agreements, contracts, purchases, orders, memoranda, protocols
// and declarations an article reports, with their value, quantity, item and
// date, and the parties that signed them.
//
// Flow: ArticleMentions + ArticleEntities -> deals -> relations.h (signed
// edges) and the extractor (one deal node across articles, same_deal).
// Guarantees: a deal has at least one party; the same deal told twice in an
// article ("the contract", "the deal" in a later sentence) is one deal.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "src/article.h"
#include "src/entities.h"
#include "src/lexicon.h"
#include "src/mentions.h"

namespace kgraph {

struct Deal {
  std::string name = {};                    // "Wabtec locomotives contract"
  std::optional<double> value_usd = {};
  std::optional<double> value = {};         // in `currency` when it is not USD
  std::string currency = {};
  std::optional<std::int64_t> quantity = {};
  std::string item = {};                    // "locomotives", "economic memorandum of understanding"
  std::string date = {};                    // ISO 8601 or ""
  std::vector<int> parties = {};            // entity indices (ArticleEntities)
  std::vector<std::size_t> sentences = {};  // where it is told, first the one with its signing
};

std::vector<Deal> find_deals(const Article& article, const ArticleMentions& mentions,
                             const ArticleEntities& entities);

// Whether two deals are one: they share a party and, when both count what
// they buy, the counts are equal; else their values agree (within 10%) or
// their items share a specific word; or they share two parties and nothing
// contradicts. `parties_shared` is counted by the caller,
// since parties are compared as entities of one article or of the graph.
bool same_deal(const Deal& a, const Deal& b, std::size_t parties_shared);

// Adds what `from` knows and `into` does not (value, quantity, item, date).
void merge_deal(Deal& into, const Deal& from);

}  // namespace kgraph
