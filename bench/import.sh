#!/usr/bin/env bash
# The import of a realistic Letterboxd export, end to end against the service jar (embedded
# PostgreSQL) and the fake TMDb at the default TMDb rate (TMDB_SLEEP_SEC=0.25, background imports'
# share 0.5): bench/import.sh [FILMS] prints the job's counts, what the commit wrote and how long
# upload, matching and commit took. FILMS (default 1000) sets the export's size (see
# bench/import/ImportGen.java: about 5.5 rows per film).
set -euo pipefail
FILMS=${1:-1000}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
export JAVA_HOME=${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=${JAR:-$ROOT/target/frameratr.jar}
PORT=${PORT:-18080}
TMDB_PORT=${TMDB_PORT:-18099}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/frameratr-import-bench.XXXXXX)
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

"$JAVA" "$BENCH_DIR/import/ImportGen.java" "$FILMS" 42 "$WORK"
"$JAVA" "$ROOT/src/test/java/com/frameratr/support/FakeTmdb.java" "$TMDB_PORT" bench-token \
  "$ROOT/src/test/resources/tmdb" "$WORK/searchable.tsv" >"$WORK/fake-tmdb.log" 2>&1 &
FAKE=$!
(cd "$WORK" && exec env FRAMERATR_HOME="$WORK/home" PORT="$PORT" MANAGEMENT_PORT="$((PORT + 1))" \
  TMDB_TOKEN=bench-token TMDB_BASE_URL="http://127.0.0.1:$TMDB_PORT/3" \
  "$JAVA" -jar "$JAR" >"$WORK/service.log" 2>&1) &
SERVICE=$!
trap 'kill $SERVICE $FAKE 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.1; done
TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"uid": "bench-importer"}' "$BASE/api/dev/token" |
  sed 's/.*"id_token":"\([^"]*\)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"
ROWS_IN_FILES=$(unzip -p "$WORK/letterboxd.zip" | wc -l)
log "export: $(du -h "$WORK/letterboxd.zip" | cut -f1) ZIP, $FILMS films, $ROWS_IN_FILES lines in its CSVs"

calls0=$(curl -s "http://127.0.0.1:$TMDB_PORT/_calls")
t0=$(date +%s.%N)
JOB=$(curl -sf -H "$AUTH" -F source=letterboxd -F "file=@$WORK/letterboxd.zip" "$BASE/api/imports")
t1=$(date +%s.%N)
ID=$(echo "$JOB" | sed 's/^{"id":\([0-9]*\).*/\1/')
log "uploaded as import $ID in $(echo "$t1 - $t0" | bc -l | cut -c1-5) s: $JOB"
status() { curl -sf -H "$AUTH" "$BASE/api/imports/$ID"; }
wait_leaving() {
  while status | grep -q "\"status\":\"$1\""; do sleep 2; done
}
wait_leaving matching
t2=$(date +%s.%N)
calls1=$(curl -s "http://127.0.0.1:$TMDB_PORT/_calls")
log "matched in $(echo "$t2 - $t1" | bc -l | cut -c1-7) s, $((calls1 - calls0)) TMDb calls: $(status)"
curl -sf -X POST -H "$AUTH" "$BASE/api/imports/$ID/commit" >/dev/null
wait_leaving committing
t3=$(date +%s.%N)
FINAL=$(status)
log "committed in $(echo "$t3 - $t2" | bc -l | cut -c1-6) s: $FINAL"
echo "RESULT films=$FILMS upload_s=$(echo "$t1 - $t0" | bc -l | cut -c1-5) match_s=$(echo "$t2 - $t1" | bc -l | cut -c1-7) commit_s=$(echo "$t3 - $t2" | bc -l | cut -c1-6) tmdb_calls=$((calls1 - calls0))"
echo "$FINAL"
grep -h "Import $ID" "$WORK/service.log" | sed 's/^.*\] //' >&2 || true
