#!/bin/sh
# Starts the packaged JVM application. The container image runs this, and bench/startup.sh runs
# the same file, so the figures in the README are for the JVM settings that ship.
#
# Heap: a share of the memory the container may use (its cgroup limit; on a host, pass
# -XX:MaxRAM=<limit> in JAVA_OPTS to pretend one). The rest of the limit is for what the JVM keeps
# off the heap: metaspace, code cache, thread stacks, Netty's direct buffers. 40%: with the
# parallel collector and half the limit for the heap, the process reached 318 MB after 10,000
# requests in 512 MiB (bench/startup.sh); with 40% it stayed at 291 MB.
# Collector: FRONTLINE_GC (SerialGC, ParallelGC or G1GC); the default is the one bench/run.sh
# measured fastest here (README, Performance).
# TieredStopAtLevel is not set: start-up would be faster with C1 alone, but C2 matters for a
# server that runs for days.
#
# Class-data sharing: `run-java.sh --dump-cds` starts the application up to the end of its
# initialisation without touching the database, and writes the classes it loaded to app-cds.jsa;
# later starts map that archive instead of loading and verifying those classes again. The image
# build does this once. The archive fits one JDK build and this exact jar path; where it does not
# fit, the JVM ignores it and starts without it (-Xlog:cds shows which happened).
set -eu
APP_HOME="${APP_HOME:-$(cd "$(dirname "$0")" && pwd)}"
archive="$APP_HOME/app-cds.jsa"
cds=""
if [ "${1:-}" = "--dump-cds" ]; then
  shift
  cds="-XX:ArchiveClassesAtExit=$archive"
  export QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_MIGRATE_AT_START=false QUARKUS_FLYWAY_VALIDATE_AT_START=false
elif [ -f "$archive" ]; then
  cds="-XX:SharedArchiveFile=$archive"
fi
exec java \
  -XX:MaxRAMPercentage="${FRONTLINE_HEAP_PERCENT:-40}" \
  -XX:+Use"${FRONTLINE_GC:-ParallelGC}" \
  -XX:+ExitOnOutOfMemoryError \
  -Xss512k \
  $cds \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  ${JAVA_OPTS:-} \
  -jar "$APP_HOME/quarkus-run.jar" "$@"
