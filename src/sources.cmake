# The extractor (text -> graph) and the command line.
set(KGRAPH_EXTRACT_SOURCES)
set(KGRAPH_EXTRACT_TESTS)
set(KGRAPH_CLI_SOURCES
  src/cli/main.cpp
  src/cli/stats_command.cpp
  src/cli/terminal.cpp
)
