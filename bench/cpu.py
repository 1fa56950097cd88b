#!/usr/bin/env python3
"""CPU time per request, split between the API's process and PostgreSQL, for Frontline and PostGraphile.

    python3 bench/cpu.py c [seconds] [--runs N] [--only frontline] [--jar path/to/quarkus-run.jar]

Run after bench/run.sh has made the database and the request bodies. Starts both systems as
bench/run.sh does, warms each up as it does (until the rate stops climbing), then drives each
with wrk (concurrency 16) while reading the CPU time (/proc/<pid>/stat, user + system) of the
API's process and of every PostgreSQL process. On a shared two-core machine req/s moves with whatever else runs; CPU milliseconds per request move far
less, so this is the figure to compare when one change is measured against another. It also shows
how much of each system's request is the database's work and how much its own.
Writes bench/results/raw/cpu-<query>.json.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User plus system time of one process (all its threads), in seconds; 0 if it has gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def postgres_pids():
    result = subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True)
    return [int(p) for p in result.stdout.split()]


def postgres_seconds():
    return sum(cpu_seconds(pid) for pid in postgres_pids())


def measure(pid, port, body, seconds):
    """One wrk run with the CPU each side used during it. PostgreSQL's backends stay open across the
    run (both systems pool their connections), so summing every postgres process before and after
    counts their work; a backend that starts during the run is counted from zero."""
    api_before, pg_before = cpu_seconds(pid), postgres_seconds()
    result = bench.wrk(port, body, seconds)
    api, pg = cpu_seconds(pid) - api_before, postgres_seconds() - pg_before
    requests = result["requests"]
    return {"rps": round(result["rps"], 1), "p50_ms": result["p50_ms"], "errors": result["errors"], "requests": requests,
            "api_cpu_ms_per_request": round(1000 * api / requests, 3),
            "postgres_cpu_ms_per_request": round(1000 * pg / requests, 3)}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("query", help="a, b, c, d or e")
    parser.add_argument("seconds", type=int, nargs="?", default=20, help="length of each measured run")
    parser.add_argument("--runs", type=int, default=1, help="measured runs per system, one after another")
    parser.add_argument("--only", choices=["frontline", "postgraphile"], help="measure one system")
    parser.add_argument("--jar", help="the Frontline jar to run (default: this checkout's, packaged if stale); "
                                      "to compare two builds, run this once with each and alternate")
    args = parser.parse_args()
    name = args.query
    java = os.environ.get("FRONTLINE_BENCH_JAVA", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    systems = {}
    if args.only != "postgraphile":
        frontline = bench.start_frontline(args.jar or bench.ensure_jar(), java, os.environ.get("FRONTLINE_BENCH_GC", ""),
                                          os.environ.get("FRONTLINE_BENCH_MEMORY", "512m"),
                                          os.environ.get("FRONTLINE_BENCH_JVM_OPTIONS", "").split())
        systems["frontline"] = (frontline.pid, bench.FRONTLINE_PORT)
    if args.only != "frontline":
        peer = bench.start_postgraphile(bench.ensure_peer())
        systems["postgraphile"] = (peer.pid, bench.PEER_PORT)
    results = {}
    try:
        for system, (pid, port) in systems.items():
            body = os.path.join(bench.RAW, "bodies", f"{name}.{system}.json")
            warmed = bench.warm_up(port, body, 20, 120)
            bench.log(f"({name}) {system} warmed up for {warmed} s")
            results[system] = []
            for _ in range(args.runs):
                results[system].append(measure(pid, port, body, args.seconds))
                bench.log(f"({name}) {system}: {json.dumps(results[system][-1])}")
    finally:
        for process in bench.started_processes:
            process.terminate()
            process.wait(timeout=30)
    with open(os.path.join(bench.RAW, f"cpu-{name}.json"), "w") as out:
        json.dump({"query": name, "seconds": args.seconds, "jar": args.jar, "machine": bench.machine(), **results}, out, indent=2)


if __name__ == "__main__":
    main()
