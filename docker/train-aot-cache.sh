#!/usr/bin/env bash
# Trains the image's AOT cache (JDK 25, JEP 483/514/515) on a real start and a request mix:
#
#   docker/train-aot-cache.sh PG_DIR CACHE_FILE
#
# A throw-away PostgreSQL 16 (PG_DIR: the embedded-postgres binaries, unpacked by the build stage and
# bind-mounted, never copied into the image) gets the schema from Flyway as a real start would. The
# service runs as the task runs it (Spring AOT, the image's JAVA_OPTS, a Firebase project, a management
# port), answers a few hundred requests of the kinds the web app sends (anonymous catalog reads,
# refused writes, health checks), and stops on SIGTERM, which is when the JVM writes CACHE_FILE: the
# classes those requests loaded and linked and the profiles of the methods they ran. Everything else
# (data directory, logs) is deleted. Nothing listens beyond 127.0.0.1.
#
# Settings for a run outside the image build: JAVA (java), APP_JAR (/app/frameratr.jar), RUN_AS
# (10001: PostgreSQL refuses to run as root), PORT (3000), MANAGEMENT_PORT (9090), PG_PORT (55432),
# ROUNDS (20).
set -euo pipefail
PG=${1:?usage: train-aot-cache.sh PG_DIR CACHE_FILE}
CACHE=${2:?usage: train-aot-cache.sh PG_DIR CACHE_FILE}
JAVA=${JAVA:-java}
APP_JAR=${APP_JAR:-/app/frameratr.jar}
RUN_AS=${RUN_AS:-10001}
PORT=${PORT:-3000}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9090}
PG_PORT=${PG_PORT:-55432}
ROUNDS=${ROUNDS:-20}

work=$(mktemp -d)
chown "$RUN_AS" "$work"
as_owner() { setpriv --reuid="$RUN_AS" --regid="$(id -g "$RUN_AS" 2>/dev/null || echo "$RUN_AS")" --clear-groups -- "$@"; }
service=
finish() {
  [ -z "$service" ] || kill -KILL "$service" 2>/dev/null || true
  as_owner "$PG/bin/pg_ctl" -D "$work/db" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap finish EXIT
fail() {
  echo "train-aot-cache: $*" >&2
  tail -n 60 "$work/service.log" >&2 2>/dev/null || true
  exit 1
}

as_owner "$PG/bin/initdb" -D "$work/db" -U frameratr --auth=trust -E UTF8 --locale=C >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; fail "initdb failed"; }
as_owner "$PG/bin/pg_ctl" -D "$work/db" -l "$work/db/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $work -c shared_buffers=32MB -c fsync=off" start >/dev/null \
  || { cat "$work/db/postgres.log" >&2; fail "PostgreSQL did not start"; }

# TMDb and Google's keys point at a closed port: the training exercises the proxy's failure path
# and the refusal of a token whose keys cannot be fetched, without reaching the internet.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
(cd "$work" && exec env DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_NAME=postgres DB_USER=frameratr DB_PASS=training \
  DB_SSLMODE=disable DB_MIGRATIONS=apply FIREBASE_PROJECT_ID=frameratr-aot-training \
  FIREBASE_JWKS_URI=http://127.0.0.1:9/jwks MANAGEMENT_PORT="$MANAGEMENT_PORT" PORT="$PORT" \
  TMDB_TOKEN=aot-training TMDB_BASE_URL=http://127.0.0.1:9/3 \
  "$JAVA" ${JAVA_OPTS:-} -Dspring.aot.enabled=true -XX:AOTCacheOutput="$CACHE" -jar "$APP_JAR") >"$work/service.log" 2>&1 &
service=$!

# HTTP/1.0 over bash's /dev/tcp: the runtime image has no curl. Prints the status code.
request() { # request METHOD PATH [BODY]
  local body=${3:-} status
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\nAuthorization: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "${AUTHORIZATION:-}" "${#body}" "$body" >&3
  read -r _ status _ <&3 || status=000
  cat <&3 >/dev/null
  exec 3<&-
  echo "$status"
}
for _ in $(seq 1 600); do
  [ "$(request GET /health 2>/dev/null)" = 200 ] && break
  kill -0 "$service" 2>/dev/null || fail "the service exited during start-up"
  sleep 0.3
done
[ "$(request GET /health)" = 200 ] || fail "the service was not healthy after 180 s"

# Each request's status is checked: when the API's answers change, the build says so instead of
# training the cache on something else than the mix below.
expect() { # expect STATUS METHOD PATH [BODY]
  local want=$1 got
  shift
  got=$(request "$@")
  [ "$got" = "$want" ] || fail "$1 $2: expected $want, got $got"
}
forged='Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Im5vLXN1Y2gta2V5In0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'
for round in $(seq 1 "$ROUNDS"); do
  expect 200 GET /health
  expect 200 GET /livez
  expect 200 GET /readyz
  expect 200 GET "/api/movies?page=$((round % 5 + 1))"
  expect 200 GET "/api/movies?q=ab"
  expect 200 GET "/api/tv?page=$((round % 3 + 1))"
  expect 404 GET "/api/movies/$round"
  expect 404 GET "/api/movies/$round/reviews"
  expect 401 GET /api/favorites/movies
  expect 401 GET /api/me/ratings
  expect 401 POST /api/ratings '{"movie_id": 1, "rating_val": 4.5}'
  AUTHORIZATION=$forged expect 503 GET /api/me/ratings # Google's keys unreachable: refused, never accepted
  request GET /api/tmdb/popular/movies >/dev/null
done

kill -TERM "$service"
wait "$service" || true # 143: ended by SIGTERM, after the JVM wrote the cache
service=
[ -s "$CACHE" ] || fail "no AOT cache was written"
echo "AOT cache: $(du -h "$CACHE" | cut -f1) after $ROUNDS rounds of requests"
