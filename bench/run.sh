#!/usr/bin/env bash
# Runs BeamCat's benchmarks in one go (see bench/README.md):
#   1. builds the modules and the bench program (mvn -Pbench package; BENCH_SKIP_BUILD=1 skips it);
#   2. creates a fresh PostgreSQL database beamcat_bench and a throw-away Payara domain on its own port
#      base, configured with the same glassfish-config scripts as test.sh, the IDS two-level (archive
#      folder beside the data root) and the demo facility loaded;
#   3. runs the scenarios, always in this order: generate (fills the catalogue to the scale), ingest (JMS
#      queue vs COPY, into the filled catalogue), landing (wrk vs /health/live), ids (getData vs
#      cat, restore vs cp), browse (TopCAT's queries vs SQL, on the generated catalogue), search (index
#      rebuild and portal searches with facets vs PostgreSQL full-text search), port (GET/POST
#      /icat/port of the whole catalogue vs pg_dump/psql; empties the tables and restores them);
#   4. writes bench/results/latest.json and bench/results/latest.md;
#   5. stops the domain and drops the domain folder, also when a scenario fails (trap).
#
#   bench/run.sh [--scale quick|esrf|large] [--only SCENARIO[,SCENARIO...]]
#   bench/run.sh up | down     start / stop the bench stack alone (developing a scenario)
#   bench/run.sh one SCENARIO  run one scenario (or "report") against a stack started with "up"
#
# Environment: BEAMCAT_BENCH_PORT_BASE (default 25000: admin +48, HTTP +80, JMS +76),
# BENCH_DATABASE (beamcat_bench, or beamcat_bench_<port base> for another port base), BENCH_VAR (var/bench-<port base>: data, archive, domain).
set -euo pipefail
cd "$(dirname "$0")/.."
export BEAMCAT_HOME=$PWD
# shellcheck source=../glassfish-config/scripts/lib.sh
source glassfish-config/scripts/lib.sh

PORT_BASE=${BEAMCAT_BENCH_PORT_BASE:-25000}
check_port_base BEAMCAT_BENCH_PORT_BASE "$PORT_BASE"
DOMAIN=beamcat-bench-$PORT_BASE
BENCH_VAR=${BENCH_VAR:-$BEAMCAT_HOME/var/bench-$PORT_BASE}
# The throw-away bench stack's broker producer account (configure-broker-users.sh).
BENCH_JMS_USER=beamcat-bench-producer
BENCH_JMS_PASSWORD=bench-broker-secret-$PORT_BASE
DOMAIN_DIR=$BENCH_VAR/domains
DATA_ROOT=$BENCH_VAR/data
ARCHIVE_ROOT=$BENCH_VAR/archive
# Another port base gets its own database too, so two runs side by side never drop each other's.
default_database=beamcat_bench
[ "$PORT_BASE" = 25000 ] || default_database=beamcat_bench_$PORT_BASE
DATABASE=${BENCH_DATABASE:-$default_database}
BASE_URL=http://localhost:$((PORT_BASE + 80))
RESULTS=$BEAMCAT_HOME/bench/results
export ASADMIN_OPTS="--port $((PORT_BASE + 48))"
SCRIPTS=glassfish-config/scripts

scale=quick
# The catalogue is filled first, so ingestion, the IDS and the landing pages work against a catalogue of
# the chosen size, as they would at a facility; browse comes last and sees the ingested datasets too.
scenario_order=(generate ingest landing ids browse search port)
only=$(IFS=,; echo "${scenario_order[*]}")
command=all
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=${2:?--scale needs quick, esrf or large}; shift 2 ;;
    --only) only=${2:?--only needs scenario names}; shift 2 ;;
    up|down) command=$1; shift ;;
    one) command=one; only=${2:?one needs a scenario name}; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (see bench/run.sh --help)" ;;
  esac
done
[[ $scale =~ ^(quick|esrf|large)$ ]] || die "--scale must be quick, esrf or large, not '$scale'"
IFS=, read -r -a wanted <<<"$only"
for scenario in "${wanted[@]}"; do
  [[ " ${scenario_order[*]} " == *" $scenario "* ]] || [ "$command" = one ] \
    || die "unknown scenario '$scenario' (${scenario_order[*]})"
done
scenarios=()
for scenario in "${scenario_order[@]}"; do
  [[ ",$only," == *",$scenario,"* ]] && scenarios+=("$scenario")
done

postgres_started=""
stack_down() {
  "$SCRIPTS/stop-domain.sh" "$DOMAIN" "$DOMAIN_DIR" || true
  rm -rf "${DOMAIN_DIR:?}/$DOMAIN"
}

stack_up() {
  command -v java >/dev/null || die "java (17 or newer) is needed"
  command -v mvn >/dev/null || die "Maven is needed"
  ensure_debian_commands wrk:wrk
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building (mvn -Pbench package, tests skipped)"
    quietly mvn -B -ntp -q -DskipTests -Pbench package || die "the build failed"
  fi
  postgres_started=$(ensure_postgresql_running)
  ensure_postgresql_database beamcat_bench beamcat_bench "$DATABASE" fresh
  log "PostgreSQL database $DATABASE is fresh"

  # A domain left over by an interrupted run would hold the ports: remove it.
  stack_down
  rm -rf "$DATA_ROOT" "$ARCHIVE_ROOT" && mkdir -p "$DATA_ROOT" "$ARCHIVE_ROOT"
  "$SCRIPTS/create-domain.sh" "$DOMAIN" "$DOMAIN_DIR" "$PORT_BASE"
  "$SCRIPTS/start-domain.sh" "$DOMAIN" "$DOMAIN_DIR"
  # Demo logins (root is a root user and the IDS reader); the archive root makes the IDS two-level; the
  # DOI timer is pushed out so it does not mint thousands of generated investigations mid-run.
  BEAMCAT_DATA_ROOT=$DATA_ROOT BEAMCAT_ARCHIVE_ROOT=$ARCHIVE_ROOT BEAMCAT_ICAT_URL=$BASE_URL \
  BEAMCAT_ICAT_ROOT_USERS=simple/root BEAMCAT_ICAT_SIMPLE_USERS=$BEAMCAT_DEMO_SIMPLE_USERS \
  BEAMCAT_IDS_READER_USER=root BEAMCAT_IDS_READER_PASSWORD=root BEAMCAT_DOI_MINT_INTERVAL_MINUTES=10080 \
    "$SCRIPTS/configure-properties.sh"
  # Two-level queue timing: act within a second, write to the archive without the default 60 s delay.
  quietly asadm create-system-properties \
    "beamcat.ids.queue.interval-seconds=1:beamcat.ids.queue.write-delay-seconds=0"
  BEAMCAT_DB=postgresql BEAMCAT_PG_DATABASE=$DATABASE BEAMCAT_PG_USER=beamcat_bench BEAMCAT_PG_PASSWORD=beamcat_bench \
    "$SCRIPTS/configure-database.sh"
  # A real broker producer account (guest/guest off), which the ingestion scenario sends with.
  BEAMCAT_JMS_PRODUCER_USER=$BENCH_JMS_USER BEAMCAT_JMS_PRODUCER_PASSWORD=$BENCH_JMS_PASSWORD \
    "$SCRIPTS/configure-broker-users.sh" "$DOMAIN" "$DOMAIN_DIR"
  "$SCRIPTS/configure-http.sh" "$DOMAIN" "$DOMAIN_DIR"
  "$SCRIPTS/deploy.sh"
  wait_for_url "$BASE_URL/icat/version" 200 180 || die "/icat does not answer"
  wait_for_url "$BASE_URL/ids/ping" 200 180 || die "/ids does not answer"
  wait_for_url "$BASE_URL/doi/" 200 180 || die "/doi does not answer"
  log "loading the demo facility"
  quietly java -jar demo-data/target/demo-data.jar --icat-url "$BASE_URL" --data-root "$DATA_ROOT" \
    || die "the demo facility could not be loaded"
  log "bench stack up: $BASE_URL (domain $DOMAIN, database $DATABASE, data $DATA_ROOT)"
}

bench() {
  local mq_lib=$PAYARA_HOME/mq/lib
  BEAMCAT_JMS_PRODUCER_USER=$BENCH_JMS_USER BEAMCAT_JMS_PRODUCER_PASSWORD=$BENCH_JMS_PASSWORD java -Xmx1g -cp "bench/target/bench.jar:bench/target/lib/*:$mq_lib/imq.jar:$mq_lib/jms.jar" \
    org.beamcat.bench.BenchMain "$@" \
    --url "$BASE_URL" --data-root "$DATA_ROOT" --archive-root "$ARCHIVE_ROOT" --broker-port $((PORT_BASE + 76)) \
    --jdbc-url "jdbc:postgresql://localhost:5432/$DATABASE" --jdbc-user beamcat_bench --jdbc-password beamcat_bench \
    --parts "$RESULTS/parts" --scale "$scale"
}

# Options of one scenario besides the shared ones: search measures the Lucene index under the domain's folder.
scenario_options() {
  [ "$1" = search ] && echo "--domain-dir $DOMAIN_DIR/$DOMAIN"
  return 0
}

case "$command" in
  up) stack_up; exit 0 ;;
  down) stack_down; exit 0 ;;
  one)
    if [ "$only" = report ]; then bench report --out "$RESULTS"; else bench "$only" $(scenario_options "$only"); fi
    exit 0 ;;
esac

cleanup() {
  local status=$?
  stack_down
  rm -rf "$DATA_ROOT" "$ARCHIVE_ROOT"
  [ "$postgres_started" = started ] && stop_postgresql
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
stack_up
rm -rf "$RESULTS/parts"
for scenario in "${scenarios[@]}"; do
  log "scenario $scenario ($scale)"
  bench "$scenario" $(scenario_options "$scenario")
done
bench report --seconds $(( $(date +%s) - started )) --out "$RESULTS"
log "results: $RESULTS/latest.md and $RESULTS/latest.json"
