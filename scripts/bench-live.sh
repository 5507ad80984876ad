#!/usr/bin/env bash
# Benchmarks 6 and 7 (live balance): two server processes and 1,000 subscribers on a throwaway
# PostgreSQL. Prints the figures and writes them to .tmp/bench/live-latency.json (BENCH_OUT).
# Settings by environment: see test/bench/live-latency.ts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# shellcheck source=lib/common.sh
source "$here/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$here/lib/postgres.sh"
root="$(repo_root)"

pg_start >/dev/null
trap pg_stop EXIT
log_step "PostgreSQL on port $PGPORT"
cd "$root/server"
node -r @swc-node/register ../test/bench/live-latency.ts
