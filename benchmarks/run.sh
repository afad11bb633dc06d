#!/usr/bin/env bash
# Reproduces the JMH run of docs/benchmarks.md in about 6 minutes:
#   builds benchmarks/target/benchmarks.jar if it is missing (REBUILD=1 forces it),
#   runs every benchmark with -prof gc (JSON: $OUT/jmh.json, text: $OUT/jmh.txt),
#   describes the machine and the data set, and writes the markdown table to $OUT/results.md.
# Options (environment): OUT (default benchmarks/target/results), JMH_OPTS (iterations, forks),
#   BENCH (JMH include regexp), UPDATE_DOCS=1 to also replace the table in docs/benchmarks.md.
# Run it on a quiet machine: the figures are only as good as the machine is idle.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
OUT=${OUT:-benchmarks/target/results}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 5 -w 3s -i 5 -r 2s}   # HV needs ~8 s of warm-up to reach its plateau
BENCH=${BENCH:-ValidateBenchmark|JacksonBenchmark|ReadBenchmark}

if [[ ! -f "$JAR" || "${REBUILD:-0}" == 1 ]]; then
    echo "building $JAR" >&2
    ./mvnw -q -B package -Pbenchmarks -pl validation-core,benchmarks -am -DskipTests
fi
mkdir -p "$OUT"

{
    echo "date:      $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit:    $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
    echo "nproc:     $(nproc)"
    echo "cpu:       $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "load avg:  $(cut -d' ' -f1-3 /proc/loadavg) (at start)"
    echo "free -h:"
    free -h | sed 's/^/    /'
    echo "java -version:"
    java -version 2>&1 | sed 's/^/    /'
} > "$OUT/machine.txt"

java -cp "$JAR" org.offerrules.benchmarks.DataSetInfo > "$OUT/dataset.txt"

# shellcheck disable=SC2086
java -jar "$JAR" "$BENCH" $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"

echo "load avg at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
echo "command: JMH_OPTS='$JMH_OPTS' benchmarks/run.sh  (java -jar $JAR '$BENCH' $JMH_OPTS -prof gc -rf json -rff $OUT/jmh.json)" >> "$OUT/machine.txt"

args=("$OUT/jmh.json" "$OUT/machine.txt" "$OUT/dataset.txt")
if [[ "${UPDATE_DOCS:-0}" == 1 ]]; then
    args+=(--update-docs docs/benchmarks.md)
fi
python3 benchmarks/format-results.py "${args[@]}" > "$OUT/results.md"
echo
cat "$OUT/results.md"
echo "results: $OUT/results.md, $OUT/jmh.json" >&2
