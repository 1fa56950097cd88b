#!/usr/bin/env bash
# The benchmark: Frontline against PostGraphile 5 and raw SQL on a generated war (see README,
# Performance). Needs PostgreSQL on 127.0.0.1:5432 (user postgres), wrk, pgbench, npm, python3.
#   bench/run.sh            the full run (about 15 minutes)
#   bench/run.sh --quick    a short smoke run, not a result
#   bench/run.sh --help     every option
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
for tool in wrk pgbench psql npm python3; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (wrk and pgbench: apt-get install wrk postgresql-client)" >&2; exit 1; }
done
exec python3 bench/bench.py "$@"
