// data/lexicon.json, embedded at build time (CMake writes lexicon_data.cpp).
#pragma once

namespace kgraph {
extern const char* const kBuiltInLexiconJson;
}
