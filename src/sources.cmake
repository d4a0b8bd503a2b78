# The extractor (text -> graph) and the command line.

# data/lexicon.json and data/demonyms.tsv are compiled into the binary (as raw
# string literals), so kgraph runs from anywhere; editing them re-runs CMake.
file(READ ${PROJECT_SOURCE_DIR}/data/lexicon.json KGRAPH_LEXICON_JSON)
file(READ ${PROJECT_SOURCE_DIR}/data/demonyms.tsv KGRAPH_DEMONYMS_TSV)
foreach(data IN ITEMS KGRAPH_LEXICON_JSON KGRAPH_DEMONYMS_TSV)
  string(FIND "${${data}}" ")kgraph_data\"" delimiter_at)
  if(NOT delimiter_at EQUAL -1)
    message(FATAL_ERROR "${data}: the data holds the raw string delimiter )kgraph_data\"")
  endif()
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/data/lexicon_data.cpp.in ${PROJECT_BINARY_DIR}/generated/lexicon_data.cpp @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/data/lexicon.json ${PROJECT_SOURCE_DIR}/data/demonyms.tsv)

set(KGRAPH_EXTRACT_SOURCES
  src/words.cpp
  src/sha256.cpp
  src/corpus.cpp
  src/sentences.cpp
  src/furniture.cpp
  src/article.cpp
  src/amounts.cpp
  src/lexicon.cpp
  ${PROJECT_BINARY_DIR}/generated/lexicon_data.cpp
  src/mentions.cpp
  src/entities.cpp
  src/deals.cpp
  src/relations.cpp
  src/extractor.cpp
)
set(KGRAPH_EXTRACT_TESTS
  tests/string_table_test.cpp
  tests/words_test.cpp
  tests/sha256_test.cpp
  tests/corpus_test.cpp
  tests/amounts_test.cpp
  tests/sentences_test.cpp
  tests/furniture_test.cpp
  tests/article_test.cpp
  tests/lexicon_test.cpp
  tests/mentions_test.cpp
  tests/entities_test.cpp
  tests/relations_test.cpp
  tests/ordered_queue_test.cpp
  tests/extractor_test.cpp
  tests/samples_test.cpp
  tests/cli_test.cpp
  tests/faults_test.cpp
)
set(KGRAPH_CLI_SOURCES
  src/cli/main.cpp
  src/cli/build_command.cpp
  src/cli/stats_command.cpp
  src/cli/path_command.cpp
  src/cli/path_flags.cpp
  src/cli/export_command.cpp
  src/cli/neighbors_command.cpp
  src/cli/show_command.cpp
  src/cli/graph_text.cpp
  src/cli/terminal.cpp
)
