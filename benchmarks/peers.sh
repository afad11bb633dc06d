#!/usr/bin/env bash
# offer-lint against the fastest JSON Schema CLI (ajv-cli 5), same generated offers, one table.
#
# usage: benchmarks/peers.sh [N]        (N defaults to 1000000; the NDJSON scale)
#
# Scales: one small file (one offer), one JSON array of 100,000 offers (fewer when N is smaller) with
# one element per line, the same array minified on one line (as APIs and json.dump write it),
# N offers as NDJSON (ajv cannot read NDJSON: it gets the same offers as 100,000-offer array files).
# Rows: offer-lint through the launcher with its defaults, --threads 1 and 2; ajv as one process and
# as two processes over halves of the files. Columns: wall and CPU seconds, peak RSS of the largest
# process, documents found invalid.
#
# ajv checks two schemas, each applied to every element of an array file:
#   exported     what `offer-lint schema --request setOffer` prints: the field rules a JSON Schema can
#                express, the create/update mode switch and the if/then groups (a field required or
#                typed when another field has some value);
#   field rules  the same schema without its if/then groups: every item of an `allOf` that holds an
#                `if` is removed (the mode switch, the `if` on `id` beside `properties`, stays), made
#                from the exported one by the python step below (field_rules_only), so it follows the
#                rules as they change. The smaller schema ajv was first measured with.
# Neither can express the rules that compare fields, so ajv may find fewer invalid documents: the last
# column says how many.
#
# environment: OUT (default benchmarks/target/peers), AJV_DIR (where ajv-cli is installed with npm
# when missing; default $OUT/node), REGENERATE=1 to make the data again, SCALES (default
# small,array,minified,ndjson) to run only some scales, SCHEMAS (default exported,fields) to run ajv
# with only some schemas.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-1000000}
OUT=${OUT:-benchmarks/target/peers}
AJV_DIR=${AJV_DIR:-$OUT/node}
BENCH_JAR=benchmarks/target/benchmarks.jar
CLI_JAR=validation-cli/target/offer-lint.jar
ARRAY_N=$(( N < 100000 ? N : 100000 ))
SCALES=",${SCALES:-small,array,minified,ndjson},"
SCHEMAS=",${SCHEMAS:-exported,fields},"

for tool in java node npm python3; do
  command -v "$tool" >/dev/null || { echo "peers.sh needs $tool on the PATH" >&2; exit 3; }
done
if ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "peers.sh needs GNU time (/usr/bin/time -v): apt-get install -y time" >&2
  exit 3
fi
mkdir -p "$OUT"

# -- tools ------------------------------------------------------------------------------------------
if [[ ! -f "$BENCH_JAR" ]]; then
  echo "building $BENCH_JAR" >&2
  ./mvnw -q -B -ntp package -Pbenchmarks -pl validation-core,benchmarks -am -DskipTests
fi
./offer-lint --version >/dev/null   # the launcher builds the jar when it is missing or stale
ajv="$AJV_DIR/node_modules/.bin/ajv"
if [[ ! -x "$ajv" ]]; then
  echo "installing ajv-cli 5 into $AJV_DIR" >&2
  npm install --silent --no-audit --no-fund --prefix "$AJV_DIR" ajv-cli@5 ajv-formats@3 >&2
fi

# -- data -------------------------------------------------------------------------------------------
lines="$OUT/offers-$N.ndjson"
if [[ -n "${REGENERATE:-}" || ! -s "$lines" ]]; then
  rm -rf "$OUT/chunks-$N"
  java -cp "$BENCH_JAR" org.offerrules.benchmarks.GenerateNdjson "$N" "$lines"
fi
to_array() { awk 'BEGIN { print "[" } NR > 1 { print "," } { print } END { print "]" }'; }
small="$OUT/small.json"
head -n 1 "$lines" > "$small"
array="$OUT/array-$ARRAY_N.json"
[[ -s "$array" && -z "${REGENERATE:-}" ]] || head -n "$ARRAY_N" "$lines" | to_array > "$array"
to_minified() { awk 'BEGIN { printf "[" } NR > 1 { printf "," } { printf "%s", $0 } END { print "]" }'; }
minified="$OUT/array-$ARRAY_N.min.json"
[[ -s "$minified" && -z "${REGENERATE:-}" ]] || head -n "$ARRAY_N" "$lines" | to_minified > "$minified"
chunks="$OUT/chunks-$N"
if [[ ! -d "$chunks" && $SCALES == *,ndjson,* ]]; then
  mkdir -p "$chunks"
  split -l 100000 -d -a 3 "$lines" "$chunks/part-"
  for f in "$chunks"/part-*; do to_array < "$f" > "$f.json" && rm "$f"; done
fi
mapfile -t parts < <(ls "$chunks"/part-*.json 2>/dev/null)
half=$(( (${#parts[@]} + 1) / 2 ))

# ajv gets the schema offer-lint prints (exported), and the same without its if/then groups (fields);
# each as a schema of one document (setOffer-*.schema.json) and of an array of them (array-*.schema.json)
java -jar "$CLI_JAR" schema --request setOffer > "$OUT/setOffer-exported.schema.json"
python3 - "$OUT/setOffer-exported.schema.json" "$OUT/setOffer-fields.schema.json" <<'PY'
import json, sys
def field_rules_only(node):
    # drops the if/then groups: the items of an allOf that hold an "if" (an allOf left empty goes too)
    if isinstance(node, list):
        return [field_rules_only(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "allOf":
            value = [v for v in value if not (isinstance(v, dict) and "if" in v)]
            if not value:
                continue
        out[key] = field_rules_only(value)
    return out
schema = field_rules_only(json.load(open(sys.argv[1])))
schema["$comment"] = "offer-lint schema --request setOffer without its if/then groups (benchmarks/peers.sh)"
json.dump(schema, open(sys.argv[2], "w"), indent=2, sort_keys=True)
PY
for s in exported fields; do
  python3 - "$OUT/setOffer-$s.schema.json" "$OUT/array-$s.schema.json" "$s" <<'PY'
import json, sys
offer = json.load(open(sys.argv[1]))
offer.pop("$schema", None)
offer["$id"] = "https://offer-rules.invalid/setOffer-%s.schema.json" % sys.argv[3]
json.dump({"$schema": "https://json-schema.org/draft/2020-12/schema",
           "type": "array", "items": offer}, open(sys.argv[2], "w"))
PY
done
echo "schemas: $OUT/setOffer-exported.schema.json ($(grep -c '"if"' "$OUT/setOffer-exported.schema.json") if), $OUT/setOffer-fields.schema.json ($(grep -c '"if"' "$OUT/setOffer-fields.schema.json") if)" >&2
ajv_args=(validate --spec=draft2020 --strict=false --all-errors --errors=json -c ajv-formats -s)

# -- runs -------------------------------------------------------------------------------------------
table="$OUT/peers.md"
# the machine, named at the top of the table and again under it
machine="$(uname -n), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "Machine: $machine"
  echo
  echo "| scale | tool | wall (s) | CPU (s) | peak RSS (MB) | invalid documents |"
  echo "|---|---|--:|--:|--:|--:|"
} > "$table"

# measure SCALE LABEL COUNTER COMMAND: runs COMMAND (a bash command line) under GNU time with its
# output in run.out, and adds a row; COUNTER prints the number of invalid documents from run.out.
measure() {
  local scale=$1 label=$2 counter=$3 command=$4
  local log="$OUT/run.out" timing="$OUT/run.time"
  echo "$scale: $label" >&2
  set +e
  /usr/bin/time -v bash -c "$command" > "$log" 2> "$timing"
  local status=$?
  set -e
  # offer-lint exits 1 and ajv exits 1 when a document is invalid: both are results
  if [[ $status -gt 1 ]]; then
    echo "$label at $scale failed ($status):" >&2; tail -5 "$log" "$timing" >&2; exit 5
  fi
  python3 - "$timing" "$scale" "$label" "$($counter "$log")" >> "$table" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
wall = 0.0
for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
    wall = wall * 60 + float(p)
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"| {sys.argv[2]} | {sys.argv[3]} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {sys.argv[4]} |")
PY
}
lint_invalid() {
  python3 -c 'import re, sys; print(re.findall(r"\"withErrors\":(\d+)", open(sys.argv[1]).read()[-4000:])[-1])' "$1"
}
ajv_invalid() {
  # ajv prints "<file> invalid" and then the errors; an error's instancePath starts with the index
  python3 - "$1" <<'PY'
import re, sys
seen, current = set(), None
for line in open(sys.argv[1]):
    m = re.match(r"^(\S+) invalid$", line.strip())
    if m:
        current = m.group(1)
        seen.add((current, None))
        continue
    m = re.search(r"\"instancePath\": \"/(\d+)", line)
    if m:
        seen.discard((current, None))
        seen.add((current, m.group(1)))
print(len(seen))
PY
}
lint="./offer-lint --no-progress --format json"
ajv_run="$ajv ${ajv_args[*]}"
two_ajv() {  # two ajv processes with schema $1 over two lists of files
  echo "$ajv_run $1 $2 > $OUT/ajv-1.out 2>&1 & $ajv_run $1 $3 > $OUT/ajv-2.out 2>&1 & wait; cat $OUT/ajv-1.out $OUT/ajv-2.out"
}
data_args() { printf -- '-d %s ' "$@"; }
schemas=()
for s in exported fields; do [[ $SCHEMAS == *,$s,* ]] && schemas+=("$s"); done
label() { [[ $1 == exported ]] && echo "exported schema" || echo "field rules only"; }

scale="one small file"
[[ $SCALES == *,small,* ]] && {
measure "$scale" "offer-lint --threads 1" lint_invalid "$lint --threads 1 $small"
measure "$scale" "offer-lint --threads 2" lint_invalid "$lint --threads 2 $small"
for s in "${schemas[@]}"; do
  measure "$scale" "ajv, $(label "$s")" ajv_invalid "$ajv_run $OUT/setOffer-$s.schema.json -d $small 2>&1"
done
}

# array_scale SCALE FILE TO: the array FILE against ajv, and its halves (written with TO) against two ajv processes
array_scale() {
  local scale=$1 file=$2 to=$3
  head -n $(( ARRAY_N / 2 )) "$lines" | $to > "${file%.json}.half-1.json"
  # (awk stops reading by itself: a `tail | head` pipe would end in SIGPIPE, which pipefail reports)
  awk -v from=$(( ARRAY_N / 2 + 1 )) -v to="$ARRAY_N" 'NR > to { exit } NR >= from' "$lines" | $to > "${file%.json}.half-2.json"
  measure "$scale" "offer-lint --threads 1" lint_invalid "$lint --threads 1 $file"
  measure "$scale" "offer-lint --threads 2" lint_invalid "$lint --threads 2 $file"
  for s in "${schemas[@]}"; do
    measure "$scale" "ajv, $(label "$s")" ajv_invalid "$ajv_run $OUT/array-$s.schema.json -d $file 2>&1"
    measure "$scale" "ajv, $(label "$s"), two processes over halves" ajv_invalid \
      "$(two_ajv "$OUT/array-$s.schema.json" "-d ${file%.json}.half-1.json" "-d ${file%.json}.half-2.json")"
  done
}
[[ $SCALES == *,array,* ]] && array_scale "$ARRAY_N offers, one JSON array, one element per line" "$array" to_array
[[ $SCALES == *,minified,* ]] && array_scale "$ARRAY_N offers, one JSON array, minified on one line" "$minified" to_minified

scale="$N offers, NDJSON"
[[ $SCALES == *,ndjson,* ]] && {
measure "$scale" "offer-lint --threads 1" lint_invalid "$lint --threads 1 $lines"
measure "$scale" "offer-lint --threads 2" lint_invalid "$lint --threads 2 $lines"
for s in "${schemas[@]}"; do
  measure "$scale" "ajv, $(label "$s") (${#parts[@]} array files)" ajv_invalid \
    "$ajv_run $OUT/array-$s.schema.json $(data_args "${parts[@]}") 2>&1"
  measure "$scale" "ajv, $(label "$s"), two processes over halves" ajv_invalid \
    "$(two_ajv "$OUT/array-$s.schema.json" "$(data_args "${parts[@]:0:half}")" "$(data_args "${parts[@]:half}")")"
done
}

{
  echo
  echo "command: SCALES=${SCALES:1:-1} SCHEMAS=${SCHEMAS:1:-1} benchmarks/peers.sh $N"
  echo "schemas: exported = offer-lint schema --request setOffer; field rules only = the same without its if/then groups (peers.sh, field_rules_only)"
  echo "machine: $machine"
  echo "load avg: $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
  echo "software: $(java -version 2>&1 | head -1), node $(node --version), ajv-cli $(node -p 'require(require("path").resolve(process.argv[1])).version' "$AJV_DIR/node_modules/ajv-cli/package.json") (ajv $(node -p 'require(require("path").resolve(process.argv[1])).version' "$AJV_DIR/node_modules/ajv/package.json"))"
} >> "$table"
cat "$table"
