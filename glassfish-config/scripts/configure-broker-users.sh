#!/usr/bin/env bash
# Gives the domain's OpenMQ broker (embedded in Payara) a real producer account and switches off its
# default guest/guest login, which anybody who reaches the JMS port (7676) or the STOMP bridge could use to
# put messages on the ingestion queues. The account is kept in the broker's own user repository (set with
# OpenMQ's imqusermgr), and the server's applications connect with it too: the JMS resource adapter's
# connection (the message-driven beans) takes it from the jms-service properties user-name / password, read
# when the adapter starts, and the default JMS connection factory (POST /ingest/dataset, the dead-letter
# view) from its pool's UserName / Password; run this before the first deployment (or restart the domain
# afterwards).
#
#   BEAMCAT_JMS_PRODUCER_USER      (required) broker user of the producers (Tango devices, STOMP and JMS
#                                  clients) and of the server's own JMS connections; "guest" only for a demo:
#                                  then the guest login stays on, with BEAMCAT_JMS_PRODUCER_PASSWORD
#   BEAMCAT_JMS_PRODUCER_PASSWORD  (required) its password (never logged; no spaces)
#   ASADMIN, ASADMIN_OPTS          which asadmin and which domain (see lib.sh)
#
# Usage: configure-broker-users.sh NAME DOMAINDIR   the domain, whose broker keeps its users in
#                                                   DOMAINDIR/NAME/imq/instances/imqbroker/etc/passwd
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

domain_name=${1:?usage: configure-broker-users.sh NAME DOMAINDIR}
domain_dir=${2:?usage: configure-broker-users.sh NAME DOMAINDIR}
[ -d "$domain_dir/$domain_name" ] || die "no domain $domain_name in '$domain_dir'"
user=${BEAMCAT_JMS_PRODUCER_USER:-}
password=${BEAMCAT_JMS_PRODUCER_PASSWORD:-}
[[ $user =~ ^[A-Za-z0-9_.-]{1,64}$ ]] \
  || die "BEAMCAT_JMS_PRODUCER_USER must be a broker user name (letters, digits, _ . -), not '$user'"
[[ $password =~ ^[^[:space:]\'\"]{1,128}$ ]] \
  || die "BEAMCAT_JMS_PRODUCER_PASSWORD must be 1 to 128 characters without spaces or quotes"

varhome=$domain_dir/$domain_name/imq
usermgr=$PAYARA_HOME/mq/bin/imqusermgr
prefix=configs.config.server-config.jms-service.property

# The resource adapter's own connection (the message-driven beans): read when it starts, so set before the
# broker is first used. The default JMS connection factory (JMSContext injection, the dead-letter view)
# has a login of its own on its pool.
pool=resources.connector-connection-pool.jms/__defaultConnectionFactory-Connection-Pool.property
quietly asadm set "$prefix.user-name=$user" "$prefix.password=$(asadmin_escape "$password")"
quietly asadm set "$pool.UserName=$user" "$pool.Password=$(asadmin_escape "$password")"

# The broker writes its user repository when it first starts (lazily): make it start if it never ran.
if [ ! -f "$varhome/instances/imqbroker/etc/passwd" ]; then
  asadm jms-ping >/dev/null 2>&1 || true
  [ -f "$varhome/instances/imqbroker/etc/passwd" ] || die "the domain's broker did not start (asadmin jms-ping)"
fi

# imqusermgr reads no password file for add/update; the broker reads the repository at each login, so
# changes apply to new connections at once.
users() { "$usermgr" "$@" -f -s -varhome "$varhome" >/dev/null; }
if [ "$user" = guest ]; then
  users update -u guest -p "$password" -a true
  log "broker login guest kept ON: for demonstrations only (set BEAMCAT_JMS_PRODUCER_USER to a real user)"
else
  if "$usermgr" list -u "$user" -varhome "$varhome" >/dev/null 2>&1; then
    users update -u "$user" -p "$password" -a true
  else
    users add -u "$user" -p "$password" -g user
  fi
  users update -u guest -a false
  log "broker user $user set (password not shown); the guest login is switched off"
fi
