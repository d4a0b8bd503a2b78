# libFuzzer targets (fuzz/run.sh builds and runs them). Included only with
# -DKGRAPH_FUZZ=ON and clang; pair it with -DKGRAPH_SANITIZE=address,undefined
# so that every memory error and undefined behaviour is a crash the fuzzer sees.
# The core library gets coverage instrumentation (fuzzer-no-link); only the
# targets link libFuzzer's main.
# ubsan_ignorelist.txt names the third-party checks left out.
set(KGRAPH_FUZZ_FLAGS -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/fuzz/ubsan_ignorelist.txt)
target_compile_options(kgraph_core PRIVATE -fsanitize=fuzzer-no-link ${KGRAPH_FUZZ_FLAGS})

set(KGRAPH_FUZZ_TARGETS
  fuzz_graph_file
  fuzz_rules
  fuzz_extractor
)
foreach(target IN LISTS KGRAPH_FUZZ_TARGETS)
  add_executable(${target} fuzz/${target}.cpp)
  target_compile_options(${target} PRIVATE ${KGRAPH_WARNINGS} ${KGRAPH_FUZZ_FLAGS} -fsanitize=fuzzer)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${target} PRIVATE kgraph_core)
endforeach()
add_custom_target(fuzz_targets DEPENDS ${KGRAPH_FUZZ_TARGETS})
