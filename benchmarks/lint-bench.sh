#!/usr/bin/env bash
# End-to-end lint benchmark: N generated offers as NDJSON, checked by offer-lint with 1 and 2 threads;
# reports offers/s, wall time and peak RSS (GNU time -v) as a markdown table.
#
# usage: benchmarks/lint-bench.sh [N]            (N defaults to 1000000)
# environment:
#   THREADS    thread counts to try (default "1 2")
#   DATA       the NDJSON file (default benchmarks/target/lint-bench/offers-N.ndjson; generated if missing)
#   OFFER_LINT the linter command (default: ./offer-lint if executable, else
#              java $JAVA_OPTS -jar validation-cli/target/offer-lint.jar)
#   OUT        where outputs go (default benchmarks/target/lint-bench)
# Targets (issue 6): 1,000,000 offers with 2 threads at >= 150,000 offers/s, peak RSS < 512 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
THREADS=${THREADS:-1 2}
OUT=${OUT:-benchmarks/target/lint-bench}
DATA=${DATA:-$OUT/offers-$N.ndjson}
JAR=benchmarks/target/benchmarks.jar
CLI_JAR=validation-cli/target/offer-lint.jar

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "lint-bench needs GNU time for peak RSS (/usr/bin/time -v); install it: apt-get install -y time" >&2
    exit 3
fi
if [[ ! -f "$JAR" ]]; then
    echo "building $JAR" >&2
    ./mvnw -q -B package -Pbenchmarks -pl validation-core,benchmarks -am -DskipTests
fi
mkdir -p "$OUT"
if [[ ! -s "$DATA" ]]; then
    java -cp "$JAR" org.offerrules.benchmarks.GenerateNdjson "$N" "$DATA"
fi
lines=$(wc -l < "$DATA")
if [[ "$lines" -ne "$N" ]]; then
    echo "$DATA holds $lines offers, not $N; remove it or set DATA" >&2
    exit 2
fi

if [[ -n "${OFFER_LINT:-}" ]]; then
    read -r -a lint <<< "$OFFER_LINT"
elif [[ -x ./offer-lint ]]; then
    lint=(./offer-lint)
elif [[ -f "$CLI_JAR" ]]; then
    # shellcheck disable=SC2206
    lint=(java ${JAVA_OPTS:-} -jar "$CLI_JAR")
else
    echo "offer-lint not found (neither ./offer-lint nor $CLI_JAR: build validation-cli first)." >&2
    echo "The data set is ready: $DATA ($N offers, $(du -h "$DATA" | cut -f1))." >&2
    exit 4
fi

{
    echo "| threads | offers | wall time (s) | offers/s | peak RSS (MB) | exit |"
    echo "|--:|--:|--:|--:|--:|--:|"
} > "$OUT/results.md"
for t in $THREADS; do
    report="$OUT/report-$t.json"
    timing="$OUT/time-$t.txt"
    set +e
    /usr/bin/time -v "${lint[@]}" --threads "$t" --format json --no-progress "$DATA" > "$report" 2> "$timing"
    status=$?
    set -e
    # the linter exits non-zero when it finds violations (the data set is 1 in 5 invalid); 0 and 1 are results
    if [[ $status -gt 1 ]]; then
        echo "offer-lint failed with exit code $status (threads $t); see $timing" >&2
        tail -20 "$timing" >&2
        exit 5
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\) time/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
    awk -v t="$t" -v n="$N" -v w="$wall" -v r="$rss_kb" -v s="$status" 'BEGIN {
        printf "| %d | %d | %.2f | %.0f | %.0f | %d |\n", t, n, w, (w > 0 ? n / w : 0), r / 1024, s }' >> "$OUT/results.md"
done
{
    echo
    echo "command: benchmarks/lint-bench.sh $N  (${lint[*]} --threads T --format json --no-progress $DATA)"
    echo "machine: nproc $(nproc), load avg $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
    echo "targets: 1,000,000 offers, 2 threads: >= 150,000 offers/s, peak RSS < 512 MB"
} >> "$OUT/results.md"
cat "$OUT/results.md"
