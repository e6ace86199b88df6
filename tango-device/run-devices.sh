#!/bin/sh
# Starts the BeamCat Tango device server (classes MetaExperiment and MetadataManager) from the built jar.
#
#   tango-device/run-devices.sh <instance> [-nodb -dlist <devices> [-file=<properties>]]
#
# Without a Tango database (tests, small setups):
#   OAPORT=45450 tango-device/run-devices.sh id00 -nodb -dlist id00/metaexp/test,id00/metadata/test \
#       -file=tango-device/config/devices-nodb.txt
# With a Tango database: TANGO_HOST=host:10000 tango-device/run-devices.sh id00
#
# OAPORT: the CORBA port clients connect to (default 45450 with -nodb; random with a database unless set).
# JAVA_OPTS: extra JVM options. Build first: mvn -B -q -pl tango-device -am -DskipTests package
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/target/tango-device-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ ! -f "$here/target/lib/imq.jar" ]; then
    echo "not built: run 'mvn -B -q -pl tango-device -am -DskipTests package' in the repository root" >&2
    exit 1
fi
port_option=""
case " $* " in
    *" -nodb "*) port_option="-DOAPort=${OAPORT:-45450}" ;;
esac
if [ -n "${OAPORT:-}" ]; then
    port_option="-DOAPort=$OAPORT"
fi
# shellcheck disable=SC2086 # JAVA_OPTS and port_option are meant to split into words
exec java ${JAVA_OPTS:-} $port_option -jar "$jar" "$@"
