#!/usr/bin/env bash
# Makes a Tango database available: Debian's DataBaseds (package tango-db) on the machine's MariaDB.
#
#   tango-device/scripts/start-tango-db.sh [PORT [DATABASE [fresh]]]
#     PORT      the port of the Tango database, what clients put in TANGO_HOST=<host>:<port> (default 10000)
#     DATABASE  the MariaDB database that holds it (default tango); tests use tango_<port base>
#     fresh     drop that database first (tests); without it an existing database is kept
#
# Installs the Debian packages when missing (tango-db, tango-common, python3-tango; mariadb-server when no
# MariaDB is installed), starts the machine's MariaDB when it does not answer, creates the database from the
# package's own SQL when it has no Tango tables, gives the MariaDB account DataBaseds logs in with its
# rights on it, and starts DataBaseds on PORT unless a Tango database already answers there. Returns when
# the database answers (tango_admin --ping-database). stop-tango-db.sh PORT stops what this started.
# Settings (environment): BEAMCAT_TANGO_DB_USER / BEAMCAT_TANGO_DB_PASSWORD (MariaDB account of DataBaseds,
# default tango / tango), BEAMCAT_TANGO_DB_BIND (address DataBaseds listens on, default all),
# BEAMCAT_MARIADB_ADMIN_USER / BEAMCAT_MARIADB_ADMIN_PASSWORD (who creates database and account, default
# root without password on the local socket), BEAMCAT_MARIADB_HOST (default 127.0.0.1,
# port 3306).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../../glassfish-config/scripts/lib.sh
source "$here/../../glassfish-config/scripts/lib.sh"
# shellcheck source=tango-db-lib.sh
source "$here/tango-db-lib.sh"

port=${1:-10000}
database=${2:-tango}
mode=${3:-keep}
[[ $port =~ ^[1-9][0-9]{2,4}$ ]] || die "PORT must be a port number, not '$port'"
[[ $database =~ ^[a-z_][a-z0-9_]*$ ]] || die "DATABASE must be a plain lower-case identifier, not '$database'"
db_user=${BEAMCAT_TANGO_DB_USER:-tango}
db_password=${BEAMCAT_TANGO_DB_PASSWORD:-tango}
[[ $db_user =~ ^[a-z_][a-z0-9_]*$ ]] || die "BEAMCAT_TANGO_DB_USER must be a plain lower-case identifier"
state=$(tango_db_state_dir "$port")
mkdir -p "$state"

# tango-common asks for TANGO_HOST (it writes /etc/tangorc); tango-db's dbconfig-common questions are
# skipped with dbconfig-no-thanks: this script creates the schema itself, under the name it is given.
if command -v debconf-set-selections >/dev/null 2>&1; then
  echo "tango-common tango-common/tango-host string localhost:10000" | debconf-set-selections 2>/dev/null || true
fi
ensure_debian_packages dbconfig-no-thanks tango-common tango-db python3-tango
command -v mariadb >/dev/null 2>&1 || command -v mysqld >/dev/null 2>&1 || ensure_debian_packages mariadb-server

if ! mariadb_answers; then
  [ -x /etc/init.d/mariadb ] || die "MariaDB does not answer on ${BEAMCAT_MARIADB_HOST:-127.0.0.1} and is not installed here"
  log "starting MariaDB (/etc/init.d/mariadb)"
  /etc/init.d/mariadb start >&2 || die "MariaDB did not start"
  touch "$state/mariadb-started"
fi

if [ "$mode" = fresh ]; then
  "$here/stop-tango-db.sh" "$port" keep-mariadb
  mariadb_admin -e "DROP DATABASE IF EXISTS \`$database\`"
fi
if [ "$(mariadb_admin -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database' AND table_name = 'device'")" != 1 ]; then
  log "creating the Tango database $database (the tango-db package's SQL)"
  mariadb_admin -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET latin1"
  tango_schema_sql "$database" | mariadb_admin -D "$database"
fi
for host in localhost 127.0.0.1; do
  mariadb_admin -e "CREATE USER IF NOT EXISTS '$db_user'@'$host'; ALTER USER '$db_user'@'$host' IDENTIFIED BY '${db_password//\'/\'\'}';
    GRANT ALL PRIVILEGES ON \`$database\`.* TO '$db_user'@'$host'"
done

if TANGO_HOST=127.0.0.1:$port tango_admin --ping-database 1 >/dev/null 2>&1; then
  log "a Tango database already answers on port $port: using it"
  exit 0
fi
log "starting DataBaseds on port $port (MariaDB database $database), log $state/DataBaseds.log"
MYSQL_HOST=${BEAMCAT_MARIADB_HOST:-127.0.0.1} MYSQL_USER=$db_user MYSQL_PASSWORD=$db_password MYSQL_DATABASE=$database \
  setsid /usr/lib/tango/DataBaseds 2 -ORBendPoint "giop:tcp:${BEAMCAT_TANGO_DB_BIND:-}:$port" \
  >"$state/DataBaseds.log" 2>&1 </dev/null &
echo $! >"$state/DataBaseds.pid"
TANGO_HOST=127.0.0.1:$port tango_admin --ping-database 30 >/dev/null 2>&1 \
  || { cat "$state/DataBaseds.log" >&2; die "the Tango database did not answer on port $port within 30 s"; }
log "Tango database ready: TANGO_HOST=$(hostname):$port"
