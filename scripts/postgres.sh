# Sourced by scripts/test.sh: starts a private, throwaway PostgreSQL for the tests in a temporary
# directory (Debian's server, installed by test.sh when missing), exports
# CROSSFORCE_TEST_POSTGRES_URL, and stops and removes it with stop_test_postgres. The machine's
# own PostgreSQL clusters are not touched.

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

start_test_postgres() {
  local bin root data port run
  bin="$(pg_bin)"
  # Outside the checkout: the postgres account must be able to reach it.
  root="$(mktemp -d "${TMPDIR:-/tmp}/crossforce-test-postgres.XXXXXX")"
  data="$root/data"
  mkdir -p "$root/socket"
  TEST_POSTGRES_ROOT="$root"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)"
  run=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: the cluster belongs to the postgres account.
    chown -R postgres "$root"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$data" -U crossforce --auth=trust -E UTF8 >"$root/initdb.log" 2>&1
  "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w \
    -o "-p $port -k $root/socket -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U crossforce crossforce_test
  export CROSSFORCE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/crossforce_test?user=crossforce"
  TEST_POSTGRES_STOP=("${run[@]}" "$bin/pg_ctl" -D "$data" -m fast stop)
  echo "Test PostgreSQL on port $port"
}

stop_test_postgres() {
  if [ -n "${TEST_POSTGRES_STOP+x}" ]; then
    "${TEST_POSTGRES_STOP[@]}" >/dev/null 2>&1 || true
    rm -rf "$TEST_POSTGRES_ROOT"
  fi
}
