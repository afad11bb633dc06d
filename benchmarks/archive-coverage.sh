#!/usr/bin/env bash
# What the launcher's start-up archive holds: one small file linted in each report format with the
# archive the launcher made (a CDS archive on JDK 17, an AOT cache on JDK 25 when installed), the
# classes the run loads counted by where they came from (-Xlog:class+load): the archive, or not, and
# why not, grouped. Not timed.
#
# usage: benchmarks/archive-coverage.sh [FILE]   (default docs/examples/valid-offer.json)
# environment: JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64), OUT (default benchmarks/target/archive)
set -euo pipefail
cd "$(dirname "$0")/.."

FILE=${1:-docs/examples/valid-offer.json}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=${OUT:-benchmarks/target/archive}
JAR=validation-cli/target/offer-lint.jar
mkdir -p "$OUT"

# where a class not in the archive came from, in a few words
group() {
  awk '/source: shared objects file/ { next } /source:/ {
         name = $0; sub(/.*\] /, "", name); sub(/ .*/, "", name)
         src = $0; sub(/.*source: /, "", src)
         if (name ~ /^picocli\./) g = "picocli (class file 49, older than CDS takes)"
         else if (src ~ /__dynamic_proxy__/) g = "dynamic proxies (annotations)"
         else if (src ~ /__ClassDefiner__/) g = "generated reflection accessors"
         else if (src ~ /__JVM_LookupDefineClass__/ || name ~ /Lambda/ || src ~ /Accessors/) g = "hidden classes (lambda forms, lambdas, record accessors)"
         else if (src ~ /^jrt:/) g = "JDK classes the archive skipped"
         else g = "classes of offer-lint.jar"
         n[g]++ }
       END { for (g in n) printf "%s: %d\n", g, n[g] }' "$1" | sort | paste -sd ';' | sed 's/;/; /g'
}

# count JAVA LABEL ARCHIVE_OPTS...: one run per format, one line each
count() {
  local java=$1 label=$2
  shift 2
  for format in text json sarif; do
    local log="$OUT/class-load-$label-$format.txt"
    "$java" "$@" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:class+load=info:file="$log" \
        -jar "$JAR" --no-progress --format "$format" "$FILE" >/dev/null 2>&1 || true
    local total shared
    total=$(grep -c 'source:' "$log")
    shared=$(grep -c 'source: shared objects file' "$log")
    echo "| $label | $format | $total | $shared | $((total - shared)) | $(group "$log") |"
  done
}

echo "| JDK | format | classes loaded | from the archive | not | not from the archive, by kind |"
echo "|---|---|--:|--:|--:|---|"
./offer-lint --version >/dev/null    # builds the jar and makes the archive when missing or stale
jsa=$(ls "$JAR".*.jsa 2>/dev/null | head -1)
[[ -n "$jsa" ]] && count java "17" -XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
if [[ -x "$JDK25/bin/java" ]]; then
  JAVA_HOME="$JDK25" ./offer-lint --version >/dev/null
  aot=$(ls "$JAR".*.aot 2>/dev/null | head -1)
  [[ -n "$aot" ]] && count "$JDK25/bin/java" "25" -XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off
fi
echo
echo "command: benchmarks/archive-coverage.sh $FILE  (-Xlog:class+load=info, the launcher's archive and short-run options)"
