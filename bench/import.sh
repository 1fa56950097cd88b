#!/usr/bin/env bash
# Times the ACLED import of N rows (default 1,000,000) into a fresh, migrated database, with the
# packaged jar as a user runs it (README, Import). Needs PostgreSQL on 127.0.0.1:5432 (user
# postgres), python3, and the jar: ./mvnw -B -o package -DskipTests -Dfrontline.page.skip=true
#   bench/import.sh [ROWS]
# The file goes to /tmp, the database is frontline_import_bench (or FRONTLINE_IMPORT_BENCH_DB; dropped and made again), and the
# command's whole output, with the machine's load before and after, to bench/results/import-<time>.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rows="${1:-1000000}"
file="/tmp/frontline-acled-${rows}.csv"
db=${FRONTLINE_IMPORT_BENCH_DB:-frontline_import_bench}
out="bench/results/import-$(date -u +%Y%m%dT%H%MZ).txt"
[ -f "$file" ] || python3 bench/acled_rows.py "$file" "$rows"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
# Migrated first, so that the time is the import's alone.
FRONTLINE_DB=127.0.0.1:5432/$db java -jar target/quarkus-app/quarkus-run.jar import acled /dev/null >/dev/null 2>&1 || true
{
  echo "# bench/import.sh $rows on $(nproc) cores, $(date -u +%FT%TZ); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# FRONTLINE_DB=127.0.0.1:5432/$db java -jar target/quarkus-app/quarkus-run.jar import acled $file --as bench"
  start=$(date +%s.%N)
  FRONTLINE_DB=127.0.0.1:5432/$db java -jar target/quarkus-app/quarkus-run.jar import acled "$file" --as bench 2>&1 | grep -v '^  line '
  echo "# wall clock: $(echo "$(date +%s.%N) - $start" | bc) s; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
psql -h 127.0.0.1 -U postgres -qc "drop database $db with (force)"
