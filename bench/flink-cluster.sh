#!/usr/bin/env bash
# Runs Atlas against a real multi-process Flink session cluster on loopback: one JobManager and
# two TaskManagers, each its own JVM started from target/atlas.jar (which carries Flink 1.19's
# runtime), then submits the job with --flinkMaster and checks that the dataset is byte-identical
# to the DirectRunner's on the same input. The cluster is stopped on exit.
#
# With --kill-taskmanager, one TaskManager is killed with SIGKILL while the job runs: the job must
# restart its lost tasks on the TaskManager left (the restart strategy Atlas sets for Flink jobs;
# see RunCommand) and still give a dataset byte-identical to the DirectRunner's. Each TaskManager
# then has two slots, spread evenly, so the one left can take the whole job; with no INPUT_DIR a
# corpus of 3,000 generated articles is used, so the job runs long enough to be hit.
#
# usage: bench/flink-cluster.sh [--kill-taskmanager] [INPUT_DIR]        default: input
#   CLUSTER_DIR  work folder (default /tmp/atlas-flink-cluster)
#   REST_PORT    JobManager REST port (default 18081); RPC_PORT (default 16123)
#   KILL_AFTER   seconds the job runs before the kill (default 8)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$PWD/target/atlas.jar
[ -f "$JAR" ] || mvn -q -B package -DskipTests
KILL=false
if [ "${1:-}" = --kill-taskmanager ]; then
  KILL=true
  shift
fi
INPUT=${1:-}
KILL_AFTER=${KILL_AFTER:-8}
WORK=${CLUSTER_DIR:-/tmp/atlas-flink-cluster}
REST_PORT=${REST_PORT:-18081}
RPC_PORT=${RPC_PORT:-16123}
OPENS=(--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED)

SLOTS=1
if $KILL; then SLOTS=2; fi

rm -rf "$WORK"
mkdir -p "$WORK/conf" "$WORK/tmp" "$WORK/log"
if [ -z "$INPUT" ]; then
  if $KILL; then
    INPUT=$WORK/corpus
    java -jar "$JAR" bench generate --articles 3000 --seed 42 --dir "$INPUT"
  else
    INPUT=input
  fi
fi
cat > "$WORK/conf/flink-conf.yaml" <<CONF
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $RPC_PORT
jobmanager.bind-host: localhost
jobmanager.memory.process.size: 1024m
rest.address: localhost
rest.bind-address: localhost
rest.port: $REST_PORT
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $SLOTS
cluster.evenly-spread-out-slots: true
# A killed TaskManager is noticed within seconds, not after the default 50 s.
heartbeat.interval: 2000
heartbeat.timeout: 8000
# What Flink's start scripts would compute and pass; a TaskManager started by hand needs them set.
taskmanager.cpu.cores: 1.0
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.task.heap.size: 640m
taskmanager.memory.managed.size: 256m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.off-heap.size: 0m
taskmanager.memory.network.min: 64m
taskmanager.memory.network.max: 64m
taskmanager.memory.jvm-metaspace.size: 256m
taskmanager.memory.jvm-overhead.min: 192m
taskmanager.memory.jvm-overhead.max: 192m
parallelism.default: 2
classloader.resolve-order: parent-first
classloader.check-leaked-classloader: false
io.tmp.dirs: $WORK/tmp
blob.storage.directory: $WORK/tmp
CONF

pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

java "${OPENS[@]}" -Xmx512m -cp "$JAR" \
  org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$WORK/conf" \
  > "$WORK/log/jobmanager.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  # heap = framework + task heap; direct memory = framework + task off-heap + network
  java "${OPENS[@]}" -Xms768m -Xmx768m -XX:MaxDirectMemorySize=192m -XX:MaxMetaspaceSize=256m -cp "$JAR" \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$WORK/conf" \
    > "$WORK/log/taskmanager-$i.log" 2>&1 &
  pids+=($!)
done

echo "waiting for the JobManager on localhost:$REST_PORT and two TaskManagers" >&2
for _ in $(seq 1 90); do
  tms=$(curl -fsS "http://localhost:$REST_PORT/taskmanagers" 2>/dev/null | grep -o '"id"' | wc -l || true)
  [ "$tms" -ge 2 ] && break
  sleep 1
done
if [ "${tms:-0}" -lt 2 ]; then
  echo "cluster did not come up; logs in $WORK/log" >&2
  tail -n 20 "$WORK"/log/*.log >&2
  exit 1
fi
echo "cluster up: JobManager pid ${pids[0]}, TaskManagers ${pids[1]} ${pids[2]}" >&2

rm -rf "$WORK/out-cluster" "$WORK/out-direct"
start=$(date +%s.%N)
java "${OPENS[@]}" -jar "$JAR" run --input "$INPUT" --output "$WORK/out-cluster" \
  --runner=FlinkRunner --flinkMaster="localhost:$REST_PORT" --parallelism=2 ${ATLAS_FLINK_ARGS:-} &
run=$!
if $KILL; then
  for _ in $(seq 1 120); do
    curl -fsS "http://localhost:$REST_PORT/jobs/overview" 2>/dev/null | grep -q '"state":"RUNNING"' && break
    sleep 0.5
  done
  sleep "$KILL_AFTER"
  if curl -fsS "http://localhost:$REST_PORT/jobs/overview" | grep -q '"state":"RUNNING"'; then
    kill -9 "${pids[2]}"
    wait "${pids[2]}" 2>/dev/null || true
    echo "killed TaskManager ${pids[2]} (SIGKILL) while the job was running" >&2
  else
    echo "the job was no longer running after $KILL_AFTER s; no TaskManager killed (raise KILL_AFTER or the input)" >&2
    wait "$run" || true
    exit 1
  fi
fi
status=0
wait "$run" || status=$?
end=$(date +%s.%N)
job=$(curl -fsS "http://localhost:$REST_PORT/jobs/overview" | grep -o '"jid":"[^"]*"' | head -1 | cut -d'"' -f4)
state=$(curl -fsS "http://localhost:$REST_PORT/jobs/$job" | grep -o '"state":"[A-Z]*"' | head -1 | cut -d'"' -f4)
restart_strategy=$(curl -fsS "http://localhost:$REST_PORT/jobs/$job/config" | grep -o '"restart-strategy":"[^"]*"' | cut -d'"' -f4)
echo "job $job: $state; restart strategy: $restart_strategy" >&2
if $KILL; then
  # each failure the job recovered from (or died of), by exception
  curl -fsS "http://localhost:$REST_PORT/jobs/$job/exceptions" \
    | grep -o '"exceptionName":"[^"]*"' | cut -d'"' -f4 | sort | uniq -c | sed 's/^/  failure: /' >&2 || true
fi
if [ "$status" -ne 0 ]; then
  echo "the cluster run failed (exit $status)" >&2
  exit "$status"
fi
java -jar "$JAR" run --quiet --input "$INPUT" --output "$WORK/out-direct"
jobs=$(curl -fsS "http://localhost:$REST_PORT/jobs/overview" | grep -o '"state":"FINISHED"' | wc -l)
echo "jobs finished on the cluster: $jobs" >&2
# run.json names the runner; every dataset file must match the DirectRunner's.
for f in "$WORK"/out-direct/*; do
  name=$(basename "$f")
  [ "$name" = run.json ] && continue
  cmp "$f" "$WORK/out-cluster/$name"
done
awk -v s="$start" -v e="$end" -v k="$KILL" 'BEGIN { printf "cluster run %.1f s%s; dataset byte-identical to the DirectRunner'"'"'s\n", e - s, k == "true" ? " with one TaskManager killed" : "" }'
[ "$jobs" -ge 1 ]
