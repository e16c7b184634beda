#!/usr/bin/env bash
# Fault actions the load driver calls mid-load (CLUSTER_RUN names the running cluster):
#   ctl.sh term N | kill N | start N | pg-stop | pg-start | tmdb MODE
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
case "${1:-}" in
    term) instance_signal "$2" TERM ;;
    kill) instance_signal "$2" KILL ;;
    start) instance_start "$2" ;;
    pg-stop) pg_stop fast && log "PostgreSQL stopped" ;;
    pg-start) pg_start && log "PostgreSQL started" ;;
    tmdb) tmdb_mode "$2" && log "fake TMDb: $2" ;;
    *) echo "usage: ctl.sh term N | kill N | start N | pg-stop | pg-start | tmdb ok|down|slow|429" >&2; exit 2 ;;
esac
