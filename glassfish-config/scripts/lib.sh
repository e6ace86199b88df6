# Shared shell functions for the BeamCat scripts. Source it; do not run it.
# Every function reads its settings from environment variables documented in glassfish-config/README.md.

BEAMCAT_HOME=${BEAMCAT_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
PAYARA_VERSION=${PAYARA_VERSION:-6.2025.10}
PAYARA_HOME=${PAYARA_HOME:-$BEAMCAT_HOME/var/payara/$PAYARA_VERSION/payara6}
ASADMIN=${ASADMIN:-$PAYARA_HOME/bin/asadmin}
# Options that reach the right domain: host, admin port, user, password file. Local domains made by
# create-domain.sh have user admin and no password; a production domain needs --passwordfile.
ASADMIN_OPTS=${ASADMIN_OPTS:---port 4848}

log() { printf '[beamcat] %s\n' "$*" >&2; }
die() { printf '[beamcat] ERROR: %s\n' "$*" >&2; exit 1; }

# asadmin against the configured domain; --echo=false keeps secrets out of the terminal.
asadm() {
  # shellcheck disable=SC2086
  "$ASADMIN" --interactive=false $ASADMIN_OPTS "$@"
}

# Runs a command without its chatter; when it fails, shows what it said and fails too.
quietly() {
  local output
  if ! output=$("$@" 2>&1); then
    printf '%s\n' "$output" >&2
    return 1
  fi
}

# asadmin properties use ':' as separator and '=' inside values; escape both in a value.
asadmin_escape() {
  local value=$1
  value=${value//\\/\\\\}
  value=${value//:/\\:}
  value=${value//=/\\=}
  printf '%s' "$value"
}

# Demonstration logins on the catalogue's simple authenticator, password = user name: root, alice, bob.
# DEMO ONLY (run.sh and test.sh use them); a real domain sets BEAMCAT_ICAT_SIMPLE_USERS to its own hashes.
# shellcheck disable=SC2034
BEAMCAT_DEMO_SIMPLE_USERS="root:pbkdf2-sha256:600000:aTtGXZ0MwIXw1CTAVmmQcg:AMj-a4NlWDxQXMPOtKbi8jPldOMbNHtKwaysg7fpBfg,\
alice:pbkdf2-sha256:600000:rplE9BJkkUZNcjh6VX-L0w:JjP65M3-oWJ9JcnQXC5hfTn-Ng0YWMOZXCmGbIk_agk,\
bob:pbkdf2-sha256:600000:WkXddenJ9Ey6LzFfScjoqA:Vy2xsOD9V0g-aYYhVBNJbPxAeA_vWV6PtzWUYeIkt6o"

require_payara() {
  [ -x "$ASADMIN" ] || die "Payara is not unpacked at $PAYARA_HOME (run: mvn -B -q -pl glassfish-config package)"
}

# Checks a port base (a domain uses base+0 .. base+99) given in the variable named $1: a multiple of 10,
# and clear of the kernel's ephemeral port range, where a client socket (a JDBC or HTTP connection) can
# already hold one of the domain's ports when it starts ("Port 37,048 is in use" was seen that way).
check_port_base() {
  local name=$1 base=$2 low high
  [[ $base =~ ^[1-5][0-9]{3}0$ ]] || die "$name must be a multiple of 10 between 10000 and 59990, not '$base'"
  read -r low high </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || return 0
  if [ $((base + 99)) -ge "$low" ] && [ "$base" -le "$high" ]; then
    die "$name=$base overlaps the ephemeral port range $low-$high (net.ipv4.ip_local_port_range), where client connections take their ports; choose a base below $((low - 100))"
  fi
  return 0
}

# Polls a URL until it answers the expected HTTP status ("any": any answer at all) or the time runs out.
wait_for_url() {
  local url=$1 expected=${2:-200} seconds=${3:-180} status
  local deadline=$((SECONDS + seconds))
  while [ $SECONDS -lt $deadline ]; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
    [ "$status" = "$expected" ] && return 0
    [ "$expected" = any ] && [ "$status" != 000 ] && return 0
    sleep 1
  done
  log "$url answered $status, not $expected, after ${seconds}s"
  return 1
}

# Prints the SEVERE records of a Payara server log, each as its first 4 lines cut at 400 characters, the last
# $2 lines of them (default 40): what a failed run shows of the server, where CI keeps only the output's end.
server_log_errors() {
  local file=$1 lines=${2:-40}
  [ -f "$file" ] || return 0
  awk '/^\[[0-9]{4}-[0-9]{2}-[0-9]{2}T/ { severe = ($0 ~ /\] \[SEVERE\] \[/); n = 0 }
       severe && n++ < 4 { print substr($0, 1, 400) }' "$file" | tail -n "$lines"
}

# Installs the Debian packages whose commands are missing ("command:package" pairs); the tests use real
# tools (h5dump to read back HDF5 files, a headless browser for pages).
ensure_debian_commands() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${missing[*]} (install them, or run as root)"
  log "installing Debian packages: ${missing[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >&2 \
    || die "could not install ${missing[*]}"
}

# Installs the Debian packages that are not installed (for packages without a command of their own, such
# as a Python library or a daemon outside PATH). Preseed debconf answers before calling it.
ensure_debian_packages() {
  local package missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${missing[*]} (install them, or run as root)"
  log "installing Debian packages: ${missing[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } >&2 \
    || die "could not install ${missing[*]}"
}

# Makes sure Debian's python3 (/usr/bin/python3, not a pyenv or venv one) imports each module, installing
# its Debian package when missing. Arguments are module:package pairs, e.g. suds:python3-suds.
ensure_debian_python_modules() {
  local pair missing=()
  for pair in "$@"; do
    /usr/bin/python3 -c "import ${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] || ensure_debian_packages "${missing[@]}"
}

# --- PostgreSQL (the machine's service) -------------------------------------------------------------

# Makes sure the local PostgreSQL cluster runs. Prints "started" when this call started it, so the
# caller can stop it again afterwards.
ensure_postgresql_running() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed; install the Debian package postgresql"
    log "installing PostgreSQL (Debian package postgresql)"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2 \
      || die "could not install PostgreSQL"
  fi
  local version cluster status
  read -r version cluster _ status _ < <(pg_lsclusters --no-header | head -n 1)
  [ -n "${version:-}" ] || die "no PostgreSQL cluster found (pg_lsclusters)"
  if [ "$status" != online ]; then
    log "starting PostgreSQL $version/$cluster"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start >&2 || die "PostgreSQL did not start"
    echo started
  fi
}

stop_postgresql() {
  local version cluster
  read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
  log "stopping PostgreSQL $version/$cluster (this script started it)"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" stop >&2 || true
}

# psql as the cluster's superuser, on the local socket.
psql_admin() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    (cd /tmp && su postgres -c "psql -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")")
  else
    psql -v ON_ERROR_STOP=1 -qAt -U postgres "$@"
  fi
}

# Creates the role (with password) and the database if they are missing. With "fresh", drops the
# database first (tests).
ensure_postgresql_database() {
  local user=$1 password=$2 database=$3 mode=${4:-keep}
  [[ $user =~ ^[a-z_][a-z0-9_]*$ && $database =~ ^[a-z_][a-z0-9_]*$ ]] \
    || die "PostgreSQL user and database names must be plain lower-case identifiers"
  if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
    psql_admin -d postgres -c "CREATE ROLE $user LOGIN PASSWORD '${password//\'/\'\'}'"
  fi
  if [ "$mode" = fresh ]; then
    psql_admin -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
  fi
  if [ "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
    psql_admin -d postgres -c "CREATE DATABASE $database OWNER $user ENCODING 'UTF8'"
  fi
}
