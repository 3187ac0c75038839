#!/usr/bin/env bash
# Sourced by run.sh and test.sh: starts a private PostgreSQL cluster owned by the 'postgres' OS user,
# listening on 127.0.0.1:$PG_PORT and a socket in $PG_DIR, installing the server with apt-get when it is missing.
# Usage: start_private_postgres DIR PORT  -> sets PG_CONNECTION (an Npgsql connection string) and PG_URL.

find_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

ensure_postgres_installed() {
  if ! find_pg_bin >/dev/null; then
    echo "PostgreSQL server not found; installing it with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  command -v psql >/dev/null || { apt-get install -y -qq postgresql-client >/dev/null; }
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_private_postgres() {
  local dir="$1" port="$2"
  ensure_postgres_installed
  local bin; bin=$(find_pg_bin)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
    chown postgres "$dir"
    # initdb as 'postgres' needs to traverse the path down to the data folder.
    local p="$dir"; while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null || true; p=$(dirname "$p"); done
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_postgres mkdir -p "$dir/data"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${PG_FSYNC:-on} ${PG_EXTRA_OPTS:-}" >/dev/null
  fi
  PG_DIR="$dir"; PG_PORT="$port"; PG_BIN="$bin"
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=complaintdesk"
  export PG_DIR PG_PORT PG_BIN PG_CONNECTION
}

stop_private_postgres() {
  [ -n "${PG_DIR:-}" ] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
}

create_database() {
  local name="$1"
  as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$name'" | grep -q 1 \
    || as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE \"$name\"" >/dev/null
}
