#!/usr/bin/env bash
# Stops the DataBaseds that start-tango-db.sh started on PORT (its pid file), and the machine's MariaDB
# when start-tango-db.sh had to start it (unless the second argument is keep-mariadb). The database in
# MariaDB is kept. A Tango database this script did not start is left alone.
#
#   tango-device/scripts/stop-tango-db.sh [PORT [keep-mariadb]]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../../glassfish-config/scripts/lib.sh
source "$here/../../glassfish-config/scripts/lib.sh"
# shellcheck source=tango-db-lib.sh
source "$here/tango-db-lib.sh"

port=${1:-10000}
state=$(tango_db_state_dir "$port")
if [ -f "$state/DataBaseds.pid" ]; then
  pid=$(cat "$state/DataBaseds.pid")
  if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "DataBaseds 2 .*:$port\b"; then
    log "stopping DataBaseds on port $port (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      [ -d "/proc/$pid" ] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null || break
      sleep 0.1
    done
    [ -d "/proc/$pid" ] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$state/DataBaseds.pid"
fi
if [ -f "$state/mariadb-started" ] && [ "${2:-}" != keep-mariadb ]; then
  log "stopping MariaDB (start-tango-db.sh started it)"
  /etc/init.d/mariadb stop >&2 || true
  rm -f "$state/mariadb-started"
fi
