# Shared by run.sh and ctl.sh: where things are and how to start/stop each piece of the cluster.
# Every wait here is bounded in count and time.

: "${CLUSTER_RUN:?CLUSTER_RUN must name the run directory}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="${CLUSTER_PORT_BASE:-18400}"
PG_PORT=$((BASE + 0))
TMDB_PORT=$((BASE + 1))
CONTROL_PORT=$((BASE + 2))
LB_PORT=$((BASE + 10))
INSTANCES=(1 2 3)
instance_port() { echo $((BASE + 10 + $1)); }
# PostgreSQL 16 from the jar's embedded-postgres binaries, unpacked once (run.sh) to a place every user can read
PG_HOME="${CLUSTER_PG_HOME:-/tmp/frameratr-cluster-pg16}"
PG_BIN="$PG_HOME/bin"
PG_USER_OS="${CLUSTER_PG_OS_USER:-frcluster}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$ROOT/target/frameratr.jar"
TOOLS="$ROOT/target/cluster"
TOOLS_CP="$TOOLS/classes:$TOOLS/app/lib/*"

log() { printf '%s [cluster] %s\n' "$(date +%H:%M:%S.%3N)" "$*" >&2; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER_OS" -- "$@"; else "$@"; fi
}

pg_start() {
    as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_RUN/pgdata" -l "$CLUSTER_RUN/pg.log" -w -t 30 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $CLUSTER_RUN/pgsock -c max_connections=120" start >/dev/null
}

pg_stop() { # fast: disconnects every session at once, as a failover or a crash-restart would
    as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_RUN/pgdata" -m "${1:-fast}" -w -t 30 stop >/dev/null
}

instance_env() {
    cat <<EOF
PORT=$(instance_port "$1")
DB_HOST=127.0.0.1
DB_PORT=$PG_PORT
DB_NAME=postgres
DB_USER=postgres
DB_PASS=
TMDB_TOKEN=eyJhbGciOiJIUzI1NiJ9.fake-v4-read-token-for-tests.c2VjcmV0
TMDB_BASE_URL=http://127.0.0.1:$TMDB_PORT/3
TMDB_SLEEP_SEC=0.02
FIREBASE_PROJECT_ID=frameratr-cluster
FIREBASE_JWKS_URI=http://127.0.0.1:$CONTROL_PORT/jwks
FRAMERATR_HOME=$CLUSTER_RUN/home$1
FRAMERATR_LIMITS_WRITE_BURST=100000
FRAMERATR_LIMITS_WRITES_PER_MINUTE=1000000
FRAMERATR_LIMITS_IN_FLIGHT_PER_CLIENT=1000
FRAMERATR_TMDB_CLIENT_MISS_BURST=100000
FRAMERATR_TMDB_CLIENT_MISSES_PER_MINUTE=1000000
EOF
}

instance_start() { # start instance $1 and wait (<= 180 s) until its readiness is 200
    local n=$1 port
    port=$(instance_port "$n")
    mkdir -p "$CLUSTER_RUN/home$n"
    (
        set -a
        # shellcheck disable=SC1090
        source <(instance_env "$n")
        set +a
        exec "$JAVA" -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" >>"$CLUSTER_RUN/instance$n.log" 2>&1
    ) &
    echo $! >"$CLUSTER_RUN/instance$n.pid"
    local i
    for i in $(seq 1 360); do
        if curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null; then
            log "instance $n ready on $port (pid $(cat "$CLUSTER_RUN/instance$n.pid"))"
            return 0
        fi
        if ! kill -0 "$(cat "$CLUSTER_RUN/instance$n.pid")" 2>/dev/null; then
            log "instance $n exited during start-up; see $CLUSTER_RUN/instance$n.log"
            return 1
        fi
        sleep 0.5
    done
    log "instance $n not ready within 180 s"
    return 1
}

instance_signal() { # instance_signal N TERM|KILL: send the signal and wait (<= 40 s) for the exit
    local n=$1 sig=$2 pid
    pid=$(cat "$CLUSTER_RUN/instance$n.pid" 2>/dev/null) || return 0
    kill -s "$sig" "$pid" 2>/dev/null || return 0
    local i
    for i in $(seq 1 400); do
        kill -0 "$pid" 2>/dev/null || { log "instance $n (pid $pid) gone after SIG$sig"; return 0; }
        sleep 0.1
    done
    log "instance $n did not exit within 40 s of SIG$sig; killing it"
    kill -KILL "$pid" 2>/dev/null
    return 1
}

tmdb_mode() { curl -fsS -m 5 "http://127.0.0.1:$CONTROL_PORT/mode/$1" >/dev/null; }
