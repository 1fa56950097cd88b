#!/usr/bin/env python3
"""Where Frontline's time goes on one query: Java Flight Recorder while wrk drives it.

    python3 bench/profile.py b [seconds] [warm-up seconds]

Starts the packaged jar with JFR on the benchmark database (after bench/run.sh has made it and the
request bodies), drives it with wrk at concurrency 16, then prints the hottest methods (top frames)
and the hottest Frontline/SmallRye/Vert.x frames anywhere on the stack, from the execution samples.
The recording is kept in bench/results/raw/<query>.jfr for `jfr print` or JDK Mission Control.
"""
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


def main():
    name = sys.argv[1]
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    # On two busy cores the JIT needs a minute or more before the figures settle (see bench.py, warm_up).
    warmup = int(sys.argv[3]) if len(sys.argv) > 3 else 90
    java = os.environ.get("FRONTLINE_BENCH_JAVA", "java")
    recording = os.path.join(bench.RAW, f"{name}.jfr")
    jar = bench.ensure_jar()
    options = os.environ.get("FRONTLINE_BENCH_JVM_OPTIONS", "").split()
    # JFR keeps 64 frames by default; graphql-java's execution nests deeper than that.
    bench.start_frontline(jar, java, os.environ.get("FRONTLINE_BENCH_GC", ""), os.environ.get("FRONTLINE_BENCH_MEMORY", "512m"),
                          options + ["-XX:FlightRecorderOptions=stackdepth=256",
                                     f"-XX:StartFlightRecording=filename={recording},settings=profile,dumponexit=true"])
    body = os.path.join(bench.RAW, "bodies", f"{name}.frontline.json")
    bench.wrk(bench.FRONTLINE_PORT, body, warmup)
    result = bench.wrk(bench.FRONTLINE_PORT, body, seconds)
    print(json.dumps(result))
    for process in bench.started_processes:
        process.terminate()
        process.wait(timeout=30)
    jfr = os.path.join(os.path.dirname(os.path.realpath(subprocess.run(["which", java], capture_output=True, text=True).stdout.strip())), "jfr")
    events = json.loads(subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", recording],
                                       capture_output=True, text=True, check=True).stdout)["recording"]["events"]
    top, anywhere, libraries = collections.Counter(), collections.Counter(), collections.Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        if names:
            top[names[0]] += 1
        libraries[library(names)] += 1
        for n in set(names):
            if any(n.startswith(p) for p in ("org.frontline", "io.smallrye.graphql", "graphql.", "io.vertx", "io.netty", "org.jboss")):
                anywhere[n] += 1
    total = len(events)
    print(f"{total} execution samples")
    print("time by library (the innermost frame outside the JDK):")
    for n, c in libraries.most_common():
        print(f"  {100 * c / total:5.1f}%  {n}")
    print("hottest top frames:")
    for n, c in top.most_common(25):
        print(f"  {100 * c / total:5.1f}%  {n}")
    print("frames most often on the stack (inclusive):")
    for n, c in anywhere.most_common(40):
        print(f"  {100 * c / total:5.1f}%  {n}")


LIBRARIES = [("graphql.", "graphql-java"), ("org.dataloader.", "java-dataloader"), ("io.smallrye.graphql.", "SmallRye GraphQL"),
             ("io.quarkus.smallrye.graphql.", "Quarkus GraphQL"), ("io.smallrye.mutiny.", "Mutiny"),
             ("io.smallrye.context.", "context propagation"), ("io.vertx.pgclient.", "reactive pg client"),
             ("io.vertx.sqlclient.", "reactive pg client"), ("io.vertx.", "Vert.x"), ("io.netty.", "Netty"),
             ("org.eclipse.parsson.", "JSON-P output"), ("org.frontline.", "Frontline"), ("io.micrometer.", "Micrometer"),
             ("io.quarkus.", "Quarkus")]


def library(names):
    """Who the sample's time belongs to: the innermost frame that is not the JDK's own."""
    for name in names:
        if name.startswith(("java.", "jdk.", "sun.")):
            continue
        return next((label for prefix, label in LIBRARIES if name.startswith(prefix)), "other")
    return "JDK only"


if __name__ == "__main__":
    try:
        main()
    finally:
        for process in bench.started_processes:
            if process.poll() is None:
                process.terminate()
