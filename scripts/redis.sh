# Starts and stops a throw-away Redis server on 127.0.0.1 (sourced by test.sh).
# redis_start DIR installs redis-server when missing, sets REDIS_PORT and keeps its files under DIR.
# The scale-out tests stop it with SHUTDOWN SAVE and start it again on the same port and folder.

redis_start() {
  local dir="$1"
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Installing test packages: redis-server"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null
  fi

  REDIS_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  mkdir -p "$dir"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$dir" \
    --save '' --appendonly no --logfile "$dir/redis.log"
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "Redis started on 127.0.0.1:$REDIS_PORT"
}

redis_stop() {
  [ -n "${REDIS_PORT:-}" ] || return 0
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
}
