#!/usr/bin/env bash
# Start-up and short runs of offer-lint: the JVM options the launcher chooses between, measured.
#
# usage: benchmarks/startup.sh [ROUNDS]      (ROUNDS defaults to 11; the median is reported)
#
# Part 1, one small file (one offer): `java -jar` with no options, the launcher's old defaults, C1
# with the serial collector, each with and without the start-up archive, on JDK 17 (the default
# java) and on JDK 25 when it is installed (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64).
# Part 2, where a short run ends: NDJSON files of SIZES offers (default "500 2000 5000 20000") with
# C1 + serial GC against the full JIT + parallel GC, both with the archive. Configurations run in
# turn within each round, so that a change in the machine's load hits all of them alike.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-11}
SIZES=${SIZES:-500 2000 5000 20000}
OUT=${OUT:-benchmarks/target/startup}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=validation-cli/target/offer-lint.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
mkdir -p "$OUT"

./offer-lint --version >/dev/null   # builds the jar when missing or stale
if [[ ! -f "$BENCH_JAR" ]]; then
  ./mvnw -q -B -ntp package -Pbenchmarks -pl validation-core,benchmarks -am -DskipTests
fi
small="$OUT/small.json"
java -cp "$BENCH_JAR" org.offerrules.benchmarks.GenerateNdjson 1 "$small" >/dev/null

# archives made here with the launcher's own training run, so that they match what it uses
jsa="$OUT/offer-lint.jsa"
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:disable -cp "$JAR" org.offerrules.lint.TrainingRun docs/examples >/dev/null 2>&1 || true
configs=(
  "JDK 17, java -jar|java -jar $JAR"
  "JDK 17, old launcher defaults (ParallelGC, -Xmx384m)|java -XX:+UseParallelGC -Xmx384m -jar $JAR"
  "JDK 17, C1 + SerialGC|java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR"
  "JDK 17, CDS archive + ParallelGC|java -XX:SharedArchiveFile=$jsa -XX:+UseParallelGC -Xmx384m -jar $JAR"
  "JDK 17, CDS archive + C1 + SerialGC (launcher, small input)|java -XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR"
)
if [[ -x "$JDK25/bin/java" ]]; then
  aot="$OUT/offer-lint.aot"
  "$JDK25/bin/java" -XX:AOTCacheOutput="$aot" -Xlog:disable -cp "$JAR" org.offerrules.lint.TrainingRun docs/examples >/dev/null 2>&1 || true
  configs+=(
    "JDK 25, java -jar|$JDK25/bin/java -jar $JAR"
    "JDK 25, C1 + SerialGC|$JDK25/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR"
    "JDK 25, AOT cache + C1 + SerialGC (launcher, small input)|$JDK25/bin/java -XX:AOTCache=$aot -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR"
  )
fi

# run LABEL COMMAND FILE: one timed run, "wall user+sys rss" appended to the label's file
run() {
  local file="$OUT/$(echo "$1" | tr -c 'A-Za-z0-9\n' '_').times"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/one.time" $2 --no-progress "$3" >/dev/null 2>&1 || true
  # (GNU time writes "Command exited with non-zero status" first when the lint finds mistakes)
  tail -n 1 "$OUT/one.time" | awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' >> "$file"
  echo "$file"
}
median() { sort -n -k"$2" "$1" | awk -v k="$2" '{ v[NR] = $k } END { print v[int((NR + 1) / 2)] }'; }

rm -f "$OUT"/*.times
declare -A files=()
for ((r = 1; r <= ROUNDS; r++)); do
  for c in "${configs[@]}"; do
    files["${c%%|*}"]=$(run "${c%%|*}" "${c#*|}" "$small")
  done
done
table="$OUT/startup.md"
{
  echo "One small file (one offer), median of $ROUNDS runs:"
  echo
  echo "| configuration | wall (s) | CPU (s) | peak RSS (MB) |"
  echo "|---|--:|--:|--:|"
  for c in "${configs[@]}"; do
    f=${files["${c%%|*}"]}
    echo "| ${c%%|*} | $(median "$f" 1) | $(median "$f" 2) | $(( $(median "$f" 3) / 1024 )) |"
  done
} > "$table"

for n in $SIZES; do
  data="$OUT/offers-$n.ndjson"
  [[ -s "$data" ]] || java -cp "$BENCH_JAR" org.offerrules.benchmarks.GenerateNdjson "$n" "$data" >/dev/null
done
short="java -XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR"
full="java -XX:SharedArchiveFile=$jsa -XX:+UseParallelGC -Xmx384m -jar $JAR"
rounds2=$(( (ROUNDS + 1) / 2 ))
{
  echo
  echo "Where a short run ends (JDK 17, with the CDS archive), median wall seconds of $rounds2 runs:"
  echo
  echo "| offers | NDJSON MB | C1 + SerialGC | full JIT + ParallelGC |"
  echo "|--:|--:|--:|--:|"
} >> "$table"
for n in $SIZES; do
  data="$OUT/offers-$n.ndjson"
  rm -f "$OUT"/size_*.times
  for ((r = 1; r <= rounds2; r++)); do
    a=$(run "size_c1_$n" "$short" "$data")
    b=$(run "size_full_$n" "$full" "$data")
  done
  echo "| $n | $(awk -v b="$(stat -c %s "$data")" 'BEGIN { printf "%.1f", b / 1e6 }') | $(median "$a" 1) | $(median "$b" 1) |" >> "$table"
done
{
  echo
  echo "command: benchmarks/startup.sh $ROUNDS (SIZES=\"$SIZES\")"
  echo "machine: nproc $(nproc), load avg $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
} >> "$table"
cat "$table"
