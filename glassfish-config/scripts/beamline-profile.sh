#!/usr/bin/env bash
# Beamline profiles (docs/beamlines.md): validate a profile, show what it would change in the catalogue,
# apply it. Runs the beamline-profiles program built in this checkout (./run.sh or
# `mvn -q -DskipTests package` builds it).
#
#   beamline-profile.sh validate my-beamline.yaml       schema and rules, offline; problems with line and field
#   beamline-profile.sh plan my-beamline.yaml           dry run against the catalogue: what would change
#   beamline-profile.sh apply my-beamline.yaml          create/update what the profile needs; never deletes
#   beamline-profile.sh apply --shipped BM29            a profile shipped with BeamCat
#
# The catalogue: --icat-url (or BEAMCAT_ICAT_URL, default http://localhost:8080), a root user's login
# (--user, default root; the password from BEAMCAT_ICAT_PASSWORD, or --password alone to be asked).
# Exit codes: 0 done/valid/up to date, 1 invalid profile or the catalogue refused, 2 usage, 3 applied but a
# change was refused (units of a parameter type values use).
#   BEAMLINE_PROFILES_JAR  the program to run (default: the checkout's build output)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v java >/dev/null || die "java (17 or newer) is needed"
jar=${BEAMLINE_PROFILES_JAR:-$BEAMCAT_HOME/beamline-profiles/target/beamline-profiles.jar}
[ -f "$jar" ] || die "no $jar: build it with 'mvn -q -DskipTests package' (./run.sh does) or set BEAMLINE_PROFILES_JAR"
exec java -jar "$jar" "$@"
