#!/usr/bin/env bash
# fuzz/run.sh [SECONDS]: builds the libFuzzer targets (clang, AddressSanitizer
# and UndefinedBehaviorSanitizer) in build-fuzz and runs each for SECONDS
# (default 60), one after the other in one process each, on a copy of its seed
# corpus (fuzz/corpus/TARGET) in a scratch folder: the repository is never
# written to. Fails (exit 1) on any crash, leak, sanitizer report, timeout
# (-timeout=10 s for one input) or memory over 2 GB; the input that failed is
# kept in build-fuzz/artifacts/TARGET/. Prints per target the inputs executed
# (libFuzzer's stat::number_of_executed_units) and the time.
set -euo pipefail
seconds="${1:-60}"
cd "$(dirname "$0")/.."
root="$PWD"

CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKGRAPH_FUZZ=ON -DKGRAPH_SANITIZE=address,undefined >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_targets

scratch="$(mktemp -d "${TMPDIR:-/tmp}/kgraph-fuzz.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# The longest input tried: a graph file or a news article of a few pages, a rules file of a page.
declare -A max_len=([fuzz_graph_file]=16384 [fuzz_rules]=4096 [fuzz_extractor]=16384)
declare -A dict=([fuzz_graph_file]=fuzz/corpus/json.dict [fuzz_rules]=fuzz/corpus/json.dict)
failed=0
for target in fuzz_graph_file fuzz_rules fuzz_extractor; do
  work="$scratch/$target"
  mkdir -p "$work/corpus" "$work/artifacts" "$work/tmp"
  cp "fuzz/corpus/$target/"* "$work/corpus/"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$target]}"
           -print_final_stats=1 -artifact_prefix="$work/artifacts/")
  [ -n "${dict[$target]:-}" ] && options+=(-dict="$root/${dict[$target]}")
  started=$SECONDS
  status=0
  (cd "$work" && TMPDIR="$work/tmp" ASAN_OPTIONS=detect_leaks=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$root/build-fuzz/$target" "${options[@]}" "$work/corpus") >"$work/log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)"
  line="$target: ${runs:-?} inputs in $((SECONDS - started)) s"
  if [ "$status" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
    failed=1
    mkdir -p "build-fuzz/artifacts/$target"
    cp "$work/artifacts/"* "build-fuzz/artifacts/$target/" 2>/dev/null || true
    echo "$line: FAILED (exit status $status; inputs kept in build-fuzz/artifacts/$target/)"
    grep -v '^#[0-9]' "$work/log" | tail -40
  else
    echo "$line: ok"
  fi
done
exit "$failed"
