#!/usr/bin/env bash
# The network's data folder (issue 26): N generated offers as NDJSON, linted by offer-lint without and
# with --data, a folder of A advertisers (advertisers.json, the API's list answer) and O offers
# (offers.ndjson); and the folder's loading time (offer-lint codes --data, minus offer-lint codes).
# Reports wall time, offers/s and peak RSS (GNU time -v) as a markdown table. Not a timed test: run it
# by hand, once, and copy the table into docs/benchmarks.md.
#
# usage: benchmarks/data-bench.sh [N] [A] [O]     (defaults 1000000 100000 1000000)
# environment:
#   THREADS    worker threads (default 2)
#   OFFER_LINT the linter command (default: java $JAVA_OPTS -jar validation-cli/target/offer-lint.jar)
#   OUT        where outputs go (default benchmarks/target/data-bench)
# Targets (issue 26): with data within 10 % of the run without, peak RSS <= 768 MB, loading < 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
A=${2:-100000}
O=${3:-1000000}
THREADS=${THREADS:-2}
OUT=${OUT:-benchmarks/target/data-bench}
CLI_JAR=validation-cli/target/offer-lint.jar

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "data-bench needs GNU time for peak RSS (/usr/bin/time -v); install it: apt-get install -y time" >&2
    exit 3
fi
mkdir -p "$OUT"
# the offers to lint: lint-bench.sh's data set (generated there when missing)
OFFERS="benchmarks/target/lint-bench/offers-$N.ndjson"
if [[ ! -s "$OFFERS" ]]; then
    THREADS=1 OFFER_LINT=true benchmarks/lint-bench.sh "$N" >/dev/null || [[ -s "$OFFERS" ]]
fi
DATA="$OUT/data-$A-$O"
if [[ ! -s "$DATA/offers.ndjson" ]]; then
    mkdir -p "$DATA"
    awk -v n="$A" 'BEGIN {
        printf "{\"httpStatus\": 200, \"data\": [\n"
        for (i = 1; i <= n; i++)
            printf "{\"id\": \"%d\", \"email\": \"adv%d@example.com\", \"status\": \"Active\", \"company\": \"Company %d\"}%s\n",
                i, i, i, (i < n ? "," : "")
        printf "]}\n" }' > "$DATA/advertisers.json.tmp"
    mv "$DATA/advertisers.json.tmp" "$DATA/advertisers.json"
    awk -v n="$O" 'BEGIN {
        for (i = 1; i <= n; i++)
            printf "{\"id\": %d, \"advertiser_id\": %d, \"name\": \"Offer %d\", \"status\": \"Active\"}\n", i, i % 100000 + 1, i
        }' > "$DATA/offers.ndjson.tmp"
    mv "$DATA/offers.ndjson.tmp" "$DATA/offers.ndjson"
fi

if [[ -n "${OFFER_LINT:-}" ]]; then
    read -r -a lint <<< "$OFFER_LINT"
elif [[ -f "$CLI_JAR" ]]; then
    # shellcheck disable=SC2206
    lint=(java ${JAVA_OPTS:-} -jar "$CLI_JAR")
else
    echo "$CLI_JAR not found: ./mvnw -B -q package -pl validation-cli -am -DskipTests" >&2
    exit 4
fi

seconds() {
    awk -F': ' '/Elapsed \(wall clock\) time/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
rss_mb() {
    awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"
}
# runs "$@" under GNU time into $OUT/time-<name>.txt; 0 and 1 (findings) are results
run() {
    local name=$1
    shift
    set +e
    /usr/bin/time -v "$@" > "$OUT/out-$name.txt" 2> "$OUT/time-$name.txt"
    local status=$?
    set -e
    if [[ $status -gt 1 ]]; then
        echo "$name failed with exit code $status; see $OUT/time-$name.txt" >&2
        tail -5 "$OUT/time-$name.txt" >&2
        exit 5
    fi
}

run codes "${lint[@]}" codes
run codes-data "${lint[@]}" codes --data "$DATA"
run lint "${lint[@]}" --threads "$THREADS" --format json --no-progress "$OFFERS"
run lint-data "${lint[@]}" --threads "$THREADS" --format json --no-progress --data "$DATA" "$OFFERS"

summary() {
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["withErrors"], s.get("violations", "?"))' "$1" 2>/dev/null || echo "? ?"
}
{
    echo "| run | wall time (s) | offers/s | peak RSS (MB) | offers with errors |"
    echo "|---|--:|--:|--:|--:|"
    for name in lint lint-data; do
        w=$(seconds "$OUT/time-$name.txt")
        read -r errors _ <<< "$(summary "$OUT/out-$name.txt")"
        awk -v name="$name" -v n="$N" -v w="$w" -v r="$(rss_mb "$OUT/time-$name.txt")" -v e="$errors" 'BEGIN {
            printf "| %s | %.2f | %.0f | %s | %s |\n", name, w, (w > 0 ? n / w : 0), r, e }'
    done
    cw=$(seconds "$OUT/time-codes.txt")
    dw=$(seconds "$OUT/time-codes-data.txt")
    awk -v a="$cw" -v b="$dw" -v r="$(rss_mb "$OUT/time-codes-data.txt")" 'BEGIN {
        printf "| codes, then codes --data: loading | %.2f -> %.2f (load %.2f) | | %s | |\n", a, b, b - a, r }'
    echo
    echo "command: benchmarks/data-bench.sh $N $A $O  (${lint[*]} --threads $THREADS --format json --no-progress [--data $DATA] $OFFERS)"
    echo "data: $(du -sh "$DATA" | cut -f1) ($A advertisers as the API's answer, $O offers as NDJSON)"
    echo "machine: nproc $(nproc), load avg $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
    echo "targets: with data within 10 % of without, peak RSS <= 768 MB, loading < 2 s"
} | tee "$OUT/results.md"
