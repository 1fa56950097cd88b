#!/usr/bin/env python3
"""Live subscriptions under load (README, "Live changes"): two packaged instances on one database,
strikes written at a steady rate, and 1,000 graphql-ws subscribers (bench/live-subscribers.mjs)
spread over the two. Reports the time from commit to delivery (p50, p99), each instance's CPU and
memory with and without the subscribers, and read throughput of benchmark queries (wrk, against one
instance) with and without them, the writes going on throughout.

Uses its own database, frontline_live_bench (dropped and created again: the seed only, not the
generated war), ports 18090 and 18091, and the packaged jar. Needs wrk, psql, node with
src/test/client's packages installed (npm ci there), and a JDK.

    ./mvnw package -DskipTests && python3 bench/live.py [--subscribers 1000] [--rate 5] [--seconds 20] [--same-priority] [--distinct]

The subscribers stand in for clients on other machines, but run on this one: their Node process
runs at the lowest priority (nice 19), so that it takes only the CPU the instances, PostgreSQL and
wrk leave, as remote clients would take none. --same-priority runs it as everything else, to show
what sharing the cores costs. Reads are measured without subscribers before and after the rounds
with them, and compared with the mean of the two, so that a machine that grows busier or quieter
over the run does not pass for the subscribers' doing.
"""
import argparse
import datetime
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
DB = "frontline_live_bench"
PORTS = [18090, 18091]
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
TICK = os.sysconf("SC_CLK_TCK")


def log(message):
    print(f"[live] {message}", file=sys.stderr, flush=True)


def psql(sql, db=DB):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atqc", sql],
                          capture_output=True, text=True, check=True).stdout.strip()


def start(port, logfile):
    command = ["java", f"-Dquarkus.http.port={port}",
               f"-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/{DB}",
               f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/{DB}",
               # Every subscriber and wrk connect from 127.0.0.1.
               "-Dfrontline.rate-limit.enabled=false", "-Dfrontline.live.connections-per-client=100000",
               "-jar", JAR]
    return subprocess.Popen(command, stdout=open(logfile, "w"), stderr=subprocess.STDOUT)


def wait_ready(port, process):
    for _ in range(600):
        if process.poll() is not None:
            raise SystemExit(f"the instance on {port} stopped while starting")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"the instance on {port} was not ready in time")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICK


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


class Writer(threading.Thread):
    """One strike a 1/rate seconds, each its own transaction, through one psql session."""

    def __init__(self, rate):
        super().__init__(daemon=True)
        self.rate = rate
        self.stopped = threading.Event()
        self.written = 0

    def run(self):
        session = subprocess.Popen(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-q"], stdin=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, text=True)
        interval = 1 / self.rate
        next_at = time.monotonic()
        while not self.stopped.is_set():
            session.stdin.write("insert into strike (occurred_on, region_id, weapon_kind, weapon) select date '2022-10-01', id,"
                                " 'DRONE', 'bench' from region where name = 'Odesa';\n")
            session.stdin.flush()
            self.written += 1
            next_at += interval
            time.sleep(max(0, next_at - time.monotonic()))
        session.stdin.close()
        session.wait()


def bodies():
    strike = psql("select min(id) from strike")
    ukraine = psql("select id from region where name = 'Ukraine'")
    authority = psql("select id from actor where name = 'United States'")
    chosen = {"a": {"id": strike}, "c": {"parent": ukraine}, "d": {"authority": authority}}
    files = {}
    for name, variables in chosen.items():
        query = open(os.path.join(BENCH, "queries", f"{name}.frontline.graphql")).read()
        path = os.path.join(BENCH, "results", "raw", f"live-{name}.json")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as body:
            json.dump({"query": query, "variables": variables}, body)
        files[name] = path
    return files


def wrk(port, body_file, seconds):
    result = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s", "-s",
                             os.path.join(BENCH, "wrk", "graphql.lua"), f"http://127.0.0.1:{port}/graphql"],
                            env={**os.environ, "BODY": body_file}, capture_output=True, text=True, check=True)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "errors": r["errors"] + r["non_200"] + r["socket_errors"]}


def heap_mb(pid):
    """The heap in use just after a full collection: what is live, rather than what the JVM has grown to."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"used (\d+)K", info).group(1)) / 1024


def phase(label, pids, files, seconds, wrk_seconds, between=None):
    """CPU over a quiet window (the writes only), then memory, then wrk; between() runs after the quiet window."""
    before = [cpu_ms(pid) for pid in pids]
    time.sleep(seconds)
    cpu = [(cpu_ms(pid) - b) / seconds for pid, b in zip(pids, before)]
    if between:
        between()
    rss = [rss_mb(pid) for pid in pids]
    heap = [heap_mb(pid) for pid in pids]
    reads = {name: wrk(PORTS[0], path, wrk_seconds) for name, path in files.items()}
    log(f"{label}: CPU ms/s {[round(c) for c in cpu]}, RSS MB {[round(r) for r in rss]}, heap after GC MB {[round(h) for h in heap]},"
        " reads " + ", ".join(f"{n} {r['rps']:.0f}/s ({r['errors']} errors)" for n, r in reads.items()))
    return {"cpu_ms_per_s": cpu, "rss_mb": rss, "heap_mb": heap, "reads": reads}


def delivered(when, delivery, expected):
    return (f"- delivery, commit to subscriber, {when}: p50 {delivery['p50_ms']} ms, p90 {delivery['p90_ms']} ms,"
            f" p99 {delivery['p99_ms']} ms, max {delivery['max_ms']} ms over {delivery['events']} deliveries"
            f" (about {expected} expected; {delivery['errors']} errors)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=5, help="strikes written a second")
    parser.add_argument("--seconds", type=int, default=20, help="length of each CPU window")
    parser.add_argument("--wrk-seconds", type=int, default=10, help="length of each wrk round")
    parser.add_argument("--same-priority", action="store_true", help="run the subscribers' process at normal priority")
    parser.add_argument("--warmup", type=int, default=30, help="seconds of wrk per query before anything is measured")
    parser.add_argument("--distinct", action="store_true", help="give each subscriber a filter of its own (no shared execution)")
    args = parser.parse_args()
    if not os.path.exists(JAR):
        raise SystemExit("no packaged application: ./mvnw package -DskipTests first")

    psql(f"drop database if exists {DB} with (force)", db="postgres")
    psql(f"create database {DB}", db="postgres")
    logs = [os.path.join(BENCH, "results", "raw", f"live-instance-{port}.log") for port in PORTS]
    os.makedirs(os.path.dirname(logs[0]), exist_ok=True)
    instances = [start(PORTS[0], logs[0])]
    wait_ready(PORTS[0], instances[0])
    instances.append(start(PORTS[1], logs[1]))
    wait_ready(PORTS[1], instances[1])
    pids = [p.pid for p in instances]
    subscribers = None
    writer = Writer(args.rate)
    try:
        files = bodies()
        writer.start()
        # Long enough for the JIT: with 5 s each, the reads measured first (without subscribers) came
        # out lower than the same reads measured last in every run, whatever ran between.
        for path in files.values():
            wrk(PORTS[0], path, args.warmup)
        without = phase("without subscribers", pids, files, args.seconds, args.wrk_seconds)

        nice = [] if args.same_priority else ["nice", "-n", "19"]
        subscribers = subprocess.Popen(nice + ["node", os.path.join(BENCH, "live-subscribers.mjs")], stdout=subprocess.PIPE, text=True,
                                       env={**os.environ, "SUBSCRIBERS": str(args.subscribers), "DISTINCT": "1" if args.distinct else "0",
                                            "URLS": ",".join(f"ws://127.0.0.1:{port}/graphql" for port in PORTS)})
        started = time.monotonic()
        ready = json.loads(subscribers.stdout.readline())
        log(f"{ready['ready']} subscribers connected and subscribed in {time.monotonic() - started:.1f} s")
        time.sleep(5)
        subscribers.send_signal(signal.SIGUSR2)
        written_from = writer.written
        quiet = {}

        def quiet_window_done():
            quiet["written"] = writer.written - written_from
            time.sleep(2)
            subscribers.send_signal(signal.SIGUSR1)
            quiet["delivery"] = json.loads(subscribers.stdout.readline())

        client_cpu_from, client_from = cpu_ms(subscribers.pid), time.monotonic()
        with_them = phase(f"with {args.subscribers} subscribers", pids, files, args.seconds, args.wrk_seconds, quiet_window_done)
        written = writer.written - written_from - quiet["written"]
        time.sleep(2)
        client_cpu = (cpu_ms(subscribers.pid) - client_cpu_from) / (time.monotonic() - client_from)
        subscribers.send_signal(signal.SIGTERM)
        under_reads = json.loads(subscribers.stdout.readline())
        subscribers.wait(timeout=30)
        subscribers = None
        time.sleep(2)
        after = {name: wrk(PORTS[0], path, args.wrk_seconds) for name, path in files.items()}
        log("without subscribers again: reads " + ", ".join(f"{n} {r['rps']:.0f}/s" for n, r in after.items()))
    finally:
        writer.stopped.set()
        if subscribers is not None:
            subscribers.kill()
        for process in instances:
            process.terminate()
        for process in instances:
            process.wait(timeout=60)

    per_thousand = 1000 / args.subscribers
    cpu_added = sum(with_them["cpu_ms_per_s"]) - sum(without["cpu_ms_per_s"])
    rss_added = sum(with_them["rss_mb"]) - sum(without["rss_mb"])
    heap_added = sum(with_them["heap_mb"]) - sum(without["heap_mb"])
    lines = [
        f"# Live subscriptions, {datetime.datetime.now().isoformat(timespec='minutes')}",
        "",
        f"`python3 bench/live.py --subscribers {args.subscribers} --rate {args.rate:g} --seconds {args.seconds}"
        f"{' --same-priority' if args.same_priority else ''}{' --distinct' if args.distinct else ''}`: two instances,"
        f" {args.subscribers} subscribers (half on each, {'each with a filter of its own' if args.distinct else 'all with the same operation'}),"
        f" {args.rate:g} strikes written a second, each its own commit; the subscribers' Node process at "
        f"{'normal priority' if args.same_priority else 'nice 19'}, on the same two cores.",
        "",
        delivered("while only the writes run", quiet["delivery"], quiet["written"] * args.subscribers),
        delivered("while wrk reads from the first instance as well", under_reads, written * args.subscribers),
        f"- CPU of both instances: {sum(without['cpu_ms_per_s']):.0f} ms/s without subscribers, {sum(with_them['cpu_ms_per_s']):.0f}"
        f" ms/s with them: {cpu_added * per_thousand:.0f} ms of CPU a second per 1,000 subscribers at this write rate",
        f"- RSS of both instances: {sum(without['rss_mb']):.0f} MB without, {sum(with_them['rss_mb']):.0f} MB with:"
        f" {rss_added * per_thousand:.0f} MB per 1,000 subscribers (RSS follows the heap the JVM has grown to, not what is live)",
        f"- heap in use after a full GC, both instances: {sum(without['heap_mb']):.0f} MB without, {sum(with_them['heap_mb']):.0f} MB"
        f" with: {heap_added * per_thousand:.0f} MB per 1,000 subscribers",
        f"- CPU of the subscribers' Node process (not the service's): {client_cpu:.0f}"
        " ms/s over the rounds with subscribers",
        "",
        "| query (wrk -t2 -c16, first instance) | without, before | with them | without, after | with / mean without |",
        "|---|---|---|---|---|",
    ]
    for name in without["reads"]:
        a, b, c = without["reads"][name]["rps"], with_them["reads"][name]["rps"], after[name]["rps"]
        lines.append(f"| {name} | {a:.0f} req/s | {b:.0f} req/s | {c:.0f} req/s | {b / ((a + c) / 2):.2f} |")
    report = "\n".join(lines) + "\n"
    print(report)
    path = os.path.join(BENCH, "results", f"live-{datetime.datetime.now().strftime('%Y%m%d-%H%M')}.md")
    with open(path, "w") as out:
        out.write(report)
    log(f"written to {path}")
    psql(f"drop database if exists {DB} with (force)", db="postgres")


if __name__ == "__main__":
    main()
