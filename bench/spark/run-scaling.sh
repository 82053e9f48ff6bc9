#!/usr/bin/env bash
# Scaling of the Spark job (issue 5): throughput with 1 and 2 cores, and time and memory from 10k to 100k articles.
#
# Generates corpora of SIZES articles at run time from the sentences of the real articles in the shared corpus
# (into BENCH_DIR, never into the repository), then runs the job on each with local[1] and local[2] through
# spark-submit's own entry point (org.apache.spark.deploy.SparkSubmit, with the application jar a cluster would get)
# under /usr/bin/time -v, and prints one Markdown table row per run.
#
#   bench/spark/run-scaling.sh                     # 10k, 50k, 100k articles x 1, 2 cores
#   SIZES="10000" CORES="2" bench/spark/run-scaling.sh
#   BASELINE=1 ...                                 # also time ./binnenhof analyze (one thread) on each corpus
#   PIN=0 ...                                      # do not pin the JVM to the first N cores (see below)
#
# "N cores" means the whole JVM runs on N cores (taskset -c 0..N-1) with local[N], not only N task threads: Spark's
# driver, the JIT compilers and the garbage collector take a third of the CPU of a 100k run, and without the pin a
# local[1] run already uses both cores of a 2-core machine, so that 1 -> 2 would measure nothing. G1 is chosen
# explicitly: on one core the JVM would otherwise pick the serial collector, whose heap after a young collection
# includes old garbage not yet collected, and the memory columns of 1 and 2 cores would not compare.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"
find_jdk
require_maven
export JAVA_HOME="$BINNENHOF_JDK"
export SPARK_LOCAL_IP=127.0.0.1
work="${BENCH_DIR:-/tmp/binnenhof-spark-bench}"
sizes="${SIZES:-10000 50000 100000}"
cores="${CORES:-1 2}"
heap="${HEAP:-2g}"
source_corpus="${BINNENHOF_CORPUS:-$root/../shared/corpus}/raw/politics.jsonl"
mkdir -p "$work"

echo "building (JDK $JAVA_HOME) ..." >&2
(cd "$root" && mvn -q -B -ntp -DskipTests package -pl binnenhof-spark -am)
# What a Spark installation has in $SPARK_HOME/jars: Spark 4.2.0 and its dependencies, none of Binnenhof.
(cd "$root" && mvn -q -B -ntp dependency:build-classpath -pl binnenhof-spark -am \
    -Dmdep.outputFile="$work/spark.cp" -DexcludeGroupIds=nl.binnenhof,org.jsoup)
spark_cp="$(cat "$work/spark.cp")"
# Copies, so that a rebuild while the benchmark runs cannot change the classes under it.
cp "$root/binnenhof-spark/target/binnenhof-spark.jar" "$work/binnenhof-spark.jar"
rm -rf "$work/test-classes" && cp -r "$root/binnenhof-spark/target/test-classes" "$work/test-classes"
jar="$work/binnenhof-spark.jar"
# The flags spark-submit's launcher adds to the JVM it starts (JavaModuleOptions); here we start the JVM ourselves.
read -r -a flags <<< "$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/binnenhof-spark/pom.xml")"

for n in $sizes; do
  corpus="$work/corpus-$n.jsonl"
  if [ ! -s "$corpus" ]; then
    "$JAVA_HOME/bin/java" -cp "$work/test-classes:$jar:$spark_cp" \
        nl.binnenhof.spark.CorpusGenerator "$source_corpus" "$n" "$corpus" >&2
  fi
done

# task CPU s: CPU time of all Spark tasks (from the event log); on-CPU: that time over the tasks' running time,
# 1.00 on a free machine and lower when other processes took the cores (then wall times are inflated).
echo "| articles | MB | cores | wall s | job s | articles/s (job) | CPU s | task CPU s | on-CPU | max RSS MB | max heap after GC MB | load before |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $sizes; do
  corpus="$work/corpus-$n.jsonl"
  mb=$(awk -v b="$(stat -L -c %s "$corpus")" 'BEGIN { printf "%.0f", b / 1e6 }')
  if [ -n "${BASELINE:-}" ]; then
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$work/time-$n-cli.txt" "$root/binnenhof" analyze --format jsonl "$corpus" > /dev/null
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/time-$n-cli.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.0f", s }' "$work/time-$n-cli.txt")
    rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/time-$n-cli.txt")
    echo "| $n | $mb | CLI, 1 thread | $wall | | $(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }') | $cpu | | | $rss | | $load |"
  fi
  for c in $cores; do
    tag="$n-$c"
    load=$(cut -d' ' -f1 /proc/loadavg)
    rm -rf "$work/out-$tag" "$work/gc-$tag.log" "$work/events-$tag"
    mkdir -p "$work/events-$tag"
    pin=()
    if [ "${PIN:-1}" = 1 ] && command -v taskset > /dev/null; then
      pin=(taskset -c "0-$((c - 1))")
    fi
    if ! /usr/bin/time -v -o "$work/time-$tag.txt" "${pin[@]}" "$JAVA_HOME/bin/java" "${flags[@]}" -Xmx"$heap" -XX:+UseG1GC \
        -Xlog:gc:file="$work/gc-$tag.log" -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit \
        --master "local[$c]" --conf spark.ui.enabled=false --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false \
        --conf spark.eventLog.dir="file://$work/events-$tag" --class nl.binnenhof.spark.SparkJob "$jar" \
        --input "$corpus" --format jsonl --output "$work/out-$tag" > "$work/run-$tag.txt" 2> "$work/err-$tag.txt"
    then
      echo "| $n | $mb | $c | failed: $(grep -m1 -o 'Exception: .*' "$work/err-$tag.txt" | cut -c1-120) |"
      continue
    fi
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$work/time-$tag.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.0f", s }' "$work/time-$tag.txt")
    rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$work/time-$tag.txt")
    job=$(sed -n 's/.* in \([0-9.]*\) s (\([0-9]*\) articles\/s).*/\1 \2/p' "$work/run-$tag.txt")
    heap_after=$(grep -o -- '->[0-9]*M' "$work/gc-$tag.log" | tr -dc '0-9\n' | sort -n | tail -1)
    read -r task_cpu task_run <<< "$(python3 "$root/bench/spark/task-metrics.py" "$work/events-$tag"/*)"
    on_cpu=$(awk -v c="$task_cpu" -v r="$task_run" 'BEGIN { printf "%.2f", (r > 0 ? c / r : 0) }')
    echo "| $n | $mb | $c | $wall | ${job% *} | ${job#* } | $cpu | $task_cpu | $on_cpu | $rss | ${heap_after:-?} | $load |"
  done
done
