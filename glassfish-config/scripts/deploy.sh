#!/usr/bin/env bash
# Deploys (or redeploys) BeamCat into a running, configured domain, in the order that works:
# the catalogue first, because the EAR's applications check it when they start.
#
#   deploy.sh [ICAT_SERVER_WAR [ICAT_EAR]]   defaults: the archives the build left in the checkout
#   ASADMIN, ASADMIN_OPTS                    which asadmin and which domain (see lib.sh)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

war=${1:-$BEAMCAT_HOME/icat-server/target/icat-server.war}
ear=${2:-$BEAMCAT_HOME/icat-ear/target/icat-ear.ear}
for archive in "$war" "$ear"; do
  [ -f "$archive" ] || die "$archive not found: build first (mvn -B -DskipTests package)"
done

quietly asadm deploy --force=true --name icat-server --contextroot /icat "$war"
log "deployed icat-server ($war)"
quietly asadm deploy --force=true --name icat-ear "$ear"
log "deployed icat-ear ($ear)"
