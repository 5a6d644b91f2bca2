#!/bin/bash
# Two commands alternated N times in one run (this machine's speed drifts over minutes, so each pair of runs shares
# its conditions): medians of wall and CPU time, the largest RSS, and the ratio of the medians (second / first).
# A command that fails stops the script. Not part of the build.
#   usage: alternate.sh N 'BASELINE COMMAND' 'MEASURED COMMAND'
#   e.g.   alternate.sh 7 'java -Xmx256m -jar catalog-cli/target/catalog.jar validate old.json >/dev/null; java … validate new.json >/dev/null' \
#                         'java -Xmx256m -jar catalog-cli/target/catalog.jar diff old.json new.json >/dev/null'
# (exit code 1 of validate, diff, patch or merge, "problems found", "different", "conflicts", is not a failure here)
set -uo pipefail
N=$1; BASE=$2; MEASURED=$3
T=$(mktemp)
run() {
  local label=$1 cmd=$2
  /usr/bin/time -a -o "$T" -f "$label %e %U %S %M" bash -c "$cmd" >/dev/null 2>&1
  local rc=$?
  if [ "$rc" -gt 1 ]; then echo "$label failed (exit $rc): $cmd" >&2; exit 2; fi
}
for i in $(seq "$N"); do
  run baseline "$BASE"
  run measured "$MEASURED"
done
python3 - "$T" <<'P'
import sys, statistics as st
d = {}
for l in open(sys.argv[1]):
    p = l.split()
    if len(p) != 5 or p[0] not in ('baseline', 'measured'):
        continue  # "Command exited with non-zero status 1"
    k, e, u, s, m = p
    d.setdefault(k, []).append((float(e), float(u) + float(s), int(m)))
for k in ('baseline', 'measured'):
    v = d[k]; w = [x[0] for x in v]; c = [x[1] for x in v]
    print('%-8s wall median %.2f s (%.2f-%.2f) | cpu median %.2f s | max RSS %d MB | %d runs'
          % (k, st.median(w), min(w), max(w), st.median(c), max(x[2] for x in v) // 1024, len(v)))
print('ratio (measured / baseline, wall medians): %.2f' % (st.median([x[0] for x in d['measured']]) / st.median([x[0] for x in d['baseline']])))
P
rm -f "$T"
