#!/usr/bin/env bash
# Starts (or reuses) a private, throwaway PostgreSQL 15 cluster for the data tests and prints its connection string.
# Run as root on Debian 12 without systemd. Idempotent: quick when the cluster is already up.
#   port 5434, 127.0.0.1 only, trust auth, fsync off; data under $BACKORDERS_PG_DIR (default /tmp/backorders-pg15-5434).
# The tests create one database per fixture (and drop it) through the superuser "postgres".
set -euo pipefail

PORT="${BACKORDERS_PG_PORT:-5434}"
DIR="${BACKORDERS_PG_DIR:-/tmp/backorders-pg15-$PORT}"
PGBIN="${BACKORDERS_PG_BIN:-/usr/lib/postgresql/15/bin}"
CONNECTION_STRING="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"

log() { echo "[start-postgres] $*" >&2; }

# Several checkouts may start the cluster at the same time: one at a time.
exec 9>"/tmp/backorders-pg-$PORT.lock"
flock -w 300 9

if [ ! -x "$PGBIN/initdb" ]; then
    log "PostgreSQL binaries missing in $PGBIN: installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

ready() { "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres -d postgres; }
as_postgres() { runuser -u postgres -- "$@"; }

if ! ready; then
    if [ ! -s "$DIR/PG_VERSION" ]; then
        log "initdb in $DIR"
        rm -rf "$DIR"
        install -d -m 700 -o postgres -g postgres "$DIR"
        as_postgres "$PGBIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi

    start() {
        as_postgres "$PGBIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
            -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 9>&-   # the server must not inherit the lock
    }
    log "starting the cluster on 127.0.0.1:$PORT"
    if ! start; then
        # A machine restored from a snapshot may leave a stale lock file whose pid now belongs to another process.
        if ! as_postgres "$PGBIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
            log "start failed; removing a stale postmaster.pid and retrying"
            rm -f "$DIR/postmaster.pid"
            start || { tail -n 30 "$DIR/server.log" >&2; exit 1; }
        fi
    fi
    for _ in $(seq 1 60); do ready && break; sleep 0.5; done
    ready || { log "the cluster does not accept connections"; tail -n 30 "$DIR/server.log" >&2; exit 1; }

    # nopCommerce stores strings as citext on PostgreSQL; every database created from template1 gets the extension.
    "$PGBIN/psql" -q -h 127.0.0.1 -p "$PORT" -U postgres -d template1 -v ON_ERROR_STOP=1 \
        -c "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS citext;" >/dev/null
fi

echo "$CONNECTION_STRING"
