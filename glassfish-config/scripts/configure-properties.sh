#!/usr/bin/env bash
# Sets BeamCat's settings as system properties of a running domain (MicroProfile Config reads them).
# Safe to run again; applications read settings when they start, so redeploy or restart after a change.
#
#   BEAMCAT_DATA_ROOT     (required) main storage: the folder beamlines write under and the IDS serves
#   BEAMCAT_ICAT_URL      the catalogue's host URL without /icat (default http://localhost:8080)
#   BEAMCAT_ARCHIVE_ROOT  archive storage folder; makes the IDS two-level (default: single level)
#   BEAMCAT_DOI_PREFIX    DOI prefix (default 10.5072, DataCite's test prefix)
#   BEAMCAT_DOI_PUBLISHER publisher shown on landing pages (default BeamCat)
#   BEAMCAT_DOI_ICAT_AUTHENTICATOR, BEAMCAT_DOI_ICAT_USER, BEAMCAT_DOI_ICAT_PASSWORD
#                         the catalogue login of the DOI service, which reads investigations and stores their
#                         DOIs (a root user; default simple / root / root, the demo root user; the
#                         password is never logged)
#   BEAMCAT_DOI_SESSION_SUFFIX  experiment-session DOI suffix pattern (default BEAMCAT-ES-{investigationId};
#                         ESRF uses ESRF-ES-{investigationId})
#   BEAMCAT_DOI_COLLECTION_SUFFIX  data-collection DOI suffix pattern (default BEAMCAT-DC-{dataCollectionId};
#                         ESRF uses ESRF-DC-{dataCollectionId})
#   BEAMCAT_DOI_MINT_INTERVAL_MINUTES  how often the DOI job runs: session DOIs, interrupted data-collection
#                         DOIs, embargo opening (default 60)
#   BEAMCAT_DOI_EMBARGO_YEARS  embargo after a session's end: the job sets releaseDate = end + this when the
#                         investigation has none, and data open to everybody at that date (default 3)
#   BEAMCAT_DOI_REGISTRAR  offline (default: DOIs kept in files on this server, nothing leaves the machine) or datacite
#   BEAMCAT_DOI_OFFLINE_DIRECTORY  the offline registrar's folder, one file per DOI
#                         (default: <BEAMCAT_DATA_ROOT>/.beamcat-doi-registrar, created when missing)
#   BEAMCAT_DOI_DATACITE_URL, BEAMCAT_DOI_DATACITE_REPOSITORY_ID, BEAMCAT_DOI_DATACITE_PASSWORD
#                         DataCite REST API (default https://api.test.datacite.org), repository account and
#                         its password (required with BEAMCAT_DOI_REGISTRAR=datacite; the password is not logged)
#   BEAMCAT_DOI_LANDING_URL  public URL of the landing pages, DOIs resolve to <it>/<doi>
#                         (default: <BEAMCAT_ICAT_URL>/doi)
#   BEAMCAT_DOI_IDS_URL   the IDS as browsers reach it; landing-page downloads redirect there
#                         (default: <BEAMCAT_ICAT_URL>/ids)
#   BEAMCAT_DOI_ANONYMOUS_AUTHENTICATOR  catalogue authenticator landing-page downloads log in with, so the
#                         IDS applies the public rules (default anon; needs anon in BEAMCAT_ICAT_AUTHENTICATORS)
#   BEAMCAT_ICAT_AUTHENTICATORS  catalogue login methods, comma-separated out of simple, db, anon
#                         (default simple,db; anon lets anyone in as anon/anon, so it is opt-in)
#   BEAMCAT_ICAT_ROOT_USERS   catalogue root users, full names comma-separated, e.g. simple/root (default: none)
#   BEAMCAT_ICAT_SIMPLE_USERS users of the simple authenticator, name:hash,name:hash with hashes from
#                         hash-password.sh (plain:<password> is accepted for demonstrations; default: none)
#   BEAMCAT_ICAT_MAX_SEARCH_SECONDS  longest a catalogue search or get may take; the database statement is
#                         cancelled then (default 30)
#   BEAMCAT_ICAT_MAX_CONCURRENT_SEARCHES  catalogue searches using the database at once (default: twice
#                         the server's processors)
#   BEAMCAT_IDS_READER_AUTHENTICATOR  login method of the IDS reader account (default simple)
#   BEAMCAT_IDS_READER_USER   IDS reader account: a catalogue (root) user the IDS logs in as for work without
#                         a caller's session; required for a two-level IDS (default: none)
#   BEAMCAT_IDS_READER_PASSWORD  its password (default: none; not shown in logs)
#   BEAMCAT_IDS_ROOT_USERS    users allowed the IDS getServiceStatus, full names comma-separated
#                         (default: BEAMCAT_ICAT_ROOT_USERS)
#   BEAMCAT_INGEST_ICAT_AUTHENTICATOR  catalogue authenticator of the ingestion service account (default simple)
#   BEAMCAT_INGEST_ICAT_USER      its user name; must be a catalogue root user (default root, the demo root user)
#   BEAMCAT_INGEST_ICAT_PASSWORD  its password (default root, the demo password; set a real one in production)
#   BEAMCAT_INGEST_PRODUCER_TOKENS  producers allowed to POST /ingest/dataset with a shared secret
#                         (Authorization: Bearer <secret>), name:sha256hex,name:sha256hex with the SHA-256 of
#                         each secret (printf %s "$secret" | sha256sum); the secrets themselves are never
#                         configured (default: none)
#   BEAMCAT_INGEST_PRODUCER_GROUPING  catalogue grouping whose members may ingest with their catalogue
#                         session, besides the root users (default: none, root users only)
#   BEAMCAT_INGEST_PRODUCER_SESSION_CACHE_SECONDS  how long an accepted producer session is trusted without
#                         asking the catalogue again, 0-3600 (default 60)
#   BEAMCAT_INGEST_MAX_ATTEMPTS   deliveries of a message failing for a passing reason before it is
#                         dead-lettered (default 5)
#   BEAMCAT_INGEST_BATCH_SIZE     datafiles created per catalogue call (default 1000)
#   BEAMCAT_INGEST_CONVERT_LEGACY beamlines whose SPEC/EDF files are converted to NeXus HDF5 during ingestion,
#                         comma-separated (id01,bm05), * or all for every beamline (default: none, conversion off)
#   BEAMCAT_INGEST_CONVERT_MAX_BYTES  data one conversion may hold in memory, e.g. 256MiB (default 64MiB)
#   BEAMCAT_INGEST_CONVERT_TIME_ZONE  zone of the beamline clocks SPEC's #D times are in, e.g. Europe/Paris
#                         (default: the server's zone)
#   BEAMCAT_INGEST_CHECKSUM       checksum of each registered datafile: none or crc32 (default none)
#   BEAMCAT_INGEST_INPUT_WAIT_SECONDS  first wait of processed data for its raw inputs, doubling up to
#                         10 minutes (default 5)
#   BEAMCAT_INGEST_INPUT_WAIT_MAX  waits before such a message is dead-lettered (default 30)
#   BEAMCAT_INGEST_FOLDER_LAYOUTS  where the dataset folders of a proposal on a beamline may lie, patterns
#                         relative to the data root, comma-separated (default, in ingest-ejb:
#                         visitor/{proposal}/{beamline}/**, {beamline}/inhouse/**, {beamline}/{proposal}/**)
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
  [beamcat.icat.authenticators]=${BEAMCAT_ICAT_AUTHENTICATORS:-simple,db}
  [beamcat.ids.reader.authenticator]=${BEAMCAT_IDS_READER_AUTHENTICATOR:-simple}
  [beamcat.doi.icat.authenticator]=${BEAMCAT_DOI_ICAT_AUTHENTICATOR:-simple}
  [beamcat.doi.icat.user]=${BEAMCAT_DOI_ICAT_USER:-root}
  [beamcat.doi.icat.password]=${BEAMCAT_DOI_ICAT_PASSWORD:-root}
  [beamcat.ingest.icat.authenticator]=${BEAMCAT_INGEST_ICAT_AUTHENTICATOR:-simple}
  [beamcat.ingest.icat.user]=${BEAMCAT_INGEST_ICAT_USER:-root}
  [beamcat.ingest.icat.password]=${BEAMCAT_INGEST_ICAT_PASSWORD:-root}
  [beamcat.ingest.max-attempts]=${BEAMCAT_INGEST_MAX_ATTEMPTS:-5}
  [beamcat.ingest.batch-size]=${BEAMCAT_INGEST_BATCH_SIZE:-1000}
  [beamcat.ingest.checksum]=${BEAMCAT_INGEST_CHECKSUM:-none}
  [beamcat.ingest.input-wait-seconds]=${BEAMCAT_INGEST_INPUT_WAIT_SECONDS:-5}
  [beamcat.ingest.input-wait-max]=${BEAMCAT_INGEST_INPUT_WAIT_MAX:-30}
)
# Settings whose default is "none": set when given, removed otherwise (so unsetting takes effect).
optional_setting() {
  local key=$1 value=$2
  if [ -n "$value" ]; then
    settings[$key]=$value
  else
    asadm delete-system-property "$key" >/dev/null 2>&1 || true
  fi
}
optional_setting beamcat.icat.root-users "${BEAMCAT_ICAT_ROOT_USERS:-}"
optional_setting beamcat.icat.authn.simple.users "${BEAMCAT_ICAT_SIMPLE_USERS:-}"
optional_setting beamcat.icat.max-search-seconds "${BEAMCAT_ICAT_MAX_SEARCH_SECONDS:-}"
optional_setting beamcat.icat.max-concurrent-searches "${BEAMCAT_ICAT_MAX_CONCURRENT_SEARCHES:-}"
optional_setting beamcat.ingest.producer-tokens "${BEAMCAT_INGEST_PRODUCER_TOKENS:-}"
optional_setting beamcat.ingest.producer-grouping "${BEAMCAT_INGEST_PRODUCER_GROUPING:-}"
optional_setting beamcat.ingest.producer-session-cache-seconds "${BEAMCAT_INGEST_PRODUCER_SESSION_CACHE_SECONDS:-}"
optional_setting beamcat.ingest.convert-legacy "${BEAMCAT_INGEST_CONVERT_LEGACY:-}"
optional_setting beamcat.ingest.convert-max-bytes "${BEAMCAT_INGEST_CONVERT_MAX_BYTES:-}"
optional_setting beamcat.ingest.convert-time-zone "${BEAMCAT_INGEST_CONVERT_TIME_ZONE:-}"
optional_setting beamcat.ingest.folder-layouts "${BEAMCAT_INGEST_FOLDER_LAYOUTS:-}"
optional_setting beamcat.ids.archive-root "${BEAMCAT_ARCHIVE_ROOT:-}"
optional_setting beamcat.ids.reader.user "${BEAMCAT_IDS_READER_USER:-}"
optional_setting beamcat.ids.reader.password "${BEAMCAT_IDS_READER_PASSWORD:-}"
optional_setting beamcat.ids.root-users "${BEAMCAT_IDS_ROOT_USERS:-${BEAMCAT_ICAT_ROOT_USERS:-}}"
# The DOI job's own defaults (in landing-war) apply when these are not given.
optional_setting beamcat.doi.landing-url "${BEAMCAT_DOI_LANDING_URL:-}"
optional_setting beamcat.doi.session-suffix "${BEAMCAT_DOI_SESSION_SUFFIX:-}"
optional_setting beamcat.doi.collection-suffix "${BEAMCAT_DOI_COLLECTION_SUFFIX:-}"
optional_setting beamcat.doi.registrar "${BEAMCAT_DOI_REGISTRAR:-}"
optional_setting beamcat.doi.offline.directory "${BEAMCAT_DOI_OFFLINE_DIRECTORY:-}"
optional_setting beamcat.doi.datacite.url "${BEAMCAT_DOI_DATACITE_URL:-}"
optional_setting beamcat.doi.datacite.repository-id "${BEAMCAT_DOI_DATACITE_REPOSITORY_ID:-}"
optional_setting beamcat.doi.datacite.password "${BEAMCAT_DOI_DATACITE_PASSWORD:-}"
optional_setting beamcat.doi.mint-interval-minutes "${BEAMCAT_DOI_MINT_INTERVAL_MINUTES:-}"
optional_setting beamcat.doi.embargo-years "${BEAMCAT_DOI_EMBARGO_YEARS:-}"
optional_setting beamcat.doi.ids-url "${BEAMCAT_DOI_IDS_URL:-}"
optional_setting beamcat.doi.anonymous-authenticator "${BEAMCAT_DOI_ANONYMOUS_AUTHENTICATOR:-}"

joined=""
for key in "${!settings[@]}"; do
  joined="$joined${joined:+:}$key=$(asadmin_escape "${settings[$key]}")"
done
quietly asadm create-system-properties "$joined"
for key in $(printf '%s\n' "${!settings[@]}" | sort); do
  if [ "$key" = beamcat.icat.authn.simple.users ] || [ "$key" = beamcat.ingest.producer-tokens ]; then
    # Only the names: the passwords and secrets (even hashed) do not belong in logs.
    log "$key = $(printf '%s' "${settings[$key]}" | tr ',' '\n' | cut -d: -f1 | paste -sd, -) (passwords not shown)"
  elif [[ $key == *password ]]; then
    log "$key = (not shown)"
  else
    log "$key = ${settings[$key]}"
  fi
done
