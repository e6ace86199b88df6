#!/usr/bin/env bash
# Stops a local domain and makes sure its JVM is gone. Usage: stop-domain.sh NAME DOMAINDIR
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

name=${1:?domain name}
domaindir=${2:?domain directory}
pidfile=$domaindir/$name/config/pid

[ -d "$domaindir/$name" ] || exit 0
pid=$(cat "$pidfile" 2>/dev/null || true)
if [ -x "$ASADMIN" ]; then
  "$ASADMIN" stop-domain --domaindir "$domaindir" "$name" >/dev/null 2>&1 || true
fi
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  # stop-domain gave up (or asadmin is gone): end the JVM ourselves, gently first.
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
fi
log "domain $name stopped"
