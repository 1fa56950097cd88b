#!/usr/bin/env python3
"""Where Frontline's time goes on one query: Java Flight Recorder while wrk drives it.

    python3 bench/profile.py b [seconds]

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
    java = os.environ.get("FRONTLINE_BENCH_JAVA", "java")
    recording = os.path.join(bench.RAW, f"{name}.jfr")
    jar = bench.ensure_jar()
    options = os.environ.get("FRONTLINE_BENCH_JVM_OPTIONS", "").split()
    # JFR keeps 64 frames by default; graphql-java's execution nests deeper than that.
    bench.start_frontline(jar, java, os.environ.get("FRONTLINE_BENCH_GC", ""), os.environ.get("FRONTLINE_BENCH_MEMORY", "512m"),
                          options + ["-XX:FlightRecorderOptions=stackdepth=256",
                                     f"-XX:StartFlightRecording=filename={recording},settings=profile,dumponexit=true"])
    body = os.path.join(bench.RAW, "bodies", f"{name}.frontline.json")
    bench.wrk(bench.FRONTLINE_PORT, body, 10)
    result = bench.wrk(bench.FRONTLINE_PORT, body, seconds)
    print(json.dumps(result))
    for process in bench.started_processes:
        process.terminate()
        process.wait(timeout=30)
    jfr = os.path.join(os.path.dirname(os.path.realpath(subprocess.run(["which", java], capture_output=True, text=True).stdout.strip())), "jfr")
    events = json.loads(subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", recording],
                                       capture_output=True, text=True, check=True).stdout)["recording"]["events"]
    top, anywhere = collections.Counter(), collections.Counter()
    for event in events:
        frames = event["values"]["stackTrace"]["frames"]
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        if names:
            top[names[0]] += 1
        for n in set(names):
            if any(n.startswith(p) for p in ("org.frontline", "io.smallrye.graphql", "graphql.", "io.vertx", "io.netty", "org.jboss")):
                anywhere[n] += 1
    total = len(events)
    print(f"{total} execution samples")
    print("hottest top frames:")
    for n, c in top.most_common(25):
        print(f"  {100 * c / total:5.1f}%  {n}")
    print("frames most often on the stack (inclusive):")
    for n, c in anywhere.most_common(40):
        print(f"  {100 * c / total:5.1f}%  {n}")


if __name__ == "__main__":
    try:
        main()
    finally:
        for process in bench.started_processes:
            if process.poll() is None:
                process.terminate()
