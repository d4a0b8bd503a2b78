// Extractor: runs the stages over every input text (in parallel with
// `jobs` threads) and merges what each text yields into one graph, in the
// order of the sorted file list.
//
// Flow: files -> (corpus, article, mentions, entities, deals, relations per
// document) -> merge into Graph.
// Guarantees: the graph is identical for every `jobs`, since documents are
// read independently and merged in a fixed order; with an existing graph
// (--append) the ids already there stay, new mentions merge into the entities
// already there, and a document whose content hash is already in the graph is
// not read again.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "src/lexicon.h"

namespace kgraph {

struct BuildReport {
  std::size_t read = 0;            // documents added to the graph
  std::size_t skipped = 0;         // binary, empty or unreadable
  std::size_t already_known = 0;   // same content hash as a document in the graph
  bool binary_skipped = false;     // a binary file was skipped: exit status 1
  std::vector<std::string> warnings = {};
};

struct BuildOptions {
  int jobs = 1;
  // Called after each document is merged: (done, total). Optional.
  std::function<void(std::size_t, std::size_t)> progress = {};
};

// Reads `files` (already listed by list_input_files) into `graph`.
BuildReport build_graph(const std::vector<std::string>& files, const Lexicon& lexicon, const BuildOptions& options,
                        Graph& graph);

}  // namespace kgraph
