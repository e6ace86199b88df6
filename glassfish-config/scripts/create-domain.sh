#!/usr/bin/env bash
# Creates a local domain for trying BeamCat out or for tests. Production domains are the admin's own;
# they need only configure-properties.sh, configure-database.sh and deploy.sh.
#
#   create-domain.sh NAME DOMAINDIR [PORTBASE]
#     without PORTBASE: the standard ports (admin 4848, HTTP 8080, HTTPS 8181, JMS 7676)
#     with PORTBASE P:  admin P+48, HTTP P+80, HTTPS P+81, JMS P+76 (tests use 28000)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_payara

name=${1:?domain name}
domaindir=${2:?domain directory}
portbase=${3:-}

mkdir -p "$domaindir"
if [ -d "$domaindir/$name" ]; then
  log "domain $name exists in $domaindir"
  exit 0
fi
args=(--nopassword=true --savelogin=false --checkports=true --domaindir "$domaindir")
[ -n "$portbase" ] && args+=(--portbase "$portbase")
quietly "$ASADMIN" --interactive=false --user admin create-domain "${args[@]}" "$name"
# A temporary folder of the domain's own: Payara's admin REST API saves an uploaded archive as
# <java.io.tmpdir>/<file name>, so domains sharing /tmp that deploy archives of the same name at the same
# time (parallel test domains) delete or even swap each other's uploads ("File source doesn't exist").
mkdir -p "$domaindir/$name/tmp"
sed -i '0,/<jvm-options>-XX:+UnlockDiagnosticVMOptions<\/jvm-options>/s//&\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}\/tmp<\/jvm-options>/' \
  "$domaindir/$name/config/domain.xml"
grep -q 'java.io.tmpdir=' "$domaindir/$name/config/domain.xml" || die "could not set java.io.tmpdir in $name's domain.xml"
log "created domain $name in $domaindir${portbase:+ (port base $portbase)}"
