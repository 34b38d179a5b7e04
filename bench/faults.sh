#!/usr/bin/env bash
# Shows with target/atlas.jar what a run does when the machine fails under it, each with a real
# fault: a full disk (a 400 KB tmpfs holding the previous dataset; needs root, skipped otherwise),
# a run killed with SIGKILL and the run after it, and two runs into one output at once.
#
# usage: bench/faults.sh            work folder: $FAULTS_DIR (default /tmp/atlas-faults)
set -uo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/target/atlas.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
WORK=${FAULTS_DIR:-/tmp/atlas-faults}
atlas() { java -jar "$JAR" "$@"; }
show() { echo "\$ $*"; "$@"; }

rm -rf "$WORK"
mkdir -p "$WORK"
atlas bench generate --articles 1500 --seed 7 --dir "$WORK/corpus" 2>/dev/null

echo "== a full disk"
if mkdir -p "$WORK/disk" && mount -t tmpfs -o size=400k tmpfs "$WORK/disk" 2>/dev/null; then
  atlas run --quiet --input input --output "$WORK/disk/out"
  sha256sum "$WORK"/disk/out/* > "$WORK/before.sha256"
  show df -k "$WORK/disk"
  echo "\$ atlas run --input corpus --output $WORK/disk/out"
  atlas run --input "$WORK/corpus" --output "$WORK/disk/out" 2>&1 | grep -v 'files read$'
  echo "exit ${PIPESTATUS[0]}"
  show ls -A "$WORK/disk"
  sha256sum -c --quiet "$WORK/before.sha256" && echo "previous dataset: every file as it was"
  umount "$WORK/disk"
else
  echo "skipped: mounting a tmpfs needs root (CAP_SYS_ADMIN)"
fi

echo
echo "== kill -9 during a run, then the next run"
atlas run --quiet --input input --output "$WORK/out"
java -jar "$JAR" run --quiet --input "$WORK/corpus" --output "$WORK/out" &
run=$!
for _ in $(seq 1 600); do
  compgen -G "$WORK/.out.staging-*/.parts/*/part-*" > /dev/null && break
  sleep 0.1
done
kill -9 "$run"
wait "$run" 2>/dev/null
echo "killed run $run with SIGKILL while it wrote its parts"
show ls -A "$WORK"
echo "\$ atlas run --input input --output $WORK/out"
atlas run --input input --output "$WORK/out"
echo "exit $?"
show ls -A "$WORK"

echo
echo "== two runs into one output at once"
java -jar "$JAR" run --quiet --input "$WORK/corpus" --output "$WORK/out" &
first=$!
for _ in $(seq 1 600); do
  [ -e "$WORK/.out.lock" ] && break
  sleep 0.1
done
echo "\$ atlas run --input input --output $WORK/out      # while run $first writes it"
atlas run --input input --output "$WORK/out"
echo "exit $?"
wait "$first"
echo "first run: exit $?, $(grep -o '"articles" : [0-9]*' "$WORK/out/run.json")"
show ls -A "$WORK"
