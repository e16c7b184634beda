#!/usr/bin/env bash
# A/B of two jars on one endpoint, alternating to spread the box's drift over both:
#
#   bench/ab.sh JAR_A JAR_B [path] [rounds]     e.g. bench/ab.sh old.jar target/frameratr.jar /api/movies 3
#   AB_SCRIPT=ratings bench/ab.sh JAR_A JAR_B /  drives bench/wrk/ratings.lua instead, with AB_TOKENS (200) dev tokens
#   AB_SCALE=large AB_SCRIPT="review_like follow" AB_TOKENS=4000 bench/ab.sh A.jar B.jar / 1   social writes
#                                                  at large, one after the other against each started jar
#
# Needs a loaded scale (bench/run.sh small load, or AB_SCALE's) and wrk. Each round starts each jar
# against the same PostgreSQL, warms it up for AB_WARMUP (30 s) with the endpoint itself, then
# measures 20 s (wrk -t2 -c32) and the service's and PostgreSQL's CPU over exactly that window
# (/proc), and prints req/s, CPU per request and wrk's count of non-2xx answers. The scripts of the
# social writes get what bench/run.sh gives them: BENCH_REVIEWS (the largest review id) and
# BENCH_HANDLES (handles of users without a token).
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
JAR_A=$1 JAR_B=$2 PATH_=${3:-/api/movies} ROUNDS=${4:-3} SCRIPT=${AB_SCRIPT:-}
SCALE=${AB_SCALE:-small} WARMUP=${AB_WARMUP:-30s} TOKENS=${AB_TOKENS:-200}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
source "$BENCH_DIR/pg.sh"
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18080}
pg_start "$SCALE" >/dev/null
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
case $SCALE in tiny) MOVIES=10000 ;; small) MOVIES=100000 ;; large) MOVIES=1000000 ;; esac
export BENCH_WRK_DIR=$BENCH_DIR/wrk BENCH_TOKENS=$HOME_DIR/tokens.txt BENCH_MOVIES=$MOVIES
BENCH_REVIEWS=$(pg_psql "$SCALE" -Atc "SELECT coalesce(max(id), 1) FROM reviews")
pg_psql "$SCALE" -Atc "SELECT handle FROM users WHERE uid > 'u$(printf '%06d' "$TOKENS")' ORDER BY uid LIMIT 20000" \
  >"$HOME_DIR/handles.txt"
export BENCH_REVIEWS BENCH_HANDLES=$HOME_DIR/handles.txt
SERVICE_ENV=(DB_HOST=127.0.0.1 DB_PORT="$(pg_port "$SCALE")" DB_NAME=frameratr DB_USER=frameratr DB_PASS=bench
  DB_SSLMODE=disable FRAMERATR_DEV_AUTH=true FRAMERATR_LIMITS_IN_FLIGHT_PER_CLIENT=100000 PORT="$PORT"
  FRAMERATR_LIMITS_WRITES_PER_MINUTE=10000000 FRAMERATR_LIMITS_WRITE_BURST=100000
  FRAMERATR_LIMITS_LIKES_PER_MINUTE=10000000 FRAMERATR_LIMITS_COMMENTS_PER_MINUTE=10000000
  FRAMERATR_HOME="$HOME_DIR")
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# PostgreSQL: the postmaster with its exited children (cutime + cstime) and its live ones
pg_ticks() {
  local pm total child
  pm=$(pg_pid "$SCALE")
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for child in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do
    total=$((total + $(ticks "$child" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
measure() { # label jar: one service start, then each of the scripts (or the plain path) in turn
  (exec env "${SERVICE_ENV[@]}" "$JAVA" -jar "$2" >"$HOME_DIR/$1.log" 2>&1) &
  local pid=$! t0 t1 p0 p1 out rps bad script wrk_script
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/health" && break; sleep 0.2; done
  [ -z "$SCRIPT" ] || "$JAVA" "$BENCH_DIR/LoadGen.java" tokens "http://127.0.0.1:$PORT" "$TOKENS" "$BENCH_TOKENS" >/dev/null
  for script in ${SCRIPT:-plain}; do
    wrk_script=()
    [ "$script" = plain ] || wrk_script=(-s "$BENCH_DIR/wrk/$script.lua")
    wrk -t2 -c32 -d"$WARMUP" "${wrk_script[@]}" "http://127.0.0.1:$PORT$PATH_" >/dev/null
    t0=$(ticks "$pid") p0=$(pg_ticks)
    out=$(wrk -t2 -c32 -d20s "${wrk_script[@]}" "http://127.0.0.1:$PORT$PATH_")
    t1=$(ticks "$pid") p1=$(pg_ticks)
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    awk -v l="$1" -v s="${script/plain/$PATH_}" -v r="$rps" -v t=$((t1 - t0)) -v p=$((p1 - p0)) -v b="${bad:-0}" \
      -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%s %s: %.0f req/s, CPU per request %.3f ms service, %.3f ms PostgreSQL, %d non-2xx\n",
             l, s, r, t * 1000 / hz / (r * 20), p * 1000 / hz / (r * 20), b }'
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for round in $(seq 1 "$ROUNDS"); do
  measure "A(round $round)" "$JAR_A"
  measure "B(round $round)" "$JAR_B"
done
