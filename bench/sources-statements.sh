#!/usr/bin/env bash
# The statements behind `sources(first: 50) { edges { node { id title publishedOn citations(first: 20) { quote } } } }`
# through pgbench, each side by side with what it replaced (issue 12): the sources page with and
# without its order index (source_newest_idx, V15_1), and the citations of its 50 sources read with
# the citation_subject view (as before) and without it (as now, when no subject field is asked for).
#
#   bench/sources-statements.sh [database] [seconds per run]
#
# The database must hold a generated war (bench/run.sh makes frontline_bench; any scale works:
#   createdb x && ./mvnw -q test-compile exec:java "-Dexec.args=jdbc:postgresql://127.0.0.1:5432/x?user=postgres 0.1 42").
# It drops source_newest_idx for one run and builds it again: use a database of your own.
set -euo pipefail
DB="${1:-frontline_bench}"
SECONDS_PER_RUN="${2:-10}"
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -Atq)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cols="s.id, s.title, s.publisher, s.published_on, s.url, s.kind, s.description"
order="coalesce(s.published_on, date '0001-01-01') desc, s.id desc"
ids="$("${PSQL[@]}" -c "select string_agg(id::text, ',') from (select s.id from source s order by $order limit 50) x")"
echo "select $cols from source s where true order by $order limit 51;" > "$work/page.sql"
lateral="select x.* from unnest('{$ids}'::bigint[]) as wanted(id) cross join lateral (select c.id as citation_id, c.quote, c.speaker"
echo "$lateral, cs.fact_kind, cs.fact_id, cs.leader_id, cs.region_id, cs.sanction_id, cs.strike_id, cs.event_id, $cols from citation c cross join lateral (select * from citation_subject v where v.citation_id = c.id limit 1) cs join source s on s.id = c.source_id where c.source_id = wanted.id order by c.id limit 20) x;" > "$work/citations-with-view.sql"
echo "$lateral, citation_fact_kind(c) as fact_kind, citation_fact_id(c) as fact_id, null::bigint as leader_id, null::bigint as region_id, null::bigint as sanction_id, null::bigint as strike_id, null::bigint as event_id, $cols from citation c join source s on s.id = c.source_id where c.source_id = wanted.id order by c.id limit 20) x;" > "$work/citations-without-view.sql"

run() {
  local result
  result="$(pgbench -h 127.0.0.1 -U postgres -n -c 4 -j 2 -T "$SECONDS_PER_RUN" -f "$work/$1" "$DB" 2>&1 | sed -nE 's/^tps = ([0-9.]+).*/\1/p')"
  printf '%-28s %-32s %10s tps\n' "$1" "$2" "$result"
}

echo "database $DB: $("${PSQL[@]}" -c "select count(*) from source") sources, $("${PSQL[@]}" -c "select count(*) from citation") citations; pgbench -c 4 -j 2 -T $SECONDS_PER_RUN"
run page.sql "with source_newest_idx"
"${PSQL[@]}" -c "drop index source_newest_idx"
run page.sql "without it (as before V15_1)"
"${PSQL[@]}" -c "create index source_newest_idx on source ((coalesce(published_on, date '0001-01-01')) desc, id desc)"
run citations-with-view.sql "as before"
run citations-without-view.sql "as now"
