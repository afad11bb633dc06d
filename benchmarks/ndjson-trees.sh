#!/usr/bin/env bash
# Issue 27, "read + validate on one thread >= 0.8x parsing NDJSON into trees end to end": the same
# NDJSON file (N generated offers, 4 in 5 valid) parsed into Jackson 2 trees (NdjsonTrees) and read +
# validated by offer-lint --threads 1, each a whole process, JVM start included on both sides.
#
# usage: benchmarks/ndjson-trees.sh [RUNS]      (RUNS defaults to 5; the median is reported)
# environment:
#   N          offers in the file (default 100000)
#   OUT        where outputs go (default benchmarks/target/ndjson-trees); DATA the file (default
#              $OUT/offers-N.ndjson, made with GenerateNdjson when missing, reused otherwise)
#   JAVA_OPTS  JVM options of both sides (default: what ./offer-lint chooses for a file under 400 MB,
#              C1 with the serial collector; JAVA_OPTS="" for the JVM's defaults)
#   TREES_MODE NdjsonTrees' reading, stream (default) or lines
#   LAUNCHER   1 (default) adds a row, not in the ratio: ./offer-lint as shipped, its own options and
#              its class-data archive (the other two get only the JDK's default CDS archive)
# Both sides run in turn within each round, so that a change in the machine's load hits them alike.
# offer-lint --threads 1 validates on one worker thread; its main thread splits the lines and a
# report thread writes the JSON report (to /dev/null): the CPU column counts all of them, the wall
# column lets them overlap on a machine of more than one core.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
N=${N:-100000}
OUT=${OUT:-benchmarks/target/ndjson-trees}
DATA=${DATA:-$OUT/offers-$N.ndjson}
# (unset: the default; set and empty: no options)
JAVA_OPTS=${JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m}
TREES_MODE=${TREES_MODE:-stream}
LAUNCHER=${LAUNCHER:-1}
BENCH_JAR=benchmarks/target/benchmarks.jar
CLI_JAR=validation-cli/target/offer-lint.jar
mkdir -p "$OUT"

if [[ ! -f "$BENCH_JAR" ]]; then
  echo "building $BENCH_JAR" >&2
  ./mvnw -q -B -ntp package -Pbenchmarks -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
fi
./offer-lint --version >/dev/null   # the launcher builds the CLI jar when it is missing or stale, and its archive
if [[ ! -s "$DATA" ]]; then
  java -cp "$BENCH_JAR" org.offerrules.benchmarks.GenerateNdjson "$N" "$DATA"
fi
lines=$(wc -l < "$DATA")
[[ "$lines" -eq "$N" ]] || { echo "$DATA holds $lines offers, not $N; remove it or set DATA" >&2; exit 2; }

# shellcheck disable=SC2206
jvm=(java $JAVA_OPTS)
trees=("${jvm[@]}" -cp "$BENCH_JAR" org.offerrules.benchmarks.NdjsonTrees "$DATA" "$TREES_MODE")
lint_args=(--threads 1 --format json --no-progress "$DATA")
lint=("${jvm[@]}" -jar "$CLI_JAR" "${lint_args[@]}")
launcher=(./offer-lint "${lint_args[@]}")

# one untimed run of each, which also reads the file into the page cache: both must see N documents
"${trees[@]}" | grep -q "^$N documents" || { echo "NdjsonTrees did not count $N documents" >&2; exit 5; }
set +e; "${lint[@]}" > "$OUT/report.json"; status=$?; set -e
# offer-lint exits 1 when it finds a mistake (1 in 5 offers here): 0 and 1 are results
[[ $status -le 1 ]] || { echo "offer-lint failed ($status)" >&2; exit 5; }
documents=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["summary"]["documents"])' "$OUT/report.json" 2>/dev/null \
  || grep -o '"documents":[0-9]*' "$OUT/report.json" | tail -1 | cut -d: -f2)
[[ "$documents" -eq "$N" ]] || { echo "offer-lint read $documents documents, not $N" >&2; exit 5; }

# run NAME COMMAND...: one timed run, "wall cpu" (cpu = user + sys of the process) appended to NAME.times;
# GNU time when installed, else bash's own `time` (which counts the same children)
run() {
  local name=$1; shift
  local timing="$OUT/one.time"
  set +e
  if [[ -x /usr/bin/time ]] && /usr/bin/time -f %e true 2>/dev/null; then
    /usr/bin/time -f "%e %U %S" -o "$timing" "$@" >/dev/null 2>&1
  else
    { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2> "$timing"
  fi
  set -e
  # (GNU time writes "Command exited with non-zero status" first when the lint finds mistakes)
  tail -n 1 "$timing" | awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' >> "$OUT/$name.times"
}
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

names=(trees lint)
if [[ $LAUNCHER == 1 ]]; then names+=(launcher); fi
for name in "${names[@]}"; do rm -f "$OUT/$name.times"; done
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 1; r <= RUNS; r++)); do
  echo "round $r of $RUNS" >&2
  run trees "${trees[@]}"
  run lint "${lint[@]}"
  if [[ $LAUNCHER == 1 ]]; then run launcher "${launcher[@]}"; fi
done

label() {
  case $1 in
    trees) echo "Jackson 2 trees (NdjsonTrees $TREES_MODE)" ;;
    lint) echo "offer-lint --threads 1 (java -jar)" ;;
    launcher) echo "./offer-lint --threads 1 (its options and archive; not in the ratio)" ;;
  esac
}
machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
table="$OUT/results.md"
{
  echo "$N offers, NDJSON, $(( $(stat -c %s "$DATA") / 1000000 )) MB; $RUNS alternated runs; JVM options: ${JAVA_OPTS:-(none)}"
  echo
  echo "| side | wall (s), runs | median wall (s) | CPU (s), runs | median CPU (s) |"
  echo "|---|---|--:|---|--:|"
  for name in "${names[@]}"; do
    f="$OUT/$name.times"
    echo "| $(label "$name") | $(cut -d' ' -f1 "$f" | paste -sd' ') | $(median "$f" 1) | $(cut -d' ' -f2 "$f" | paste -sd' ') | $(median "$f" 2) |"
  done
  echo
  # offer-lint's speed as a fraction of the trees' (time of trees / time of offer-lint): >= 0.8 is the target
  awk -v tw="$(median "$OUT/trees.times" 1)" -v lw="$(median "$OUT/lint.times" 1)" \
      -v tc="$(median "$OUT/trees.times" 2)" -v lc="$(median "$OUT/lint.times" 2)" 'BEGIN {
    printf "ratio trees / offer-lint (>= 0.8 is the target): wall %.2f, CPU %.2f\n", tw / lw, tc / lc }'
  echo
  echo "command: N=$N JAVA_OPTS=\"$JAVA_OPTS\" TREES_MODE=$TREES_MODE benchmarks/ndjson-trees.sh $RUNS"
  echo "trees:   ${trees[*]}"
  echo "lint:    ${lint[*]} > /dev/null"
  if [[ $LAUNCHER == 1 ]]; then echo "launcher: ${launcher[*]} > /dev/null"; fi
  echo "machine: $machine; load avg $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "java:    $(java -version 2>&1 | head -2 | paste -sd ";" | sed "s/;/; /")"
  echo "commit:  $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with changes)')"
} > "$table"
cat "$table"
