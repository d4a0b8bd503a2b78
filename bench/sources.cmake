# Benchmarks: programs that print figures (never timed unit tests).
add_executable(kgraph_gen bench/kgraph_gen.cpp)
target_compile_options(kgraph_gen PRIVATE ${KGRAPH_WARNINGS})
target_link_libraries(kgraph_gen PRIVATE kgraph_core)

add_executable(kgraph_bench bench/kgraph_bench.cpp)
target_compile_options(kgraph_bench PRIVATE ${KGRAPH_WARNINGS})
target_link_libraries(kgraph_bench PRIVATE kgraph_core)

add_executable(kgraph_text_bench bench/text_bench.cpp)
target_compile_options(kgraph_text_bench PRIVATE ${KGRAPH_WARNINGS})
target_link_libraries(kgraph_text_bench PRIVATE kgraph_core)

add_executable(kgraph_render_bench bench/render_bench.cpp)
target_compile_options(kgraph_render_bench PRIVATE ${KGRAPH_WARNINGS})
target_link_libraries(kgraph_render_bench PRIVATE kgraph_core)
