#!/bin/sh
# Runs every Statecraft benchmark and writes the results table (see docs/performance.md).
# Usage, from the project root: benchmarks/run.sh
# Output: benchmarks/target/results/*.json (JMH) and benchmarks/target/results/results.md.
set -eu
cd "$(dirname "$0")/.."

mvn -B -q package -pl benchmarks -am -DskipTests

JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/results
mkdir -p "$OUT"

# One JMH run per workload, so that the compared benchmarks run close together in time.
# Forks, warm-up and measurement come from the annotations (2 forks, 3 x 1 s warm-up, 4 x 1 s);
# the 100k stream, whose single operation takes seconds, gets 1 fork and fewer iterations.
for w in event kabul dossier-10k corpus-1k corpus-10k; do
  java -jar "$JAR" -prof gc -p workload="$w" -rf json -rff "$OUT/$w.json" 'DecodeBenchmark|EncodeBenchmark'
done
java -jar "$JAR" -prof gc -p workload=corpus-100k -f 1 -wi 2 -i 3 -rf json -rff "$OUT/corpus-100k.json" \
  'DecodeBenchmark|EncodeBenchmark'

# Cold start: 10 fresh JVMs per benchmark, one call each.
java -jar "$JAR" -rf json -rff "$OUT/cold-start.json" ColdStartBenchmark

java -cp "$JAR" org.statecraft.benchmarks.Report "$OUT"/*.json > "$OUT/results.md"
cat "$OUT/results.md"
