#!/usr/bin/env bash
# Installs the Debian 12 packages kgraph builds, tests and renders with.
# Installs only what is missing; runs `apt-get update` first only when it must
# install. Safe to run again. Needs root (or sudo) when something is missing.
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz
  libicu-dev libcli11-dev doctest-dev iso-codes libssl-dev libjemalloc-dev
)
# Test-only readers of our exports, and the sanitizer/fuzzer toolchain.
test_packages=(
  libxml2-utils python3 python3-networkx python3-igraph
  clang libclang-rt-14-dev
)

wanted=("${build_packages[@]}")
if [ "${1:-}" = "--test" ]; then wanted+=("${test_packages[@]}"); fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
