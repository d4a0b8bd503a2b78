// Documents are read by `jobs` threads, each taking the next unread document
// and producing a Reading, and merged in file order by the calling thread
// while the readers go on (ordered_queue.h). Reading is a pure function of
// the text and the lexicon (the NameFormCache only saves work), and merging
// is sequential, so the graph does not depend on the number of threads. The
// queue's window bounds memory: readings hold whole articles.
//
// Merging keeps its own indexes over the graph: every name word of a node
// (transliteration keys), to find the nodes a new name may be; the deals with
// their parties, to find the same deal told again; and the edges by (type,
// source, target), so a repeated statement adds evidence to one edge.
#include "src/extractor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <map>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "graph/fold.h"
#include "src/article.h"
#include "src/corpus.h"
#include "src/deals.h"
#include "src/entities.h"
#include "src/mentions.h"
#include "src/ordered_queue.h"
#include "src/relations.h"
#include "src/string_table.h"

namespace kgraph {
namespace {

constexpr std::size_t kMaxEvidence = 8;

struct Reading {
  SourceRead source;
  Article article;
  ArticleEntities entities;
  ArticleRelations relations;
};

// What one reading thread keeps from one article to the next: it saves work
// and changes no answer.
struct ReaderCaches {
  explicit ReaderCaches(const MentionIndex& index) : spellings(spelling_cache(index)) {}
  SpellingCache spellings;
  NameFormCache forms;
};

Reading read_one(const std::string& path, const Lexicon& lexicon, const MentionIndex& index, ReaderCaches& caches) {
  Reading r;
  r.source = read_source(path);
  if (!r.source.text) return r;
  r.article = make_article("", r.source.text->path, r.source.text->bytes);
  ArticleMentions mentions = find_mentions(r.article, lexicon, index, caches.spellings);
  r.entities = resolve_entities(mentions, lexicon, caches.forms);
  r.relations = read_relations(r.article, mentions, r.entities, lexicon);
  return r;
}

// "n12": snprintf, since g++ 12 warns falsely (-Wrestrict) on char + std::string.
std::string numbered_id(char prefix, std::size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%zu", prefix, n);
  return buf;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

class GraphMerger {
 public:
  GraphMerger(Graph& graph, const Lexicon& lexicon) : graph_(graph), lexicon_(lexicon) {
    for (const Document& d : graph_.documents) hashes_.insert(d.sha256), document_ids_.insert(d.id);
    for (Graph::Vertex v = 0; v < graph_.node_count(); ++v) index_node(v);
    for (Graph::EdgeRef e : graph_.edges_in_order()) index_edge(e);
    std::unordered_map<Graph::Vertex, std::vector<int>> parties = signed_parties();
    for (Graph::Vertex v = 0; v < graph_.node_count(); ++v)
      if (graph_.node(v).type == NodeType::kDeal) add_known_deal(v, deal_of(v, parties[v]));
  }

  bool knows(const std::string& sha256) const { return hashes_.count(sha256) > 0; }

  void merge(Reading& r) {
    Article& a = r.article;
    a.id = next_document_id();
    hashes_.insert(a.sha256);
    graph_.documents.push_back(Document{.id = a.id, .path = a.path, .title = a.title, .sha256 = a.sha256,
                                        .chars = a.chars(), .date = a.date});
    std::vector<Graph::Vertex> entity_vertex;
    for (const Entity& e : r.entities.entities) entity_vertex.push_back(merge_entity(e, a));
    std::vector<Graph::Vertex> deal_vertex;
    for (const Deal& d : r.relations.deals) deal_vertex.push_back(merge_deal_node(d, entity_vertex, r.entities));
    for (const Relation& rel : r.relations.relations) {
      Graph::Vertex s = rel.source.deal ? deal_vertex[rel.source.index] : entity_vertex[rel.source.index];
      Graph::Vertex t = rel.target.deal ? deal_vertex[rel.target.index] : entity_vertex[rel.target.index];
      merge_edge(rel, s, t, a);
    }
  }

 private:
  std::string next_document_id() {
    std::string id;
    do id = numbered_id('d', next_doc_++);
    while (document_ids_.count(id));
    document_ids_.insert(id);
    return id;
  }
  std::string next_id(char prefix, std::size_t& counter, bool node) {
    std::string id;
    do id = numbered_id(prefix, counter++);
    while (node ? graph_.find_id(id).has_value() : edge_ids_.count(id) > 0);
    return id;
  }

  // ---- entities
  // The keys a name is found under: its first and last words (as
  // transliteration keys: a lone surname or given name finds the full name),
  // the whole name without spaces, and its initials (an acronym finds it).
  // Made once per name and type: a node's names are indexed again whenever
  // it gains an alias, and every entity of every article asks for its keys.
  const std::vector<std::string>& index_keys(const std::string& name, NodeType type) const {
    return keys_[static_cast<std::size_t>(type)].find_or_make(name, [&] { return make_index_keys(name, type); });
  }
  std::vector<std::string> make_index_keys(const std::string& name, NodeType type) const {
    std::vector<std::string> words = name_keys(name, type, lexicon_);
    std::vector<std::string> keys;
    if (words.empty()) return keys;
    keys.push_back(words.front());
    if (words.size() > 1) keys.push_back(words.back());
    std::string folded = fold_name(name), initials;
    folded.erase(std::remove(folded.begin(), folded.end(), ' '), folded.end());
    keys.push_back("=" + folded);
    for (const std::string& w : words) initials += w.empty() ? ' ' : w[0];
    if (initials.size() >= 2) keys.push_back("=" + initials);
    return keys;
  }
  // Each (key, node) pair once, however often the node is merged into. Lists
  // are sorted, so a key shared by a million nodes costs a binary search (and,
  // when the graph is read, an append: nodes come in index order).
  void index_node(Graph::Vertex v) {
    const Node& n = graph_.node(v);
    auto add = [&](const std::string& name) {
      for (const std::string& key : index_keys(name, n.type)) {
        std::vector<Graph::Vertex>& list = by_key_[key];
        auto at = std::lower_bound(list.begin(), list.end(), v);
        if (at == list.end() || *at != v) list.insert(at, v);
      }
    };
    add(n.name);
    for (const std::string& alias : n.aliases) add(alias);
  }

  std::optional<Graph::Vertex> find_node(const Entity& e) const {
    std::vector<Graph::Vertex>& candidates = candidates_;  // in index order, each once
    candidates.clear();
    auto add = [&](const std::string& name) {
      for (const std::string& key : index_keys(name, e.type))
        if (const std::vector<Graph::Vertex>* nodes = by_key_.value_of(key))
          candidates.insert(candidates.end(), nodes->begin(), nodes->end());
    };
    add(e.name);
    for (const std::string& alias : e.aliases) add(alias);
    if (candidates.empty()) return std::nullopt;
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // Each name is prepared once here, not once per comparison.
    const NameForm& name = form(e.name, e.type);
    for (Graph::Vertex v : candidates) {
      const std::vector<const NameForm*>& node = node_forms(v);
      if (std::any_of(node.begin(), node.end(), [&](const NameForm* f) { return same_entity(name, *f); })) return v;
      for (const std::string& alias : e.aliases)
        if (same_entity(form(alias, e.type), *node.front())) return v;
    }
    return std::nullopt;
  }

  // The forms of a node's name and then its aliases. Made once per node, and
  // again when it gains a name (absorb_names adds an alias whenever it
  // changes the names), since every merge near it compares them.
  const std::vector<const NameForm*>& node_forms(Graph::Vertex v) const {
    if (v >= node_forms_.size()) node_forms_.resize(v + 1);
    std::vector<const NameForm*>& forms = node_forms_[v];
    const Node& n = graph_.node(v);
    if (forms.size() != n.aliases.size() + 1 || forms.front()->type != n.type) {
      forms.clear();
      forms.push_back(&form(n.name, n.type));
      for (const std::string& alias : n.aliases) forms.push_back(&form(alias, n.type));
    }
    return forms;
  }
  // The form of a name, made once per name and type, like index_keys(): the
  // entities of every article ask for the forms of their names.
  const NameForm& form(const std::string& name, NodeType type) const {
    return forms_[static_cast<std::size_t>(type)].find_or_make(name, [&] { return name_form(name, type, lexicon_); });
  }

  Graph::Vertex merge_entity(const Entity& e, const Article& a) {
    std::optional<Graph::Vertex> found = find_node(e);
    if (!found) {
      Node node{.id = next_id('n', next_node_, true), .type = e.type, .name = e.name, .aliases = e.aliases};
      if (!e.role.empty() && e.type == NodeType::kLeader) node.attrs["role"] = e.role;
      found = graph_.add_node(std::move(node));
    } else {
      absorb_names(*found, e);
    }
    Node& node = graph_.mutable_node(*found);
    if (e.type == NodeType::kLeader && node.type == NodeType::kPerson) node.type = NodeType::kLeader;
    for (const auto& [b, end] : e.spans)
      node.mentions.push_back(Span{.doc = a.id, .start = a.code_point(b), .end = a.code_point(end)});
    if (*found >= indexed_aliases_.size()) indexed_aliases_.resize(*found + 1, kNotIndexed);
    if (indexed_aliases_[*found] != node.aliases.size()) {
      index_node(*found);
      indexed_aliases_[*found] = node.aliases.size();
    }
    return *found;
  }

  // The fuller name becomes canonical; every other form is an alias.
  void absorb_names(Graph::Vertex v, const Entity& e) {
    Node& node = graph_.mutable_node(v);
    std::vector<std::string> forms = {e.name};
    forms.insert(forms.end(), e.aliases.begin(), e.aliases.end());
    auto words = [](const std::string& n) { return std::count(n.begin(), n.end(), ' ') + 1; };
    for (const std::string& form : forms) {
      // Folded once per name (form() keeps them), not once per alias and merge.
      const std::string& key = this->form(form, node.type).folded;
      const std::vector<const NameForm*>& known_forms = node_forms(v);
      bool known = std::any_of(known_forms.begin(), known_forms.end(), [&](const NameForm* f) { return f->folded == key; });
      if (known) continue;
      if (node.type != NodeType::kCountry && words(form) > words(node.name)) {
        node.aliases.push_back(node.name);
        node.name = form;
      } else {
        node.aliases.push_back(form);
      }
    }
  }

  // ---- deals
  // The sources of `signed` edges per target, in edge-key order: one pass, not one per deal.
  std::unordered_map<Graph::Vertex, std::vector<int>> signed_parties() const {
    std::unordered_map<Graph::Vertex, std::vector<int>> parties;
    for (const auto& [key, edge] : edges_)
      if (std::get<0>(key) == kSigned) parties[std::get<2>(key)].push_back(static_cast<int>(std::get<1>(key)));
    return parties;
  }

  Deal deal_of(Graph::Vertex v, const std::vector<int>& parties) const {
    Deal d;
    d.parties = parties;
    const Node& n = graph_.node(v);
    d.name = n.name;
    auto number = [&](const char* key) -> std::optional<double> {
      auto it = n.attrs.find(key);
      if (it == n.attrs.end()) return std::nullopt;
      if (auto* i = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*i);
      if (auto* x = std::get_if<double>(&it->second)) return *x;
      return std::nullopt;
    };
    d.value_usd = number("value_usd");
    if (auto q = number("quantity")) d.quantity = static_cast<std::int64_t>(*q);
    if (auto it = n.attrs.find("item"); it != n.attrs.end())
      if (auto* s = std::get_if<std::string>(&it->second)) d.item = *s;
    return d;
  }

  Graph::Vertex merge_deal_node(const Deal& local, const std::vector<Graph::Vertex>& entity_vertex,
                                const ArticleEntities& entities) {
    Deal d = local;
    d.parties.clear();
    for (int p : local.parties) d.parties.push_back(static_cast<int>(entity_vertex[p]));
    // Only a deal with a party in common can be the same one: those, in the order they were made.
    std::vector<std::size_t> candidates;
    for (int p : d.parties)
      if (auto it = deals_by_party_.find(p); it != deals_by_party_.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (std::size_t k : candidates) {
      auto& [v, known] = deals_[k];
      std::size_t shared = 0;
      for (int p : d.parties) shared += std::count(known.parties.begin(), known.parties.end(), p);
      if (!same_deal(known, d, shared)) continue;
      std::size_t parties_before = known.parties.size();
      merge_deal(known, d);
      for (std::size_t i = parties_before; i < known.parties.size(); ++i) deals_by_party_[known.parties[i]].push_back(k);
      write_deal_attrs(v, known);
      return v;
    }
    d.name = deal_name(local, entities);
    Graph::Vertex v = graph_.add_node(Node{.id = next_id('n', next_node_, true), .type = NodeType::kDeal, .name = d.name});
    write_deal_attrs(v, d);
    add_known_deal(v, std::move(d));
    return v;
  }

  void add_known_deal(Graph::Vertex v, Deal d) {
    for (int p : d.parties) deals_by_party_[p].push_back(deals_.size());
    deals_.push_back({v, std::move(d)});
  }

  // "Wabtec locomotives deal": a firm party (else the first party) and the item.
  static std::string deal_name(const Deal& d, const ArticleEntities& entities) {
    std::string party;
    for (int p : d.parties)
      if (party.empty() || entities.entities[p].type == NodeType::kFirm) {
        party = entities.entities[p].name;
        if (entities.entities[p].type == NodeType::kFirm) break;
      }
    std::string name = party + " " + (d.item.empty() ? "deal" : d.item);
    if (d.value_usd) name += " ($" + number_text(*d.value_usd / 1e9) + " bn)";
    return name;
  }

  void write_deal_attrs(Graph::Vertex v, const Deal& d) {
    Attrs& attrs = graph_.mutable_node(v).attrs;
    if (d.value_usd) attrs["value_usd"] = static_cast<std::int64_t>(std::llround(*d.value_usd));
    if (d.value) attrs["value"] = *d.value, attrs["currency"] = d.currency;
    if (d.quantity) attrs["quantity"] = *d.quantity;
    if (!d.item.empty()) attrs["item"] = d.item;
    if (!d.date.empty()) attrs["date"] = d.date;
  }

  // ---- edges
  using EdgeKey = std::tuple<std::string, Graph::Vertex, Graph::Vertex>;
  static EdgeKey key_of(std::string_view type, Graph::Vertex s, Graph::Vertex t) {
    if (type == kMetWith && t < s) std::swap(s, t);
    return {std::string(type), s, t};
  }
  void index_edge(Graph::EdgeRef e) {
    edges_.emplace(key_of(graph_.edge_type(e), graph_.source(e), graph_.target(e)), e);
    edge_ids_.insert(std::string(graph_.edge_id(e)));
  }

  void merge_edge(const Relation& rel, Graph::Vertex s, Graph::Vertex t, const Article& a) {
    if (s == t) return;
    const Sentence& sentence = a.sentences[rel.sentence];
    std::int64_t start = a.code_point(sentence.begin);
    // Made only when kept: an edge told in many articles keeps kMaxEvidence sentences.
    auto evidence = [&] {
      return Evidence{.doc = a.id, .start = start, .end = a.code_point(sentence.end),
                      .text = a.original_text(sentence.begin, sentence.end)};
    };
    auto it = edges_.find(key_of(rel.type, s, t));
    if (it == edges_.end()) {
      Edge edge{.id = next_id('e', next_edge_, false), .type = rel.type, .confidence = rel.confidence};
      if (!rel.role.empty()) edge.unknown.emplace_back("attrs", RawJson{"{\"role\":" + json_string(rel.role) + "}"});
      edge.evidence.push_back(evidence());
      index_edge(graph_.add_edge(s, t, std::move(edge)));
      return;
    }
    Edge& edge = graph_.mutable_edge(it->second);
    edge.confidence = std::max(edge.confidence.value_or(0), rel.confidence);
    if (edge.evidence.size() >= kMaxEvidence) return;
    bool seen = std::any_of(edge.evidence.begin(), edge.evidence.end(),
                            [&](const Evidence& x) { return x.doc == a.id && x.start == start; });
    if (!seen) edge.evidence.push_back(evidence());
  }

  static std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      if (static_cast<unsigned char>(c) < 0x20) continue;
      out += c;
    }
    return out + "\"";
  }

  Graph& graph_;
  const Lexicon& lexicon_;
  std::unordered_set<std::string> hashes_, document_ids_;
  StringTable<std::vector<Graph::Vertex>> by_key_;  // index key -> nodes, sorted
  static constexpr std::size_t kTypes = std::size(kAllNodeTypes);
  mutable std::array<StableStringMap<std::vector<std::string>>, kTypes> keys_;  // by type: name -> index_keys()
  static constexpr std::size_t kNotIndexed = static_cast<std::size_t>(-1);
  std::vector<std::size_t> indexed_aliases_;  // by vertex: alias count when last indexed, or kNotIndexed
  mutable std::array<StableStringMap<NameForm>, kTypes> forms_;                // by type: name -> form()
  mutable std::vector<std::vector<const NameForm*>> node_forms_;     // by vertex: node_forms(), into forms_
  mutable std::vector<Graph::Vertex> candidates_;                    // find_node()'s, kept for its capacity
  std::vector<std::pair<Graph::Vertex, Deal>> deals_;
  std::unordered_map<int, std::vector<std::size_t>> deals_by_party_;  // party vertex -> its deals, by place in deals_
  std::map<EdgeKey, Graph::EdgeRef> edges_;
  std::unordered_set<std::string> edge_ids_;
  std::size_t next_node_ = 0, next_edge_ = 0, next_doc_ = 0;
};

// Reads every file on `jobs` threads and hands each Reading to `merge`, in
// file order, on the calling thread. With one job everything runs on the
// calling thread. A reader's exception (out of memory) is rethrown here, and
// a merge's exception stops the readers, so no thread is left running.
template <class Merge>
void read_in_order(const std::vector<std::string>& files, const Lexicon& lexicon, const MentionIndex& index, int jobs,
                   Merge merge) {
  if (jobs <= 1) {
    ReaderCaches caches(index);
    for (std::size_t i = 0; i < files.size(); ++i) merge(i, read_one(files[i], lexicon, index, caches));
    return;
  }
  // Readings held at once: enough that no reader waits for the merger, few
  // enough that memory follows the graph, not the corpus.
  OrderedQueue<Reading> queue(files.size(), 64 * static_cast<std::size_t>(jobs));
  auto work = [&] {
    ReaderCaches caches(index);
    try {
      while (std::optional<std::size_t> i = queue.claim()) queue.put(*i, read_one(files[*i], lexicon, index, caches));
    } catch (...) {
      queue.fail(std::current_exception());
    }
  };
  std::vector<std::thread> readers;
  for (std::size_t t = 0; t < static_cast<std::size_t>(jobs) && t < files.size(); ++t) readers.emplace_back(work);
  try {
    for (std::size_t i = 0; i < files.size(); ++i) merge(i, queue.take(i));
  } catch (...) {
    queue.stop();
    for (std::thread& t : readers) t.join();
    throw;
  }
  for (std::thread& t : readers) t.join();
}

}  // namespace

BuildReport build_graph(const std::vector<std::string>& files, const Lexicon& lexicon, const BuildOptions& options,
                        Graph& graph) {
  BuildReport report;
  GraphMerger merger(graph, lexicon);
  const std::shared_ptr<const MentionIndex> index = index_for_mentions(lexicon);
  read_in_order(files, lexicon, *index, options.jobs, [&](std::size_t i, Reading r) {
    if (!r.source.text) {
      report.warnings.push_back(r.source.warning);
      report.binary_skipped = report.binary_skipped || r.source.binary;
      ++report.skipped;
    } else if (merger.knows(r.article.sha256)) {
      ++report.already_known;
    } else {
      for (const std::string& w : r.article.warnings) report.warnings.push_back(w);
      merger.merge(r);
      ++report.read;
    }
    if (options.progress) options.progress(i + 1, files.size());
  });
  return report;
}

}  // namespace kgraph
