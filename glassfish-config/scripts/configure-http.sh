#!/usr/bin/env bash
# Sizes the HTTP worker pool of the domain's listeners. Payara's default http-thread-pool has at most 5
# workers, and BeamCat's applications call the catalogue over HTTP on the same server (the DOI pages,
# the IDS and ingestion all use icat-client): with 5 workers, a handful of concurrent page views hold
# every worker while their own catalogue calls wait in the queue, and nothing completes (measured by the
# landing-page benchmark: 8 concurrent requests, 0 answers).
#
#   BEAMCAT_HTTP_THREADS      maximum workers of http-thread-pool (default 64)
#   BEAMCAT_HTTP_MIN_THREADS  workers kept when idle (default 8)
#   BEAMCAT_HTTP_HEADER_BYTES request line and headers a listener accepts (default 65536)
#
# The header limit: the ICAT contract puts the entity list of DELETE entityManager, and every search,
# in the URL. Payara's 8 KiB limit ends a delete at about 150 entities (HTTP/1.1 answers 400), and over
# h2c its 4 KiB header-list limit resets the stream and leaves the connection answering 431 to the
# calls after it. 64 KiB fits a delete of about 1,400 entities, on both listeners and both protocols.
#
# No Payara page, ever: errors that no application answers (an unknown context such as /nonexistent, a
# method or media type refused outside the applications) get the plain page error-pages/error.html under
# their own status, "/" serves error-pages/index.html instead of Payara's welcome page, and no response
# names the server or its version (X-Powered-By and the Server header are off). The pages are read from
# this checkout's glassfish-config/error-pages, so the domain must run on this machine (or copy the folder
# and set BEAMCAT_ERROR_PAGES to it).
#   BEAMCAT_ERROR_PAGES       folder holding error.html and index.html (default: ../error-pages)
#   ASADMIN, ASADMIN_OPTS     which asadmin and which domain (see lib.sh)
#
# Usage: configure-http.sh [NAME DOMAINDIR]   NAME and DOMAINDIR: a local domain, restarted after a change
set -euo pipefail
SCRIPT_DIR=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=lib.sh
source "$SCRIPT_DIR/lib.sh"
require_payara
domain_name=${1:-}
domain_dir=${2:-}
[ -z "$domain_name" ] || [ -d "$domain_dir/$domain_name" ] \
  || die "no domain $domain_name in '$domain_dir' (usage: configure-http.sh [NAME DOMAINDIR])"

max=${BEAMCAT_HTTP_THREADS:-64}
min=${BEAMCAT_HTTP_MIN_THREADS:-8}
[[ $max =~ ^[0-9]+$ ]] && [ "$max" -ge 16 ] && [ "$max" -le 4096 ] \
  || die "BEAMCAT_HTTP_THREADS must be a number from 16 to 4096 (the applications call each other over HTTP), not '$max'"
[[ $min =~ ^[0-9]+$ ]] && [ "$min" -ge 1 ] && [ "$min" -le "$max" ] \
  || die "BEAMCAT_HTTP_MIN_THREADS must be a number from 1 to BEAMCAT_HTTP_THREADS ($max), not '$min'"
header=${BEAMCAT_HTTP_HEADER_BYTES:-65536}
[[ $header =~ ^[0-9]+$ ]] && [ "$header" -ge 8192 ] && [ "$header" -le 1048576 ] \
  || die "BEAMCAT_HTTP_HEADER_BYTES must be a number from 8192 to 1048576, not '$header'"

pages=$(cd "${BEAMCAT_ERROR_PAGES:-$SCRIPT_DIR/../error-pages}" 2>/dev/null && pwd) \
  || die "BEAMCAT_ERROR_PAGES '${BEAMCAT_ERROR_PAGES:-}' is not a folder"
[ -f "$pages/error.html" ] && [ -f "$pages/index.html" ] || die "$pages must hold error.html and index.html"

pool=configs.config.server-config.thread-pools.thread-pool.http-thread-pool
quietly asadm set "$pool.max-thread-pool-size=$max" "$pool.min-thread-pool-size=$min"
log "HTTP worker pool: $min to $max threads"
# Changing a listener's protocol settings restarts that listener inside the running server, and now and then
# (about one domain set-up in ten on a loaded machine) it does not come back ("GrizzlyProxy is NULL"), while
# 'asadmin restart-domain' against such a server was seen to report success without restarting anything.
# So: change only what differs, and after a change restart the domain for real when we know it (NAME and
# DOMAINDIR given, as run.sh, test.sh and the bench do), or else check the plain listener and say so if not.
changed=""
for listener in http-listener-1 http-listener-2; do
  http=configs.config.server-config.network-config.protocols.protocol.$listener.http
  current=$(asadm get "$http.header-buffer-length-bytes" "$http.http2-max-header-list-size-in-bytes" 2>/dev/null \
    | grep -c "=$header\$" || true)
  if [ "$current" != 2 ]; then
    quietly asadm set "$http.header-buffer-length-bytes=$header" "$http.http2-max-header-list-size-in-bytes=$header"
    changed=yes
  fi
done
log "HTTP request headers: up to $header bytes (HTTP/1.1 and HTTP/2)"

for listener in http-listener-1 http-listener-2; do
  http=configs.config.server-config.network-config.protocols.protocol.$listener.http
  current=$(asadm get "$http.xpowered-by" "$http.server-header" 2>/dev/null | grep -c "=false\$" || true)
  if [ "$current" != 2 ]; then
    quietly asadm set "$http.xpowered-by=false" "$http.server-header=false"
    changed=yes
  fi
done
log "responses name no server: X-Powered-By and Server headers off"
# A SOAP fault (each refused login or IcatException of /ICATService/ICAT) is an answer, not a server error,
# but Payara's JAX-WS tracing filter logs every fault as SEVERE, with no content. Its logger is switched off.
quietly asadm set-log-levels fish.payara.opentracing.jaxws.JaxwsContainerRequestTracingFilter=OFF
log "SOAP faults are not logged as server errors"
# The virtual server's own error pages, for what no application answers (Payara's page shows its version).
vs=configs.config.server-config.http-service.virtual-server.server
settings=("$vs.docroot=$pages")
n=0
for code in 400 401 403 404 405 406 408 411 413 414 415 417 431 500 501 502 503 504 505; do
  n=$((n + 1))
  settings+=("$vs.property.send-error_$n=code=$code path=$pages/error.html")
done
current=$(asadm get "$vs.docroot" "$vs.property.*" 2>/dev/null || true)
missing=""
for setting in "${settings[@]}"; do
  grep -qxF -- "$setting" <<<"$current" || missing=yes
done
if [ -n "$missing" ]; then
  quietly asadm set "${settings[@]}"
  changed=yes
fi
log "error pages outside the applications: $pages/error.html (and $pages/index.html at /)"
[ -n "$changed" ] || exit 0

port=$(asadm get "configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port" \
  | sed -n 's/.*\.port=\([0-9][0-9]*\)$/\1/p' | head -1)
[ -n "$port" ] || die "could not read the port of http-listener-1"
if [ -n "$domain_name" ]; then
  log "restarting domain $domain_name so the listeners start with the new settings"
  "$SCRIPT_DIR/stop-domain.sh" "$domain_name" "$domain_dir"
  "$SCRIPT_DIR/start-domain.sh" "$domain_name" "$domain_dir"
  wait_for_url "http://localhost:$port/" any 180 \
    || die "the HTTP listener on port $port does not answer after the restart; see $domain_dir/$domain_name/logs/server.log"
elif ! wait_for_url "http://localhost:$port/" any 30; then
  die "the HTTP listener on port $port did not come back after the change: restart the domain to apply it (asadmin restart-domain, or stop and start its service)"
fi
