#!/usr/bin/env bash
# Exports of a million strikes (README, "Export"): what a client waits for the first byte and the
# whole, and what the service holds meanwhile. Starts the packaged jar on a generated war with a
# heap capped at 128 MB (so that an export that held its rows would fail rather than grow), runs
# each export once with curl, and samples the process's RSS every half second while it streams.
#
#   ./mvnw package -DskipTests && bench/export.sh DATABASE [PORT]
#
# DATABASE is a generated war (see bench/README.md: scale 1.0 has 1,000,000 strikes). Writes
# bench/results/export-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?give the database of a generated war}"
port="${2:-18095}"
jar=target/quarkus-app/quarkus-run.jar
out="bench/results/export-$(date -u +%Y%m%dT%H%MZ).txt"
[ -f "$jar" ] || { echo "no packaged application: ./mvnw package -DskipTests first" >&2; exit 1; }

log=$(mktemp)
java -Xmx128m -Dquarkus.http.port="$port" -Dfrontline.rate-limit.enabled=false \
  -Dquarkus.datasource.reactive.url="postgresql://127.0.0.1:5432/$db" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" -jar "$jar" > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 240); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break
  kill -0 $app 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done

rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app/status"; }

{
  echo "# bench/export.sh $db, $(date -u +%FT%TZ), heap capped at 128 MB (-Xmx128m)"
  echo "strikes in the database: $(psql -h 127.0.0.1 -U postgres -d "$db" -Atc 'select count(*) from strike where retired_at is null')"
  echo "RSS before: $(rss) MB"
  for path in strikes.csv strikes.geojson 'strikes.csv?weaponKind=MISSILE&minKilled=1' sanctions.csv 'regions.geojson?on=2022-09-30'; do
    peak=0
    ( while kill -0 $app 2>/dev/null; do rss; sleep 0.5; done ) > /tmp/export-rss.$$ &
    sampler=$!
    timing=$(curl -s -o /tmp/export-body.$$ -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
      "http://127.0.0.1:$port/export/$path")
    kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
    peak=$(sort -n /tmp/export-rss.$$ | tail -1)
    lines=$(wc -l < /tmp/export-body.$$)
    read -r code first total size <<< "$timing"
    echo "/export/$path: HTTP $code, first byte after ${first} s, whole after ${total} s, $((size / 1024 / 1024)) MiB, $lines lines, peak RSS ${peak} MB"
  done
  echo "RSS after: $(rss) MB"
  echo "heap in use after a full GC: $(jcmd $app GC.run > /dev/null; jcmd $app GC.heap_info | sed -nE 's/.*used ([0-9]+)K.*/\1/p' | head -1 | awk '{print int($1/1024)}') MB"
} | tee "$out"
rm -f /tmp/export-rss.$$ /tmp/export-body.$$
echo "written to $out" >&2
