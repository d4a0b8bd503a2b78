# Exports: DOT and SVG/PNG through Graphviz, GraphML, GEXF, JSON results.
set(KGRAPH_EXPORT_SOURCES)
set(KGRAPH_EXPORT_TESTS)
