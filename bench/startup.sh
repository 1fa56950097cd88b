#!/usr/bin/env bash
# Start-up and memory of the packaged JVM application, run the way the container runs it.
#
#   ./mvnw package -DskipTests && bench/startup.sh
#
# 1. Makes sure the database exists and is migrated (a separate run of the application with
#    QUARKUS_INIT_AND_EXIT=true, as the Kubernetes Job does), so that start-up is measured against
#    an already-migrated database. Like the image build, it then writes the class-data-sharing
#    archive (deploy/run-java.sh --dump-cds).
# 2. Starts target/quarkus-app through deploy/run-java.sh, the container's own start script, with
#    -XX:MaxRAM set to the container's memory limit so that the JVM sizes its heap as it would there.
# 3. Reports the time from launch to the first 200 from /q/health/ready, and the CPU time the
#    process used until then (which depends less on what else the machine is doing); RSS when
#    idle; RSS after 10,000 GraphQL requests (ab, 16 keep-alive connections, a three-level read:
#    strikes with their regions and sources).
# Writes the figures to bench/results/startup-<time>.txt and prints them.
#
# Environment: FRONTLINE_BENCH_DB (database, default frontline_startup; created if missing),
# FRONTLINE_BENCH_PGHOST / _PGPORT / _PGUSER (default 127.0.0.1, 5432, postgres),
# FRONTLINE_BENCH_PORT (HTTP port, default 18090), FRONTLINE_BENCH_MEMORY (the container's memory
# limit, default 512m as in deploy/k8s), FRONTLINE_BENCH_MIGRATE_AT_START (default true, the
# application's default; false is how the production Deployment runs), FRONTLINE_BENCH_RUNS
# (start-ups to time, default 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

db="${FRONTLINE_BENCH_DB:-frontline_startup}"
pghost="${FRONTLINE_BENCH_PGHOST:-127.0.0.1}"
pgport="${FRONTLINE_BENCH_PGPORT:-5432}"
pguser="${FRONTLINE_BENCH_PGUSER:-postgres}"
port="${FRONTLINE_BENCH_PORT:-18090}"
memory="${FRONTLINE_BENCH_MEMORY:-512m}"
migrate="${FRONTLINE_BENCH_MIGRATE_AT_START:-true}"
runs="${FRONTLINE_BENCH_RUNS:-5}"
requests=10000
app=target/quarkus-app

for tool in curl ab psql; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install curl apache2-utils postgresql-client)" >&2; exit 1; }
done
[ -f "$app/quarkus-run.jar" ] || { echo "no $app/quarkus-run.jar: run ./mvnw package -DskipTests first" >&2; exit 1; }

export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$pghost:$pgport/$db"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pghost:$pgport/$db"
export QUARKUS_DATASOURCE_USERNAME="$pguser"
export QUARKUS_HTTP_PORT="$port"
export APP_HOME="$PWD/$app"
export JAVA_OPTS="-XX:MaxRAM=$memory ${JAVA_OPTS:-}"

if ! psql -h "$pghost" -p "$pgport" -U "$pguser" -d postgres -tAc "select 1 from pg_database where datname = '$db'" | grep -q 1; then
  psql -h "$pghost" -p "$pgport" -U "$pguser" -d postgres -qc "create database $db"
fi
QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=true deploy/run-java.sh >/dev/null
rm -f "$app/app-cds.jsa"
deploy/run-java.sh --dump-cds >/dev/null

work="$(mktemp -d)"
pid=""
stop() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}
trap 'stop; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Starts the application; sets pid, ready_ms (launch to the first 200 from /q/health/ready) and
# cpu_ms (user and system CPU time the process used until then).
start() {
  local t0
  t0="$(now_ms)"
  QUARKUS_FLYWAY_MIGRATE_AT_START="$migrate" deploy/run-java.sh >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "the application exited" >&2; exit 1; }
    sleep 0.01
  done
  ready_ms=$(( $(now_ms) - t0 ))
  cpu_ms="$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
times=()
cpus=()
for i in $(seq 1 "$runs"); do
  start
  times+=("$ready_ms")
  cpus+=("$cpu_ms")
  [ "$i" -lt "$runs" ] && stop
done
started_in="$(sed -nE 's/.*started in ([0-9.]+s).*/\1/p' "$work/app.log")"

sleep 2
rss_idle="$(rss_mb "$pid")"
printf '%s' '{"query":"{ strikes(first: 10) { edges { node { id killed injured region { name } sources { quote } } } } }"}' >"$work/query.json"
ab -q -k -n "$requests" -c 16 -p "$work/query.json" -T application/json "http://127.0.0.1:$port/graphql" >"$work/ab.txt"
rss_after="$(rss_mb "$pid")"
field() { sed -nE "s/^$1: *([0-9.]+).*/\\1/p" "$work/ab.txt"; }
heap="$(java -XX:MaxRAM="$memory" -XX:MaxRAMPercentage="${FRONTLINE_HEAP_PERCENT:-50}" -XX:+UseSerialGC \
  -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize / { printf "%d MB", $4 / 1048576 }')"

mkdir -p bench/results
out="bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "Frontline start-up and memory, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
  echo "java: $(java -version 2>&1 | head -n 1)"
  echo "run as: deploy/run-java.sh with -XX:MaxRAM=$memory (the container limit), max heap $heap, class-data-sharing archive, migrate at start $migrate"
  echo "time to ready, launch to first 200 from /q/health/ready, $runs runs: median $(median "${times[@]}") ms (all: ${times[*]})"
  echo "CPU time used until ready: median $(median "${cpus[@]}") ms (all: ${cpus[*]})"
  echo "Quarkus' own 'started in', last run: $started_in"
  echo "RSS idle: $rss_idle MB"
  echo "RSS after $(field 'Complete requests') requests (ab, 16 connections, $(field 'Requests per second') req/s, failed $(field 'Failed requests'), non-2xx $(n="$(field 'Non-2xx responses')"; echo "${n:-0}")): $rss_after MB"
} | tee "$out"
echo "written to $out"
