// Relations: the typed edges an article states, each with the sentence it
// was read from and a confidence: signed (party -> deal), met-with,
// invested-in, leader-of (with the role), based-in.
//
// Flow: mentions + entities + deals -> ArticleRelations -> extractor.
// Guarantees: furniture and headline sentences yield no edge; every relation
// names the sentence it came from; met-with is stated once per pair, the
// earlier-mentioned person first. A confidence is the reader's estimate that
// the sentence states the edge: 0.9 for a title or apposition, 0.8 for a
// subject and object around a trigger word, 0.6 when a subject is carried
// over from an earlier clause or a pronoun.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "src/article.h"
#include "src/deals.h"
#include "src/entities.h"
#include "src/lexicon.h"
#include "src/mentions.h"

namespace kgraph {

struct Endpoint {
  bool deal = false;  // true: an index into ArticleRelations::deals; false: into entities
  int index = -1;
  bool operator==(const Endpoint&) const = default;
};

struct Relation {
  std::string type = {};
  Endpoint source = {};
  Endpoint target = {};
  std::size_t sentence = 0;
  double confidence = 0;
  std::string role = {};  // leader-of: the title
};

struct ArticleRelations {
  std::vector<Deal> deals = {};
  std::vector<Relation> relations = {};
};

// May add entities (a country named only by "Pennsylvania-based", a place
// invested in) to `entities`.
ArticleRelations read_relations(const Article& article, const ArticleMentions& mentions, ArticleEntities& entities,
                                const Lexicon& lexicon);

}  // namespace kgraph
