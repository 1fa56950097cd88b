#!/usr/bin/env python3
"""How long a small request waits beside a heavy one: the probe behind bench/results/offload-*.txt.

    python3 bench/offload_probe.py PORT HEAVY_QUERY_FILE SECONDS

Against a Frontline already running on 127.0.0.1:PORT: sends the heavy query 8 times to warm up,
then for SECONDS one thread repeats it while this one sends `{ strike(id: "1") { id } }` every 50 ms
(after each answer), and prints the heavy request's mean time and the probe's p50/p90/p99/max.
Start the server with QUARKUS_VERTX_MAX_EVENT_LOOP_EXECUTE_TIME=100ms and count "has been blocked"
in its log to see how long the event loop was held.
"""
import json,urllib.request,time,threading,sys,subprocess,os,signal
port=int(sys.argv[1]); heavy=open(sys.argv[2]).read(); secs=int(sys.argv[3])
def post(q):
    r=urllib.request.urlopen(urllib.request.Request(f'http://127.0.0.1:{port}/graphql',json.dumps({'query':q}).encode(),{'Content-Type':'application/json'}),timeout=60)
    return r.read()
for i in range(8): post(heavy)
stop=time.time()+secs; heavy_times=[]
def loop():
    while time.time()<stop:
        t=time.time(); post(heavy); heavy_times.append(time.time()-t)
th=threading.Thread(target=loop); th.start()
probes=[]
while time.time()<stop:
    t=time.time(); post('{ strike(id: "1") { id } }'); probes.append((time.time()-t)*1000); time.sleep(0.05)
th.join()
probes.sort(); n=len(probes)
print(f"heavy: {len(heavy_times)} runs, mean {1000*sum(heavy_times)/len(heavy_times):.0f} ms; probe n={n} p50={probes[n//2]:.0f} p90={probes[int(n*.9)]:.0f} p99={probes[int(n*.99)]:.0f} max={probes[-1]:.0f} ms")
