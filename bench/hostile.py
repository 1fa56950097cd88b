#!/usr/bin/env python3
"""What hostile clients cost a packaged Frontline: one row per category, and throughput beside one.

    python3 bench/hostile.py --jar target/quarkus-app/quarkus-run.jar --label after
    python3 bench/hostile.py --jar /tmp/frontline-before/target/quarkus-app/quarkus-run.jar --label before
    python3 bench/hostile.py --jar ... --label after --heavy-file heaviest-allowed.graphql

Builds nothing: give it a packaged jar. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust),
psql, openssl (to mint the editor's token) and wrk. It drops and creates a database of its own
(frontline_hostile; the jar's migrations load the seed at its first start), then for each category
starts the jar afresh the way the container does (deploy/run-java.sh, -XX:MaxRAM=512m), warms it up
briefly, and sends that category's worst request with a client-side timeout (--timeout, 60 s).
While it is in flight a probe `{ strike(id: "1") { id } }` is sent beside it. A row records the
HTTP status, wall time, the server's CPU time during the request (/proc/<pid>/stat), its resident
memory before and after (VmRSS) and its peak (VmHWM), whether the log showed an OutOfMemoryError or
a blocked event loop ("has been blocked"), whether the process died, the probe's latency (probes go
one after another while the hostile request is in flight; the slowest counts) and the response's
size. Requests that count tokens stay under graphql-java's own parser limit (15,000 tokens), past
which even the unguarded server answers "Unparseable input document" at once. The rate limiter is switched off (-Dfrontline.rate-limit.enabled=false) for all of
that, except the "1,000 requests from one client" category, which runs with the limiter's defaults
and counts the 429s. Then throughput: wrk -t2 -c16 on a normal read alone, and again while one
client repeats a heavy request (--heavy-file: a file holding a GraphQL query, or a JSON request body
if it starts with "{\""; default: the nested children/parent read that held the old server 20 s).

Prints a markdown table and writes it to bench/results/hostile-<label>-<time>.md; the server's log
goes to bench/results/raw/hostile-<label>.log. Compare figures within one run, as ratios: the
machine this runs on is shared. --only takes category names (comma-separated) for a partial run.
"""
import argparse
import collections
import datetime
import http.client
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
RAW = os.path.join(BENCH, "results", "raw")
PG = {"host": "127.0.0.1", "port": "5432", "user": "postgres"}
TICKS = os.sysconf("SC_CLK_TCK")
PROBE = {"query": '{ strike(id: "1") { id } }'}
# A normal read that stays in the schema when nested lists gain optional `first` arguments.
NORMAL = {"query": "{ strikes(first: 10) { edges { node { id killed injured region { name } sources { quote } } } } }"}
CHILDREN_PARENT_5 = ("{ regions(first:100){ edges{ node{ children{ parent{ children{ parent{ children{ parent{ "
                     "children{ parent{ children{ parent{ id name }}}}}}}}}} }}}}")


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# --- The requests ------------------------------------------------------------------------------

def nest(levels, inner):
    """`levels` is a list of field openings ("children", "parent", ...); returns them nested around inner."""
    return " ".join(f"{field} {{" for field in levels) + f" {inner} " + "}" * len(levels)


def categories(token):
    """(name, what it is, request) for each category's worst request. A request is a dict: body
    (bytes), headers. Built lazily: some bodies are megabytes."""
    def graphql(query, variables=None, headers=None):
        body = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return {"body": json.dumps(body, separators=(",", ":")).encode(), "headers": headers or {}}

    def children_parent(pairs):
        return "{ regions(first:100){ edges{ node{ " + nest(["children", "parent"] * pairs, "id name") + " }}}}"

    def fragments():
        parts = ["fragment F0 on Region { id name }"]
        parts += [f"fragment F{i} on Region {{ ...F{i - 1} ...F{i - 1} }}" for i in range(1, 25)]
        return "{ regions(first:100){ edges{ node{ ...F24 }}}} " + " ".join(parts)

    def fan_out():
        # Every list at its largest page, each level multiplying the one above: strikes, their
        # citations' sources, those sources' citations (up to 500), their strikes, and again.
        return ("{ regions(first:100){ edges{ node{ strikes(first:100){ sources{ source{ citations(first:500){ "
                "strike{ sources{ source{ citations(first:500){ strike{ region{ strikes(first:100){ id "
                "sources{ quote } }}}}}}}}}}}}}}}")

    def aliases(n):
        return "{ " + " ".join(f"a{i}: strikes(first:100){{ edges{{ node{{ id sources{{ quote }} }} }} }}"
                               for i in range(n)) + " }"

    cite_sources = [{"source": "1", "quote": f"hostile citation {i}"} for i in range(100_000)]
    return [
        ("depth-chain", "strike.region.strikes(first:1) 60 times over: 120 levels, each a round of SQL",
         lambda: graphql('{ strike(id:"1") { ' + nest(["region", "strikes(first:1)"] * 60, "id") + " } }")),
        ("children-parent", "regions(first:100) children{parent{...}} 6 pairs (the report's 173-byte request has 5)",
         lambda: graphql(children_parent(6))),
        ("children-parent-5", "the report's 173-byte request: 5 children{parent{}} pairs",
         lambda: graphql(CHILDREN_PARENT_5)),
        ("fan-out", "nested lists at their largest pages: regions 100, strikes 100, citations 500, twice over",
         lambda: graphql(fan_out())),
        ("alias-bomb", "700 aliases of strikes(first:100) with their sources (14,700 tokens)",
         lambda: graphql(aliases(700))),
        ("fragment-explosion", "F1 = F0 F0 ... F24 = F23 F23 (2^24 spreads)",
         lambda: graphql(fragments())),
        ("field-duplication", "`id` 14,000 times in one selection",
         lambda: graphql('{ strike(id:"1") { ' + "id " * 14_000 + "} }")),
        ("directive-flood", "@include(if:true) 2,100 times on one field (14,700 tokens)",
         lambda: graphql('{ strike(id:"1") { id ' + "@include(if:true) " * 2_100 + "} }")),
        ("huge-body", "8 MB body: a 4-million-element array in variables",
         lambda: {"body": b'{"query":"{ __typename }","variables":{"junk":[' + b"1," * 4_000_000 + b"1]}}",
                  "headers": {}}),
        ("huge-string", "1 MB name filter on regions, leaders and sources",
         lambda: graphql("query($n: String) { regions(filter:{name:$n}){ totalCount } leaders(filter:{name:$n}){ totalCount } "
                         "sources(filter:{title:$n}){ totalCount } }", {"n": "Zaporizhzhia " * 80_000})),
        ("page-size-root", "first: 2147483647 on every root list",
         lambda: graphql("{ " + " ".join(f"{f}(first: 2147483647){{ totalCount }}"
                                        for f in ("regions", "strikes", "sources", "leaders", "sanctions")) + " }")),
        ("page-size-nested", "first: 1000000 on nested lists",
         lambda: graphql("{ regions(first:100){ edges{ node{ strikes(first: 1000000){ id } } } } "
                         "sources(first:100){ edges{ node{ citations(first: 1000000){ id } } } } }")),
        ("huge-input-list", "an editor's cite with 100,000 citations (in variables)",
         lambda: graphql("mutation($s: [CitationInput]!) { cite(fact: STRIKE, id: \"1\", sources: $s) { id } }",
                         {"s": cite_sources}, {"Authorization": f"Bearer {token}"})),
    ]


# --- The server --------------------------------------------------------------------------------

def psql(sql, db="postgres"):
    subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-AtXq", "-c", sql],
                   check=True, capture_output=True, text=True)


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICKS


def memory_mb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) // 1024
    except FileNotFoundError:
        return None
    return None


class Server:
    """The jar, started through deploy/run-java.sh as the container starts it, on a port of its own."""

    def __init__(self, args, logfile):
        self.args, self.logfile, self.process = args, logfile, None

    def start(self, rate_limit=False, trust_proxy=False):
        jar = os.path.abspath(self.args.jar)
        java = os.path.realpath(shutil.which(self.args.java) or self.args.java)
        options = [f"-XX:MaxRAM={self.args.memory}",
                   "-Dmp.jwt.verify.publickey.location=" + os.path.join(ROOT, "src", "test", "resources", "jwt", "public.pem")]
        if not rate_limit:
            options.append("-Dfrontline.rate-limit.enabled=false")
        if trust_proxy:
            options.append("-Dfrontline.rate-limit.trusted-proxy-header=X-Forwarded-For")
        env = {**os.environ,
               "QUARKUS_HTTP_PORT": str(self.args.port),
               "QUARKUS_DATASOURCE_REACTIVE_URL": f"postgresql://{PG['host']}:{PG['port']}/{self.args.db}",
               "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://{PG['host']}:{PG['port']}/{self.args.db}",
               "QUARKUS_DATASOURCE_USERNAME": PG["user"],
               "APP_HOME": os.path.dirname(jar),
               "PATH": os.path.dirname(java) + os.pathsep + os.environ["PATH"],
               "JAVA_OPTS": " ".join(options)}
        with open(self.logfile, "a") as out:
            out.write(f"\n===== start {datetime.datetime.now():%H:%M:%S} rate limit {'on' if rate_limit else 'off'}\n")
        self.log_offset = os.path.getsize(self.logfile)
        self.output = open(self.logfile, "a")
        self.process = subprocess.Popen([os.path.join(ROOT, "deploy", "run-java.sh")], env=env, cwd=ROOT,
                                        stdout=self.output, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server exited at start; see {self.logfile}")
            status, _, _ = send(self.args.port, json.dumps(PROBE).encode(), {}, 2)
            if status == 200:
                return
            time.sleep(0.3)
        raise SystemExit(f"the server did not answer within 180 s; see {self.logfile}")

    @property
    def pid(self):
        return self.process.pid

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def log_since_start(self):
        with open(self.logfile, errors="replace") as f:
            f.seek(self.log_offset)
            return f.read()

    def stop(self):
        if self.alive():
            self.process.terminate()
            try:
                # A server still busy with a hostile request would use its whole graceful-shutdown time.
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None:
            self.output.close()
        self.process = None


def send(port, body, headers, timeout):
    """POSTs body; returns (status or an error's name, seconds, response bytes)."""
    began = time.time()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/graphql", body=body, headers={"Content-Type": "application/json", **headers})
        response = connection.getresponse()
        data = response.read()
        return response.status, time.time() - began, data
    except (OSError, http.client.HTTPException) as e:
        return type(e).__name__, time.time() - began, b""
    finally:
        connection.close()


def warm_up(port):
    for body in (PROBE, NORMAL):
        encoded = json.dumps(body).encode()
        for _ in range(50):
            send(port, encoded, {}, 10)


# --- Measuring ---------------------------------------------------------------------------------

def first_error(data):
    try:
        answer = json.loads(data)
    except ValueError:
        return data[:60].decode(errors="replace").replace("\n", " ") if data else ""
    errors = answer.get("errors") if isinstance(answer, dict) else None
    if not errors:
        return "data" if isinstance(answer, dict) and answer.get("data") is not None else ""
    ext = errors[0].get("extensions") or {}
    kind = ext.get("code") or ext.get("validationErrorType") or ext.get("classification") or "no code"
    return f"{kind}: {errors[0].get('message', '')[:70]}" + (f" (+{len(errors) - 1} errors)" if len(errors) > 1 else "")


def hostile(server, name, what, request, timeout):
    """Sends one hostile request with a probe beside it, on a freshly started and warmed server."""
    server.start()
    warm_up(server.args.port)
    pid, port = server.pid, server.args.port
    body = request["body"]
    rss_before, cpu_before = memory_mb(pid, "VmRSS"), cpu_seconds(pid)
    result = {}

    def attack():
        result["status"], result["seconds"], result["data"] = send(port, body, request["headers"], timeout)
        result["cpu"] = cpu_seconds(pid)
        result["rss"], result["hwm"] = memory_mb(pid, "VmRSS"), memory_mb(pid, "VmHWM")

    thread = threading.Thread(target=attack)
    began = time.time()
    thread.start()
    # Probes one after another while the hostile request is in flight: the slowest is what a
    # client beside it waits. At least one, even if the hostile request is answered first.
    probes = []
    time.sleep(0.1)
    while True:
        status, seconds, _ = send(port, json.dumps(PROBE).encode(), {}, max(1.0, timeout - (time.time() - began)))
        probes.append((seconds, status))
        if not thread.is_alive() or time.time() - began > timeout or status != 200:
            break
        time.sleep(0.5)
    thread.join()
    probe_seconds, probe_status = max(probes)
    time.sleep(0.5)
    text = server.log_since_start()
    died = not server.alive()
    row = {
        "category": name, "what": what, "request_bytes": len(body), "status": result["status"],
        "seconds": round(result["seconds"], 2),
        "cpu": None if result["cpu"] is None else round(result["cpu"] - cpu_before, 2),
        "rss_before": rss_before, "rss_after": result["rss"], "hwm": result["hwm"],
        "oom": "OutOfMemoryError" in text, "blocked": len(re.findall(r"has been blocked for", text)),
        "died": died, "probe": f"{probe_seconds:.2f}" + ("" if probe_status == 200 else f" ({probe_status})") + f" ({len(probes)})",
        "response_bytes": len(result["data"]), "answer": first_error(result["data"]),
    }
    log(f"{name}: {json.dumps({k: v for k, v in row.items() if k != 'what'})}")
    server.stop()
    return row


def flood(server, count, threads):
    """`count` probe requests from one client over `threads` keep-alive connections, limiter on."""
    server.start(rate_limit=True)
    port = server.args.port
    statuses, latencies, lock = collections.Counter(), [], threading.Lock()
    remaining = [count]
    body = json.dumps(PROBE).encode()

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            began = time.time()
            try:
                connection.request("POST", "/graphql", body=body, headers={"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                statuses[status] += 1
                latencies.append(time.time() - began)
        connection.close()

    began = time.time()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    wall = time.time() - began
    latencies.sort()
    row = {"requests": count, "seconds": round(wall, 2), "statuses": dict(statuses),
           "rate_limited": statuses.get(429, 0), "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99) - 1], 1),
           "blocked": len(re.findall(r"has been blocked for", server.log_since_start()))}
    log(f"flood: {json.dumps(row)}")
    server.stop()
    return row


def wrk(port, body_file, seconds, clients=False):
    env = {**os.environ, "BODY": body_file}
    if clients:
        env["FORWARDED_FOR_POOL"] = "250"
    result = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--timeout", "10s",
                             "-s", os.path.join(BENCH, "wrk", "graphql.lua"), f"http://127.0.0.1:{port}/graphql"],
                            env=env, capture_output=True, text=True, check=True,
                            timeout=seconds + 60)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    return {"rps": round(r["requests"] / (r["duration_us"] / 1e6), 1), "p99_ms": round(r["p99_us"] / 1000, 1),
            "errors": r["errors"] + r["non_200"] + r["socket_errors"], "requests": r["requests"]}


def throughput(server, heavy_body, seconds, timeout, limited):
    """wrk on the normal read alone, then again while one client repeats the heavy request.

    limited: the rate limiter runs at its defaults, behind a (pretended) proxy that writes
    X-Forwarded-For, so that wrk's requests come from 250 clients (TEST-NET addresses, a header's
    value only: every request goes to 127.0.0.1) and the heavy one from a client of its own.
    """
    server.start(rate_limit=limited, trust_proxy=limited)
    port = server.args.port
    heavy_headers = {"X-Forwarded-For": "203.0.113.7"} if limited else {}
    body_file = os.path.join(RAW, "hostile-normal.json")
    with open(body_file, "w") as f:
        json.dump(NORMAL, f)
    log("throughput: warming up (wrk 10 s)")
    wrk(port, body_file, 10, limited)
    alone = wrk(port, body_file, seconds, limited)
    log(f"throughput alone: {alone}")
    stop_at = time.time() + seconds + 1
    heavy = collections.Counter()
    heavy_times = []

    def repeat():
        while time.time() < stop_at:
            status, took, _ = send(port, heavy_body, heavy_headers, min(timeout, max(1.0, stop_at - time.time() + 5)))
            heavy[status] += 1
            heavy_times.append(took)

    thread = threading.Thread(target=repeat)
    thread.start()
    time.sleep(0.5)
    beside = wrk(port, body_file, seconds, limited)
    thread.join()
    log(f"throughput beside the heavy request: {beside}; heavy answers {dict(heavy)}")
    result = {"alone": alone, "beside": beside, "heavy_statuses": dict(heavy),
              "heavy_mean_s": round(sum(heavy_times) / len(heavy_times), 2) if heavy_times else None,
              "died": not server.alive(),
              "oom": "OutOfMemoryError" in server.log_since_start()}
    server.stop()
    return result


# --- Reporting ---------------------------------------------------------------------------------

def report(args, rows, flooded, through, heavy_label, began):
    def yes(flag):
        return "**yes**" if flag else "no"

    lines = [f"# Hostile requests: {args.label}", "",
             f"{began:%Y-%m-%d %H:%M} UTC; jar `{args.jar}`; java: {java_version(args.java)}; "
             f"{os.cpu_count()} CPUs, load average {open('/proc/loadavg').read().split()[0]} at the end; "
             f"run through deploy/run-java.sh with -XX:MaxRAM={args.memory}; seed database; "
             f"client timeout {args.timeout:g} s; the server restarted for every row.", "",
             "| category | request | bytes sent | status | wall s | server CPU s | RSS MB before → after | VmHWM MB "
             "| OOM | event loop blocked | died | probe s | response bytes | answer |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['category']} | {r['what']} | {r['request_bytes']:,} | {r['status']} | {r['seconds']} | {r['cpu']} "
                     f"| {r['rss_before']} → {r['rss_after'] or 'gone'} | {r['hwm'] or 'gone'} | {yes(r['oom'])} "
                     f"| {r['blocked'] or 'no'} | {yes(r['died'])} | {r['probe']} | {r['response_bytes']:,} "
                     f"| {r['answer'].replace('|', '/')} |")
    if flooded:
        lines += ["", f"**{flooded['requests']:,} requests from one client** (8 connections, rate limiter at its defaults): "
                      f"{flooded['seconds']} s, statuses {flooded['statuses']}, **{flooded['rate_limited']} answered 429**, "
                      f"p99 {flooded['p99_ms']} ms, event loop blocked {flooded['blocked']} times."]
    if through:
        a, b = through["alone"], through["beside"]
        ratio = round(b["rps"] / a["rps"], 3) if a["rps"] else None
        lines += ["", f"**Throughput** (wrk -t2 -c16 -d{args.seconds}s, `{NORMAL['query']}`), " + ("rate limiter at its defaults, 250 clients by X-Forwarded-For, the heavy one a client of its own:" if args.limited else "rate limiter off:"), "",
                  "| | req/s | p99 ms | errors |", "|---|---|---|---|",
                  f"| normal read alone | {a['rps']} | {a['p99_ms']} | {a['errors']} |",
                  f"| beside one client repeating the heavy request | {b['rps']} | {b['p99_ms']} | {b['errors']} |",
                  "", f"Ratio beside/alone: **{ratio}** req/s, p99 ×{round(b['p99_ms'] / a['p99_ms'], 1) if a['p99_ms'] else '?'}. "
                      f"Heavy request: {heavy_label}; its answers {through['heavy_statuses']}, mean {through['heavy_mean_s']} s; "
                      f"server died: {yes(through['died'])}, OOM: {yes(through['oom'])}."]
    lines += ["", "Command: `python3 bench/hostile.py " + " ".join(sys.argv[1:]) + "`"]
    return "\n".join(lines) + "\n"


def java_version(java):
    result = subprocess.run([java, "-version"], capture_output=True, text=True)
    return result.stderr.splitlines()[0] if result.stderr else "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jar", required=True, help="a packaged quarkus-run.jar")
    parser.add_argument("--label", required=True, help="before, after, ...: names the results file")
    parser.add_argument("--heavy-file", help="the heavy request for the throughput part (GraphQL query, or a JSON body)")
    parser.add_argument("--timeout", type=float, default=60, help="client-side timeout of each hostile request, s")
    parser.add_argument("--seconds", type=int, default=15, help="length of each wrk run")
    parser.add_argument("--port", type=int, default=18095)
    parser.add_argument("--db", default="frontline_hostile")
    parser.add_argument("--java", default="java", help="the java to run the jar with (default: the one on PATH)")
    parser.add_argument("--memory", default="512m", help="-XX:MaxRAM, the container's memory limit")
    parser.add_argument("--limited", action="store_true",
                        help="throughput with the rate limiter at its defaults (clients told apart by X-Forwarded-For)")
    parser.add_argument("--only", help="comma-separated categories (names as in the table, plus flood, throughput)")
    args = parser.parse_args()
    for tool in ("psql", "wrk", "openssl"):
        if not shutil.which(tool):
            raise SystemExit(f"bench/hostile.py needs {tool} (apt-get install -y wrk postgresql-client openssl)")
    only = set(args.only.split(",")) if args.only else None
    os.makedirs(RAW, exist_ok=True)
    began = datetime.datetime.now(datetime.timezone.utc)
    logfile = os.path.join(RAW, f"hostile-{args.label}.log")
    open(logfile, "w").close()

    log(f"database {args.db}: dropping and creating it; the jar migrates it and loads the seed at its first start")
    psql(f"drop database if exists {args.db} with (force)")
    psql(f"create database {args.db}")
    token = subprocess.run([os.path.join(ROOT, "src", "test", "resources", "jwt", "mint-token.sh"), "editor", "alice"],
                           capture_output=True, text=True, check=True).stdout.strip()
    if args.heavy_file:
        text = open(args.heavy_file).read()
        heavy_body = text.encode() if text.lstrip().startswith('{"') else json.dumps({"query": text}).encode()
        heavy_label = f"`{args.heavy_file}`"
    else:
        heavy_body, heavy_label = json.dumps({"query": CHILDREN_PARENT_5}).encode(), "the report's 173-byte children/parent read"

    server = Server(args, logfile)
    rows, flooded, through = [], None, None
    try:
        for name, what, build in categories(token):
            if only and name not in only:
                continue
            log(f"{name}: {what}")
            rows.append(hostile(server, name, what, build(), args.timeout))
        if not only or "flood" in only:
            log("flood: 1,000 requests from one client, rate limiter at its defaults")
            flooded = flood(server, 1000, 8)
        if not only or "throughput" in only:
            through = throughput(server, heavy_body, args.seconds, args.timeout, args.limited)
    finally:
        server.stop()

    text = report(args, rows, flooded, through, heavy_label, began)
    print(text)
    out = os.path.join(BENCH, "results", f"hostile-{args.label}-{began:%Y%m%dT%H%M%SZ}.md")
    with open(out, "w") as f:
        f.write(text)
    log(f"written to {out}")


if __name__ == "__main__":
    main()
