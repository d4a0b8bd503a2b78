// Fuzz target: the --rules reader (merge_rules in src/lexicon.h) on arbitrary
// bytes. Bad input must end in kgraph::Error; anything else is a bug. Rules
// that are accepted must also be usable: merged over the built-in lexicon,
// they read a fixed news paragraph through the whole extractor
// (one_document.h), so words the user adds (an empty-looking title, a
// trigger that is punctuation) cannot break the later stages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/one_document.h"
#include "graph/error.h"
#include "src/lexicon.h"

namespace {

// Written for this target: names, titles, a deal and a meeting for the rules to act on.
constexpr std::string_view kParagraph =
    "Harbour Deal Signed in Port Elm\n\n"
    "PORT ELM, March 3 (Wire) - President Mara Quint of Ruritania met Prime Minister Olu Bada in Port Elm on "
    "Tuesday. Acme Rail Corp. signed a $1.2 billion contract for 40 locomotives with the Ruritanian Ministry of "
    "Transport. Quint said the accord would open the line by 2027.\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  try {
    kgraph::Lexicon empty;
    kgraph::merge_rules(empty, json, "fuzz.json");
  } catch (const kgraph::Error&) {
    return 0;
  }
  // Accepted once, so an Error from here on is a bug.
  kgraph::Lexicon lexicon = kgraph::built_in_lexicon();
  kgraph::merge_rules(lexicon, json, "fuzz.json");
  kgraph::fuzz::build_and_check(kParagraph, lexicon);
  return 0;
}
