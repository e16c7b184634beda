#!/usr/bin/env bash
# Cache-hit latency and throughput of one TMDb proxy endpoint, on loopback, bounded in time.
# Needs a running service with TMDB_TOKEN set (TMDb itself or a fake at TMDB_BASE_URL) and
# MANAGEMENT_PORT (the metric is read there), and wrk (apt-get install wrk).
# Usage: bench/tmdb-cache-hit.sh [base-url] [path] [seconds] [connections] [management-url]
# Prints wrk's client-side numbers and the server-side mean service time of the requests it sent
# (from Spring Boot's http.server.requests metric, so the figure excludes wrk and the network).
set -euo pipefail
base=${1:-http://127.0.0.1:3000}
path=${2:-/api/tmdb/movie/155}
seconds=${3:-15}
connections=${4:-32}
management=${5:-http://127.0.0.1:3001}
metric="$management/actuator/metrics/http.server.requests?tag=uri:/api/tmdb/%7Btype:movie%7Ctv%7D/%7Bid%7D&tag=status:200"

stat() { # COUNT and TOTAL_TIME (seconds) of the metric
  curl -sf "$metric" | python3 -c 'import json,sys; m={x["statistic"]:x["value"] for x in json.load(sys.stdin)["measurements"]}; print(int(m["COUNT"]), m["TOTAL_TIME"])'
}

status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")   # the miss that fills the cache
[ "$status" = 200 ] || { echo "GET $path answered $status: is TMDB_TOKEN set?" >&2; exit 1; }
curl -s -D - -o /dev/null "$base$path" | grep -i '^x-cache: HIT' >/dev/null || { echo "second GET was not a cache hit" >&2; exit 1; }
wrk -t1 -c4 -d3s "$base$path" >/dev/null                         # warm-up (JIT)

read -r count0 total0 < <(stat)
echo "== wrk -t1 -c1 -d${seconds}s (one client: latency)"
wrk -t1 -c1 -d"${seconds}s" --latency "$base$path"
echo "== wrk -t2 -c${connections} -d${seconds}s (throughput)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path"
read -r count1 total1 < <(stat)
python3 -c "print(f'server-side mean service time of {$count1 - $count0} cache hits: {($total1 - $total0) / ($count1 - $count0) * 1e6:.0f} us')"
