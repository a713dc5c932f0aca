#!/usr/bin/env bash
# Rebuilds tenant-v1.db from tenant-v1.sqlite.sql with Debian's sqlite3 (apt-get install sqlite3).
# The test "Committed SQLite fixture matches its SQL" fails when the two drift apart.
set -euo pipefail
cd "$(dirname "$0")"
rm -f tenant-v1.db
sqlite3 tenant-v1.db < tenant-v1.sqlite.sql
