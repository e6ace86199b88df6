#!/usr/bin/env bash
# Points the catalogue's datasource jdbc/icat at a database, in a running domain. Safe to run again.
#
#   BEAMCAT_DB=h2          Payara's embedded H2 (pool H2Pool): the default, for trying BeamCat out.
#   BEAMCAT_DB=postgresql  PostgreSQL (pool BeamcatPostgresPool), with
#       BEAMCAT_PG_HOST (localhost)  BEAMCAT_PG_PORT (5432)  BEAMCAT_PG_DATABASE (beamcat)
#       BEAMCAT_PG_USER (beamcat)    BEAMCAT_PG_PASSWORD (beamcat)
#       BEAMCAT_PG_PASSWORD_ALIAS    name of an asadmin password alias to use instead of the plain
#                                    password (create-password-alias); recommended in production
#       BEAMCAT_JDBC_DRIVER          path of the PostgreSQL JDBC jar (default: the one the build copied)
#   ASADMIN, ASADMIN_OPTS          which asadmin and which domain (see lib.sh)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

DB=${BEAMCAT_DB:-h2}
RESOURCE=jdbc/icat

point_resource_at() {
  local pool=$1
  if asadm list-jdbc-resources | grep -qx "$RESOURCE"; then
    quietly asadm set "resources.jdbc-resource.$RESOURCE.pool-name=$pool"
  else
    quietly asadm create-jdbc-resource --connectionpoolid "$pool" "$RESOURCE"
  fi
  log "$RESOURCE -> $pool"
}

case "$DB" in
  h2)
    point_resource_at H2Pool
    ;;
  postgresql)
    POOL=BeamcatPostgresPool
    host=${BEAMCAT_PG_HOST:-localhost}
    port=${BEAMCAT_PG_PORT:-5432}
    database=${BEAMCAT_PG_DATABASE:-beamcat}
    user=${BEAMCAT_PG_USER:-beamcat}
    if [ -n "${BEAMCAT_PG_PASSWORD_ALIAS:-}" ]; then
      password="\${ALIAS=$BEAMCAT_PG_PASSWORD_ALIAS}"
    else
      password=$(asadmin_escape "${BEAMCAT_PG_PASSWORD:-beamcat}")
    fi
    driver=${BEAMCAT_JDBC_DRIVER:-$BEAMCAT_HOME/var/payara/drivers/postgresql.jar}
    if ! asadm list-libraries --type common | grep -qx "$(basename "$driver")"; then
      [ -f "$driver" ] || die "PostgreSQL JDBC driver not found at $driver"
      quietly asadm add-library --type common "$driver"
      log "added JDBC driver $(basename "$driver")"
    fi
    properties="serverName=$(asadmin_escape "$host"):portNumber=$port:databaseName=$(asadmin_escape "$database")"
    properties="$properties:user=$(asadmin_escape "$user"):password=$password"
    # The catalogue writes thousands of rows per call in JDBC batches; the driver sends each batch of inserts
    # as multi-row INSERTs instead of one statement per row (issues 4/8).
    properties="$properties:reWriteBatchedInserts=true"
    if asadm list-jdbc-connection-pools | grep -qx "$POOL"; then
      asadm delete-jdbc-connection-pool --cascade=false "$POOL" >/dev/null 2>&1 || {
        # The pool is in use by jdbc/icat: move the resource aside, recreate, move back.
        point_resource_at H2Pool
        quietly asadm delete-jdbc-connection-pool "$POOL"
      }
    fi
    quietly asadm create-jdbc-connection-pool \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --restype javax.sql.DataSource \
      --steadypoolsize 4 --maxpoolsize 32 \
      --isconnectvalidatereq=true --validationmethod custom-validation \
      --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
      --failconnection=true \
      --property "$properties" \
      "$POOL"
    quietly asadm ping-connection-pool "$POOL" || die "PostgreSQL at $host:$port/$database does not accept $user"
    point_resource_at "$POOL"
    ;;
  *)
    die "BEAMCAT_DB must be h2 or postgresql, not '$DB'"
    ;;
esac
