# Exports: DOT and SVG/PNG through Graphviz, GraphML, GEXF, JSON results.
set(KGRAPH_EXPORT_SOURCES
  export/json_results.cpp
  export/node_style.cpp
  export/selection.cpp
)
set(KGRAPH_EXPORT_TESTS
  tests/selection_test.cpp
)
