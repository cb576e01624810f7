#!/usr/bin/env bash
# Installs (when missing) and starts MariaDB for the data tests, creates the database and the user, and prints the
# connection string. Run as root on Debian 12 without systemd. Idempotent: quick when the server is already up.
# The user may create and drop databases named backorders_test* (the tests use one database per fixture).
set -euo pipefail

DATABASE="${BACKORDERS_MARIADB_DATABASE:-backorders_test}"
USER_NAME="${BACKORDERS_MARIADB_USER:-backorders}"
PASSWORD="${BACKORDERS_MARIADB_PASSWORD:-Backorders-test-1}"
PORT=3306
CONNECTION_STRING="Server=127.0.0.1;Port=$PORT;Database=$DATABASE;User ID=$USER_NAME;Password=$PASSWORD"

log() { echo "[start-mariadb] $*" >&2; }

exec 9>/tmp/backorders-mariadb.lock
flock -w 600 9

server_binary() {
    local b
    for b in mariadbd mysqld; do
        command -v "$b" 2>/dev/null && return 0
        [ -x "/usr/sbin/$b" ] && { echo "/usr/sbin/$b"; return 0; }
    done
    return 1
}

if ! server_binary >/dev/null; then
    log "MariaDB is not installed: installing mariadb-server (about 35 s)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq mariadb-server >/dev/null
    INSTALLED=1
fi

# A throwaway test server: durability off, DDL (one file per table otherwise) cheaper. Read at the next start.
CONF=/etc/mysql/mariadb.conf.d/90-backorders-test.cnf
if [ -d /etc/mysql/mariadb.conf.d ] && [ ! -f "$CONF" ]; then
    cat >"$CONF" <<'CNF'
# Written by build/db/start-mariadb.sh (Backorders plugin tests): a throwaway server, no durability needed.
[mysqld]
bind-address = 127.0.0.1
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
innodb_flush_method = nosync
innodb_file_per_table = 0
CNF
fi

admin() { if command -v mariadb-admin >/dev/null; then mariadb-admin "$@"; else mysqladmin "$@"; fi; }
client() { if command -v mariadb >/dev/null; then mariadb "$@"; else mysql "$@"; fi; }
ready() { admin --protocol=socket -uroot ping >/dev/null 2>&1; }

if [ "${INSTALLED:-0}" = 1 ] && ready; then
    # The package may have started the server before the settings above existed.
    service mariadb restart >/dev/null 2>&1 9>&- || true
fi

if ! ready; then
    log "starting MariaDB"
    # The server must not inherit the lock (fd 9).
    service mariadb start >/dev/null 2>&1 9>&- || service mysql start >/dev/null 2>&1 9>&- || true
    for _ in $(seq 1 60); do ready && break; sleep 0.5; done
    if ! ready; then
        log "service start did not bring the server up; starting mysqld_safe directly"
        install -d -o mysql -g mysql /run/mysqld
        (nohup mysqld_safe >/dev/null 2>&1 9>&- &)
        for _ in $(seq 1 60); do ready && break; sleep 0.5; done
    fi
    ready || { log "MariaDB does not answer"; exit 1; }
fi

# Root logs in through the unix socket (Debian's default). Statements are idempotent.
client --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$USER_NAME'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
CREATE USER IF NOT EXISTS '$USER_NAME'@'localhost' IDENTIFIED BY '$PASSWORD';
ALTER USER '$USER_NAME'@'127.0.0.1' IDENTIFIED BY '$PASSWORD';
ALTER USER '$USER_NAME'@'localhost' IDENTIFIED BY '$PASSWORD';
GRANT ALL PRIVILEGES ON \`${DATABASE//_/\\_}%\`.* TO '$USER_NAME'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${DATABASE//_/\\_}%\`.* TO '$USER_NAME'@'localhost';
SQL

echo "$CONNECTION_STRING"
