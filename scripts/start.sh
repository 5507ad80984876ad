#!/usr/bin/env bash
# README command 1: installs everything and runs the product on SQLite — the API and the SPA on
# one port, the local Stripe, and a demo workspace with history. Prints the URL and the demo logins
# (the owner, a member and a support staff account, granted as `pnpm staff:grant` does).
#
#   PORT=4000 DATA_DIR=data bash scripts/start.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=lib/common.sh
source "$ROOT/scripts/lib/common.sh"
cd "$ROOT"

export PORT="${PORT:-4000}"
export DATA_DIR="${DATA_DIR:-$ROOT/data}"
export HERO_BANNER=1
# The local Stripe keeps its customers and subscriptions next to the database across restarts.
export STRIPE_LOCAL_STATE_FILE="${STRIPE_LOCAL_STATE_FILE:-$DATA_DIR/stripe-local.json}"
unset DATABASE_URL

ensure_pnpm
install_deps

# The SPA is built once and served by the API; rebuilt only when its sources changed.
if [ ! -f client/dist/index.html ] || [ -n "$(find client/src client/index.html codegen.ts -newer client/dist/index.html -print -quit)" ]; then
  log_step "building the web app"
  pnpm --filter @hero/client run build >/dev/null
fi

cd server
log_step "preparing the demo workspace in $DATA_DIR"
node -r @swc-node/register src/tools/seed.ts
exec node -r @swc-node/register src/main.ts
