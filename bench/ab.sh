#!/usr/bin/env bash
# A/B of two jars on one endpoint, alternating to spread the box's drift over both:
#
#   bench/ab.sh JAR_A JAR_B [path] [rounds]     e.g. bench/ab.sh old.jar target/frameratr.jar /api/movies 3
#   AB_SCRIPT=ratings bench/ab.sh JAR_A JAR_B /  drives bench/wrk/ratings.lua instead, with AB_TOKENS (200) dev tokens
#
# Needs a loaded scale (bench/run.sh small load) and wrk. Each round starts each jar against the same
# PostgreSQL, warms it up for 30 s with the endpoint itself, then measures 20 s (wrk -t2 -c32) and the
# service's CPU over exactly that window (/proc), and prints req/s and service CPU per request.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
JAR_A=$1 JAR_B=$2 PATH_=${3:-/api/movies} ROUNDS=${4:-3} SCRIPT=${AB_SCRIPT:-}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
source "$BENCH_DIR/pg.sh"
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18080}
pg_start small >/dev/null
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
export BENCH_WRK_DIR=$BENCH_DIR/wrk BENCH_TOKENS=$HOME_DIR/tokens.txt BENCH_MOVIES=100000
WRK_SCRIPT=()
[ -z "$SCRIPT" ] || WRK_SCRIPT=(-s "$BENCH_DIR/wrk/$SCRIPT.lua")
SERVICE_ENV=(DB_HOST=127.0.0.1 DB_PORT="$(pg_port small)" DB_NAME=frameratr DB_USER=frameratr DB_PASS=bench
  DB_SSLMODE=disable FRAMERATR_DEV_AUTH=true FRAMERATR_LIMITS_IN_FLIGHT_PER_CLIENT=100000 PORT="$PORT"
  FRAMERATR_LIMITS_WRITES_PER_MINUTE=10000000 FRAMERATR_LIMITS_WRITE_BURST=100000
  FRAMERATR_HOME="$HOME_DIR")
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # label jar
  (exec env "${SERVICE_ENV[@]}" "$JAVA" -jar "$2" >"$HOME_DIR/$1.log" 2>&1) &
  local pid=$! t0 t1 rps
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.2; done
  [ -z "$SCRIPT" ] || "$JAVA" "$BENCH_DIR/LoadGen.java" tokens "http://127.0.0.1:$PORT" "${AB_TOKENS:-200}" "$BENCH_TOKENS" >/dev/null
  wrk -t2 -c32 -d30s "${WRK_SCRIPT[@]}" "http://127.0.0.1:$PORT$PATH_" >/dev/null
  t0=$(ticks "$pid")
  rps=$(wrk -t2 -c32 -d20s "${WRK_SCRIPT[@]}" "http://127.0.0.1:$PORT$PATH_" | awk '/Requests\/sec/ {print $2}')
  t1=$(ticks "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v l="$1" -v r="$rps" -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%s %s: %.0f req/s, %.3f ms service CPU per request\n", l, "'"${SCRIPT:-$PATH_}"'", r, t * 1000 / hz / (r * 20) }'
}
for round in $(seq 1 "$ROUNDS"); do
  measure "A(round $round)" "$JAR_A"
  measure "B(round $round)" "$JAR_B"
done
