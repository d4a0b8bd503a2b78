# Exports: DOT and SVG/PNG through Graphviz, GraphML, GEXF, JSON results.
set(KGRAPH_EXPORT_SOURCES
  export/json_results.cpp
)
set(KGRAPH_EXPORT_TESTS)
