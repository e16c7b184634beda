#!/usr/bin/env bash
# FrameRatr benchmark: one command per scale.
#
#   bench/run.sh small            # 100k movies, 20k users, 2M ratings (the first version's table)
#   bench/run.sh large            # 1M movies, 200k users, 25M ratings
#   bench/run.sh small fargate    # only the Fargate envelope (0.25 vCPU / 512 MB)
#   bench/run.sh small endpoints  # only the per-endpoint and mixed runs
#   bench/run.sh large load       # only start PostgreSQL and load the scale (kept for later runs)
#   bench/run.sh large plans      # only the list endpoints at limit 1, 20, 50, 100: plan cliffs
#   bench/run.sh small recs       # only the taste model: a rebuild in the Fargate envelope next to
#                                 # traffic, then /api/recommendations and /similar at REC_RATE
#
# Starts PostgreSQL 16 (bench/pg.sh), the service against it (Flyway migrates), loads the scale
# once (bench/gen/Gen.java streamed through psql COPY; kept in $BENCH_PGDATA between runs), mints dev
# tokens for many users, then measures with wrk (fixed concurrency) and bench/LoadGen.java (fixed
# arrival rate). Everything stays on 127.0.0.1 and every run is bounded in time. Results go to
# bench/results/<scale>-<time>.md (a markdown table) next to the raw wrk output.
#
# Knobs (environment): DURATION (20s), THREADS (2), CONNECTIONS (32), WARMUP (15s), TOKENS (4000),
# MIXED_RATE (requests/s of the fixed-rate mixed run; default: half the req/s the fixed-concurrency
# mixed run just reached, i.e. latency at 50 % of this box's capacity), RATE_SECONDS (30),
# SEARCH_RATE (200), FEED_RATE (200: GET /api/feed as u000001, who follows 1,000), REC_RATE (200:
# GET /api/recommendations as random users, GET /api/movies/{id}/similar, each after REC_WARMUP
# seconds (90) at 50 req/s), REC_TRAFFIC_RATE (30:
# the mixed workload's rate against the Fargate-sized task while it rebuilds the model), FARGATE_WARMUP (60s), FARGATE_JAVA_OPTS (the JVM flags of the envelope run;
# default: the Dockerfile's JAVA_OPTS), JAR (the dev jar), PROD_JAR (the -Dproduction jar of the Fargate
# envelope, target/production/frameratr.jar; built if missing), FARGATE_ROWS (which envelope rows, in
# order: "defaults flags spring-aot image").
set -euo pipefail
SCALE=${1:-small}
PART=${2:-all}
case $SCALE in tiny | small | large) ;; *) echo "usage: bench/run.sh tiny|small|large [all|endpoints|fargate|load|plans]" >&2; exit 2 ;; esac
case $PART in all | endpoints | fargate | load | plans | recs) ;; *) echo "usage: bench/run.sh tiny|small|large [all|endpoints|fargate|load|plans|recs]" >&2; exit 2 ;; esac

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export JAVA_HOME=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
source "$BENCH_DIR/pg.sh"

DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-15s}
TOKENS=${TOKENS:-4000}
RATE_SECONDS=${RATE_SECONDS:-30}
SEARCH_RATE=${SEARCH_RATE:-200}
FEED_RATE=${FEED_RATE:-200}
FARGATE_WARMUP=${FARGATE_WARMUP:-60s}
PLAN_DURATION=${PLAN_DURATION:-5s}
case $SCALE in
  tiny) MOVIES=10000 ;;
  small) MOVIES=100000 ;;
  large) MOVIES=1000000 ;;
esac
MIXED_RATE=${MIXED_RATE:-}
PORT=${PORT:-18080}
BASE=http://127.0.0.1:$PORT
JAR=${JAR:-$ROOT/target/frameratr.jar}
# the envelope measures the image's own JVM flags (the Dockerfile's JAVA_OPTS) unless told otherwise
FARGATE_JAVA_OPTS=${FARGATE_JAVA_OPTS:-$(sed -n 's/^ENV JAVA_OPTS="\([^"]*\)".*/\1/p' "$ROOT/Dockerfile")}

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BENCH_DIR/results/tmp" "$BENCH_DATA"
OUT=$BENCH_DIR/results/$SCALE-$STAMP.md
RAW=$BENCH_DIR/results/tmp/$SCALE-$STAMP
mkdir -p "$RAW"
export BENCH_WRK_DIR=$BENCH_DIR/wrk BENCH_TOKENS=$RAW/tokens.txt BENCH_MOVIES=$MOVIES
CLK_TCK=$(getconf CLK_TCK)

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
for tool in wrk psql curl bc; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (Debian: apt-get install wrk postgresql-client curl bc)" >&2; exit 2; }
done

[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

# ---- process accounting from /proc ----------------------------------------------------------
# CPU ticks of one process (utime + stime)
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# CPU ticks of PostgreSQL: the postmaster, its live children, and (cutime + cstime) the children
# that already exited
pg_ticks() {
  local pm=$1 total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for child in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do
    total=$((total + $(proc_ticks "$child")))
  done
  echo "$total"
}
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

SERVICE_PID=
start_service() { # start_service LOGFILE [java options...]
  local logfile=$1; shift
  (cd "$RAW" && exec env "${SERVICE_ENV[@]}" FRAMERATR_HOME="$RAW/home" "$JAVA" "$@" -jar "$JAR" >"$logfile" 2>&1) &
  SERVICE_PID=$!
  wait_healthy "$SERVICE_PID"
}
wait_healthy() {
  local pid=$1 i
  for i in $(seq 1 1800); do
    curl -sf -o /dev/null "$BASE/health" && return 0
    kill -0 "$pid" 2>/dev/null || { log "service exited during start-up"; return 1; }
    sleep 0.1
  done
  log "service not healthy after 180 s"; return 1
}
stop_service() {
  [ -n "$SERVICE_PID" ] || return 0
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
}
# the JVM that run_limited started in the background subshell OUTER
limited_java() {
  local outer=$1 pid=
  for _ in $(seq 1 100); do
    pid=$(pgrep -P "$outer" -x java 2>/dev/null || true)
    [ -n "$pid" ] && break
    sleep 0.05
  done
  echo "$pid"
}
FAKE_TMDB_PID=
FIREBASE_KEYS_PID=
trap 'stop_service; for p in $FAKE_TMDB_PID $FIREBASE_KEYS_PID; do kill "$p" 2>/dev/null; done' EXIT

# ---- one measured run -------------------------------------------------------------------------
# measure NAME PID -- command...   runs the load command, prints one table row
measure() {
  local name=$1 pid=$2; shift 3
  local pg t0 s0 p0 t1 s1 p1 result secs svc_cpu pg_cpu rss peak=0 sampler
  pg=$(pg_pid "$SCALE")
  # MEASURE_TREE=1: the process and its workers (nginx), as for PostgreSQL
  local ticks=proc_ticks
  [ -z "${MEASURE_TREE:-}" ] || ticks=pg_ticks
  t0=$(date +%s.%N); s0=$($ticks "$pid"); p0=$(pg_ticks "$pg")
  ( while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid"; echo; sleep 1; done ) >"$RAW/rss-$name.txt" &
  sampler=$!
  "$@" >"$RAW/$name.txt" 2>&1 || true
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  t1=$(date +%s.%N); s1=$($ticks "$pid"); p1=$(pg_ticks "$pg")
  result=$(grep '^RESULT' "$RAW/$name.txt" | tail -1 || true)
  if [ -z "$result" ]; then
    log "$name: no result (see $RAW/$name.txt)"; echo "| $name | failed: see raw output | | | | | | | | | | |"; return
  fi
  secs=$(echo "$t1 - $t0" | bc -l)
  svc_cpu=$(echo "($s1 - $s0) / $CLK_TCK / $secs * 100" | bc -l)
  pg_cpu=$(echo "($p1 - $p0) / $CLK_TCK / $secs * 100" | bc -l)
  peak=$(sort -n "$RAW/rss-$name.txt" | tail -1)
  rss=$(rss_mb "$pid")
  local -A r
  local kv
  for kv in ${result#RESULT }; do r[${kv%%=*}]=${kv#*=}; done
  # CPU seconds per 1,000 requests = ms per request: moves less between machines than req/s
  local svc_ms pg_ms
  svc_ms=$(echo "($s1 - $s0) / $CLK_TCK * 1000 / ${r[requests]}" | bc -l)
  pg_ms=$(echo "($p1 - $p0) / $CLK_TCK * 1000 / ${r[requests]}" | bc -l)
  RPS[$name]=${r[rps]}
  P99[$name]=${r[p99_ms]}
  SVC_MS[$name]=$svc_ms
  printf '| %s | %.0f | %.1f | %.1f | %.1f | %.0f | %s | %.0f %% | %.3f | %s / %s MB | %.0f %% | %.3f |\n' \
    "$name" "${r[rps]}" "${r[p50_ms]}" "${r[p90_ms]}" "${r[p99_ms]}" "${r[max_ms]}" "${r[errors]}" \
    "$svc_cpu" "$svc_ms" "$rss" "${peak:-0}" "$pg_cpu" "$pg_ms" | tee -a "${ROW_OUT:-$OUT}"
}
declare -A RPS P99 SVC_MS
table_header() {
  echo "| $1 | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | service CPU | service CPU ms/req | service RSS end / peak | PostgreSQL CPU | PostgreSQL CPU ms/req |" | tee -a "$OUT"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|" | tee -a "$OUT"
}
wrk_run() { # wrk_run NAME SCRIPT PATH [wrk options]
  local name=$1 script=$2 path=$3; shift 3
  measure "$name" "$SERVICE_PID" -- wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s "$@" \
    -s "$BENCH_DIR/wrk/$script.lua" "$BASE$path"
}

# ---- ceilings: nginx serving the same bytes, and the shares of each class ---------------------
# nginx (2 workers on this box) answers /health and the cached TMDb list with the service's own
# bodies, as static files, under the same wrk settings: the most this box can serve of that response
nginx_ceiling() {
  local dir=$RAW/nginx port=$((PORT + 20))
  if ! command -v nginx >/dev/null; then
    echo "nginx ceiling not measured: no nginx" | tee -a "$OUT"; return
  fi
  mkdir -p "$dir/logs"
  chmod 755 "$dir"
  cp "$RAW/health-body.json" "$dir/health.json"
  cp "$RAW/tmdb-body.json" "$dir/tmdb.json"
  chmod 644 "$dir"/*.json
  cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$port;
    location = /health { default_type application/json; alias $dir/health.json; }
    location = /tmdb { default_type application/json; alias $dir/tmdb.json; }
  }
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" || { echo "nginx ceiling not measured: nginx did not start" | tee -a "$OUT"; return; }
  table_header "ceiling: nginx serving the service's bodies (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  local pid
  pid=$(cat "$dir/nginx.pid")
  MEASURE_TREE=1 measure nginx-health "$pid" -- wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$BENCH_DIR/wrk/plain.lua" "http://127.0.0.1:$port/health"
  MEASURE_TREE=1 measure nginx-tmdb "$pid" -- wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$BENCH_DIR/wrk/plain.lua" "http://127.0.0.1:$port/tmdb"
  nginx -p "$dir" -c "$dir/nginx.conf" -s stop || true
  echo | tee -a "$OUT"
}
# each class against its ceiling: nginx for /health and the TMDb hit, pgbench (the same statements,
# prepared, 8 connections) for the database-backed ones; movie-random is the title page without its
# cache (100,000 ids), movie-1 the cached hot title against the service's own /health
share_of_ceilings() {
  tps() { awk -F'|' -v q="$1" '{gsub(/^ +| +$/, "", $2)} $2 == q {gsub(/ /, "", $3); print $3}' "$RAW/pgbench.txt"; }
  {
    echo "| class | req/s | p99 ms | service CPU ms/req | ceiling | ceiling req/s | share |"
    echo "|---|---|---|---|---|---|---|"
    row() { # row CLASS CEILING_NAME CEILING_RPS
      [ -n "${RPS[$1]:-}" ] && [ -n "${3:-}" ] && [ "$3" != 0 ] || { echo "| $1 | | | | $2 | | not measured |"; return; }
      printf '| %s | %.0f | %.1f | %.3f | %s | %.0f | %.0f %% |\n' "$1" "${RPS[$1]}" "${P99[$1]}" "${SVC_MS[$1]}" "$2" "$3" \
        "$(echo "${RPS[$1]} * 100 / $3" | bc -l)"
    }
    row health "nginx /health" "${RPS[nginx-health]:-}"
    row tmdb-trending-cached "nginx, the same JSON" "${RPS[nginx-tmdb]:-}"
    row movie-1 "the service's own /health" "${RPS[health]:-}"
    row movie-random "pgbench detail" "$(tps detail)"
    row movies-first-page "pgbench list limit=20" "$(tps 'list limit=20')"
    row movies-search-ab "pgbench search limit=20" "$(tps 'search limit=20')"
    row movie-1-reviews "pgbench reviews limit=20" "$(tps 'reviews limit=20')"
    local limit
    for limit in 1 20 50 100; do
      row "movie-1-reviews-limit-$limit" "pgbench reviews limit=$limit" "$(tps "reviews limit=$limit")"
      row "movies-limit-$limit" "pgbench list limit=$limit" "$(tps "list limit=$limit")"
      row "movies-search-ab-limit-$limit" "pgbench search limit=$limit" "$(tps "search limit=$limit")"
    done
    row post-ratings-auth "pgbench rate" "$(tps rate)"
    echo
  } | tee -a "$OUT"
}

# ---- database: start, migrate, load once ------------------------------------------------------
log "PostgreSQL 16 for $SCALE on 127.0.0.1:$(pg_port "$SCALE") (data in $BENCH_PGDATA/pg-$SCALE)"
pg_start "$SCALE"
# TMDb cannot be reached from here (nor should a benchmark hit it): a fake on loopback answers with
# recorded TMDb JSON, so the proxy rows measure the service's cache, not the network
TMDB_PORT=${TMDB_PORT:-18099}
TMDB_FAKE_TOKEN=bench-fake-tmdb-v4-read-token
"$JAVA" "$ROOT/src/test/java/com/frameratr/support/FakeTmdb.java" "$TMDB_PORT" "$TMDB_FAKE_TOKEN" "$ROOT/src/test/resources/tmdb" >"$RAW/fake-tmdb.log" 2>&1 &
FAKE_TMDB_PID=$!
# The load comes from one address standing in for many clients: the per-client limits (in flight,
# TMDb misses) are raised so that they do not cap what is measured; the dev issuer mints the tokens.
SERVICE_ENV=(DB_HOST=127.0.0.1 DB_PORT="$(pg_port "$SCALE")" DB_NAME=frameratr DB_USER=frameratr DB_PASS=bench
  DB_SSLMODE=disable FRAMERATR_DEV_AUTH=true MANAGEMENT_PORT="$((PORT + 1))"
  FRAMERATR_LIMITS_IN_FLIGHT_PER_CLIENT=100000 FRAMERATR_TMDB_CLIENT_MISS_BURST=100000
  FRAMERATR_TMDB_CLIENT_MISSES_PER_MINUTE=1000000
  PORT="$PORT" TMDB_TOKEN="$TMDB_FAKE_TOKEN" TMDB_BASE_URL="http://127.0.0.1:$TMDB_PORT/3")
log "starting the service (migrates the schema)"
start_service "$RAW/service.log"
# the contents of the generator's sources in a fixed (C locale) order, then the load's SQL: the
# same code in another checkout (another path) keeps the loaded data
mapfile -t GEN_SOURCES < <(printf '%s\n' "$BENCH_DIR"/gen/*.java | LC_ALL=C sort)
MARKER="frameratr-bench scale=$SCALE gen=$(cat "${GEN_SOURCES[@]}" "$BENCH_DIR/load-pre.sql" "$BENCH_DIR/load-post.sql" | sha1sum | cut -c1-12)"
if [ "$(pg_psql "$SCALE" -Atc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'frameratr'")" != "$MARKER" ]; then
  log "loading scale $SCALE (bench/gen/Gen.java | psql COPY)"
  load_start=$(date +%s)
  "$JAVA" -Xmx3g "$BENCH_DIR/gen/Gen.java" "$SCALE" 42 "$BENCH_DIR" |
    pg_psql "$SCALE" -q -v ON_ERROR_STOP=1 -v bench_marker="$MARKER" 2>&1 | tee "$RAW/load.txt" >&2
  log "loaded in $(($(date +%s) - load_start)) s; verifying"
  pg_psql "$SCALE" -f "$BENCH_DIR/verify.sql" | tee "$RAW/verify-after-load.txt" >&2
  # the service's caches (if any) and pool saw the old data: restart it
  stop_service
  start_service "$RAW/service.log"
fi
if [ "$PART" = load ]; then
  log "scale $SCALE loaded: $(pg_psql "$SCALE" -Atc "SELECT pg_size_pretty(pg_database_size('frameratr'))")"
  exit 0
fi

{
  echo "# FrameRatr benchmark: scale $SCALE, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- service: $(basename "$JAR"), $("$JAVA" -version 2>&1 | head -1), git $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo '+dirty')"
  echo "- PostgreSQL: $(pg_psql "$SCALE" -Atc 'SHOW server_version'), same machine; load: wrk $THREADS threads x $CONNECTIONS connections, $DURATION per row after a $WARMUP warm-up"
  echo "- raw output: bench/results/tmp/$SCALE-$STAMP"
  echo
} | tee "$OUT" >&2

log "minting $TOKENS dev tokens (users u000001..)"
"$JAVA" "$BENCH_DIR/LoadGen.java" tokens "$BASE" "$TOKENS" "$RAW/tokens.txt"

# ---- the own taste model (issue 17) --------------------------------------------------------------
# A rebuild as production runs it: the cluster job in a 0.25 vCPU / 512 MB task, with the mixed
# workload running against that task all along (its errors and the task's peak RSS are the point);
# then the service on the whole box serves the new model at a fixed arrival rate.
if [ "$PART" = recs ]; then
  RECIPE=${RUN_LIMITED:-$ROOT/../shared/recipes/run-limited.sh}
  [ -f "$RECIPE" ] || RECIPE=/work/shared/recipes/run-limited.sh
  REC_RATE=${REC_RATE:-200}
  REC_TRAFFIC_RATE=${REC_TRAFFIC_RATE:-30}
  stop_service
  # the first rebuild of a fresh schedule is due FIRST_REBUILD after start
  pg_psql "$SCALE" -qc "DELETE FROM scheduled_tasks WHERE task_name = 'recommendation-model-rebuild'"
  log "taste model: rebuild in the Fargate envelope, mixed traffic alongside"
  (
    source "$RECIPE"
    rc=0
    # shellcheck disable=SC2086
    cd "$RAW" && run_limited 25000 512M env "${SERVICE_ENV[@]}" FRAMERATR_HOME="$RAW/home" \
      FRAMERATR_RECOMMENDATIONS_FIRST_REBUILD=20s FRAMERATR_JOBS_POLLING_INTERVAL=2s \
      "$JAVA" $FARGATE_JAVA_OPTS -jar "$JAR" >"$RAW/recs-rebuild.log" 2>&1 || rc=$?
    echo "$rc" >"$RAW/recs-rebuild.exit"
  ) &
  outer=$!
  pid=$(limited_java "$outer")
  wait_healthy "$pid"
  # the dev issuer's key is each process's own: tokens of this instance
  "$JAVA" "$BENCH_DIR/LoadGen.java" tokens "$BASE" 1000 "$RAW/tokens-recs.txt"
  # normal traffic, not the most the task can take: the mixed workload at a fixed rate (about half
  # of what the envelope serves), in one-minute runs until the model is built
  (
    while ! grep -q "Recommendation model .* built" "$RAW/recs-rebuild.log"; do
      LOADGEN_WARMUP_SECONDS=0 "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" "$REC_TRAFFIC_RATE" 60 mixed "$RAW/tokens-recs.txt" "$MOVIES" 2>&1 |
        grep '^RESULT' >>"$RAW/recs-rebuild-traffic.txt" || break
    done
  ) &
  traffic=$!
  peak=0
  rebuild_start=$(date +%s)
  while ! grep -q "Recommendation model .* built" "$RAW/recs-rebuild.log"; do
    kill -0 "$pid" 2>/dev/null || { log "the task ended during the rebuild (exit $(cat "$RAW/recs-rebuild.exit" 2>/dev/null))"; break; }
    [ $(($(date +%s) - rebuild_start)) -lt 1800 ] || { log "no model after 30 min"; break; }
    rss=$(rss_mb "$pid")
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 1
  done
  wait "$traffic" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$outer" 2>/dev/null || true
  built=$(grep -m1 "Recommendation model .* built" "$RAW/recs-rebuild.log" | sed 's/.*Recommendation model/model/')
  # the one-minute runs together: requests, errors, the worst p99 and max
  traffic_row=$(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    n += v["requests"]; e += v["errors"]; if (v["p99_ms"] > p99) p99 = v["p99_ms"]; if (v["max_ms"] > mx) mx = v["max_ms"]; runs++ }
    END { printf "%d one-minute runs at the target rate, %d requests, %d errors, worst p99 %.1f ms, max %.1f ms", runs, n, e, p99, mx }' \
    "$RAW/recs-rebuild-traffic.txt")
  {
    echo "## Taste model (issue 17)"
    echo
    echo "Rebuild: the cluster job in a 0.25 vCPU / 512 MB cgroup (run_limited 25000 512M, JVM flags of the image),"
    echo "the mixed workload against it all along at $REC_TRAFFIC_RATE req/s (bench/LoadGen.java rate, one-minute runs):"
    echo
    echo "- $built"
    echo "- task peak RSS during the rebuild: $peak MB; task exit after SIGTERM: $(cat "$RAW/recs-rebuild.exit" 2>/dev/null) (143 = our SIGTERM, 137 = the OOM killer)"
    echo "- traffic during the rebuild: $traffic_row"
    echo
  } | tee -a "$OUT" >&2
  start_service "$RAW/service.log"
  for _ in $(seq 1 100); do
    grep -q "Serving recommendation model" "$RAW/service.log" && break
    sleep 0.2
  done
  "$JAVA" "$BENCH_DIR/LoadGen.java" tokens "$BASE" "$TOKENS" "$RAW/tokens.txt"
  curl -s -H "Authorization: Bearer $(head -1 "$RAW/tokens.txt")" "$BASE/api/recommendations?limit=10" >"$RAW/recs-u000001.json"
  # similar: the 5,000 movies with the most ratings, which the model knows
  pg_psql "$SCALE" -Atc "SELECT title_id FROM rating_stats WHERE kind = 'movie' ORDER BY rating_count DESC LIMIT 5000" >"$RAW/similar-ids.txt"
  # a fresh JVM interprets and compiles the path for its first minute: the rows measure an instance
  # that has served traffic for a while, after REC_WARMUP seconds of each workload at 50 req/s
  REC_WARMUP=${REC_WARMUP:-90}
  for workload in recommendations similar; do
    LOADGEN_WARMUP_SECONDS=0 LOADGEN_IDS=$RAW/similar-ids.txt "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" 50 "$REC_WARMUP" "$workload" \
      "$RAW/tokens.txt" "$MOVIES" >"$RAW/recs-$workload-warmup.txt" 2>&1
  done
  {
    echo "Serving (the service on the whole box, after ${REC_WARMUP} s of each workload at 50 req/s), fixed arrival rate"
    echo "(bench/LoadGen.java rate, ${RATE_SECONDS} s after 5 s); service CPU per request from /proc over the run:"
    echo
    echo "| request | rate | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | service CPU ms/req |"
    echo "|---|---|---|---|---|---|---|---|---|"
  } | tee -a "$OUT" >&2
  for workload in recommendations similar; do
    t0=$(proc_ticks "$SERVICE_PID")
    LOADGEN_IDS=$RAW/similar-ids.txt "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" "$REC_RATE" "$RATE_SECONDS" "$workload" "$RAW/tokens.txt" "$MOVIES" \
      >"$RAW/recs-$workload.txt" 2>&1
    t1=$(proc_ticks "$SERVICE_PID")
    grep -m1 '^RESULT' "$RAW/recs-$workload.txt" | awk -v name="$workload" -v rate="$REC_RATE" -v ticks=$((t1 - t0)) -v hz="$CLK_TCK" -v sent=$((REC_RATE * (RATE_SECONDS + 5))) '{
      for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "| %s | %s/s | %s | %s | %s | %s | %s | %s | %.2f |\n", name, rate, v["rps"], v["p50_ms"], v["p90_ms"], v["p99_ms"], v["max_ms"], v["errors"], ticks / hz * 1000 / sent
    }' | tee -a "$OUT" >&2
  done
  echo "- u000001's recommendations: bench/results/tmp/$SCALE-$STAMP/recs-u000001.json" | tee -a "$OUT" >&2
  exit 0
fi

# ---- plan cliffs: every list endpoint at limit 1, 20, 50 and 100 ------------------------------
# The service's own driver settings (pgjdbc prepares on the server after five executions, and
# PostgreSQL may then switch to a generic plan): each endpoint first runs often enough to get there
# with every statement logged with its parameters, then bench/PlanCheck.java compares each logged
# read statement's generic plan with its custom plan, then wrk measures each endpoint at each limit.
if [ "$PART" = all ] || [ "$PART" = plans ]; then
  LIST_ID=$(pg_psql "$SCALE" -Atc "SELECT id FROM user_lists WHERE uid = 'u000001' AND name = 'Best of'")
  REVIEW_ID=$(pg_psql "$SCALE" -Atc "SELECT id FROM reviews WHERE kind = 'movie' AND title_id = 1 ORDER BY comment_count DESC, id LIMIT 1")
  HEAVY=$(pg_psql "$SCALE" -Atc "SELECT handle FROM users WHERE uid = 'u000001'")
  FOLLOWED=$(pg_psql "$SCALE" -Atc "SELECT handle FROM users WHERE uid = 'u000002'")
  # NAME AUTH PATH: AUTH is "-" (anonymous), "first" (u000001, the heavy diarist who follows 1,000) or "any"
  PLAN_ENDPOINTS=(
    "movies - /api/movies" "movies-search-ab - /api/movies?q=ab" "tv - /api/tv"
    "movie-1-reviews - /api/movies/1/reviews" "movie-1-reviews-liked - /api/movies/1/reviews?sort=most_liked"
    "movie-1-reviews-replies - /api/movies/1/reviews?sort=most_replies"
    "movie-1-reviews-highest - /api/movies/1/reviews?sort=highest" "movie-1-reviews-viewer first /api/movies/1/reviews"
    "review-comments - /api/reviews/$REVIEW_ID/comments"
    "lists-popular - /api/lists?sort=popular" "lists-recent - /api/lists?sort=recent"
    "list-entries - /api/lists/$LIST_ID/entries" "list-comments - /api/lists/$LIST_ID/comments"
    "profile-reviews - /api/users/$HEAVY/reviews" "profile-ratings - /api/users/$HEAVY/ratings"
    "profile-diary - /api/users/$HEAVY/diary" "profile-lists - /api/users/$HEAVY/lists"
    "followers - /api/users/$FOLLOWED/followers" "following - /api/users/$HEAVY/following"
    "my-diary first /api/me/diary" "my-ratings first /api/me/ratings" "my-reviews first /api/me/reviews"
    "watchlist any /api/watchlist/movies" "favorites any /api/favorites/movies" "my-lists first /api/lists/mine"
    "feed-following-1000 first /api/feed" "feed-random-user any /api/feed" "notifications first /api/me/notifications")
  PG_LOG=$BENCH_PGDATA/pg-$SCALE/postgres.log
  log "plans: every statement logged while each list endpoint runs 12 times at each limit"
  pg_psql "$SCALE" -qc "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  log_from=$(($(stat -c %s "$PG_LOG") + 1))
  for spec in "${PLAN_ENDPOINTS[@]}"; do
    read -r name auth path <<<"$spec"
    for limit in 1 20 50 100; do
      sep='?'; [[ $path == *\?* ]] && sep='&'
      for n in $(seq 1 12); do
        case $auth in
          -) header=() ;;
          first) header=(-H "Authorization: Bearer $(head -1 "$RAW/tokens.txt")") ;;
          *) header=(-H "Authorization: Bearer $(sed -n "$((n * 37 % TOKENS + 1))p" "$RAW/tokens.txt")") ;;
        esac
        code=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$BASE$path${sep}limit=$limit")
        [ "$code" = 200 ] || { log "$name limit=$limit answered $code"; break; }
      done
    done
  done
  pg_psql "$SCALE" -qc "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$log_from" "$PG_LOG" >"$RAW/statements.log"
  DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
  {
    echo "Generic against custom plans of the read statements the list endpoints ran (bench/PlanCheck.java)"
    echo
    "$JAVA" -cp "$DRIVER" "$BENCH_DIR/PlanCheck.java" "$RAW/statements.log" \
      "jdbc:postgresql://127.0.0.1:$(pg_port "$SCALE")/frameratr" postgres 2>"$RAW/plancheck-errors.txt"
    echo
  } | tee -a "$OUT"
  log "plans: wrk at each limit"
  table_header "list endpoint at limit (wrk -t$THREADS -c$CONNECTIONS -d$PLAN_DURATION)"
  for spec in "${PLAN_ENDPOINTS[@]}"; do
    read -r name auth path <<<"$spec"
    for limit in 1 20 50 100; do
      sep='?'; [[ $path == *\?* ]] && sep='&'
      case $auth in
        -) script=plain; first= ;;
        first) script=signed_in; first=1 ;;
        *) script=signed_in; first= ;;
      esac
      BENCH_FIRST_TOKEN=$first DURATION=$PLAN_DURATION wrk_run "$name-limit-$limit" "$script" "$path${sep}limit=$limit"
    done
  done
  echo | tee -a "$OUT"
fi

if [ "$PART" = all ] || [ "$PART" = endpoints ]; then
  log "warm-up ($WARMUP mixed + reads)"
  wrk -t2 -c16 -d"$WARMUP" -s "$BENCH_DIR/wrk/mixed.lua" "$BASE/" >/dev/null
  wrk -t2 -c16 -d5s -s "$BENCH_DIR/wrk/random_movie.lua" "$BASE/" >/dev/null
  curl -s -o "$RAW/health-body.json" "$BASE/health"
  curl -s -o "$RAW/tmdb-body.json" "$BASE/api/tmdb/trending/movies"
  table_header "endpoint (fixed concurrency: wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk_run health plain /health
  wrk_run movies-first-page plain /api/movies
  wrk_run movies-search-ab plain '/api/movies?q=ab'
  wrk_run movie-1 plain /api/movies/1
  wrk_run movie-random random_movie /
  wrk_run movie-1-reviews plain /api/movies/1/reviews
  # the list reads at every limit of the plan sweep, against pgbench at the same limit
  for limit in 1 20 50 100; do
    DURATION=$PLAN_DURATION wrk_run "movie-1-reviews-limit-$limit" plain "/api/movies/1/reviews?limit=$limit"
    DURATION=$PLAN_DURATION wrk_run "movies-limit-$limit" plain "/api/movies?limit=$limit"
    DURATION=$PLAN_DURATION wrk_run "movies-search-ab-limit-$limit" plain "/api/movies?q=ab&limit=$limit"
  done
  wrk_run favorites-auth favorites /
  wrk_run post-ratings-auth ratings /
  wrk_run watchlist-auth signed_in /api/watchlist/movies
  wrk_run diary-page-auth signed_in /api/me/diary
  BENCH_FIRST_TOKEN=1 wrk_run diary-page-diarist signed_in '/api/me/diary?limit=50'
  BENCH_FIRST_TOKEN=1 wrk_run stats-diarist signed_in /api/me/stats
  BENCH_FIRST_TOKEN=1 wrk_run stats-diarist-year signed_in '/api/me/stats?year=2026'
  BENCH_FIRST_TOKEN=1 wrk_run title-page-viewer signed_in /api/movies/1
  wrk_run post-diary-auth diary_write /
  LIST_ID=$(pg_psql "$SCALE" -Atc "SELECT id FROM user_lists WHERE uid = 'u000001' AND name = 'Best of'")
  wrk_run list-page plain "/api/lists/$LIST_ID"
  wrk_run list-entries plain "/api/lists/$LIST_ID/entries?limit=50"
  wrk_run public-lists-popular plain '/api/lists?sort=popular'
  wrk_run public-lists-recent plain '/api/lists?sort=recent'
  # the feed (issue 14): u000001 follows exactly 1,000 users (bench/load-post.sql); a random
  # token's user follows about one; u000002 has a quarter of all users as followers
  BENCH_FIRST_TOKEN=1 wrk_run feed-following-1000 signed_in /api/feed
  wrk_run feed-random-user signed_in /api/feed
  BENCH_FIRST_TOKEN=1 wrk_run notifications-page signed_in /api/me/notifications
  # social writes: follows of users without a token (never oneself); likes and comments of random
  # reviews (their endpoints come with the reactions module: 404 rows until it is merged)
  pg_psql "$SCALE" -Atc "SELECT handle FROM users WHERE uid > 'u$(printf '%06d' "$TOKENS")' ORDER BY uid LIMIT 20000" \
    >"$RAW/handles.txt"
  if [ -s "$RAW/handles.txt" ]; then
    BENCH_HANDLES=$RAW/handles.txt wrk_run follow-unfollow-auth follow /
  else
    echo "| follow-unfollow-auth | not measured: no users beyond the $TOKENS with tokens | | | | | | | | |" | tee -a "$OUT"
  fi
  REVIEWS_MAX=$(pg_psql "$SCALE" -Atc "SELECT coalesce(max(id), 1) FROM reviews")
  BENCH_REVIEWS=$REVIEWS_MAX wrk_run review-like-auth review_like /
  BENCH_REVIEWS=$REVIEWS_MAX wrk_run review-comment-auth review_comment /
  tmdb=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/tmdb/trending/movies")
  if [ "$tmdb" = 200 ]; then
    calls0=$(curl -s "http://127.0.0.1:$TMDB_PORT/_calls")
    wrk_run tmdb-trending-cached plain /api/tmdb/trending/movies
    log "TMDb calls during the cached-proxy run: $(($(curl -s "http://127.0.0.1:$TMDB_PORT/_calls") - calls0))"
  else
    echo "| tmdb-trending-cached | not measured: /api/tmdb/trending/movies answered $tmdb (no TMDb proxy or no fake TMDb configured) | | | | | | | | |" | tee -a "$OUT"
  fi
  wrk_run mixed mixed /
  if [ -z "$MIXED_RATE" ]; then
    MIXED_RATE=$(grep '^RESULT' "$RAW/mixed.txt" | sed 's/.* rps=\([0-9.]*\).*/\1/' | awk '{r = int($1 / 2 / 10) * 10; print (r < 20 ? 20 : r)}')
  fi
  echo | tee -a "$OUT"
  table_header "fixed arrival rate (bench/LoadGen.java, latency from the intended send time)"
  measure "mixed-at-${MIXED_RATE}rps" "$SERVICE_PID" -- "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" "$MIXED_RATE" \
    "$RATE_SECONDS" mixed "$RAW/tokens.txt" "$MOVIES"
  measure "search-ab-at-${SEARCH_RATE}rps" "$SERVICE_PID" -- "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" "$SEARCH_RATE" \
    "$RATE_SECONDS" search "$RAW/tokens.txt" "$MOVIES"
  # issue 14's target: p99 <= 50 ms at 200 req/s
  measure "feed-following-1000-at-${FEED_RATE}rps" "$SERVICE_PID" -- "$JAVA" "$BENCH_DIR/LoadGen.java" rate "$BASE" \
    "$FEED_RATE" "$RATE_SECONDS" feed "$RAW/tokens.txt" "$MOVIES"
  echo | tee -a "$OUT"
  log "statistics after the write runs"
  {
    echo '```'
    pg_psql "$SCALE" -f "$BENCH_DIR/verify.sql"
    echo '```'
    echo
  } | tee "$RAW/verify-after-runs.txt" >>"$OUT"
  stop_service
  log "database ceiling (bench/pgbench.sh, service stopped)"
  { echo "Database ceiling: PostgreSQL alone, the service's statements per request kind"; echo; } | tee -a "$OUT"
  "$BENCH_DIR/pgbench.sh" "$SCALE" | tee -a "$OUT" | tee "$RAW/pgbench.txt"
  echo | tee -a "$OUT"
  nginx_ceiling
  share_of_ceilings
fi
stop_service

# ---- Fargate envelope: 0.25 vCPU / 512 MB (cgroup v1, ../shared/recipes/run-limited.sh) ------------
if [ "$PART" = all ] || [ "$PART" = fargate ]; then
  RECIPE=${RUN_LIMITED:-$ROOT/../shared/recipes/run-limited.sh}
  [ -f "$RECIPE" ] || RECIPE=/work/shared/recipes/run-limited.sh
  if [ ! -f "$RECIPE" ] || [ "$(id -u)" != 0 ]; then
    echo "Fargate envelope not measured: needs root and $RECIPE" | tee -a "$OUT"
    exit 0
  fi
  # The image's jar: the -Dproduction build (Spring AOT, no dev token issuer, no embedded
  # PostgreSQL), in target/production. Its tokens come from bench/FirebaseKeys.java, which stands in
  # for Google's key endpoint as FakeTmdb stands in for TMDb.
  PROD_JAR=${PROD_JAR:-$ROOT/target/production/frameratr.jar}
  if [ ! -f "$PROD_JAR" ]; then
    log "building the -Dproduction jar"
    (cd "$ROOT" && ./mvnw -q -B -ntp -Dproduction -Dmaven.test.skip=true -Dspotless.check.skip=true package)
  fi
  KEYS_PORT=$((PORT + 7))
  "$JAVA" "$BENCH_DIR/FirebaseKeys.java" "$KEYS_PORT" frameratr-bench 1000 "$RAW/tokens-fargate.txt" >"$RAW/firebase-keys.log" 2>&1 &
  FIREBASE_KEYS_PID=$!
  for _ in $(seq 1 100); do [ -s "$RAW/tokens-fargate.txt" ] && break; sleep 0.2; done
  PROD_ENV=()
  for setting in "${SERVICE_ENV[@]}"; do [ "$setting" = FRAMERATR_DEV_AUTH=true ] || PROD_ENV+=("$setting"); done
  PROD_ENV+=(FIREBASE_PROJECT_ID=frameratr-bench FIREBASE_JWKS_URI="http://127.0.0.1:$KEYS_PORT/jwks")
  # AOT cache (JDK 25, JEP 514/515), trained exactly as the image build trains it
  # (docker/train-aot-cache.sh: a real start against a throw-away PostgreSQL, a request mix, SIGTERM).
  # Spring Boot's extracted layout is needed because the JVM caches classes only from plain jar
  # files on the class path. Trained with the same JVM flags as the run that uses it.
  APP=$BENCH_DATA/app-$( (sha1sum <"$PROD_JAR"; echo "$FARGATE_JAVA_OPTS") | sha1sum | cut -c1-12) # a cache per jar and flags
  if [ ! -f "$APP/app.aot" ]; then
    log "building the AOT cache (extract + docker/train-aot-cache.sh)"
    rm -rf "$APP"
    "$JAVA" -Djarmode=tools -jar "$PROD_JAR" extract --destination "$APP" >/dev/null
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    JAVA=$JAVA JAVA_OPTS=$FARGATE_JAVA_OPTS APP_JAR="$APP/$(basename "$PROD_JAR")" RUN_AS=postgres \
      PORT=$((PORT + 8)) MANAGEMENT_PORT=$((PORT + 9)) PG_PORT=$(($(pg_port "$SCALE") + 50)) \
      "$ROOT/docker/train-aot-cache.sh" "$(dirname "$(pg_bin)")" "$APP/app.aot" >"$RAW/aot-training.log" 2>&1 \
      || log "AOT training run failed (see aot-training.log)"
  fi
  fargate() { # fargate NAME JAROPTS...  (JAROPTS end with the jar)
    local name=$1; shift
    local t0 t1 pid outer idle
    log "Fargate envelope: $name"
    t0=$(date +%s%N)
    (
      source "$RECIPE"
      rc=0
      cd "$RAW" && run_limited 25000 512M env "${PROD_ENV[@]}" "$JAVA" "$@" >"$RAW/fargate-$name.log" 2>&1 || rc=$?
      echo "$rc" >"$RAW/fargate-$name.exit" # 143 = ended by our SIGTERM, 137 = SIGKILL (the OOM killer)
    ) &
    outer=$!
    pid=$(limited_java "$outer")
    SERVICE_PID=$pid
    if ! wait_healthy "$pid"; then
      echo "| $name | did not start (exit $(cat "$RAW/fargate-$name.exit" 2>/dev/null)) | | | | | | | | |" | tee -a "$OUT"
      return
    fi
    t1=$(date +%s%N)
    sleep 5
    idle=$(rss_mb "$pid")
    BENCH_TOKENS=$RAW/tokens-fargate.txt wrk -t1 -c8 -d"$FARGATE_WARMUP" -s "$BENCH_DIR/wrk/mixed.lua" "$BASE/" >/dev/null # warm-up: JIT at 0.25 vCPU is slow
    BENCH_TOKENS=$RAW/tokens-fargate.txt ROW_OUT=/dev/null measure "fargate-$name-mixed" "$pid" -- \
      wrk -t2 -c16 -d"$DURATION" --timeout 10s -s "$BENCH_DIR/wrk/mixed.lua" "$BASE/" >"$RAW/fargate-$name-row.txt"
    kill -TERM "$pid" 2>/dev/null || true
    wait "$outer" 2>/dev/null || true
    SERVICE_PID=
    local exit_code oom=no
    exit_code=$(cat "$RAW/fargate-$name.exit" 2>/dev/null || echo '?')
    [ "$exit_code" = 137 ] && oom="yes (exit 137)"
    printf '| %s | %.1f s | %s MB | %s | %s | %s |\n' "$name" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$idle" \
      "$(awk -F'|' '{gsub(/ /, ""); printf "%s req/s, p99 %s ms, %s errors, %s, service CPU %s (%s ms/req)", $3, $6, $8, $11, $9, $10}' "$RAW/fargate-$name-row.txt")" \
      "$exit_code" "$oom" | tee -a "$OUT"
  }
  {
    echo
    echo "Fargate envelope: the image's jar (-Dproduction: Spring AOT, Firebase tokens) in a 0.25 vCPU / 512 MB cgroup"
    echo "(run_limited 25000 512M), PostgreSQL, wrk and the stand-in for Google's keys outside it;"
    echo "mixed workload wrk -t2 -c16 -d$DURATION after a $FARGATE_WARMUP warm-up (wrk -t1 -c8)"
    echo
    echo "| JVM settings | start to healthy /health | RSS idle | mixed: req/s, p99, errors, RSS end/peak | exit | OOM-killed |"
    echo "|---|---|---|---|---|---|"
  } | tee -a "$OUT"
  for row in ${FARGATE_ROWS:-defaults flags spring-aot image}; do
    # shellcheck disable=SC2086 # FARGATE_JAVA_OPTS is a list of flags
    case $row in
      defaults) fargate "defaults" -jar "$PROD_JAR" ;;
      flags) fargate "image-flags" $FARGATE_JAVA_OPTS -jar "$APP/$(basename "$PROD_JAR")" ;;
      spring-aot) fargate "image-flags+Spring-AOT" $FARGATE_JAVA_OPTS -Dspring.aot.enabled=true -jar "$APP/$(basename "$PROD_JAR")" ;;
      image) # the image's ENTRYPOINT
        [ -f "$APP/app.aot" ] || { log "no AOT cache: row image skipped"; continue; }
        fargate "image (flags+Spring-AOT+AOT-cache)" $FARGATE_JAVA_OPTS -Dspring.aot.enabled=true -XX:AOTCache="$APP/app.aot" \
          -jar "$APP/$(basename "$PROD_JAR")" ;;
      *) log "unknown FARGATE_ROWS entry: $row (defaults, flags, spring-aot, image)" ;;
    esac
  done
  kill "$FIREBASE_KEYS_PID" 2>/dev/null || true
  echo "(image flags = $FARGATE_JAVA_OPTS)" | tee -a "$OUT"
fi
log "report: $OUT"
