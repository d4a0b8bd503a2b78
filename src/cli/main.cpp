// kgraph's entry point: registers the commands, parses the command line, runs
// the chosen command, and turns errors into one line on stderr and an exit
// status: 0 done, 1 nothing found (no path) or done with warnings, 2 bad
// input or usage.
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <new>
#include <vector>

#include "graph/atomic_file.h"
#include "graph/error.h"
#include "src/cli/command.h"
#include "src/cli/commands.h"

namespace {

// An interrupt (Ctrl-C, kill, a closed terminal) must not leave a temporary
// output file behind.
void on_signal(int signal) {
  kgraph::remove_pending_temporary_files();
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::signal(SIGHUP, on_signal);
  // Past a file size limit (ulimit -f) a write then fails with EFBIG, which the
  // atomic writer reports and cleans up, instead of the process dying.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"kgraph: knowledge graphs of leaders, firms, countries and deals, read from news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kgraph 0.1.0");
  std::vector<kgraph::Command> commands = kgraph::add_all_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "kgraph: " << e.what() << " (see kgraph --help)\n";
    return 2;
  }
  for (const kgraph::Command& command : commands) {
    if (!command.app->parsed()) continue;
    try {
      return command.run();
    } catch (const kgraph::Error& e) {
      std::cerr << "kgraph: " << e.what() << "\n";
      return e.exit_status();
    } catch (const std::bad_alloc&) {
      std::cerr << "kgraph: out of memory\n";
      return 2;
    }
  }
  return 2;
}
