#!/usr/bin/env bash
# Binnenhof beside Frog, the standard Dutch NLP pipeline, on the same articles and the same machine:
# words per second of each on one core and their ratio, and person F1 on the gold articles.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/peer-benchmark.sh [--input FILE] [--frog-modules SET] [--seconds N] [--rounds N]

Runs, on one core, in each of N rounds:
  1. Binnenhof's analysis (./binnenhof bench) over the article texts of FILE;
  2. Frog over the same texts right after it (bench/frog/run-frog-bench.sh, start-up subtracted);
and prints words per second of each and the ratio of every round, by the wall clock and by CPU time
(the second does not count what other programs on a shared machine take), and the median ratio.
Then scores persons on the gold articles of ../shared/corpus/gold: Binnenhof's output with
shared/tools/score.py, Frog's named entities with bench/frog/frog_person_f1.py (same matching rules).

Options:
  --input FILE         JSON Lines with a "text" field (default: ../shared/corpus/raw/politics.jsonl)
  --frog-modules SET   value for frog --skip: "aclmp" (tokeniser + tagger + NER, default) or "none"
                       (all of Frog's default modules)
  --seconds N          how long to measure Binnenhof (default 15, after a warm-up of at least 25 s
                       that goes on until the JIT compiler is idle)
  --rounds N           how many rounds (default 3; a round takes about two minutes)
  -h, --help           this text

Frog is installed from Debian's packages (frog, frogdata) when missing and when run as root.
USAGE
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
input="$root/../shared/corpus/raw/politics.jsonl"
modules=aclmp
seconds=15
rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --input) input="$2"; shift 2 ;;
    --frog-modules) modules="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "peer-benchmark: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -f "$input" ] || { echo "peer-benchmark: no such file: $input" >&2; exit 2; }
case "$rounds" in ''|*[!0-9]*|0) echo "peer-benchmark: --rounds takes a whole number of at least 1" >&2; exit 2 ;; esac
if ! command -v frog >/dev/null 2>&1 || [ ! -f /usr/share/frog/nld/frog.cfg ] || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "peer-benchmark: installing Frog (apt-get install frog frogdata time) ..." >&2
    apt-get update -q >&2 && apt-get install -y -q frog frogdata time >&2
  else
    echo "peer-benchmark: Frog or GNU time is missing; install them with 'apt-get install frog frogdata time'" >&2; exit 2
  fi
fi

# Other programs on a shared machine slow both tools, by different amounts and at different moments: each
# round measures Binnenhof and then Frog right after it, and the summary gives the ratio of every round and
# their median, so that one slow phase of the machine does not decide the result.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rounds_file="$tmp/rounds.txt"
for round in $(seq 1 "$rounds"); do
  echo "== Round $round of $rounds: Binnenhof, one core"
  # The whole JVM is pinned to the core, its JIT compilers too: they compile for 20 s to a minute (longer
  # when other programs take the memory bandwidth), and bench warms up until they are idle, so that the
  # measurement sees the analysis in its steady state rather than the compilers taking half the core.
  b_out=$(taskset -c 0 "$root/binnenhof" bench --seconds "$seconds" --warmup 25 "$input")
  echo "$b_out"
  b_wps=$(echo "$b_out" | sed -n 's/^words\/s: //p')
  b_cpu=$(echo "$b_out" | sed -n 's/^words per CPU second: //p')

  echo "== Round $round of $rounds: Frog ($modules), one core"
  f_out=$("$here/frog/run-frog-bench.sh" --input "$input" --skips "$modules" --startup-runs 2)
  echo "$f_out"
  # the result row of the module set: column 8 is words per second of the analysis (start-up subtracted),
  # column 10 the same per CPU second
  f_wps=$(echo "$f_out" | awk -v set="$modules" '$1 == set && NF >= 10 { print $8 }' | tail -1)
  f_cpu=$(echo "$f_out" | awk -v set="$modules" '$1 == set && NF >= 10 { print $10 }' | tail -1)
  [ -n "$f_wps" ] && [ -n "$b_wps" ] || { echo "peer-benchmark: could not read the words/s of round $round" >&2; exit 1; }
  echo "$b_wps $f_wps $b_cpu $f_cpu" >> "$rounds_file"
done

echo "== Persons on the gold articles"
cat "$root/../shared/corpus/gold/"*.jsonl > "$tmp/gold.jsonl"
"$root/binnenhof" eval --gold "$tmp/gold.jsonl" -o "$tmp/pred.jsonl" > /dev/null
b_f1=$(python3 "$root/../shared/tools/score.py" "$tmp/gold.jsonl" "$tmp/pred.jsonl" --json \
  | python3 -c 'import json,sys; t=sys.stdin.read(); print(json.loads(t[:t.rindex("}")+1])["persons"]["f1"])')
f_line=$("$here/frog/frog_person_f1.py" --skip "$modules" | grep 'persons P=' | head -1)
echo "Binnenhof: persons F1=$b_f1"
echo "Frog $f_line"

echo "== Summary"
python3 - "$rounds_file" <<'PY'
import statistics, sys
rows = [[float(x) for x in line.split()] for line in open(sys.argv[1]) if line.strip()]
for i, (b, f, bc, fc) in enumerate(rows, 1):
    print(f"round {i}: Binnenhof {b:,.0f} words/s, Frog {f:,.0f} words/s, ratio {b / f:,.0f}x; "
          f"per CPU second {bc:,.0f} and {fc:,.0f}, ratio {bc / fc:,.0f}x")
wall = [b / f for b, f, _, _ in rows]
cpu = [bc / fc for _, _, bc, fc in rows]
print(f"ratio, wall clock: median {statistics.median(wall):,.0f}x (lowest {min(wall):,.0f}x, highest {max(wall):,.0f}x)")
print(f"ratio, CPU time:   median {statistics.median(cpu):,.0f}x (lowest {min(cpu):,.0f}x, highest {max(cpu):,.0f}x)")
PY
