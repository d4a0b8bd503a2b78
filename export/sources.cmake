# Exports: DOT and SVG/PNG through Graphviz, GraphML, GEXF, JSON results.
set(KGRAPH_EXPORT_SOURCES
  export/gexf.cpp
  export/graphml.cpp
  export/json_results.cpp
  export/node_style.cpp
  export/selection.cpp
  export/xml_graph.cpp
  export/xml_text.cpp
)
set(KGRAPH_EXPORT_TESTS
  tests/gexf_test.cpp
  tests/graphml_test.cpp
  tests/xml_graph_test.cpp
  tests/xml_text_test.cpp
)
