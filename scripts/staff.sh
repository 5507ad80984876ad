#!/usr/bin/env bash
# `pnpm staff:grant EMAIL` and `pnpm staff:revoke EMAIL` (root package.json): give or take the support
# staff role of an account that already exists, on the database the server uses, and record who did
# it. The database is chosen as for the server: DATABASE_URL, else hero.sqlite in DATA_DIR, which
# defaults to data/ at the repository root, where README command 1 (scripts/start.sh) keeps it.
#
#   pnpm staff:grant alice@example.com
#   DATABASE_URL=postgresql://hero:…@db.internal:5432/hero pnpm staff:revoke alice@example.com
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# The same default as scripts/start.sh; like the server it starts, the tool runs from server/.
export DATA_DIR="${DATA_DIR:-$ROOT/data}"
cd "$ROOT/server"
exec node -r @swc-node/register src/tools/staff.ts "$@"
