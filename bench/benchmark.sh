#!/usr/bin/env bash
# Benchmark: generates a seeded corpus per N, runs the plain single-threaded loop, the DirectRunner
# and the embedded FlinkRunner on it with the README's own command form (no JVM flags), checks each
# dataset against the generated truth (F1 must be 1.0) and prints one row per run: wall seconds,
# articles/s, MB/s, cores used ((user + sys) / wall, over every process of the run) and peak RSS.
# It also times the README's run command on the five samples (startup).
#
# usage: bench/benchmark.sh [N ...]        default: 1000 10000 20000 50000 200000
#   BENCH_DIR   where corpora and outputs go (default /tmp/atlas-bench)
#   BENCH_MODES which runs (default "loop direct flink")
#   BENCH_KEEP  1 keeps each corpus after its runs (default: a corpus over 20,000 articles is
#               deleted after its runs; the 200k corpus takes about 2.5 GB)
#   JAVA_OPTS   extra JVM flags for every run (default none: the command as users type it)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/atlas.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
WORK=${BENCH_DIR:-/tmp/atlas-bench}
MODES=${BENCH_MODES:-loop direct flink}
read -r -a OPTS <<< "${JAVA_OPTS:-}"
mkdir -p "$WORK"

# timed NAME CMD...: runs CMD under GNU time; sets WALL, CPU (user+sys s) and RSS (KB, the largest process).
timed() {
  local log=$WORK/log-$1.txt; shift
  if ! /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$@" > "$log" 2>&1; then
    echo "FAILED: $(grep -m1 -E 'atlas|Error|Exception' "$log")"
    return 1
  fi
  read -r WALL USER SYS RSS < <(tail -n 1 "$WORK/time.txt")
  CPU=$(awk -v u="$USER" -v s="$SYS" 'BEGIN { printf "%.1f", u + s }')
}

printf 'startup: '
timed samples java "${OPTS[@]}" -jar "$JAR" run --quiet --input input --output "$WORK/out-samples" || true
printf '5 samples, README run command: %.2f s wall, %.1f s cpu, %.0f MB peak RSS\n\n' "$WALL" "$CPU" "$(echo "$RSS / 1024" | bc -l)"

printf '%-7s %-7s %9s %11s %8s %6s %10s  %s\n' N mode wall_s articles/s MB/s cores peak_RSS_MB check
for N in ${@:-1000 10000 20000 50000 200000}; do
  corpus="$WORK/n$N"
  if [ ! -f "$WORK/n$N.truth.tsv" ] || [ ! -d "$corpus" ]; then
    rm -rf "$corpus"
    java -jar "$JAR" bench generate --articles "$N" --seed 42 --dir "$corpus" 2>/dev/null
  fi
  mb=$(du -sb "$corpus" | awk '{printf "%.1f", $1/1048576}')
  for mode in $MODES; do
    out="$WORK/out-$mode-$N"
    rm -rf "$out"
    case $mode in
      loop)   cmd=(java "${OPTS[@]}" -jar "$JAR" bench loop --input "$corpus" --output "$out") ;;
      direct) cmd=(java "${OPTS[@]}" -jar "$JAR" run --quiet --input "$corpus" --output "$out") ;;
      flink)  cmd=(java "${OPTS[@]}" -jar "$JAR" run --quiet --input "$corpus" --output "$out" --runner=FlinkRunner) ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    if ! timed "$mode-$N" "${cmd[@]}"; then
      printf '%-7s %-7s FAILED (see %s)\n' "$N" "$mode" "$WORK/log-$mode-$N.txt"
      continue
    fi
    check=$(java -jar "$JAR" bench check --truth "$WORK/n$N.truth.tsv" --output "$out" | sed 's/ (tp.*//')
    awk -v n="$N" -v m="$mode" -v w="$WALL" -v c="$CPU" -v r="$RSS" -v mb="$mb" -v k="$check" \
      'BEGIN { printf "%-7s %-7s %9.1f %11.0f %8.2f %6.2f %10.0f  %s\n", n, m, w, n / w, mb / w, c / w, r / 1024, k }'
  done
  if [ -d "$WORK/out-direct-$N" ] && [ -d "$WORK/out-flink-$N" ]; then
    for f in mentions.csv projects.csv projects.json articles.csv rejected.csv stars_history.csv; do
      cmp -s "$WORK/out-direct-$N/$f" "$WORK/out-flink-$N/$f" || echo "        direct and flink differ in $f"
    done
  fi
  rm -rf "$WORK"/out-*-"$N"
  if [ "${BENCH_KEEP:-0}" != 1 ] && [ "$N" -gt 20000 ]; then
    rm -rf "$corpus" "$WORK/n$N.truth.tsv"
  fi
done
