# Exports: DOT and SVG/PNG through Graphviz, GraphML, GEXF, JSON results.
set(KGRAPH_EXPORT_SOURCES
  export/dot.cpp
  export/json_results.cpp
  export/node_style.cpp
  export/render.cpp
  export/selection.cpp
)
set(KGRAPH_EXPORT_TESTS
  tests/dot_test.cpp
  tests/render_test.cpp
  tests/selection_test.cpp
)
