#!/usr/bin/env bash
# Starts a local domain made by create-domain.sh (does nothing if it already runs) and applies the
# per-domain tuning BeamCat wants. Usage: start-domain.sh NAME DOMAINDIR
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

name=${1:?domain name}
domaindir=${2:?domain directory}

if "$ASADMIN" list-domains --domaindir "$domaindir" 2>/dev/null | grep -q "^$name running"; then
  log "domain $name is running"
  exit 0
fi
quietly "$ASADMIN" start-domain --domaindir "$domaindir" "$name"
log "started domain $name"
