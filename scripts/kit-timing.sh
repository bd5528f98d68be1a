#!/usr/bin/env bash
# Wall time of the whole kit on the bundled InMemoryLogStore, default and deep settings, through
# the standalone console runner (JVM start-up included, Maven excluded). Prints each run and the
# medians. Usage: scripts/kit-timing.sh [runs]   (build first: mvn -B -q install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$(ls tck/target/raftlog-tck-*-standalone.jar | head -1)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for setting in default deep; do
  times=()
  for i in $(seq "$runs"); do
    start=$(date +%s%N)
    java -Draftlog.seed=$i -jar "$jar" --store in-memory --tries "$setting" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  echo "$setting: runs (ms) ${times[*]}; median $(printf '%s\n' "${times[@]}" | median) ms"
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
