#!/usr/bin/env bash
# Writes the atlas report page of a dataset and renders it with headless Chromium to a PNG, the way
# a person opening the file from disk would see it (networking off, a fresh profile).
#
# usage: bench/report-screenshot.sh [DATASET_OR_INPUT [PREVIOUS_DATASET_OR_INPUT]]   default: input
#   A folder holding run.json is used as a dataset; any other folder is read with atlas run first
#   (into WORK/<folder name>). With a second folder the page compares against it (--previous).
#   PNG     the screenshot (default bench/report.png)
#   WINDOW  the window size (default 1280,2400)
#   WORK    work folder (default /tmp/atlas-report-screenshot); the page is WORK/report.html
# bench/report.png is: bench/report-screenshot.sh src/test/resources/fixtures/months/2026-11 src/test/resources/fixtures/months/2026-10
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/target/atlas.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || { echo "report-screenshot: $CHROMIUM not found (apt-get install chromium)" >&2; exit 2; }
PNG=${PNG:-bench/report.png}
case "$PNG" in /*) ;; *) PNG=$PWD/$PNG ;; esac
WINDOW=${WINDOW:-1280,2400}
WORK=${WORK:-/tmp/atlas-report-screenshot}
rm -rf "$WORK"
mkdir -p "$WORK"

# Prints the dataset folder for $1: $1 itself when it is a dataset, else a fresh run on it.
dataset() {
  if [ -f "$1/run.json" ]; then
    echo "$1"
  else
    local out
    out="$WORK/$(basename "$1")"
    java -jar "$JAR" run --input "$1" --output "$out" --quiet
    echo "$out"
  fi
}

DATASET=$(dataset "${1:-input}")
ARGS=("$DATASET" --output "$WORK/report.html")
if [ $# -ge 2 ]; then
  ARGS+=(--previous "$(dataset "$2")")
fi
java -jar "$JAR" report "${ARGS[@]}"

PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$PROFILE" --window-size="$WINDOW" \
  --virtual-time-budget=5000 --screenshot="$PNG" "file://$WORK/report.html" 2>/dev/null
echo "report-screenshot: $PNG"
