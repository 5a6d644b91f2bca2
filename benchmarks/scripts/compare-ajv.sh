#!/bin/bash
# End-to-end validation of one big catalog: `catalog validate` (-Xmx256m) against ajv on the same file and schema,
# alternating the two N times, medians of wall and CPU time. Needs node with ajv and ajv-formats installed
# (npm install ajv ajv-formats in AJV_DIR); not part of the build.
#   usage: compare-ajv.sh N FILE [AJV_DIR]        e.g. compare-ajv.sh 10 /tmp/catalog-bench-200000-42.json /tmp/ajvt
# Files: java -cp benchmarks/target/benchmarks.jar org.gkml.catalog.benchmarks.Files 200000 FILE
set -euo pipefail
N=$1; F=$2; AJV_DIR=${3:-.}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$ROOT/catalog-cli/target/catalog.jar
SCHEMA=$ROOT/schema/catalog.schema.json
T=$(mktemp)
for i in $(seq "$N"); do
  /usr/bin/time -a -o "$T" -f "catalog %e %U %S %M" java -Xmx256m -jar "$JAR" validate "$F" --format json >/dev/null 2>&1 || true
  /usr/bin/time -a -o "$T" -f "ajv %e %U %S %M" node "$(dirname "$0")/ajv-validate.js" "$AJV_DIR" "$SCHEMA" "$F" >/dev/null 2>&1 || true
done
python3 - "$T" <<'P'
import sys, statistics as st
d = {}
for l in open(sys.argv[1]):
    k, e, u, s, m = l.split()
    d.setdefault(k, []).append((float(e), float(u) + float(s), int(m)))
for k, v in d.items():
    w = [x[0] for x in v]; c = [x[1] for x in v]
    print(k, 'wall median %.2f s (%.2f-%.2f) | cpu median %.2f s | max RSS %d MB'
          % (st.median(w), min(w), max(w), st.median(c), max(x[2] for x in v) // 1024))
P
