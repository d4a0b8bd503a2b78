# The graph core: model, name folding, kgraph/1 file, atomic writes, queries.
set(KGRAPH_GRAPH_SOURCES
  graph/atomic_file.cpp
  graph/fold.cpp
  graph/graph.cpp
  graph/graph_file.cpp
  graph/resolve.cpp
  graph/paths.cpp
  graph/neighbors.cpp
  graph/stats.cpp
)
set(KGRAPH_GRAPH_TESTS
  tests/fold_test.cpp
  tests/graph_test.cpp
  tests/graph_file_test.cpp
  tests/paths_test.cpp
  tests/stats_test.cpp
)
