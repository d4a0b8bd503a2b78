# Benchmarks: programs that print figures (never timed unit tests).

add_executable(kgraph_text_bench bench/text_bench.cpp)
target_compile_options(kgraph_text_bench PRIVATE ${KGRAPH_WARNINGS})
target_link_libraries(kgraph_text_bench PRIVATE kgraph_core)
