#!/usr/bin/env python3
"""The schema-drawn corpus (issue 12, items 2 and 5): every query PlansTest draws from schema.graphql
(a query per root list and by-id field, each order and filter, the relations below to depth two),
each measured as a request to Frontline (wrk) and as the statements Frontline sent for it run by
pgbench, so that the JVM's share of each request shows: Frontline req/s over pgbench's tps for its
own statements (a pgbench transaction is one request's statements, in the order sent).

PlansTest writes target/corpus.json: each query, its answer, and its statements with their
arguments written in as literals, on a war generated at scale 0.02 with seed 7. This script
generates the same war (the generator is deterministic) into frontline_corpus_bench, checks that
the packaged jar gives each query the same answer there, then measures. Needs wrk, pgbench, psql.

    ./mvnw test -Dtest=PlansTest && ./mvnw package -DskipTests && python3 bench/corpus.py [--seconds 3] [--only a,b]

Writes bench/results/corpus-<date>.md and .json.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
DB = "frontline_corpus_bench"
PORT = 18097
SCALE, SEED = "0.02", "7"
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")
CORPUS = os.path.join(ROOT, "target", "corpus.json")


def log(message):
    print(f"[corpus] {message}", file=sys.stderr, flush=True)


def psql(sql, db=DB):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-Atqc", sql],
                          capture_output=True, text=True, check=True).stdout.strip()


def ensure_war():
    exists = psql(f"select 1 from pg_database where datname = '{DB}'", db="postgres")
    if exists and psql(f"select count(*) from source where title = 'Frontline generated war record (scale {SCALE}, seed {SEED})'") != "0":
        return
    log(f"generating the war (scale {SCALE}, seed {SEED}) into {DB}")
    psql(f"drop database if exists {DB} with (force)", db="postgres")
    psql(f"create database {DB}", db="postgres")
    subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-o", "test-compile", "exec:java", "-Dfrontline.page.skip=true",
                    f"-Dexec.args=jdbc:postgresql://127.0.0.1:5432/{DB}?user=postgres {SCALE} {SEED}"], cwd=ROOT, check=True)


def post(body):
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}/graphql", data=body.encode(),
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def wrk(body_file, seconds):
    result = subprocess.run(["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "--timeout", "10s", "-s",
                             os.path.join(BENCH, "wrk", "graphql.lua"), f"http://127.0.0.1:{PORT}/graphql"],
                            env={**os.environ, "BODY": body_file}, capture_output=True, text=True, check=True)
    line = next(l for l in result.stdout.splitlines() if l.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    return {"rps": r["requests"] / (r["duration_us"] / 1e6), "errors": r["errors"] + r["non_200"] + r["socket_errors"],
            "p99_ms": r.get("p99_us", 0) / 1000}


def pgbench(script, seconds):
    result = subprocess.run(["pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared", "-c16", "-j2",
                             f"-T{seconds}", "-f", script, DB], capture_output=True, text=True)
    if result.returncode != 0:
        return {"tps": None, "error": result.stderr.strip()[-300:]}
    for line in result.stdout.splitlines():
        if line.startswith("tps = ") and "without initial connection time" in line:
            return {"tps": float(line.split()[2])}
    return {"tps": None, "error": "no tps in pgbench's output"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3, help="length of each wrk and pgbench run")
    parser.add_argument("--only", help="comma-separated query names")
    parser.add_argument("--warmup", type=int, default=1, help="seconds of wrk per query in the warm-up pass before any is measured")
    args = parser.parse_args()
    if not os.path.exists(CORPUS):
        raise SystemExit("no target/corpus.json: ./mvnw test -Dtest=PlansTest first")
    if not os.path.exists(JAR):
        raise SystemExit("no packaged application: ./mvnw package -DskipTests first")
    corpus = json.load(open(CORPUS))
    if args.only:
        wanted = set(args.only.split(","))
        corpus = [q for q in corpus if q["name"] in wanted]
    ensure_war()

    logfile = os.path.join(BENCH, "results", "raw", "corpus-instance.log")
    os.makedirs(os.path.dirname(logfile), exist_ok=True)
    app = subprocess.Popen(["java", f"-Dquarkus.http.port={PORT}", "-Dfrontline.rate-limit.enabled=false",
                            f"-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/{DB}",
                            f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/{DB}", "-jar", JAR],
                           stdout=open(logfile, "w"), stderr=subprocess.STDOUT)
    work = tempfile.mkdtemp()
    rows = []
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/q/health/ready", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        # The whole corpus once before any is measured, so that the first queries do not pay for
        # the JIT compiling what all of them use.
        bodies = []
        for i, q in enumerate(corpus):
            body_file = os.path.join(work, f"{i}.json")
            with open(body_file, "w") as f:
                f.write(json.dumps({"query": q["query"]}))
            bodies.append(body_file)
        log(f"warming up: each of {len(corpus)} queries for {args.warmup} s")
        for body_file in bodies:
            wrk(body_file, args.warmup)
        load = os.getloadavg()[0]
        for i, q in enumerate(corpus):
            body = json.dumps({"query": q["query"]})
            body_file = os.path.join(work, f"{i}.json")
            with open(body_file, "w") as f:
                f.write(body)
            same = post(body) == q["answer"]
            script = os.path.join(work, f"{i}.sql")
            with open(script, "w") as f:
                f.write("".join(s.replace("\n", " ") + ";\n" for s in q["statements"]))
            wrk(body_file, 1)
            frontline = wrk(body_file, args.seconds)
            database = pgbench(script, args.seconds) if q["statements"] else {"tps": None, "error": "no statements"}
            ratio = frontline["rps"] / database["tps"] if database.get("tps") else None
            rows.append({"name": q["name"], "same_answer": same, "statements": len(q["statements"]), "frontline": frontline,
                         "pgbench": database, "ratio": ratio})
            log(f"{q['name']}: {frontline['rps']:.0f} req/s, pgbench {database.get('tps') or 0:.0f} tps, ratio "
                f"{'-' if ratio is None else f'{ratio:.2f}'}{'' if same else ', ANSWER DIFFERS'}")
    finally:
        app.terminate()
        app.wait(timeout=60)

    measured = [r for r in rows if r["ratio"] is not None]
    met = [r for r in measured if r["ratio"] >= 0.7]
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    lines = [f"# The schema-drawn corpus, {datetime.datetime.now().isoformat(timespec='minutes')}", "",
             f"`python3 bench/corpus.py --seconds {args.seconds}`: {len(rows)} queries from PlansTest (target/corpus.json) on a war"
             f" generated at scale {SCALE}, seed {SEED}; wrk -t2 -c16 against the packaged jar, pgbench -c16 -j2 -M prepared on the"
             f" statements Frontline sent for each query (one transaction per request). Load average at the start: {load:.1f}.", "",
             f"- answers identical to PlansTest's: {sum(r['same_answer'] for r in rows)} of {len(rows)}",
             f"- Frontline at least 0.7x pgbench's rate for its own statements: {len(met)} of {len(measured)}"
             f" (median ratio {statistics.median([r['ratio'] for r in measured]):.2f})" if measured else "- nothing measured", "",
             "| query | statements | Frontline req/s | p99 ms | pgbench tps | Frontline / pgbench |", "|---|---:|---:|---:|---:|---:|"]
    for r in sorted(rows, key=lambda r: (r["ratio"] is None, r["ratio"] or 0)):
        name = r["name"] + ("" if r["same_answer"] else " (answer differs)")
        tps = "-" if not r["pgbench"].get("tps") else f"{r['pgbench']['tps']:.0f}"
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}"
        lines.append(f"| {name} | {r['statements']} | {r['frontline']['rps']:.0f} | {r['frontline']['p99_ms']:.0f} | {tps} | {ratio} |")
    report = "\n".join(lines) + "\n"
    print(report)
    with open(os.path.join(BENCH, "results", f"corpus-{stamp}.md"), "w") as out:
        out.write(report)
    with open(os.path.join(BENCH, "results", f"corpus-{stamp}.json"), "w") as out:
        json.dump(rows, out, indent=1)
    log(f"written to bench/results/corpus-{stamp}.md")


if __name__ == "__main__":
    main()
