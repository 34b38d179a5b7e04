#!/usr/bin/env bash
# Benchmark: generates a seeded corpus per N, runs the plain single-threaded loop, the DirectRunner
# and the embedded FlinkRunner on it, checks each output against the generated truth (F1 must be
# 1.0) and prints one row per run: wall seconds, articles/s, MB/s, peak RSS.
#
# usage: bench/benchmark.sh [N ...]        default: 1000 10000 50000
#   BENCH_DIR   where corpora and outputs go (default /tmp/atlas-bench)
#   BENCH_MODES which runs (default "loop direct flink")
#   BENCH_HEAP  -Xmx for every run (default 1400m, the heap the 50k rows in BENCHMARKS.md fit)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/atlas.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
WORK=${BENCH_DIR:-/tmp/atlas-bench}
MODES=${BENCH_MODES:-loop direct flink}
HEAP=${BENCH_HEAP:-1400m}
mkdir -p "$WORK"
printf '%-7s %-7s %9s %11s %8s %10s  %s\n' N mode wall_s articles/s MB/s peak_RSS_MB check
for N in ${@:-1000 10000 50000}; do
  corpus="$WORK/n$N"
  if [ ! -f "$WORK/n$N.truth.tsv" ]; then
    rm -rf "$corpus"
    java -jar "$JAR" bench generate --articles "$N" --seed 42 --dir "$corpus" 2>/dev/null
  fi
  mb=$(du -sb "$corpus" | awk '{printf "%.1f", $1/1048576}')
  for mode in $MODES; do
    out="$WORK/out-$mode-$N"
    rm -rf "$out"
    case $mode in
      loop)   cmd=(java -Xmx$HEAP -jar "$JAR" bench loop --input "$corpus" --output "$out") ;;
      direct) cmd=(java -Xmx$HEAP -jar "$JAR" run --quiet --input "$corpus" --output "$out") ;;
      flink)  cmd=(java -Xmx$HEAP -jar "$JAR" run --quiet --input "$corpus" --output "$out" --runner=FlinkRunner) ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    if ! /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "${cmd[@]}" > "$WORK/log-$mode-$N.txt" 2>&1; then
      printf '%-7s %-7s FAILED: %s\n' "$N" "$mode" "$(grep -m1 -E 'atlas|Error' "$WORK/log-$mode-$N.txt")"
      continue
    fi
    read -r wall rss < <(tail -n 1 "$WORK/time.txt")
    check=$(java -jar "$JAR" bench check --truth "$WORK/n$N.truth.tsv" --output "$out" | sed 's/ (tp.*//')
    awk -v n="$N" -v m="$mode" -v w="$wall" -v r="$rss" -v mb="$mb" -v c="$check" \
      'BEGIN { printf "%-7s %-7s %9.1f %11.0f %8.2f %10.0f  %s\n", n, m, w, n / w, mb / w, r / 1024, c }'
  done
done
