// Name folding: the key under which two spellings of a name count as the same.
// Accents dropped, case folded, typographic quotes and dashes unified, a final
// possessive "'s" dropped, dashes/slashes/spaces made one space, every other
// punctuation mark removed, a leading "the" dropped: "The U.S.", "us" and
// "U.S.'s" all fold to "us"; "Kassym–Jomart" folds to "kassym jomart".
// The same rules as ../shared/eval/score.py, so a name we match is one it matches.
#pragma once

#include <string>
#include <string_view>

namespace kgraph {

// Folds UTF-8 text; invalid bytes are dropped. Pure ASCII takes a fast path.
// The result has one space between words and none before or after them.
std::string fold_name(std::string_view utf8);

}  // namespace kgraph
