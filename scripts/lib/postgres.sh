# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster for tests. Source this file, then:
#
#   pg_start            # starts it; exports DATABASE_URL, PG_BIN, PGPORT, PGHOST, PGUSER
#   trap pg_stop EXIT   # stops it and deletes its directory
#
# The cluster lives in a fresh `mktemp -d` directory, listens on 127.0.0.1 on
# a port the kernel picked, trusts connections from 127.0.0.1 and its private
# unix socket only, and runs with fsync off. As root it runs as the system
# user `herotest` (created when missing), since initdb refuses root.

HERO_PG_USER="${HERO_PG_USER:-herotest}"
HERO_PG_DB="${HERO_PG_DB:-hero_test}"

_pg_find_bin() {
  local d
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; then
    printf '%s\n' "$PG_BIN"
    return 0
  fi
  for d in /usr/lib/postgresql/15/bin /usr/pgsql-15/bin /usr/local/pgsql/bin \
    "$(pg_config --bindir 2>/dev/null || true)"; do
    if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  # Any other installed major version, newest first.
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -rn); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  d="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
    printf '%s\n' "$d"
    return 0
  fi
  return 1
}

_pg_free_port() {
  if command -v node >/dev/null 2>&1; then
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'
  else
    python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'
  fi
}

# Runs "$@" as the cluster's owner (herotest when root, else the current user).
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u "$HERO_PG_USER" -- "$@"
    else
      setpriv --reuid="$HERO_PG_USER" --regid="$HERO_PG_USER" --init-groups -- "$@"
    fi
  else
    "$@"
  fi
}

_pg_ensure_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id -u "$HERO_PG_USER" >/dev/null 2>&1 && return 0
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$HERO_PG_USER" >/dev/null 2>&1 || true
  # Another run may have created it at the same moment.
  id -u "$HERO_PG_USER" >/dev/null 2>&1 ||
    { echo "pg_start: could not create the system user $HERO_PG_USER" >&2; return 1; }
}

_pg_fail() {
  echo "pg_start: $*" >&2
  if [ -n "${HERO_PG_DIR:-}" ] && [ -f "$HERO_PG_DIR/postgres.log" ]; then
    echo "--- $HERO_PG_DIR/postgres.log (last 40 lines) ---" >&2
    tail -n 40 "$HERO_PG_DIR/postgres.log" >&2
  fi
  pg_stop
  return 1
}

pg_start() {
  if [ -n "${HERO_PG_DIR:-}" ] && [ -d "$HERO_PG_DIR" ]; then
    echo "pg_start: already running in $HERO_PG_DIR" >&2
    return 1
  fi
  local bin dir port out started=0 i _
  bin="$(_pg_find_bin)" || { echo "pg_start: PostgreSQL binaries (initdb, pg_ctl) not found" >&2; return 1; }
  _pg_ensure_user || return 1

  if [ "$(id -u)" -eq 0 ]; then
    dir="$(mktemp -d /tmp/hero-pg.XXXXXX)" # /tmp: reachable by the unprivileged owner
    chown "$HERO_PG_USER:" "$dir"
  else
    dir="$(mktemp -d "${TMPDIR:-/tmp}/hero-pg.XXXXXX")"
  fi
  HERO_PG_DIR="$dir"
  export HERO_PG_DIR PG_BIN="$bin"

  out="$(cd "$dir" && _pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C --no-sync 2>&1)" || _pg_fail "initdb failed: $out" || return 1
  _pg_as_owner mkdir -m 0700 "$dir/sock"
  _pg_as_owner sh -c "cat > '$dir/data/pg_hba.conf'" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
EOF

  for _ in 1 2 3; do
    port="$(_pg_free_port)" || _pg_fail "could not find a free port" || return 1
    _pg_as_owner sh -c "cat > '$dir/data/postgresql.auto.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/sock'
max_connections = 200
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
logging_collector = off
log_min_messages = warning
dynamic_shared_memory_type = posix
EOF
    if (cd "$dir" && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" \
      -w -t 60 start >/dev/null 2>&1); then
      started=1
      break
    fi
    # Most likely the port was taken between picking and binding it: retry.
    (cd "$dir" && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) || true
  done
  [ "$started" -eq 1 ] || _pg_fail "postgres did not start" || return 1

  for i in $(seq 1 100); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres && break
    [ "$i" -eq 100 ] && { _pg_fail "postgres is not accepting connections" || return 1; }
    sleep 0.1
  done

  out="$("$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE DATABASE $HERO_PG_DB" 2>&1)" || _pg_fail "could not create database $HERO_PG_DB: $out" || return 1

  export PGPORT="$port" PGHOST=127.0.0.1 PGUSER=postgres
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/$HERO_PG_DB"
}

# Stops the cluster started by pg_start and deletes its directory. Safe to call
# more than once and when nothing was started; never fails.
pg_stop() {
  local dir="${HERO_PG_DIR:-}" bin="${PG_BIN:-}" pid
  [ -n "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    if [ -n "$bin" ]; then
      (cd "$dir" && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1) || true
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      case "$pid" in '' | *[!0-9]*) ;; *) kill -9 "$pid" 2>/dev/null || true ;; esac
    fi
  fi
  case "$dir" in
    */hero-pg.*) rm -rf "$dir" 2>/dev/null || true ;;
  esac
  unset HERO_PG_DIR DATABASE_URL PGPORT PGHOST PGUSER
  return 0
}
