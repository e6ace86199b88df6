#!/usr/bin/env bash
# Runs the BeamCat stack locally: one Payara domain with the data portal (/), the catalogue (/icat), the data
# service (/ids), the DOI landing pages (/doi) and ingestion, on the embedded H2 database and OpenMQ broker by
# default.
#
#   ./run.sh           build, create and start the domain "beamcat", configure it, deploy, wait, print URLs
#   ./run.sh stop      stop everything this script started (the domain; PostgreSQL if it started it)
#   ./run.sh status    say what runs and whether each application answers
#
# Environment (all optional):
#   BEAMCAT_DATA_ROOT   data root beamlines write under and the IDS serves (default: var/data in the checkout)
#   BEAMCAT_ARCHIVE_ROOT  the IDS's archive folder (default: var/archive in the checkout, beside the default data
#                       root, so the IDS is two-level and the demo shows an archived dataset and its restore);
#                       "off" (or empty) keeps the IDS single-level. Two-level needs the IDS reader account
#                       (below): without one the default falls back to single-level and says so
#   BEAMCAT_DB          h2 (default) or postgresql
#   BEAMCAT_PG_HOST, BEAMCAT_PG_PORT, BEAMCAT_PG_DATABASE, BEAMCAT_PG_USER, BEAMCAT_PG_PASSWORD
#                       PostgreSQL connection (defaults localhost, 5432, beamcat, beamcat, beamcat); on
#                       localhost the role and database are created when missing
#   BEAMCAT_SKIP_BUILD=1  deploy what is already built instead of running Maven first
#   BEAMCAT_DEMO=0      no demo data; otherwise the demo facility is loaded, one demo dataset archived through
#                       the IDS and the ended demo sessions given their DOIs by the DOI job (mint-sessions)
#   BEAMCAT_ICAT_AUTHENTICATORS, BEAMCAT_ICAT_ROOT_USERS, BEAMCAT_ICAT_SIMPLE_USERS  catalogue logins
#                       (glassfish-config/README.md); by default the DEMO-ONLY users root (a root user),
#                       alice and bob on the simple authenticator, each with the password equal to the name
#   BEAMCAT_STOMP_PORT  port of the broker's STOMP bridge (default 61613; "off" switches it off)
#   BEAMCAT_JMS_PRODUCER_USER, BEAMCAT_JMS_PRODUCER_PASSWORD  the broker's producer account for JMS, STOMP
#                       and the Tango devices (default: the DEMO-ONLY guest/guest; any other user switches
#                       guest off)
#   BEAMCAT_INGEST_PRODUCER_TOKENS, BEAMCAT_INGEST_PRODUCER_GROUPING  who may POST /ingest/dataset besides
#                       root users (glassfish-config/README.md); by default the DEMO-ONLY sequencer
#                       "demo-sequencer" with the secret printed at the end
#   BEAMCAT_IDS_READER_USER, BEAMCAT_IDS_READER_PASSWORD  the IDS reader account (default: the demo root
#                       user when the demo users are used)
set -euo pipefail
cd "$(dirname "$0")"
export BEAMCAT_HOME=$PWD
# shellcheck source=glassfish-config/scripts/lib.sh
source glassfish-config/scripts/lib.sh

DOMAIN=beamcat
DOMAIN_DIR=$BEAMCAT_HOME/var/domains
RUN_DIR=$BEAMCAT_HOME/var/run
BASE_URL=http://localhost:8080
export ASADMIN_OPTS="--port 4848"
SCRIPTS=glassfish-config/scripts
# DEMO-ONLY producer credentials, used unless the caller configures real ones (see the header).
DEMO_PRODUCER_SECRET=demo-sequencer-secret
JMS_USER=${BEAMCAT_JMS_PRODUCER_USER:-guest}
JMS_PASSWORD=${BEAMCAT_JMS_PRODUCER_PASSWORD:-guest}
DEMO_JAR=demo-data/target/demo-data.jar
# The demo's showcase: a dataset archived through this IDS, session DOIs minted by this DOI service's job.
DEMO_SHOWCASE_ARGS=(--ids-url "$BASE_URL/ids" --doi-url "$BASE_URL/doi")

domain_running() {
  [ -x "$ASADMIN" ] && "$ASADMIN" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$DOMAIN running"
}

# start-domain returns before the applications already deployed have loaded; redeploying one while
# it loads fails ("already has a web module ... loaded"). Wait for each to answer (or give up on it).
wait_for_loaded_applications() {
  local deployed
  deployed=$(asadm list-applications 2>/dev/null || true)
  if grep -q '^icat-server' <<<"$deployed"; then
    wait_for_url "$BASE_URL/icat/version" 200 90 2>/dev/null || log "icat-server did not come up; redeploying it"
  fi
  if grep -q '^icat-ear' <<<"$deployed"; then
    wait_for_url "$BASE_URL/ids/ping" 200 90 2>/dev/null || log "icat-ear did not come up; redeploying it"
  fi
}

# The IDS's archive folder: var/archive beside the default data root (two-level, so a newcomer sees an
# archived dataset and its restore) unless BEAMCAT_ARCHIVE_ROOT says otherwise ("off" or empty: single-level).
# Prints the absolute folder (not created yet), or nothing for single-level.
choose_archive_root() {
  local data_root=$1 reader=$2 root
  case "${BEAMCAT_ARCHIVE_ROOT-default}" in
    default)
      if [ -z "$reader" ]; then
        log "the IDS stays single-level: two-level storage needs the IDS reader account (BEAMCAT_IDS_READER_USER)"
        return 0
      fi
      root=$BEAMCAT_HOME/var/archive ;;
    "" | off) return 0 ;;
    *)
      [ -n "$reader" ] || die "BEAMCAT_ARCHIVE_ROOT (two-level IDS) needs the IDS reader account: set BEAMCAT_IDS_READER_USER"
      root=$BEAMCAT_ARCHIVE_ROOT ;;
  esac
  root=$(realpath -m "$root")
  case "$root/" in "$data_root"/*) die "the archive root $root lies inside the data root $data_root" ;; esac
  case "$data_root/" in "$root"/*) die "the data root $data_root lies inside the archive root $root" ;; esac
  echo "$root"
}

# Where the demo's DOIs live, said plainly: the offline registrar's DOIs resolve nowhere but here.
doi_registrar_note() {
  local prefix=${BEAMCAT_DOI_PREFIX:-10.5072}
  if [ "${BEAMCAT_DOI_REGISTRAR:-offline}" = offline ]; then
    echo "  DOIs come from the offline registrar (files on this server), prefix $prefix$([ "$prefix" = 10.5072 ] && echo ", DataCite's test prefix"):"
    echo "  registered nowhere, so https://doi.org/... does not resolve them; their landing pages are the /doi URLs above."
  else
    echo "  DOIs are registered with DataCite (${BEAMCAT_DOI_DATACITE_URL:-https://api.test.datacite.org}), prefix $prefix."
  fi
}

start() {
  command -v java >/dev/null || die "java (17 or newer) is needed"
  command -v mvn >/dev/null || die "Maven is needed"
  command -v curl >/dev/null || die "curl is needed"
  mkdir -p "$RUN_DIR"

  # Folders and the IDS's levels first, so a bad combination is refused before anything is built or started.
  local data_root
  data_root=$(realpath -m "${BEAMCAT_DATA_ROOT:-$BEAMCAT_HOME/var/data}")
  # Demo logins unless the caller configures its own (see glassfish-config/README.md); with the demo
  # users the IDS reader account is the demo root user.
  local demo_reader=""
  [ -n "${BEAMCAT_ICAT_SIMPLE_USERS+set}" ] || demo_reader=root
  local reader_user=${BEAMCAT_IDS_READER_USER-$demo_reader}
  local archive_root
  archive_root=$(choose_archive_root "$data_root" "$reader_user")

  local db=${BEAMCAT_DB:-h2}
  case "$db" in
    h2) ;;
    postgresql)
      if [ "${BEAMCAT_PG_HOST:-localhost}" = localhost ] || [ "${BEAMCAT_PG_HOST:-}" = 127.0.0.1 ]; then
        [ "$(ensure_postgresql_running)" = started ] && touch "$RUN_DIR/postgresql-started-by-run.sh"
        ensure_postgresql_database "${BEAMCAT_PG_USER:-beamcat}" "${BEAMCAT_PG_PASSWORD:-beamcat}" \
          "${BEAMCAT_PG_DATABASE:-beamcat}"
      fi
      ;;
    *) die "BEAMCAT_DB must be h2 or postgresql, not '$db'" ;;
  esac

  if [ "${BEAMCAT_SKIP_BUILD:-0}" != 1 ]; then
    log "building (mvn package, tests skipped: ./test.sh runs them)"
    quietly mvn -B -ntp -q -DskipTests package || die "the build failed"
  fi

  mkdir -p "$data_root"
  [ -z "$archive_root" ] || mkdir -p "$archive_root"

  "$SCRIPTS/create-domain.sh" "$DOMAIN" "$DOMAIN_DIR"
  "$SCRIPTS/start-domain.sh" "$DOMAIN" "$DOMAIN_DIR"
  wait_for_loaded_applications
  # The demo sequencer's secret for POST /ingest/dataset: configured as its SHA-256 only.
  local demo_tokens
  demo_tokens="demo-sequencer:$(printf %s "$DEMO_PRODUCER_SECRET" | sha256sum | cut -d' ' -f1)"
  local producer_tokens=${BEAMCAT_INGEST_PRODUCER_TOKENS-$demo_tokens}
  BEAMCAT_DATA_ROOT=$data_root BEAMCAT_ICAT_URL=$BASE_URL \
  BEAMCAT_ICAT_ROOT_USERS=${BEAMCAT_ICAT_ROOT_USERS-simple/root} \
  BEAMCAT_ICAT_SIMPLE_USERS=${BEAMCAT_ICAT_SIMPLE_USERS-$BEAMCAT_DEMO_SIMPLE_USERS} \
  BEAMCAT_IDS_READER_USER=$reader_user \
  BEAMCAT_IDS_READER_PASSWORD=${BEAMCAT_IDS_READER_PASSWORD-$demo_reader} \
  BEAMCAT_INGEST_PRODUCER_TOKENS=$producer_tokens BEAMCAT_ARCHIVE_ROOT=$archive_root \
    "$SCRIPTS/configure-properties.sh"
  BEAMCAT_DB=$db "$SCRIPTS/configure-database.sh"
  # Before the first deployment starts the (lazy) embedded broker; a changed port needs ./run.sh restart.
  "$SCRIPTS/configure-stomp.sh"
  # The broker's producer account: guest/guest only for this demo, unless the caller gives a real one.
  BEAMCAT_JMS_PRODUCER_USER=$JMS_USER BEAMCAT_JMS_PRODUCER_PASSWORD=$JMS_PASSWORD \
    "$SCRIPTS/configure-broker-users.sh" "$DOMAIN" "$DOMAIN_DIR"
  "$SCRIPTS/configure-http.sh" "$DOMAIN" "$DOMAIN_DIR"
  # It may have restarted the domain: a redeploy while the applications still load fails (see above).
  wait_for_loaded_applications

  # Redeploy only what changed since the last run, so running it again does not interrupt the service.
  local fingerprint
  fingerprint=$(cat icat-server/target/icat-server.war icat-ear/target/icat-ear.ear | sha256sum | cut -d' ' -f1)
  # Settings are read when the applications start: a change of them needs a redeploy too.
  fingerprint="$fingerprint $db $data_root archive:$archive_root ${BEAMCAT_ICAT_ROOT_USERS-} ${BEAMCAT_ICAT_SIMPLE_USERS-}"
  fingerprint="$fingerprint ${BEAMCAT_ICAT_AUTHENTICATORS-} ${BEAMCAT_IDS_READER_USER-}"
  fingerprint="$fingerprint $producer_tokens ${BEAMCAT_INGEST_PRODUCER_GROUPING-} $JMS_USER"
  if [ "$(cat "$RUN_DIR/deployed" 2>/dev/null)" = "$fingerprint" ] \
      && asadm list-applications 2>/dev/null | grep -q '^icat-ear'; then
    log "applications are up to date"
  else
    "$SCRIPTS/deploy.sh"
    echo "$fingerprint" > "$RUN_DIR/deployed"
  fi

  log "waiting for the applications to answer"
  wait_for_url "$BASE_URL/icat/version" 200 180 || die "/icat does not answer; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
  wait_for_url "$BASE_URL/ids/ping" 200 180 || die "/ids does not answer; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
  wait_for_url "$BASE_URL/doi/" 200 180 || die "/doi does not answer; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
  wait_for_url "$BASE_URL/login.xhtml" 200 180 || die "the portal (/) does not answer; see $DOMAIN_DIR/$DOMAIN/logs/server.log"

  local demo="no demo data (BEAMCAT_DEMO=0)" showcase="" loaded
  rm -f "$RUN_DIR/demo-showcase"
  if [ "${BEAMCAT_DEMO:-1}" = 1 ]; then
    log "loading the demo facility through the ICAT API, archiving one demo dataset through the IDS and"
    log "minting the ended demo sessions' DOIs through the DOI job (BEAMCAT_DEMO=0 skips all of it)"
    loaded=0
    showcase=$(java -jar "$DEMO_JAR" --icat-url "$BASE_URL" --data-root "$data_root" "${DEMO_SHOWCASE_ARGS[@]}") \
      || loaded=$?
    if [ "$loaded" = 0 ] || [ "$loaded" = 3 ]; then
      demo="demo facility ESRF: investigations MA-4321 (alice) and ES-1234 (bob)"
      # ./run.sh status checks the same state again (only with the demo root user, which the loader uses).
      touch "$RUN_DIR/demo-showcase"
    else
      demo="the demo facility could not be loaded (see above); the stack runs without it"
    fi
    grep -v '^demo: ' <<<"$showcase" >&2 || true # the loader's own report: what it created, what was there
    showcase=$(grep '^demo: ' <<<"$showcase" | sed 's/^demo: /  /' || true)
  fi

  cat <<SUMMARY

BeamCat is running (domain "$DOMAIN" in $DOMAIN_DIR, database: $db).
  Data portal             $BASE_URL/                  log in as alice/alice (or "Browse public data")
  Catalogue (ICAT REST)   $BASE_URL/icat/version      https://localhost:8181/icat/
  Catalogue (ICAT SOAP)   $BASE_URL/ICATService/ICAT?wsdl   (python-icat: Client("$BASE_URL/ICATService/ICAT?wsdl"))
  Data service (IDS)      $BASE_URL/ids/ping          https://localhost:8181/ids/
  DOI landing pages       $BASE_URL/doi/              https://localhost:8181/doi/
  Health                  $BASE_URL/health/ready      $BASE_URL/health/live
  Payara admin console    http://localhost:4848       user "admin", no password (local domain only)
  JMS broker (OpenMQ)     localhost:7676              queue icatIngest
  STOMP (OpenMQ bridge)   localhost:${BEAMCAT_STOMP_PORT:-61613}             destination /queue/icatIngest, login $JMS_USER (JMS too)
  Data root               $data_root
  Archive (IDS 2nd level) ${archive_root:-none: the IDS is single-level (BEAMCAT_ARCHIVE_ROOT=off or no reader account)}
  Server log              $DOMAIN_DIR/$DOMAIN/logs/server.log
Catalogue: $demo.
${showcase:+What to look at first (./run.sh status checks it again):
$showcase
$(doi_registrar_note)
}Demo logins (authenticator "simple", password = user name, for trying BeamCat only):
  root (a root user), alice, bob      e.g. curl -d 'json={"plugin":"simple","credentials":[{"username":"alice"},{"password":"alice"}]}' $BASE_URL/icat/session
$(if [ -z "${BEAMCAT_INGEST_PRODUCER_TOKENS+set}" ]; then
  printf '%s\n' "Demo producer (POST /ingest/dataset; for trying BeamCat only):" \
    "  curl -H 'Authorization: Bearer $DEMO_PRODUCER_SECRET' -H 'Content-Type: application/json' --data @message.json $BASE_URL/ingest/dataset"
fi)
$(if [ "$JMS_USER" = guest ]; then
  echo "Broker login guest/guest (JMS, STOMP, Tango devices): demo only; set BEAMCAT_JMS_PRODUCER_USER/_PASSWORD otherwise."
fi)
Stop everything with: ./run.sh stop
SUMMARY
}

stop() {
  "$SCRIPTS/stop-domain.sh" "$DOMAIN" "$DOMAIN_DIR"
  if [ -f "$RUN_DIR/postgresql-started-by-run.sh" ]; then
    stop_postgresql
    rm -f "$RUN_DIR/postgresql-started-by-run.sh"
  fi
}

status() {
  if domain_running; then
    log "domain $DOMAIN is running"
    local path levels
    for path in /login.xhtml /icat/version /ids/ping /doi/ /health/ready; do
      printf '  %-16s HTTP %s%s\n' "$path" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE_URL$path" || true)" \
        "$([ "$path" = /login.xhtml ] && echo '  (the data portal at /)')"
    done
    levels=$(curl -s --max-time 10 "$BASE_URL/ids/isTwoLevel" || true)
    case "$levels" in
      true) printf '  %-16s two-level (archive: %s)\n' "IDS storage" "$(asadm list-system-properties 2>/dev/null \
              | sed -n 's/^beamcat.ids.archive-root=//p')" ;;
      false) printf '  %-16s single-level (no archive)\n' "IDS storage" ;;
      *) printf '  %-16s unknown (/ids/isTwoLevel did not answer)\n' "IDS storage" ;;
    esac
    if [ -f "$RUN_DIR/demo-showcase" ] && [ -f "$DEMO_JAR" ]; then
      log "the demo, as a newcomer finds it (checked as the demo root user; nothing is changed):"
      { java -jar "$DEMO_JAR" --check --icat-url "$BASE_URL" "${DEMO_SHOWCASE_ARGS[@]}" || true; } | sed -n 's/^demo: /  /p'
    fi
  else
    log "domain $DOMAIN is not running"
    return 3
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  *) die "usage: ./run.sh [start|stop|status|restart]" ;;
esac
