// Test-side printers for the extractor's stages: compact one-line forms of
// mentions, entities and relations, so that a failing table row shows the
// whole difference.
#pragma once

#include <string>

#include "src/article.h"
#include "src/entities.h"
#include "src/lexicon.h"
#include "src/mentions.h"
#include "src/relations.h"

namespace kgraph::testing {

// Everything one text yields, read with the built-in lexicon.
struct ReadText {
  Article article;
  ArticleMentions mentions;
  ArticleEntities entities;
  ArticleRelations relations;
};

inline ReadText read_text(const std::string& text) {
  ReadText r;
  r.article = make_article("d0", "test.txt", text);
  r.mentions = find_mentions(r.article, built_in_lexicon());
  r.entities = resolve_entities(r.mentions, built_in_lexicon());
  r.relations = read_relations(r.article, r.mentions, r.entities, built_in_lexicon());
  return r;
}

// "[leader Jane Roe] [country Kazakhstan]": the typed names of every sentence.
inline std::string print_mentions(const ReadText& r) {
  std::string out;
  for (const SentenceMentions& s : r.mentions.sentences)
    for (const Mention& m : s.mentions) {
      if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescriptor || !m.typed) continue;
      if (!out.empty()) out += " ";
      out += "[" + std::string(node_type_name(m.type)) + " " + m.name + "]";
    }
  return out;
}

// "leader Jane Roe (Roe); country Kazakhstan": entities with their aliases.
inline std::string print_entities(const ReadText& r) {
  std::string out;
  for (const Entity& e : r.entities.entities) {
    if (!out.empty()) out += "; ";
    out += std::string(node_type_name(e.type)) + " " + e.name;
    if (!e.aliases.empty()) {
      out += " (";
      for (std::size_t i = 0; i < e.aliases.size(); ++i) out += (i ? ", " : "") + e.aliases[i];
      out += ")";
    }
  }
  return out;
}

inline std::string endpoint_name(const ReadText& r, Endpoint p) {
  if (!p.deal) return r.entities.entities[p.index].name;
  const Deal& d = r.relations.deals[p.index];
  std::string out = "deal{" + d.item;
  if (d.quantity) out += " x" + std::to_string(*d.quantity);
  if (d.value_usd) out += " $" + std::to_string(static_cast<long long>(*d.value_usd / 1e6)) + "M";
  return out + "}";
}

// "met-with(Jane Roe -> John Doe); signed(Acme Corp -> deal{locomotives x300 $4200M})".
inline std::string print_relations(const ReadText& r) {
  std::string out;
  for (const Relation& rel : r.relations.relations) {
    if (!out.empty()) out += "; ";
    out += rel.type + "(" + endpoint_name(r, rel.source) + " -> " + endpoint_name(r, rel.target) + ")";
  }
  return out;
}

}  // namespace kgraph::testing
