#!/usr/bin/env python3
"""Turns a JMH JSON result (-rf json) of benchmarks/run.sh into the markdown table of docs/benchmarks.md.

usage: format-results.py JMH_JSON [MACHINE_TXT] [DATASET_TXT] [--update-docs DOCS_MD]

Prints the markdown; with --update-docs it also replaces the part of DOCS_MD between
<!-- results:begin --> and <!-- results:end -->.
"""
import json
import sys

TARGET_HV_RATIO = 3.0
TARGET_VALID_BYTES = 2048
TARGET_READ_RATIO = 0.7
TARGET_PEER_RATIO = 5.0   # issue 27: networknt on the exported schema, same documents


def load(path):
    rows = {}
    for r in json.load(open(path)):
        name = r["benchmark"].rsplit(".", 2)
        bench = name[-2] + "." + name[-1]
        kind = r.get("params", {}).get("kind", "mixed")
        p = r["primaryMetric"]
        raw = [x for fork in p["rawData"] for x in fork]
        norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        rows[(bench, kind)] = {
            "score": p["score"], "error": p["scoreError"], "best": max(raw) if raw else p["score"],
            "unit": p["scoreUnit"], "norm": norm["score"] if norm else None,
            "config": "%s x %s warm-up, %s x %s measurement, %s fork(s)" % (
                r["warmupIterations"], r["warmupTime"], r["measurementIterations"],
                r["measurementTime"], r["forks"]),
        }
    return rows


def num(x):
    x = float(x) if isinstance(x, str) else x   # JMH writes "NaN" (a string) for the error of one iteration
    return "n/a" if x is None or x != x else "{:,.0f}".format(x)


def ratio(a, b):
    return None if not a or not b else a / b


def table(rows):
    out = ["| benchmark | data | offers/s (score ± error) | best iteration | B/offer (gc.alloc.rate.norm) |",
           "|---|---|--:|--:|--:|"]
    for (bench, kind), r in sorted(rows.items()):
        err = r["error"] if r["error"] == r["error"] else 0.0
        out.append("| %s | %s | %s ± %s | %s | %s |" % (
            bench, kind, num(r["score"]), num(err), num(r["best"]), num(r["norm"])))
    return out


def targets(rows):
    out = ["", "| target | measured | met? |", "|---|--:|---|"]
    # (ours, baseline, target, label): one row per data kind both ran on
    ratios = (("ValidateBenchmark.compiled", "ValidateBenchmark.plainHibernateValidator", TARGET_HV_RATIO,
               "compiled ≥ %.0f× plain Hibernate Validator (%s)"),
              ("SchemaPeerBenchmark.offerRules", "SchemaPeerBenchmark.networknt", TARGET_PEER_RATIO,
               "read + validate ≥ %.0f× networknt json-schema-validator, same bytes (%s)"))
    for ours, base, target, label in ratios:
        for kind in ("mixed", "valid", "invalid", "cross"):
            c, h = rows.get((ours, kind)), rows.get((base, kind))
            q = ratio(c and c["score"], h and h["score"])
            if q is not None:
                out.append(("| " + label + " | %.1f× | %s |") % (target, kind, q, "yes" if q >= target else "**no**"))
    v = rows.get(("ValidateBenchmark.compiled", "valid"))
    if v and v["norm"] is not None:
        out.append("| valid offer allocates < %d B | %s B | %s |" % (
            TARGET_VALID_BYTES, num(v["norm"]), "yes" if v["norm"] < TARGET_VALID_BYTES else "**no**"))
    h = rows.get(("ValidateBenchmark.plainHibernateValidator", "valid"))
    if v and h and v["norm"] and h["norm"]:
        out.append("| (reference) plain HV allocation / compiled allocation, valid offer | %.0f× | |" % (
            h["norm"] / v["norm"]))
    tree = rows.get(("JacksonBenchmark.jacksonTree", "mixed"))
    records = rows.get(("JacksonBenchmark.jacksonRecords", "mixed"))
    read = rows.get(("ReadBenchmark.readAndValidate", "mixed"))
    tokens = rows.get(("JacksonBenchmark.jacksonTokens", "mixed"))
    if read and (tree or records):
        # the tree row is the stricter gate; the records row is the baseline (the same records)
        for base, label in ((tree, "Jackson parse-only (tree)"),
                            (records, "Jackson parse-only into the same records (jacksonRecords)")):
            if base:
                q = read["score"] / base["score"]
                out.append("| read + validate ≥ %.1f× %s | %.2f× | %s |" % (
                    TARGET_READ_RATIO, label, q, "yes" if q >= TARGET_READ_RATIO else "**no**"))
        if tokens:
            out.append("| (reference) read + validate / Jackson streaming tokens | %.2f× | |" % (
                read["score"] / tokens["score"]))
    else:
        out.append("| read + validate ≥ %.1f× Jackson parse-only | not in this run: "
                   "ReadBenchmark and JacksonBenchmark must run together | — |" % TARGET_READ_RATIO)
    return out


def main(argv):
    docs = None
    if "--update-docs" in argv:
        i = argv.index("--update-docs")
        docs = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    rows = load(argv[0])
    lines = []
    for extra in argv[1:]:
        lines += ["```", open(extra).read().rstrip(), "```", ""]
    if rows:
        lines.append("JMH: " + next(iter(rows.values()))["config"] + ", `-prof gc`; one offer per operation.")
        lines.append("")
    lines += table(rows) + targets(rows)
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if docs:
        content = open(docs).read()
        begin, end = "<!-- results:begin -->", "<!-- results:end -->"
        a, b = content.index(begin) + len(begin), content.index(end)
        open(docs, "w").write(content[:a] + "\n" + text + content[b:])


if __name__ == "__main__":
    main(sys.argv[1:])
