#!/usr/bin/env bash
# Three users through the social layer: a follow, a private profile's approval, likes and comments
# reaching the feed and notifications, and a block. Against a local service with the dev token issuer
# (./mvnw spring-boot:run, or java -jar with TMDB_TOKEN/TMDB_BASE_URL for titles): BASE=http://localhost:3000
# scripts/social-walkthrough.sh. Needs curl and jq. docs/social-walkthrough.md is one run of it.
B=${BASE:-http://localhost:3000}
tok() { curl -s -X POST "$B/api/dev/token" -H 'Content-Type: application/json' -d "{\"uid\":\"$1\",\"email\":\"$1@example.com\",\"name\":\"$1\"}" | jq -r .id_token; }
ADA=$(tok ada); BOB=$(tok bob); CAROL=$(tok carol)
declare -A T=([ada]=$ADA [bob]=$BOB [carol]=$CAROL)
as() { local who=$1 m=$2 p=$3 d=${4:-}; echo "\$ curl -X $m $p${d:+ -d '$d'} -H \"Authorization: Bearer \$${who^^}\""; if [ -n "$d" ]; then curl -s -X $m "$B$p" -H "Authorization: Bearer ${T[$who]}" -H 'Content-Type: application/json' -d "$d" -w '   [%{http_code}]\n'; else curl -s -X $m "$B$p" -H "Authorization: Bearer ${T[$who]}" -w '   [%{http_code}]\n'; fi; }
anon() { echo "\$ curl $1"; curl -s "$B$1" -w '   [%{http_code}]\n'; }
for u in ada bob carol; do curl -s "$B/api/me" -H "Authorization: Bearer ${T[$u]}" >/dev/null; done
echo "## 1. bob follows ada (public): at once"
as bob PUT /api/users/ada/follow
as ada POST /api/diary '{"movie_id": 155, "watched_on": "2026-11-30", "rating_val": 9}' | cut -c1-160
as bob GET /api/feed | cut -c1-220
echo "## 2. carol makes her profile private; bob asks, carol approves"
as carol PATCH /api/me '{"privacy": "private"}' | cut -c1-120
as bob PUT /api/users/carol/follow
anon /api/users/carol
as bob GET /api/users/carol/diary
as carol GET /api/me/follow-requests
as carol POST /api/me/follow-requests/bob/approve
as bob GET /api/users/carol | cut -c1-200
as bob GET /api/users/carol/diary
echo "## 3. ada asks too, carol approves; ada likes and comments on carol's review; then carol blocks ada"
as ada PUT /api/users/carol/follow
as carol POST /api/reviews '{"movie_id": 155, "body": "Ledger carries it."}' | cut -c1-80
as carol POST /api/me/follow-requests/ada/approve
RID=$(curl -s "$B/api/me/reviews" -H "Authorization: Bearer $CAROL" | jq '.[0].id')
as ada PUT "/api/reviews/$RID/like"
as ada POST "/api/reviews/$RID/comments" '{"body": "Agreed, and the score too."}' | cut -c1-200
as bob GET /api/feed | cut -c1-300
as carol GET /api/me/notifications | cut -c1-300
as carol GET /api/me | grep -o '"unread_count":[0-9]*\|\[[0-9]*\]'
as ada GET /api/users/carol | cut -c1-200
as carol PUT /api/users/ada/block
as ada GET /api/users/carol
as ada PUT /api/users/carol/follow
as carol GET /api/users/ada | cut -c1-200
as carol GET /api/users/ada/diary
as ada GET /api/me/notifications | cut -c1-200
as bob GET /api/feed | cut -c1-300
as ada GET /api/movies/155/reviews | cut -c1-300
