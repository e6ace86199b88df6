#!/usr/bin/env bash
# Hashes a password for the catalogue's authenticators (PBKDF2-HMAC-SHA256), with nothing but a JDK:
#
#   hash-password.sh                  prints pbkdf2-sha256:<iterations>:<salt>:<hash>; put it in
#                                     BEAMCAT_ICAT_SIMPLE_USERS as name:<that>
#   hash-password.sh --sql alice      prints the INSERT that adds alice to the db authenticator's table
#                                     (AUTHN_DB_USER in the catalogue database); run it with psql
#   hash-password.sh --iterations N   another iteration count (default 600000; lower only for tests)
#
# The password is asked for without echo, or read as the first line of standard input
# (printf '%s\n' "$pw" | hash-password.sh); never pass it as an argument.
#   ICAT_SERVER_WAR  the icat-server.war to take the code from (default: the checkout's build output)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v java >/dev/null || die "java (17 or newer) is needed"
classes=$BEAMCAT_HOME/icat-server/target/classes
if [ ! -f "$classes/org/beamcat/icat/server/authn/HashPassword.class" ]; then
  war=${ICAT_SERVER_WAR:-$BEAMCAT_HOME/icat-server/target/icat-server.war}
  [ -f "$war" ] || die "no icat-server build found; set ICAT_SERVER_WAR to an icat-server.war"
  unpacked=$(mktemp -d)
  trap 'rm -rf "$unpacked"' EXIT
  (cd "$unpacked" && jar xf "$(cd "$(dirname "$war")" && pwd)/$(basename "$war")" \
    WEB-INF/classes/org/beamcat/icat/server/authn) || die "could not read $war"
  classes=$unpacked/WEB-INF/classes
fi
java -cp "$classes" org.beamcat.icat.server.authn.HashPassword "$@"
