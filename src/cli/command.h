// A subcommand of the kgraph CLI: its CLI11 sub-app and what runs when the
// user chooses it. Each command lives in its own file with an options struct
// and an add_*_command() that registers it; main() picks the one parsed.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace kgraph {

struct Command {
  CLI::App* app = nullptr;
  // Returns the exit status; failures throw kgraph::Error (graph/error.h).
  std::function<int()> run;
};

}  // namespace kgraph
