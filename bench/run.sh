#!/usr/bin/env bash
# Prints kgraph's benchmark figures. Usage: bench/run.sh [BUILD_DIR] [WORK_DIR]
#   queries: a 1,000,000-node / 5,000,000-edge and a 10,000 / 50,000 synthetic graph
#   exports: GraphML and GEXF of the big graph, time and peak memory
#   build:   ~20 MB of news text (copies of samples/ under distinct names), --jobs 1 and 2
#   render:  SVG and PNG of the sample graph, in-process through libgvc
set -euo pipefail
build=${1:-build}
work=${2:-/tmp/kgraph-bench}
cd "$(dirname "$0")/.."
cmake --build "$build" --target kgraph kgraph_gen kgraph_bench kgraph_render_bench >/dev/null
mkdir -p "$work"
echo "== queries (one core)"
[ -f "$work/small.json" ] || "$build/kgraph_gen" 10000 50000 "$work/small.json"
[ -f "$work/big.json" ] || "$build/kgraph_gen" 1000000 5000000 "$work/big.json"
"$build/kgraph_bench" "$work/small.json" --k-paths 100 --betweenness
"$build/kgraph_bench" "$work/big.json" --paths 1000 --export "$work"
rm -f "$work/bench.graphml" "$work/bench.gexf"
echo "== build throughput"
corpus="$work/corpus"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  # Text bytes, not disk blocks (du counts a whole block for each small file),
  # counted as the copies are written rather than read back each round.
  samples=(samples/[0-9]*.txt)
  round=$(cat "${samples[@]}" | wc -c)
  n=0 bytes=0
  while [ "$bytes" -lt 20000000 ]; do
    line="Copy $n"
    for f in "${samples[@]}"; do
      # A distinct name and a distinct first line, so no copy is a duplicate by content hash.
      { echo "$line"; cat "$f"; } >"$corpus/$n-$(basename "$f")"
    done
    bytes=$((bytes + round + ${#samples[@]} * (${#line} + 1)))
    n=$((n + 1))
  done
fi
mb=$(cat "$corpus"/* | wc -c | awk '{ printf "%.1f", $1 / 1e6 }')
# Best of three runs each: the machine's speed drifts between runs.
for jobs in 1 2; do
  times=()
  for run in 1 2 3; do
    start=$(date +%s.%N)
    "$build/kgraph" build "$corpus" -o "$work/corpus.json" --jobs "$jobs" >"$work/build-$run.txt"
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v mb="$mb" -v j="$jobs" \
    'NR == 1 { best = $1 } { all = all sprintf(" %.2f", $1) }
     END { printf "--jobs %d: %.1f MB in %.2f s = %.1f MB/s (best of three:%s s)\n", j, mb, best, mb / best, all }'
  grep -h -E "peak memory" "$work"/build-[123].txt | sort -k3 -n | tail -1 || true
done
echo "== render"
"$build/kgraph" build samples/[0-9]*.txt -o "$work/sample.json" >/dev/null
"$build/kgraph_render_bench" "$work/sample.json" --runs 10 -o "$work/sample.svg"
"$build/kgraph_render_bench" "$work/sample.json" --runs 10 --format png -o "$work/sample.png"
