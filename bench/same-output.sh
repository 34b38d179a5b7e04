#!/usr/bin/env bash
# Checks that two builds write byte-identical datasets: runs `atlas bench loop` with each jar on
# every input folder and compares mentions.csv, projects.csv, projects.json, articles.csv,
# rejected.csv and stars_history.csv with cmp. The first jar's datasets are kept under
# SAME_OUTPUT_CACHE (default /tmp/same-output) keyed by jar checksum and folder, so a reference is
# made once. With SAME_OUTPUT_EXPLAIN=1 it also compares `atlas explain` on every file of the
# folders under 200 files.
#
# usage: bench/same-output.sh BASE_JAR NEW_JAR DIR...      exit 0 when every folder is identical
set -uo pipefail
[ $# -ge 3 ] || { echo "usage: $0 BASE_JAR NEW_JAR DIR..." >&2; exit 2; }
base=$1; new=$2; shift 2
cache=${SAME_OUTPUT_CACHE:-/tmp/same-output}
tables="mentions.csv projects.csv projects.json articles.csv rejected.csv stars_history.csv"
heap=${SAME_OUTPUT_HEAP:-1400m}

dataset() {  # jar dir out
  [ -f "$3/mentions.csv" ] && return 0
  rm -rf "$3"; mkdir -p "$(dirname "$3")"
  java -Xmx$heap -jar "$1" bench loop --input "$2" --output "$3" > "$3.log" 2>&1 \
    || { echo "FAILED: $1 on $2 (see $3.log)" >&2; return 1; }
}

explain_all() {  # jar dir out
  [ -f "$3" ] && return 0
  : > "$3.tmp"
  for f in "$2"/*; do
    [ -f "$f" ] || continue
    { echo "== $(basename "$f")"; java -jar "$1" explain "$f" 2>&1; echo "exit $?"; } >> "$3.tmp"
  done
  mv "$3.tmp" "$3"
}

bad=0
base_key=$(sha256sum "$base" | cut -c1-12)
new_key=new-$$
for dir in "$@"; do
  dir=$(realpath "$dir")
  key=$(echo "$dir" | sha256sum | cut -c1-12)-$(basename "$dir")
  ref="$cache/$base_key/$key"; out="$cache/$new_key/$key"
  dataset "$base" "$dir" "$ref" && dataset "$new" "$dir" "$out" || { bad=1; continue; }
  diffs=""
  for t in $tables; do
    cmp -s "$ref/$t" "$out/$t" || diffs="$diffs $t"
  done
  if [ "${SAME_OUTPUT_EXPLAIN:-0}" = 1 ] && [ "$(ls "$dir" | wc -l)" -lt 200 ]; then
    explain_all "$base" "$dir" "$ref.explain"; explain_all "$new" "$dir" "$out.explain"
    cmp -s "$ref.explain" "$out.explain" || diffs="$diffs explain"
  fi
  if [ -z "$diffs" ]; then
    echo "same       $dir ($(($(wc -l < "$out/mentions.csv") - 1)) mentions)"
  else
    echo "DIFFERENT  $dir:$diffs  (diff $ref $out)"; bad=1
  fi
done
[ $bad = 0 ] && rm -rf "${cache:?}/$new_key"
exit $bad
