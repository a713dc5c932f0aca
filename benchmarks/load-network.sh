#!/usr/bin/env bash
# Runs the load-network benchmark. It builds the benchmark (and the host it starts) in Release. It starts
# a throw-away PostgreSQL and Redis on 127.0.0.1, unless AA_LOAD_POSTGRES (an admin connection string) and
# AA_LOAD_REDIS (host:port) name running ones. It runs the load on two clustered nodes, then on one SQLite
# node, and stops the servers it started.
# Arguments go to the command, for example: benchmarks/load-network.sh --seconds 60 --users 200
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/aa-load.XXXXXX)"
chmod 755 "$WORK"  # the postgres user must reach its data folder inside
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/redis.sh"

stop_servers() {
  if [ -z "${AA_LOAD_POSTGRES:-}" ]; then postgres_stop "$WORK/pg"; fi
  if [ -z "${AA_LOAD_REDIS:-}" ]; then redis_stop; fi
}
trap stop_servers EXIT

if [ -z "${AA_LOAD_POSTGRES:-}" ]; then
  postgres_start "$WORK/pg"
  POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
else
  POSTGRES="$AA_LOAD_POSTGRES"
fi

if [ -z "${AA_LOAD_REDIS:-}" ]; then
  redis_start "$WORK/redis"
  REDIS="127.0.0.1:$REDIS_PORT"
else
  REDIS="$AA_LOAD_REDIS"
fi

cd "$ROOT"
dotnet build benchmarks/ApprenantAgile.Benchmarks -c Release -v q -nologo
dotnet benchmarks/ApprenantAgile.Benchmarks/bin/Release/net10.0/ApprenantAgile.Benchmarks.dll load-network \
  --postgres "$POSTGRES" --redis "$REDIS" --work "$WORK/run" "$@"
