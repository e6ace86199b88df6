#!/usr/bin/env bash
# Sets BeamCat's settings as system properties of a running domain (MicroProfile Config reads them).
# Safe to run again; applications read settings when they start, so redeploy or restart after a change.
#
#   BEAMCAT_DATA_ROOT     (required) main storage: the folder beamlines write under and the IDS serves
#   BEAMCAT_ICAT_URL      the catalogue's host URL without /icat (default http://localhost:8080)
#   BEAMCAT_ARCHIVE_ROOT  archive storage folder; makes the IDS two-level (default: single level)
#   BEAMCAT_DOI_PREFIX    DOI prefix (default 10.5072, DataCite's test prefix)
#   BEAMCAT_DOI_PUBLISHER publisher shown on landing pages (default BeamCat)
#   ASADMIN, ASADMIN_OPTS which asadmin and which domain (see lib.sh)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

[ -n "${BEAMCAT_DATA_ROOT:-}" ] || die "BEAMCAT_DATA_ROOT must name the data root folder"

declare -A settings=(
  [beamcat.data-root]=$BEAMCAT_DATA_ROOT
  [beamcat.icat.url]=${BEAMCAT_ICAT_URL:-http://localhost:8080}
  [beamcat.doi.prefix]=${BEAMCAT_DOI_PREFIX:-10.5072}
  [beamcat.doi.publisher]=${BEAMCAT_DOI_PUBLISHER:-BeamCat}
)
if [ -n "${BEAMCAT_ARCHIVE_ROOT:-}" ]; then
  settings[beamcat.ids.archive-root]=$BEAMCAT_ARCHIVE_ROOT
else
  asadm delete-system-property beamcat.ids.archive-root >/dev/null 2>&1 || true
fi

joined=""
for key in "${!settings[@]}"; do
  joined="$joined${joined:+:}$key=$(asadmin_escape "${settings[$key]}")"
done
quietly asadm create-system-properties "$joined"
for key in $(printf '%s\n' "${!settings[@]}" | sort); do
  log "$key = ${settings[$key]}"
done
