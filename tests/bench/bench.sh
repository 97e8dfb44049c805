#!/usr/bin/env bash
# Benchmark: cryptoscope against ripgrep on the same tree, in one run.
#
#   tests/bench/bench.sh [TREE] [RUNS]      (defaults: /usr, 5)
#   PATTERN='EVP_|Cipher|hashlib' tests/bench/bench.sh ~/src/openssl   (a source tree)
#
# Builds the release binary, warms the page cache with one pass of each tool, then alternates
# `rg -uuu -c -e PATTERN TREE` (every file, hidden, binary, no ignore files: the same files
# cryptoscope reads; PATTERN defaults to `-----BEGIN`, what a certificate search greps for) and
# `cryptoscope scan TREE` RUNS times each, and prints the median wall time of each and their ratio.
# Both tools use all cores. Needs ripgrep (`apt-get install ripgrep`).
set -euo pipefail
tree=${1:-/usr}
runs=${2:-5}
pattern=${PATTERN:------BEGIN}
repo=$(cd "$(dirname "$0")/../.." && pwd)
command -v rg >/dev/null || { echo "bench: ripgrep (rg) is not installed: apt-get install ripgrep" >&2; exit 2; }
(cd "$repo" && cargo build --release --quiet)
bin="$repo/target/release/cryptoscope"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now() { date +%s.%N; }
time_rg() {
  local start; start=$(now)
  rg -uuu -c -e "$pattern" "$tree" >"$out/rg.txt" 2>/dev/null || true
  awk -v a="$(now)" -v b="$start" 'BEGIN {printf "%.3f\n", a - b}'
}
time_cs() {
  local start; start=$(now)
  "$bin" scan "$tree" -o "$out/cbom.json" 2>"$out/cs.txt" || true
  awk -v a="$(now)" -v b="$start" 'BEGIN {printf "%.3f\n", a - b}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

time_rg >/dev/null
time_cs >/dev/null
rg_times=(); cs_times=()
for _ in $(seq "$runs"); do
  rg_times+=("$(time_rg)")
  cs_times+=("$(time_cs)")
done
rg_median=$(printf '%s\n' "${rg_times[@]}" | median)
cs_median=$(printf '%s\n' "${cs_times[@]}" | median)
ratio=$(awk -v a="$cs_median" -v b="$rg_median" 'BEGIN {printf "%.2f", a / b}')
files=$(grep -o '[0-9]* files, [^,]*' "$out/cs.txt" | head -1)
echo "tree: $tree ($(du -sh "$tree" 2>/dev/null | cut -f1), $(nproc) cores, $runs runs each)"
echo "cryptoscope: $files; $(grep -c '"bom-ref": "crypto/' "$out/cbom.json") assets"
echo "rg -uuu -c -e '$pattern': median ${rg_median}s  (runs: ${rg_times[*]})"
echo "cryptoscope scan:         median ${cs_median}s  (runs: ${cs_times[*]})"
echo "ratio cryptoscope/rg: ${ratio}"
