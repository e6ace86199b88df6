#!/usr/bin/env bash
# Switches on the STOMP bridge of the domain's OpenMQ broker, so STOMP producers (the Python beamline
# clients) send to the same queues as JMS producers: STOMP destination /queue/icatIngest is the JMS queue
# icatIngest. The bridge runs inside the broker, which Payara runs EMBEDDED (in the server JVM) and starts
# lazily; broker properties are read when the broker starts, so run this before the first deployment, or
# restart the domain afterwards.
#
#   BEAMCAT_STOMP_PORT          TCP port of the STOMP bridge (default 61613, the port the ESRF clients use);
#                               "off" switches the bridge off
#   BEAMCAT_MQ_ADMIN_USER       broker admin user the bridge manager connects with (default admin, the
#                               embedded broker's own admin user)
#   BEAMCAT_MQ_ADMIN_PASSWORD   its password (default admin; never logged)
#   ASADMIN, ASADMIN_OPTS       which asadmin and which domain (see lib.sh)
#
# STOMP clients log in with a broker user (the embedded broker's default user guest / guest).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

port=${BEAMCAT_STOMP_PORT:-61613}
prefix=configs.config.server-config.jms-service.property
# asadmin set: dots inside a property name are escaped.
broker_property() {
  printf '%s.%s=%s' "$prefix" "${1//./\\.}" "$2"
}

if [ "$port" = off ]; then
  quietly asadm set "$(broker_property imq.bridge.enabled false)"
  log "STOMP bridge off (takes effect when the broker next starts)"
  exit 0
fi
[[ $port =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] \
  || die "BEAMCAT_STOMP_PORT must be a TCP port number or off, not '$port'"

previous=$(asadm get "$prefix.imq\\.bridge\\.stomp\\.tcp\\.port" 2>/dev/null | sed -n 's/.*=//p' || true)
quietly asadm set \
  "$(broker_property imq.bridge.enabled true)" \
  "$(broker_property imq.bridge.activelist stomp)" \
  "$(broker_property imq.bridge.admin.user "${BEAMCAT_MQ_ADMIN_USER:-admin}")" \
  "$(broker_property imq.bridge.admin.password "${BEAMCAT_MQ_ADMIN_PASSWORD:-admin}")" \
  "$(broker_property imq.bridge.stomp.tcp.port "$port")"
log "STOMP bridge on port $port (destination /queue/icatIngest; broker admin user ${BEAMCAT_MQ_ADMIN_USER:-admin})"
if [ -n "$previous" ] && [ "$previous" != "$port" ]; then
  log "the STOMP port changed from $previous: restart the domain for the broker to use it"
fi
