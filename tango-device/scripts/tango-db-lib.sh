# Shell functions of the Tango database scripts (start-tango-db.sh, stop-tango-db.sh). Source it; do not run it.

# Where a Tango database started by start-tango-db.sh keeps its pid file, log and markers.
tango_db_state_dir() {
  printf '%s/var/tango-db-%s' "$BEAMCAT_HOME" "$1"
}

# The MariaDB client as the administrator: the local socket for a local server (where Debian's root logs
# in as the system's root), TCP otherwise. The password goes through the environment, not the command line.
mariadb_admin() {
  local host=${BEAMCAT_MARIADB_HOST:-127.0.0.1} args=(--batch --user="${BEAMCAT_MARIADB_ADMIN_USER:-root}")
  case $host in
    127.0.0.1|localhost) ;;
    *) args+=(--host="$host") ;;
  esac
  MYSQL_PWD=${BEAMCAT_MARIADB_ADMIN_PASSWORD:-} mysql "${args[@]}" "$@"
}

mariadb_answers() {
  command -v mysql >/dev/null 2>&1 && mariadb_admin -e 'SELECT 1' >/dev/null 2>&1
}

# The tango-db package's schema (what its dbconfig-common install runs) for a database of any name: its
# stored procedures name the database "tango" in their code, so that name is replaced.
tango_schema_sql() {
  local database=$1 share=/usr/share/tango-db
  local install=/usr/share/dbconfig-common/data/tango-db/install/mysql
  [ -f "$share/create_db_tables.sql" ] && [ -f "$share/stored_proc.sql" ] && [ -f "$install" ] \
    || die "the tango-db package's SQL files are missing ($share, $install)"
  cat "$share/create_db_tables.sql"
  sed -E "s/\btango\./$database./g" "$share/stored_proc.sql"
  sed -E -e '/^source /d' -e "s/\btango\./$database./g" "$install"
}
