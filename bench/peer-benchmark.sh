#!/usr/bin/env bash
# Binnenhof beside Frog, the standard Dutch NLP pipeline, on the same articles and the same machine:
# words per second of each on one core and their ratio, and person F1 on the gold articles.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/peer-benchmark.sh [--input FILE] [--frog-modules SET] [--seconds N]

Runs, on one core:
  1. Binnenhof's analysis (./binnenhof bench) over the article texts of FILE;
  2. Frog over the same texts (bench/frog/run-frog-bench.sh, start-up subtracted);
and prints words per second of each and the ratio. Then scores persons on the gold articles of
../shared/corpus/gold: Binnenhof's output with shared/tools/score.py, Frog's named entities with
bench/frog/frog_person_f1.py (same matching rules).

Options:
  --input FILE         JSON Lines with a "text" field (default: ../shared/corpus/raw/politics.jsonl)
  --frog-modules SET   value for frog --skip: "aclmp" (tokeniser + tagger + NER, default) or "none"
                       (all of Frog's default modules)
  --seconds N          how long to measure Binnenhof (default 15, after a 25 s warm-up)
  -h, --help           this text

Frog is installed from Debian's packages (frog, frogdata) when missing and when run as root.
USAGE
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
input="$root/../shared/corpus/raw/politics.jsonl"
modules=aclmp
seconds=15
while [ $# -gt 0 ]; do
  case "$1" in
    --input) input="$2"; shift 2 ;;
    --frog-modules) modules="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "peer-benchmark: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -f "$input" ] || { echo "peer-benchmark: no such file: $input" >&2; exit 2; }
if ! command -v frog >/dev/null 2>&1 || [ ! -f /usr/share/frog/nld/frog.cfg ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "peer-benchmark: installing Frog (apt-get install frog frogdata) ..." >&2
    apt-get update -q >&2 && apt-get install -y -q frog frogdata >&2
  else
    echo "peer-benchmark: Frog is missing; install it with 'apt-get install frog frogdata'" >&2; exit 2
  fi
fi

echo "== Binnenhof, one core"
# The whole JVM is pinned to the core, its JIT compilers too: they compile for about 20 s, and a shorter warm-up
# would measure them taking half the core instead of the analysis in its steady state.
b_out=$(taskset -c 0 "$root/binnenhof" bench --seconds "$seconds" --warmup 25 "$input")
echo "$b_out"
b_wps=$(echo "$b_out" | sed -n 's/^words\/s: //p')

echo "== Frog ($modules), one core"
f_out=$("$here/frog/run-frog-bench.sh" --input "$input" --skips "$modules" --startup-runs 2)
echo "$f_out"
# the result row of the module set: column 8 is words per second of the analysis, start-up subtracted
f_wps=$(echo "$f_out" | awk -v set="$modules" '$1 == set && NF >= 8 { print $8 }' | tail -1)
[ -n "$f_wps" ] || { echo "peer-benchmark: could not read Frog's words/s from its output" >&2; exit 1; }

echo "== Persons on the gold articles"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat "$root/../shared/corpus/gold/"*.jsonl > "$tmp/gold.jsonl"
"$root/binnenhof" eval --gold "$tmp/gold.jsonl" -o "$tmp/pred.jsonl" > /dev/null
b_f1=$(python3 "$root/../shared/tools/score.py" "$tmp/gold.jsonl" "$tmp/pred.jsonl" --json \
  | python3 -c 'import json,sys; t=sys.stdin.read(); print(json.loads(t[:t.rindex("}")+1])["persons"]["f1"])')
f_line=$("$here/frog/frog_person_f1.py" --skip "$modules" | grep 'persons P=' | head -1)
echo "Binnenhof: persons F1=$b_f1"
echo "Frog $f_line"

echo "== Summary"
python3 - "$b_wps" "$f_wps" <<'PY'
import sys
b, f = float(sys.argv[1]), float(sys.argv[2])
print(f"Binnenhof {b:,.0f} words/s, Frog {f:,.0f} words/s, ratio {b / f:,.0f}x")
PY
