#!/usr/bin/env bash
# Benchmarks 1-5 and 9 of QUALITY.md: throughput ratios against baselines measured in the same run
# (plain node:http, the trivial query, pgbench on the server's own SQL, pgbench on one hot row) and
# the server's CPU per hold + settle pair against its CPU per trivial request. The server runs as it
# ships, one process (BENCH_PROCESSES=2 for two sharing the port). Installs the dependencies, starts a
# throwaway PostgreSQL, runs test/bench/throughput/run.ts, stops PostgreSQL. Prints every target and
# writes docs/benchmarks-throughput.md and test/bench/throughput/hold-settle.pgbench (made from the
# SQL captured in the run). Takes about 3-5 minutes. Not part of the test suite.
#
#   bash scripts/bench.sh
#   BENCH_SECONDS=10 bash scripts/bench.sh     # settings: see test/bench/throughput/run.ts
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$here/lib/postgres.sh"
root="$(repo_root)"

log_step "installing dependencies"
ensure_pnpm
install_deps
pg_start >/dev/null
trap pg_stop EXIT
log_step "PostgreSQL on port $PGPORT"
[ -x "$PG_BIN/pgbench" ] || die "pgbench not found in $PG_BIN"

cd "$root/server"
BENCH_COMMAND="${BENCH_COMMAND:-bash scripts/bench.sh}" \
  node -r @swc-node/register ../test/bench/throughput/run.ts
log_step "done"
