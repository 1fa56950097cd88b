#!/usr/bin/env python3
"""The compiled read path against SmallRye's, on one running jar, alternated in one sitting.

    python3 bench/compiled_ab.py --port 18212 --db frontline_wt12 [--seconds 15] [--rounds 2] [--warmup 30]

Start the packaged jar first with FRONTLINE_COMPILED_READS_ENABLED=true (and the rate limit off), on
a generated war. Each query is sent the same way both times; the header Frontline-Compiled: off
makes the service answer it by SmallRye's path, so both paths run in the same JVM, equally warm.
For each query: a warm-up of both paths, then `rounds` pairs of wrk runs (-t2 -c16), the order
within a pair swapped each round, each with the JVM's CPU and PostgreSQL's per request (/proc).
Checks first that both paths give the same bytes for each query. Prints a Markdown table.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
from cpu import cpu_seconds, postgres_seconds  # noqa: E402

BYPASS = "Frontline-Compiled: off"


def queries(db):
    strike = bench.psql("select percentile_disc(0.5) within group (order by id) from strike", db)
    district = bench.psql("select r.parent_id from strike s join region r on r.id = s.region_id where r.kind = 'SETTLEMENT'"
                          " group by r.parent_id order by count(*) desc, r.parent_id limit 1", db)
    disputed = bench.psql("select strike_id from attribution group by 1 order by count(*) desc, 1 limit 1", db)
    text = lambda name: open(os.path.join(bench.BENCH, "queries", f"{name}.frontline.graphql")).read()
    deep = ("query S($id: ID!) { strike(id: $id) { id occurredOn weaponKind weapon target killed killedQualifier injured"
            " injuredQualifier latitude longitude region { id name kind } weaponSupplier { name }"
            " casualtyReports { id killed injured reportedBy reportedOn sources { quote source { title publishedOn } } }"
            " attributions { id status claimedBy attributedTo { name } sources { quote source { title } } }"
            " sources { quote speaker source { title publisher publishedOn url } } } }")
    region = ("query R($id: ID!) { region(id: $id) { id name kind names latitude longitude parent { id name }"
              " children(first: 20) { id name kind } strikes(first: 10) { id occurredOn weaponKind killed injured }"
              " strikeTotals { strikes killed killedQualifier injured injuredQualifier } sources { quote source { title } } } }")
    return {
        "a": ("(a) one strike by id", {"query": text("a"), "variables": {"id": strike}}),
        "c": ("(c) 20 settlements with their 10 latest strikes and totals", {"query": text("c"), "variables": {"parent": district}}),
        "strike-deep": ("a disputed strike with region, supplier, reports, attributions and their sources",
                        {"query": deep, "variables": {"id": disputed}}),
        "region-deep": ("the busiest district with parent, children, latest strikes, totals and sources",
                        {"query": region, "variables": {"id": district}}),
    }


def post(port, body, bypass):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    if bypass:
        request.add_header(*BYPASS.split(": "))
    with urllib.request.urlopen(request) as response:
        return response.read()


def wrk(port, body_file, seconds, bypass):
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "-s", os.path.join(bench.BENCH, "wrk", "graphql.lua")]
    if bypass:
        command += ["-H", BYPASS]
    result = subprocess.run(command + [f"http://127.0.0.1:{port}/graphql"], env={**os.environ, "BODY": body_file},
                            capture_output=True, text=True, check=True)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "p50_ms": r["p50_us"] / 1000, "p99_ms": r["p99_us"] / 1000,
            "errors": r["errors"] + r["non_200"] + r["socket_errors"], "requests": r["requests"]}


def measured(pid, port, body_file, seconds, bypass):
    api_before, pg_before = cpu_seconds(pid), postgres_seconds()
    result = wrk(port, body_file, seconds, bypass)
    api, pg = cpu_seconds(pid) - api_before, postgres_seconds() - pg_before
    result["jvm_ms"] = 1000 * api / max(result["requests"], 1)
    result["pg_ms"] = 1000 * pg / max(result["requests"], 1)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pid", type=int, required=True, help="the jar's process id")
    parser.add_argument("--port", type=int, default=18212)
    parser.add_argument("--db", default="frontline_wt12")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--only", default=None, help="comma-separated query names")
    args = parser.parse_args()
    pid = args.pid
    chosen = queries(args.db)
    names = args.only.split(",") if args.only else list(chosen)
    rows = []
    for name in names:
        what, body = chosen[name]
        compiled, plain = post(args.port, body, False), post(args.port, body, True)
        if compiled != plain or b'"errors"' in compiled:
            raise SystemExit(f"{name}: the two paths answer differently, or with errors:\n{compiled[:300]}\n{plain[:300]}")
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(body, f)
            body_file = f.name
        for bypass in (False, True):
            wrk(args.port, body_file, args.warmup, bypass)
        runs = {False: [], True: []}
        for i in range(args.rounds):
            for bypass in ((False, True) if i % 2 == 0 else (True, False)):
                r = measured(pid, args.port, body_file, args.seconds, bypass)
                runs[bypass].append(r)
                bench.log(f"{name} {'SmallRye' if bypass else 'compiled'}: {r['rps']:.0f} req/s, p50 {r['p50_ms']:.1f} ms, p99 "
                          f"{r['p99_ms']:.1f} ms, JVM {r['jvm_ms']:.2f} ms, PostgreSQL {r['pg_ms']:.2f} ms per request, errors {r['errors']}")
        rows.append((name, what, len(compiled), runs))
        os.unlink(body_file)
    print(f"\nload average: {open('/proc/loadavg').read().split()[:3]}\n")
    print("| query | answer bytes | path | req/s per run | p50 / p99 ms (mean) | JVM CPU ms/request | PostgreSQL CPU ms/request |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, what, size, runs in rows:
        for bypass in (True, False):
            rs = runs[bypass]
            mean = lambda key: sum(r[key] for r in rs) / len(rs)
            listed = lambda key, digits: ", ".join(f"{r[key]:.{digits}f}" for r in rs)
            path = "SmallRye" if bypass else "compiled"
            print(f"| {what} | {size} | {path} | {listed('rps', 0)} | {mean('p50_ms'):.1f} / {mean('p99_ms'):.1f} |"
                  f" {listed('jvm_ms', 2)} | {listed('pg_ms', 2)} |")


if __name__ == "__main__":
    main()
