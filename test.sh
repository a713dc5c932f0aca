#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need (Debian packages),
# starts PostgreSQL on 127.0.0.1 for the PostgreSQL variants and Redis for the scale-out tests,
# runs every test project, stops the servers, and prints one summary line
# "Tests: N passed, N failed, N skipped".
set -euo pipefail

ROOT="$(cd "$(dirname "$0")" && pwd)"
WORK="$(mktemp -d /tmp/aa-test.XXXXXX)"
chmod 755 "$WORK"  # the postgres user must reach its data folder inside
export HOME="${HOME:-$WORK/home}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

source "$ROOT/scripts/install-test-packages.sh"
source "$ROOT/scripts/postgres.sh"
source "$ROOT/scripts/redis.sh"

postgres_start "$WORK/pg"
trap 'postgres_stop "$WORK/pg"; redis_stop' EXIT
redis_start "$WORK/redis"
export AA_TEST_REDIS="127.0.0.1:$REDIS_PORT"
# Every test host keeps its own pools (one per database, shared by its tenants) until it is disposed,
# and test classes keep their hosts for all their tests. Short idle lifetimes close the connections
# that idle hosts keep, so the many hosts of a run stay under the server's max_connections.
export AA_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Include Error Detail=true;Connection Idle Lifetime=5;Connection Pruning Interval=1"
export AA_TEST_ARTIFACTS="$ROOT/docs/fr/images"

cd "$ROOT"
for project in tests/interop tests/interop-ob3; do
  if [ -f "$project/package-lock.json" ]; then
    npm ci --prefix "$project" --no-audit --no-fund --loglevel=error
  fi
done
dotnet build ApprenantAgile.Cms.sln -c Release -v q -nologo

# The projects run one after the other: in parallel, the browser tests compete with the
# integration tests for the two cores and their timings become unreliable.
status=0
set +e
for project in tests/ApprenantAgile.Tests tests/ApprenantAgile.Browser.Tests; do
  dotnet test "$project" -c Release --no-build -v q -nologo \
    --logger "trx;LogFilePrefix=aa" --results-directory "$WORK/results" 2>&1 | tee -a "$WORK/test.log"
  project_status=${PIPESTATUS[0]}
  [ "$project_status" -eq 0 ] || status=$project_status
done
set -e

python3 "$ROOT/scripts/summarize-trx.py" "$WORK/results"
exit "$status"
