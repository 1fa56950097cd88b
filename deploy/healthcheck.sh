#!/bin/bash
# Container health check for compose: exit 0 when /q/health/ready answers 200. Written against
# bash's /dev/tcp so that it works in the minimal images, which ship neither curl nor wget.
set -u
port="${QUARKUS_HTTP_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
case "$status" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) exit 1 ;;
esac
