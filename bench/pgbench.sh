#!/usr/bin/env bash
# Database ceiling: PostgreSQL alone running the service's own statements (bench/pgbench/*.sql)
# with persistent connections and server-side prepared statements (as pgjdbc uses them after five
# executions), the pool size of the service (8) and 2 client threads, PGBENCH_SECONDS (20) each.
# One transaction = the statements one request of that kind runs. The list reads run at each
# limit of bench/run.sh's plan sweep (PGBENCH_LIMITS: 1 20 50 100), the rest once.
#   bench/pgbench.sh small      (the database must have been loaded by bench/run.sh small)
set -euo pipefail
SCALE=${1:-small}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
source "$BENCH_DIR/pg.sh"
pg_start "$SCALE" >&2
case $SCALE in tiny) MOVIES=10000 ;; small) MOVIES=100000 ;; *) MOVIES=1000000 ;; esac
echo "| request's statements (pgbench -n -M prepared -c8 -j2 -T${PGBENCH_SECONDS:-20}) | tps | latency avg ms |"
echo "|---|---|---|"
REVIEWS=$(pg_psql "$SCALE" -Atc "SELECT coalesce(max(id), 1) FROM reviews")
# like, comment and follow (issue 14) write: run them after the read rows, as bench/run.sh does
run() { # run NAME SCRIPT LIMIT
  local out
  out=$(pgbench -n -M prepared -c8 -j2 -T"${PGBENCH_SECONDS:-20}" -D movies="$MOVIES" -D reviews="$REVIEWS" -D limit="$3" \
    -h 127.0.0.1 -p "$(pg_port "$SCALE")" -U postgres -f "$BENCH_DIR/pgbench/$2.sql" frameratr 2>&1) || true
  echo "| $1 | $(echo "$out" | awk '/^tps/ {printf "%.0f", $3}') | $(echo "$out" | awk '/latency average/ {print $4}') |"
}
for q in detail list search reviews rate search-total like comment follow; do
  case $q in
    list | search | reviews)
      for limit in ${PGBENCH_LIMITS:-1 20 50 100}; do run "$q limit=$limit" "$q" "$limit"; done ;;
    *) run "$q" "$q" 20 ;;
  esac
done
