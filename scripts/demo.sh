#!/usr/bin/env bash
# The main job on samples/: what `make demo` runs after building. Builds the
# graph from the sample articles, shows its statistics and a path query with
# the evidence for each hop, and writes the exports under out/.
set -euo pipefail
kgraph=${1:-build/kgraph}
cd "$(dirname "$0")/.."
mkdir -p out
GRAPH=out/samples.json

echo "== kgraph build samples/[0-9]*.txt -o $GRAPH"
"$kgraph" build samples/[0-9]*.txt -o "$GRAPH"

echo
echo "== kgraph stats $GRAPH --top 5"
"$kgraph" stats "$GRAPH" --top 5

echo
echo "== kgraph path $GRAPH \"Ahn Jae-won\" \"Hartwig Signal Group\""
"$kgraph" path "$GRAPH" "Ahn Jae-won" "Hartwig Signal Group"
