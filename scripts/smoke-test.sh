#!/usr/bin/env bash
# Smoke test of a running FrameRatr backend.
#
#   scripts/smoke-test.sh <base-url> [id-token] [--skip-tmdb] [--dev-auth]
#
#   base-url     e.g. http://localhost:3000 or the ALB URL (terraform output alb_url)
#   id-token     a Firebase ID token (or SMOKE_ID_TOKEN in the environment); with it the user
#                endpoints are checked too: /api/me and a rating round trip (put, read, delete)
#   --skip-tmdb  for deployments without a TMDb token: skip the /api/tmdb/** checks
#   --dev-auth   for a local run with the dev token issuer on purpose: skip the check that
#                POST /api/dev/token is a 404
#
# Always checked, because a deployment fails closed: POST /api/dev/token is a 404 problem (with
# FIREBASE_PROJECT_ID set the endpoint does not exist, so nobody can mint tokens), and Actuator's
# /actuator/metrics and /actuator/info are 404 on the public port (they live on MANAGEMENT_PORT).
#
# Stops at the first failure, says what failed, and exits 1. Needs curl and jq.
set -euo pipefail

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

base_url="" token="${SMOKE_ID_TOKEN:-}" skip_tmdb=false dev_auth=false
for arg in "$@"; do
  case "$arg" in
    --skip-tmdb) skip_tmdb=true ;;
    --dev-auth) dev_auth=true ;;
    -h | --help) usage ;;
    -*) echo "smoke-test: unknown option $arg" >&2; usage ;;
    *) if [ -z "$base_url" ]; then base_url=${arg%/}; else token=$arg; fi ;;
  esac
done
[ -n "$base_url" ] || usage
if ! command -v curl >/dev/null || ! command -v jq >/dev/null; then
  echo "smoke-test: needs curl and jq" >&2
  exit 2
fi

work=$(mktemp -d)
rated_movie=""
cleanup() {
  # A failed check after the rating was written must not leave the smoke test's rating behind.
  if [ -n "$rated_movie" ]; then
    curl -s -o /dev/null --max-time 20 -X DELETE -H @"$work/auth" "$base_url/api/movies/$rated_movie/rating" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "$token" ]; then
  # The token goes to curl through a file, never on a command line that ps would show.
  (umask 077 && printf 'Authorization: Bearer %s\n' "$token" >"$work/auth")
else
  : >"$work/auth"
fi

fail() { printf 'FAIL %s\n' "$*" >&2; exit 1; }
ok() { printf 'ok   %s\n' "$*"; }

# request METHOD PATH [JSON-BODY] -> sets $status; body in $work/body, headers in $work/headers
request() {
  local method=$1 path=$2 body=${3:-}
  local args=(-sS --max-time 30 -X "$method" -o "$work/body" -D "$work/headers" -w '%{http_code}'
    -H 'Accept: application/json' -H @"$work/auth")
  [ -z "$body" ] || args+=(-H 'Content-Type: application/json' --data "$body")
  status=$(curl "${args[@]}" "$base_url$path" 2>"$work/curl-error") \
    || fail "$method $path: no HTTP answer ($(cat "$work/curl-error"))"
}
expect_status() { # description, expected status regex
  [[ "$status" =~ ^($2)$ ]] || fail "$1: expected HTTP $2, got $status: $(head -c 400 "$work/body")"
}
expect_json() { # description, jq filter that must print true
  jq -e "$2" "$work/body" >/dev/null 2>&1 || fail "$1: response does not satisfy $2: $(head -c 400 "$work/body")"
}

echo "Smoke test of $base_url"

request GET /health
expect_status "GET /health" 200
[ "$(jq -c . "$work/body" 2>/dev/null)" = '{"ok":true}' ] || fail "GET /health: expected {\"ok\":true}, got $(head -c 200 "$work/body")"
ok 'GET /health -> {"ok":true}'

# Fail closed: no token minting and no Actuator internals on the public port.
if [ "$dev_auth" = false ]; then
  request POST /api/dev/token '{"uid":"smoke-test","email":"smoke@example.com","name":"Smoke Test"}'
  # (The body is not printed: a 200 would carry a minted token.)
  [ "$status" = 404 ] || fail "POST /api/dev/token: expected HTTP 404, got $status: the dev token issuer is on (is FIREBASE_PROJECT_ID set?), anyone can mint tokens"
  grep -qi '^content-type: *application/problem+json' "$work/headers" \
    || fail "POST /api/dev/token: expected the service's 404 problem+json, got $(grep -i '^content-type:' "$work/headers" | tr -d '\r')"
  ok "POST /api/dev/token -> 404 problem (no dev token issuer)"
else
  echo "skip POST /api/dev/token is 404 (--dev-auth)"
fi
for path in /actuator/metrics /actuator/info; do
  request GET "$path"
  [ "$status" = 404 ] || fail "GET $path: expected HTTP 404 on the public port (Actuator serves it on MANAGEMENT_PORT only), got $status"
  ok "GET $path -> 404 (not on the public port)"
done

movie_id=""
if [ "$skip_tmdb" = false ]; then
  request GET '/api/tmdb/search/movies?q=batman'
  expect_status "GET /api/tmdb/search/movies?q=batman" 200
  expect_json "GET /api/tmdb/search/movies?q=batman" '(.results | type == "array") and (.results | length > 0)'
  ok "GET /api/tmdb/search/movies?q=batman -> $(jq '.results | length' "$work/body") results"

  request GET /api/tmdb/trending/movies
  expect_status "GET /api/tmdb/trending/movies" 200
  expect_json "GET /api/tmdb/trending/movies" '(.results | type == "array") and (.results[0].id | type == "number")'
  movie_id=$(jq '.results[0].id' "$work/body")
  ok "GET /api/tmdb/trending/movies -> first id $movie_id"
else
  echo "skip /api/tmdb/** (--skip-tmdb)"
fi

request GET '/api/movies?limit=5'
expect_status "GET /api/movies?limit=5" 200
expect_json "GET /api/movies?limit=5" 'type == "array" and length <= 5'
grep -qi '^x-total-count: *[0-9]' "$work/headers" || fail "GET /api/movies?limit=5: no X-Total-Count header"
ok "GET /api/movies?limit=5 -> $(jq length "$work/body") movies, X-Total-Count $(grep -i '^x-total-count:' "$work/headers" | tr -dc '0-9')"
[ -n "$movie_id" ] || movie_id=$(jq -r '.[0].id // empty' "$work/body")

if [ -z "$token" ]; then
  echo "skip /api/me and the rating round trip (no id token given)"
  echo "PASSED (anonymous checks)"
  exit 0
fi

request GET /api/me
expect_status "GET /api/me" 200
expect_json "GET /api/me" '.uid | type == "string" and length > 0'
ok "GET /api/me -> uid $(jq -r .uid "$work/body")"

[ -n "$movie_id" ] || fail "rating round trip: no movie id (TMDb skipped and the local catalog is empty)"
request PUT "/api/movies/$movie_id/rating" '{"rating_val": 8.5}'
expect_status "PUT /api/movies/$movie_id/rating" '200|201|204'
rated_movie=$movie_id
ok "PUT /api/movies/$movie_id/rating 8.5"

request GET "/api/movies/$movie_id"
expect_status "GET /api/movies/$movie_id" 200
expect_json "GET /api/movies/$movie_id" '.user_rating_count >= 1'
ok "GET /api/movies/$movie_id -> user_rating_count $(jq .user_rating_count "$work/body")"

request DELETE "/api/movies/$movie_id/rating"
expect_status "DELETE /api/movies/$movie_id/rating" '200|204'
rated_movie=""
ok "DELETE /api/movies/$movie_id/rating"

echo "PASSED"
