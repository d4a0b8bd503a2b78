// data/lexicon.json and data/demonyms.tsv, embedded at build time (CMake
// writes lexicon_data.cpp from data/lexicon_data.cpp.in), so that the binary
// needs no data files of ours at run time.
#pragma once

namespace kgraph {
extern const char* const kBuiltInLexiconJson;
extern const char* const kBuiltInDemonymsTsv;
}  // namespace kgraph
