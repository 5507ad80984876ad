#!/usr/bin/env bash
# Creates this app's products and prices in the Stripe account of STRIPE_SECRET_KEY (a test key
# unless --live), and prints the environment lines to run the app against it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=lib/common.sh
source "$ROOT/scripts/lib/common.sh"
ensure_pnpm
install_deps
cd "$ROOT/server"
exec node -r @swc-node/register src/tools/stripe-setup.ts "$@"
