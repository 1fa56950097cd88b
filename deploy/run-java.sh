#!/bin/sh
# Starts the packaged JVM application. The container image runs this, and bench/startup.sh runs
# the same file, so the figures in the README are for the JVM settings that ship.
#
# Heap: a share of the memory the container may use (its cgroup limit; on a host, pass
# -XX:MaxRAM=<limit> in JAVA_OPTS to pretend one). The rest of the limit is for what the JVM keeps
# off the heap: metaspace, code cache, thread stacks, Netty's direct buffers.
# Serial GC: one CPU or two do not gain from a parallel collector, and it has the smallest footprint.
# TieredStopAtLevel is not set: C2 matters for a server that runs for days.
set -eu
APP_HOME="${APP_HOME:-$(cd "$(dirname "$0")" && pwd)}"
exec java \
  -XX:MaxRAMPercentage="${FRONTLINE_HEAP_PERCENT:-50}" \
  -XX:+UseSerialGC \
  -XX:+ExitOnOutOfMemoryError \
  -Xss512k \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  ${JAVA_OPTS:-} \
  -jar "$APP_HOME/quarkus-run.jar" "$@"
