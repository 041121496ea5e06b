#!/usr/bin/env bash
# Whole-site build benchmark for the Kommunefakta generator, measured from outside the JVM:
# wall time of `render` including JVM start, data load, rendering and writing every file,
# pages per second, and the weight (HTML + CSS) of kommune pages.
#
#   ./mvnw -B -ntp -pl site/generator -am package -DskipTests && site/generator/bench.sh
#
# RUNS=n repeats the build (default 3). JAVA_OPTS overrides the JVM flags.
set -euo pipefail
cd "$(dirname "$0")"
JAR=target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ]; then
  echo "Build first: ./mvnw -B -ntp -pl site/generator -am package -DskipTests" >&2
  exit 1
fi
OUT=$PWD/target/bench-site
RUNS=${RUNS:-3}
# C1 only: a short-lived batch job is faster without C2 compiler threads competing for 2 cores. The class-data sharing
# archive of a whole render is made by the package build (exec cds-archive in pom.xml), as ./mvnw -Plocal uses it.
# The JVM runs inside target/quarkus-app: the archive names the jar relative to that folder. Survivors of a young
# collection go straight to the old generation: what survives is the loaded data, which lives to the end; copying it
# between survivor spaces cost ~100 ms of single-threaded pauses per render (docs/benchmarks.md §15).
CDS=""
if [ -f target/quarkus-app/app-cds.jsa ]; then CDS="-XX:SharedArchiveFile=app-cds.jsa"; fi
JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=0 $CDS}
echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg), java: $(java -version 2>&1 | head -1), flags: $JAVA_OPTS"
best=0
walls=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd target/quarkus-app && /usr/bin/time -f "%U %S" -o ../bench-cpu.txt java $JAVA_OPTS -jar quarkus-run.jar render --offline "$OUT" > ../bench-render.log 2>&1)
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  read -r usr sys < target/bench-cpu.txt
  if grep -q "shared archive" target/bench-render.log; then echo "note: $(grep -m1 'shared archive' target/bench-render.log)"; fi
  pages=$(grep -o 'Ferdig: [0-9]* sider' target/bench-render.log | grep -o '[0-9]*')
  files=$(grep -o 'sider, [0-9]* filer' target/bench-render.log | grep -o '[0-9]*')
  echo "run $i: ${ms} ms wall (JVM start included), ${pages} HTML pages + $(( files - pages )) other files, $(( pages * 1000 / ms )) pages/s, CPU ${usr} s user + ${sys} s sys"
  if [ "$best" -eq 0 ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  walls+=("$ms")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}')
css=$(stat -c %s "$OUT/assets/site.css")
oslo=$(stat -c %s "$OUT/kommune/oslo/index.html")
read -r max maxside < <(for f in "$OUT"/kommune/*/index.html; do echo "$(stat -c %s "$f") $f"; done | sort -n | tail -1)
sum=0; n=0
for f in "$OUT"/kommune/*/index.html; do sum=$(( sum + $(stat -c %s "$f") )); n=$(( n + 1 )); done
echo "median wall: ${median} ms over ${RUNS} runs (budget 5000 ms), best ${best} ms"
echo "kommune page weight HTML+CSS: Oslo $(( (oslo + css) )) B, heaviest $(( max + css )) B (${maxside#"$OUT"/}), mean $(( sum / n + css )) B over $n pages (CSS ${css} B)"
echo "site: $(du -sh "$OUT" | cut -f1), load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
