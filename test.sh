#!/usr/bin/env bash
# Runs every BeamCat test, unit and integration, on a machine with Java 17 and Maven:
#   1. makes sure PostgreSQL runs and creates a fresh test database (beamcat_it); starts a Tango database
#      (Debian's tango-db on MariaDB, port base + 90, fresh MariaDB database tango_it_<port base>);
#   2. builds the modules and unpacks Payara (var/payara);
#   3. creates and starts a throw-away domain "beamcat-it" on ports 28048 (admin) / 28080 (HTTP),
#      configured with the same glassfish-config scripts an administrator uses;
#   4. runs mvn verify -Pit: unit tests, then Arquillian tests that deploy the built archives into it;
#   5. stops the domain and the Tango database (and PostgreSQL, MariaDB if it started them), also when tests fail.
#   6. runs the catalogue's system tests again with the catalogue on the embedded H2 database.
# Extra arguments go to Maven (and skip step 6), e.g. ./test.sh -Dit.test=IcatServerDeploymentIT
# BEAMCAT_IT_PORT_BASE (default 28000) moves the test domain, its database and data folder, so two
# checkouts can run their suites side by side.
set -euo pipefail
cd "$(dirname "$0")"
export BEAMCAT_HOME=$PWD
# shellcheck source=glassfish-config/scripts/lib.sh
source glassfish-config/scripts/lib.sh

PORT_BASE=${BEAMCAT_IT_PORT_BASE:-28000}
check_port_base BEAMCAT_IT_PORT_BASE "$PORT_BASE"
DOMAIN=beamcat-it
DOMAIN_DIR=$BEAMCAT_HOME/var/test-domains
DATABASE=beamcat_it
[ "$PORT_BASE" = 28000 ] || { DOMAIN=beamcat-it-$PORT_BASE; DATABASE=beamcat_it_$PORT_BASE; }
export ASADMIN_OPTS="--port $((PORT_BASE + 48))"
# A real Tango database (Debian's tango-db on MariaDB) for TangoToCatalogueIT, on port base + 90.
TANGO_DB_PORT=$((PORT_BASE + 90))
MVN=(mvn -B -ntp)

postgres_started=""
cleanup() {
  local status=$?
  glassfish-config/scripts/stop-domain.sh "$DOMAIN" "$DOMAIN_DIR" || true
  # The server log outlives the throw-away domain, for reading after a failed run.
  if [ -d "$DOMAIN_DIR/$DOMAIN/logs" ]; then
    rm -rf "$BEAMCAT_HOME/var/test-logs-$PORT_BASE" && cp -r "$DOMAIN_DIR/$DOMAIN/logs" "$BEAMCAT_HOME/var/test-logs-$PORT_BASE"
    # A clean clone's CI keeps only what this prints: after a failure, show the server's errors too.
    if [ "$status" != 0 ]; then
      local severe
      severe=$(server_log_errors "$BEAMCAT_HOME/var/test-logs-$PORT_BASE/server.log" 40)
      log "the test domain's SEVERE log records, the last 40 lines (all: var/test-logs-$PORT_BASE/server.log*):"
      printf '%s\n' "${severe:-(none)}" >&2
    fi
  fi
  rm -rf "${DOMAIN_DIR:?}/$DOMAIN"
  tango-device/scripts/stop-tango-db.sh "$TANGO_DB_PORT" || true
  [ "$postgres_started" = started ] && stop_postgresql
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v java >/dev/null || die "java (17 or newer) is needed"
command -v mvn >/dev/null || die "Maven is needed"
command -v curl >/dev/null || die "curl is needed"

ensure_debian_commands h5dump:hdf5-tools
# python3 takes the Linux file lease FileLeaseGate needs (Java has no call for F_SETLEASE).
ensure_debian_commands python3:python3
# Headless browser for the browser system tests: LandingPagesIT renders pages with --dump-dom, and Selenium
# (Browser, BrowserExtension) drives chromium through Debian's chromedriver (docs/web-theme.md).
ensure_debian_commands chromium:chromium chromedriver:chromium-driver
# suds, the SOAP library python-icat uses, drives the SOAP API in IcatSoapSudsIT.
ensure_debian_python_modules suds:python3-suds
postgres_started=$(ensure_postgresql_running)
ensure_postgresql_database beamcat_it beamcat_it "$DATABASE" fresh
log "PostgreSQL database $DATABASE is fresh"
BEAMCAT_TANGO_DB_BIND=127.0.0.1 tango-device/scripts/start-tango-db.sh "$TANGO_DB_PORT" "tango_it_$PORT_BASE" fresh

"${MVN[@]}" -q -DskipTests -pl glassfish-config package

# A domain left over by an interrupted run would hold the ports: remove it.
glassfish-config/scripts/stop-domain.sh "$DOMAIN" "$DOMAIN_DIR"
rm -rf "${DOMAIN_DIR:?}/$DOMAIN"
glassfish-config/scripts/create-domain.sh "$DOMAIN" "$DOMAIN_DIR" "$PORT_BASE"
glassfish-config/scripts/start-domain.sh "$DOMAIN" "$DOMAIN_DIR"

data_root=$BEAMCAT_HOME/var/test-data-$PORT_BASE
rm -rf "$data_root" && mkdir -p "$data_root"
# Legacy SPEC/EDF conversion is switched on for ID16A only (IngestLegacyConversionIT ingests there), so
# the other ingestion tests on ID11 run with it off, the default.
# Catalogue logins for the system tests: the demo users root, alice and bob (password = name) on the
# simple authenticator, root as root user (and IDS reader), and anonymous login switched on. Ingestion
# computes CRC32 checksums, and processed data waits for its raw inputs 1+2+4+8 s before dead-lettering,
# so the system tests see both outcomes of a wait in seconds. A catalogue search may take 5 s (not 30), so
# IcatHostileQueriesIT sees its expensive queries cancelled quickly.
# Ingestion's producers: a sequencer's shared secret (configured as its SHA-256 only), the catalogue grouping
# whose members may ingest, and a real broker user for JMS/STOMP producers with guest/guest switched off.
# The system tests receive the clear values (-Dit.ingest.* / -Dit.jms.*) and send with them.
IT_PRODUCER_SECRET=it-sequencer-secret-$PORT_BASE
IT_PRODUCER_GROUPING=ingest-producers
IT_JMS_USER=beamcat-it-producer
IT_JMS_PASSWORD=it-broker-secret-$PORT_BASE
BEAMCAT_INGEST_PRODUCER_TOKENS="it-sequencer:$(printf %s "$IT_PRODUCER_SECRET" | sha256sum | cut -d' ' -f1)" \
BEAMCAT_INGEST_PRODUCER_GROUPING=$IT_PRODUCER_GROUPING \
BEAMCAT_DATA_ROOT=$data_root BEAMCAT_ICAT_URL="http://localhost:$((PORT_BASE + 80))" \
BEAMCAT_INGEST_CHECKSUM=crc32 BEAMCAT_INGEST_INPUT_WAIT_SECONDS=1 BEAMCAT_INGEST_INPUT_WAIT_MAX=4 \
BEAMCAT_ICAT_AUTHENTICATORS=simple,db,anon BEAMCAT_ICAT_ROOT_USERS=simple/root BEAMCAT_ICAT_MAX_SEARCH_SECONDS=5 \
BEAMCAT_ICAT_SIMPLE_USERS=$BEAMCAT_DEMO_SIMPLE_USERS \
BEAMCAT_IDS_READER_USER=root BEAMCAT_IDS_READER_PASSWORD=root \
BEAMCAT_INGEST_CONVERT_LEGACY=id16a BEAMCAT_INGEST_CONVERT_TIME_ZONE=Europe/Paris \
  glassfish-config/scripts/configure-properties.sh
BEAMCAT_DB=postgresql BEAMCAT_PG_DATABASE=$DATABASE BEAMCAT_PG_USER=beamcat_it BEAMCAT_PG_PASSWORD=beamcat_it \
  glassfish-config/scripts/configure-database.sh
# The STOMP bridge on port base + 72, set before the first deployment starts the (lazy) embedded broker.
BEAMCAT_STOMP_PORT=$((PORT_BASE + 72)) glassfish-config/scripts/configure-stomp.sh
BEAMCAT_JMS_PRODUCER_USER=$IT_JMS_USER BEAMCAT_JMS_PRODUCER_PASSWORD=$IT_JMS_PASSWORD \
  glassfish-config/scripts/configure-broker-users.sh "$DOMAIN" "$DOMAIN_DIR"
glassfish-config/scripts/configure-http.sh "$DOMAIN" "$DOMAIN_DIR"

# it.pg.*: the catalogue database, for system tests that add db-authenticator users as an admin would.
IT_ARGS=(-Pit -Dit.admin.port=$((PORT_BASE + 48)) -Dit.http.port=$((PORT_BASE + 80)) -Dit.data.root="$data_root"
  -Dit.stomp.port=$((PORT_BASE + 72)) -Dit.domain.dir="$DOMAIN_DIR" -Dit.domain.name="$DOMAIN"
  -Dit.ingest.token="$IT_PRODUCER_SECRET" -Dit.ingest.grouping="$IT_PRODUCER_GROUPING"
  -Dit.jms.user="$IT_JMS_USER" -Dit.jms.password="$IT_JMS_PASSWORD" -Dit.tango.host="127.0.0.1:$TANGO_DB_PORT")
"${MVN[@]}" verify "${IT_ARGS[@]}" -Dit.pg.url="jdbc:postgresql://localhost:5432/$DATABASE" -Dit.pg.user=beamcat_it -Dit.pg.password=beamcat_it "$@"

# The catalogue's system tests once more with the catalogue on Payara's embedded H2, the database
# ./run.sh uses by default: the same applications and tests, only jdbc/icat differs.
# Skipped when the caller picked tests with extra arguments.
if [ "${BEAMCAT_IT_H2:-1}" = 1 ] && [ $# -eq 0 ]; then
  log "catalogue system tests again, on the embedded H2 database (BEAMCAT_IT_H2=0 skips this)"
  BEAMCAT_DB=h2 glassfish-config/scripts/configure-database.sh
  "${MVN[@]}" verify -pl system-tests -am "${IT_ARGS[@]}" -Dtest=none -Dit.test='IcatCatalogueIT' -Dit.database=h2 \
    -Darchives.copy.skip=true
fi
