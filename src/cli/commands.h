// Every command of the kgraph CLI, one add_*_command() per file in src/cli/.
#pragma once

#include <vector>

#include "src/cli/command.h"

namespace kgraph {

Command add_build_command(CLI::App& app);
Command add_stats_command(CLI::App& app);
Command add_path_command(CLI::App& app);
Command add_neighbors_command(CLI::App& app);
Command add_show_command(CLI::App& app);
Command add_export_command(CLI::App& app);

inline std::vector<Command> add_all_commands(CLI::App& app) {
  return {
      add_build_command(app),
      add_stats_command(app),
      add_path_command(app),
      add_neighbors_command(app),
      add_show_command(app),
      add_export_command(app),
  };
}

}  // namespace kgraph
