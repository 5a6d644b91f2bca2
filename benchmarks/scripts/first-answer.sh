#!/bin/bash
# Time to a first answer: `catalog deadline …` and `catalog validate` of the county sample, with and without the
# class-data archive made at build time (catalog-cli/target/catalog.jsa), next to a hello-world JVM (a one-class jar
# compiled here), all alternated N times in one run; medians and their ratio to hello world. Not part of the build.
# With BASE, the target folder of another build (git worktree add /tmp/base COMMIT; mvn -f /tmp/base package
# -DskipTests), that build's answers with its own archive are alternated in the same run.
#   usage: first-answer.sh N [BASE]        (after mvn package)
set -euo pipefail
N=${1:-11}
BASE=${2:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$ROOT/catalog-cli/target/catalog.jar
JSA=$ROOT/catalog-cli/target/catalog.jsa
SAMPLE=$ROOT/examples/catalogs/county-sample.json
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$W/Hello.java"
javac -d "$W" "$W/Hello.java" && (cd "$W" && jar cfe hello.jar Hello Hello.class)
T=$W/times
run() { # wall time in milliseconds, from bash's clock (finer than /usr/bin/time's hundredths)
  local label=$1; shift
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 || true
  local end=$EPOCHREALTIME
  echo "$label $start $end" >> "$T"
}
for i in $(seq "$N"); do
  run hello java -jar "$W/hello.jar"
  run deadline java -jar "$JAR" deadline 信息形成之日起20个工作日内 --from 2025-09-26
  run deadline+cds java -XX:SharedArchiveFile="$JSA" -Xlog:disable -jar "$JAR" deadline 信息形成之日起20个工作日内 --from 2025-09-26
  run validate java -jar "$JAR" validate "$SAMPLE"
  run validate+cds java -XX:SharedArchiveFile="$JSA" -Xlog:disable -jar "$JAR" validate "$SAMPLE"
  if [ -n "$BASE" ]; then
    run base-deadline+cds java -XX:SharedArchiveFile="$BASE/catalog.jsa" -Xlog:disable -jar "$BASE/catalog.jar" deadline 信息形成之日起20个工作日内 --from 2025-09-26
    run base-validate+cds java -XX:SharedArchiveFile="$BASE/catalog.jsa" -Xlog:disable -jar "$BASE/catalog.jar" validate "$SAMPLE"
  fi
done
python3 - "$T" <<'P'
import sys, statistics as st
d = {}
for l in open(sys.argv[1]):
    p = l.split()
    if len(p) == 3:
        d.setdefault(p[0], []).append(float(p[2].replace(',', '.')) - float(p[1].replace(',', '.')))
h = st.median(d['hello'])
for k in ('hello', 'deadline', 'deadline+cds', 'validate', 'validate+cds', 'base-deadline+cds', 'base-validate+cds'):
    if k not in d:
        continue
    v = d[k]
    print('%-17s median %3.0f ms (%3.0f-%3.0f) | %.1fx hello world | %d runs' % (k, 1000 * st.median(v), 1000 * min(v), 1000 * max(v), st.median(v) / h, len(v)))
P
