#!/usr/bin/env bash
# The main job on samples/: what `make demo` runs after building. Builds the
# graph from the sample articles, shows its statistics and a path query with
# the evidence for each hop, and writes the DOT, GraphML, GEXF and SVG exports
# under out/.
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

echo
echo "== kgraph export $GRAPH -o out/samples.{dot,graphml,gexf,svg}"
for format in dot graphml gexf svg; do
  "$kgraph" export "$GRAPH" -o "out/samples.$format"
done
"$kgraph" export "$GRAPH" --path "Ahn Jae-won" "Hartwig Signal Group" -o out/path.svg
"$kgraph" export "$GRAPH" --around Tokayev --depth 1 --min-confidence 0.8 -o out/tokayev.svg
echo "Open out/samples.svg in a browser, out/samples.gexf or out/samples.graphml in Gephi."
