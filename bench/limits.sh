#!/usr/bin/env bash
# Limits that hold: hostile sizes, each run under a memory cap and a time-out,
# one aligned line per case: time, peak memory, exit status, first stderr line.
# Usage: bench/limits.sh [BUILD_DIR] [WORK_DIR] [CASE...]
#   cases: big-file long-line tiny-files one-name deep-graph deep-rules long-sentence
#   (default: all). The inputs (up to 1 GB) are generated in WORK_DIR, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
work=${2:-/tmp/kgraph-limits}
shift $(($# > 2 ? 2 : $#))
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(big-file long-line tiny-files one-name deep-graph deep-rules long-sentence)
kgraph="$build/kgraph"
memory_cap_kb=$((4 * 1024 * 1024))  # 4 GB of address space: a runaway allocation fails, the machine stays up
time_out=600
py=/usr/bin/python3
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

printf '%-15s %-34s %9s %9s %5s  %s\n' case command seconds "peak MB" exit "stderr (first line)"
# run CASE LABEL ARGS...: kgraph ARGS under the caps.
run() {
  local name=$1 label=$2
  shift 2
  local status=0
  (ulimit -v "$memory_cap_kb"; exec /usr/bin/time -f '%e %M' -o "$work/time.txt" \
    timeout "$time_out" "$kgraph" "$@") >"$work/out.txt" 2>"$work/err.txt" || status=$?
  read -r seconds peak_kb < <(tail -1 "$work/time.txt") || true
  [ "$status" -eq 124 ] && seconds=">$time_out"
  local message
  message=$(grep -v '^Command exited' "$work/err.txt" | head -1 | cut -c1-110 || true)
  printf '%-15s %-34s %9s %9d %5d  %s\n' "$name" "$label" "$seconds" $((peak_kb / 1024)) "$status" "$message"
}

# A paragraph of ordinary news sentences, in the project's own words.
paragraph="Chilean President Amara Qorin met with Peruvian President Luis Tapa in Lima on Monday. \
Chile signed a \$2.5 billion contract with the Irish company Hollins Ltd. for 40 ferries. \
Analysts said the deal would take years to deliver, and officials declined to comment further."

echo "President Jo Roe met Chilean President Amara Qorin in Lima." >"$work/roe.txt"
for c in "${cases[@]}"; do
  case $c in
  big-file)  # one 1 GB document
    yes "$paragraph" | head -c 1073741824 >"$work/big.txt" || true  # yes ends on SIGPIPE
    run big-file "build (1 GB, one file)" build "$work/big.txt" -o "$work/g.json"
    rm -f "$work/big.txt" ;;
  long-line)  # one 100 MB line: no newline, no sentence end
    for mb in 100 16; do  # past the 16 MB limit, and just under it
      yes "Qorin met Tapa and the ferries of Hollins were late again" | tr -d '\n' |
        head -c $((mb * 1048576 - (mb == 16))) >"$work/line.txt" || true
      run long-line "build ($mb MB, one line)" build "$work/line.txt" -o "$work/g.json"
    done
    rm -f "$work/line.txt" ;;
  tiny-files)  # a million files of one sentence
    $py - "$work/tiny" <<'EOF'
import os, sys
root = sys.argv[1]
for d in range(1000):
    folder = os.path.join(root, "%03d" % d)
    os.makedirs(folder)
    for f in range(1000):
        with open(os.path.join(folder, "%03d.txt" % f), "w") as out:
            out.write("President Amara Qorin%d met Luis Tapa%d in Lima.\n" % (d, f))
EOF
    run tiny-files "build (1,000,000 files)" build "$work/tiny" -o "$work/g.json"
    run tiny-files "stats" stats "$work/g.json"
    rm -rf "$work/tiny" ;;
  one-name)  # a graph file of a million nodes all named the same
    $py - "$work/one.json" <<'EOF'
import sys
with open(sys.argv[1], "w") as out:
    out.write('{"format": "kgraph/1", "documents": [], "nodes": [\n')
    out.write(",\n".join('{"id": "n%d", "type": "leader", "name": "Jo Roe", "aliases": ["Roe"]}' % i for i in range(1000000)))
    out.write('],\n"edges": [\n')
    out.write(",\n".join('{"type": "met-with", "source": "n%d", "target": "n%d"}' % (i, i + 1) for i in range(999999)))
    out.write("]}\n")
EOF
    run one-name "stats" stats "$work/one.json"
    run one-name "path \"Jo Roe\" n5" path "$work/one.json" "Jo Roe" n5
    run one-name "path n0 n999999" path "$work/one.json" n0 n999999
    run one-name "build --append" build "$work/roe.txt" -o "$work/one.json" --append
    rm -f "$work/one.json" ;;
  deep-graph)  # an unknown field nested a million arrays deep, in a graph file
    $py - "$work/deep.json" <<'EOF'
import sys
with open(sys.argv[1], "w") as out:
    out.write('{"format": "kgraph/1", "documents": [], "nodes": [], "edges": [], "x": ' + "[" * 1000000 + "]" * 1000000 + "}")
EOF
    run deep-graph "stats (depth 1,000,000)" stats "$work/deep.json"
    run deep-graph "build --append" build "$work/roe.txt" -o "$work/deep.json" --append
    rm -f "$work/deep.json" ;;
  deep-rules)  # a --rules file nested a million deep
    $py - "$work/rules.json" <<'EOF'
import sys
with open(sys.argv[1], "w") as out:
    out.write('{"comment": ' + "[" * 1000000 + "]" * 1000000 + "}")
EOF
    run deep-rules "build --rules (depth 1,000,000)" build "$work/roe.txt" -o "$work/g.json" --rules "$work/rules.json"
    rm -f "$work/rules.json" ;;
  long-sentence)  # 100,000 words without a sentence end, capitalised and not
    $py - "$work" <<'EOF'
import sys
words = ["Qorin", "met", "Tapa", "and", "Hollins", "Ltd", "signed", "with", "Chile", "for", "ferries"]
with open(sys.argv[1] + "/words.txt", "w") as out:
    out.write(" ".join(words[i % len(words)] for i in range(100000)) + "\n")
with open(sys.argv[1] + "/caps.txt", "w") as out:
    def name(i):  # Kab, Kac, ...: distinct capitalised words
        letters = ""
        while True:
            letters += "abcdefghijklmnopqrstuvwxyz"[i % 26]
            i //= 26
            if i == 0:
                return "K" + letters
    out.write(" ".join(name(i) for i in range(100000)) + "\n")
EOF
    run long-sentence "build (100,000 words)" build "$work/words.txt" -o "$work/g.json"
    run long-sentence "build (100,000 capitalised)" build "$work/caps.txt" -o "$work/g.json" ;;
  *) echo "unknown case $c" >&2; exit 2 ;;
  esac
done
