# Starts and stops a throw-away PostgreSQL server on 127.0.0.1 (sourced by test.sh).
# postgres_start DIR sets PG_PORT; the data folder and socket live under DIR.

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

postgres_start() {
  local dir="$1" bin
  bin="$(pg_bin)"
  PG_PORT="$(free_port)"
  mkdir -p "$dir/sock"
  chown -R postgres:postgres "$dir" 2>/dev/null || true
  local as_postgres=(runuser -u postgres --)
  [ "$(id -u)" = 0 ] || as_postgres=()
  "${as_postgres[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$dir/sock -c max_connections=500 -c fsync=off" start >/dev/null
  echo "PostgreSQL started on 127.0.0.1:$PG_PORT"
}

postgres_stop() {
  local dir="$1" bin
  bin="$(pg_bin)"
  local as_postgres=(runuser -u postgres --)
  [ "$(id -u)" = 0 ] || as_postgres=()
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Starts a server that postgres_stop stopped, with the options (port, socket folder) of its first start.
postgres_resume() {
  local dir="$1" bin
  bin="$(pg_bin)"
  local as_postgres=(runuser -u postgres --)
  [ "$(id -u)" = 0 ] || as_postgres=()
  "${as_postgres[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w restart >/dev/null 2>&1
}
