#!/usr/bin/env bash
# Speed baseline: the Dutch NLP pipeline Frog over real political news, on one core.
# Run with --help for usage. Article texts are read from ../../../shared/corpus at run time and
# written only to a temporary directory (removed at exit unless --keep is given).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CORPUS="$HERE/../../../shared/corpus"
INPUT="$CORPUS/raw/politics.jsonl"
LIMIT=""
CPU=0
SKIPS="none mp aclmp"
STARTUP_RUNS=2
KEEP=""

usage() {
  cat <<EOF
Usage: $(basename "$0") [options]

Runs Frog once per module set over all article texts of a JSONL file (field "text"), in a single
process (frog --testdir IN --outputdir OUT), pinned to one core with taskset, and prints words,
seconds and words per second. Start-up (loading Frog's models) is measured separately on a
one-word file with the same options, and subtracted to give the analysis-only time.

Words are counted as Binnenhof counts them: whitespace-separated tokens of the input texts
(python: len(text.split())), summed over the articles.

Options:
  --input FILE       JSONL file with a "text" field per line
                     (default: ../../../shared/corpus/raw/politics.jsonl beside this script)
  --limit N          only the first N articles (default: all)
  --cpu N            core to pin to with taskset (default: 0)
  --skips "S1 S2"    module sets to measure, each a value for frog --skip, or "none" for Frog's
                     defaults (default: "none mp aclmp")
                       none  : all default modules: tokeniser, tagger, lemmatiser, morphology,
                               chunker, NER, multi-word units, dependency parser
                       mp    : no multi-word units, no parser
                       aclmp : tokeniser + tagger + NER only
  --startup-runs N   one-word runs per module set for the start-up time; the minimum is used
                     (default: 2)
  --keep DIR         keep Frog's output and logs in DIR (must not exist yet)
  -h, --help         this text

words/s_cpu divides the words by Frog's CPU seconds (user + system, start-up's subtracted) instead of
the wall clock: on a machine shared with other programs it does not count their time.

Needs: frog + frogdata (Debian packages), python3, taskset (util-linux), bc, GNU time (/usr/bin/time).
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --input) INPUT="$2"; shift 2 ;;
    --limit) LIMIT="$2"; shift 2 ;;
    --cpu) CPU="$2"; shift 2 ;;
    --skips) SKIPS="$2"; shift 2 ;;
    --startup-runs) STARTUP_RUNS="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# --- Frog present? (frogdata is NOT a dependency of the Debian frog package: install both) ---
if ! command -v frog >/dev/null 2>&1 || [ ! -f /usr/share/frog/nld/frog.cfg ] || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "installing frog + frogdata (and GNU time) with apt-get ..." >&2
    apt-get update >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y frog frogdata time >/dev/null
  else
    echo "frog (or its models, or GNU time) missing. Install as root: apt-get update && apt-get install -y frog frogdata time" >&2
    exit 1
  fi
fi
for tool in python3 taskset bc /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done
[ -f "$INPUT" ] || { echo "no such input: $INPUT" >&2; exit 1; }
INPUT="$(realpath "$INPUT")"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/frog-bench.XXXXXX")"
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT

# --- texts to plain files ---
read -r ARTICLES WORDS < <(python3 "$HERE/extract_texts.py" "$INPUT" "$TMP/in" ${LIMIT:+--limit "$LIMIT"})
mkdir -p "$TMP/one" && printf 'Kamer\n' > "$TMP/one/x.txt"   # one-word file for the start-up time

now() { date +%s.%N; }
# timed FILE CMD...: runs CMD, writing its CPU seconds (user, system) and peak memory to FILE
timed() {
  local file="$1"; shift
  /usr/bin/time -f $'CPU_S %U %S\nPEAK_RSS_KB %M' -o "$file" "$@"
}
# CPU seconds (user + system) that timed wrote to a file
cpu_of() { awk '/^CPU_S/ {printf "%.3f", $2 + $3}' "$1"; }
sec() { echo "scale=3; ($2 - $1)/1" | bc; }

# frog writes/cleans frog.*.debug files in its working directory: run it inside TMP
cd "$TMP"

frog_args() {  # $1 = skip set
  local a=(--threads=1)
  [ "$1" != "none" ] && a+=("--skip=$1")
  printf '%s\n' "${a[@]}"
}

# warm-up (unmeasured): pulls Frog's ~1 GB of model files into the page cache
mapfile -t WARM < <(frog_args none)
taskset -c "$CPU" frog "${WARM[@]}" -t "$TMP/one/x.txt" >/dev/null 2>"$TMP/warmup.log" || {
  echo "frog failed on a one-word file; log:" >&2; tail -20 "$TMP/warmup.log" >&2; exit 1; }

echo "frog: $(frog -V 2>&1 | head -1)"
echo "input: $INPUT (${LIMIT:+first $LIMIT articles, }$ARTICLES articles, $WORDS words by len(text.split()))"
echo "pinned: taskset -c $CPU, frog --threads=1; nproc=$(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo
printf '%-8s %8s %10s %10s %10s %10s %12s %12s %9s %12s\n' skip words startup_s total_s analysis_s frog_own_s words/s_tot words/s_ana peak_MB words/s_cpu
for skip in $SKIPS; do
  mapfile -t ARGS < <(frog_args "$skip")
  best=""
  best_cpu=""
  for i in $(seq 1 "$STARTUP_RUNS"); do
    s=$(now)
    timed "$TMP/startup-$skip.time" taskset -c "$CPU" frog "${ARGS[@]}" -t "$TMP/one/x.txt" >/dev/null 2>"$TMP/startup-$skip.log"
    e=$(now)
    d=$(sec "$s" "$e")
    c=$(cpu_of "$TMP/startup-$skip.time")
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc)" = 1 ]; then best=$d; fi
    if [ -z "$best_cpu" ] || [ "$(echo "$c < $best_cpu" | bc)" = 1 ]; then best_cpu=$c; fi
  done
  rm -rf "$TMP/out-$skip"
  s=$(now)
  timed "$TMP/run-$skip.time" taskset -c "$CPU" frog "${ARGS[@]}" --testdir "$TMP/in" --outputdir "$TMP/out-$skip" \
    >/dev/null 2>"$TMP/run-$skip.log"
  e=$(now)
  total=$(sec "$s" "$e")
  ana=$(echo "scale=3; $total - $best" | bc)
  # Frog's own per-file "Frogging in total took: S seconds, M milliseconds" summed, as a cross-check
  own=$(grep 'Frogging in total took' "$TMP/run-$skip.log" |
        sed -E 's/.*took: *([0-9]+) seconds, ([0-9]+) milliseconds and ([0-9]+) microseconds.*/\1 \2 \3/' |
        awk '{t += $1 + $2/1000 + $3/1e6} END {printf "%.3f", t}')
  nout=$(find "$TMP/out-$skip" -name '*.out' | wc -l)
  [ "$nout" = "$ARTICLES" ] || echo "warning: $nout output files for $ARTICLES articles ($skip)" >&2
  peak=$(awk '/^PEAK_RSS_KB/ {printf "%d", $2/1024}' "$TMP/run-$skip.time")
  wps_tot=$(echo "scale=1; $WORDS / $total" | bc)
  wps_ana=$(echo "scale=1; $WORDS / $ana" | bc)
  wps_cpu=$(echo "scale=1; $WORDS / ($(cpu_of "$TMP/run-$skip.time") - $best_cpu)" | bc)
  printf '%-8s %8s %10s %10s %10s %10s %12s %12s %9s %12s\n' "$skip" "$WORDS" "$best" "$total" "$ana" "$own" "$wps_tot" "$wps_ana" "${peak:--}" "$wps_cpu"
done
echo
echo "startup_s: min of $STARTUP_RUNS frog runs on a one-word file with the same options (model loading)."
echo "analysis_s = total_s - startup_s; frog_own_s = sum of Frog's own per-file 'Frogging in total took'."
echo "words/s_cpu: words per CPU second (user + system, start-up's CPU time subtracted)."

if [ -n "$KEEP" ]; then
  mkdir "$KEEP"
  cp -r "$TMP"/out-* "$TMP"/*.log "$KEEP"/
  echo "kept Frog output and logs in $KEEP (contains article tokens: keep it out of the repository)"
fi
