#!/usr/bin/env bash
# The main job on samples/: what `make demo` runs after building.
set -euo pipefail
kgraph=${1:-build/kgraph}
cd "$(dirname "$0")/.."
mkdir -p out
echo "== kgraph stats samples/demo-graph.json"
"$kgraph" stats samples/demo-graph.json
