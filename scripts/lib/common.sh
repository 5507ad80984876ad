# shellcheck shell=bash
# Shared helpers for the scripts in scripts/. Source this file; it defines
# functions only and is safe under `set -euo pipefail`.
#
#   repo_root        prints the repository root
#   ensure_pnpm      puts `pnpm` 12.4.2 on PATH (and defines PNPM_CMD)
#   install_deps     `pnpm install --frozen-lockfile`, skipped when up to date
#   log_step MSG     prints "[  12s] MSG" (seconds since the first call)
#   die MSG          prints MSG to stderr and exits 1

HERO_PNPM_VERSION="${HERO_PNPM_VERSION:-12.4.2}"

repo_root() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
  printf '%s\n' "$dir"
}

die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

log_step() {
  : "${HERO_T0:=$(date +%s)}"
  export HERO_T0
  local now
  now="$(date +%s)"
  printf '[%4ss] %s\n' "$((now - HERO_T0))" "$*"
}

# Runs "$@" with output captured; prints the output only when it fails.
run_quiet() {
  local out rc=0
  out="$(mktemp "${TMPDIR:-/tmp}/hero-quiet.XXXXXX")"
  "$@" >"$out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    printf 'command failed (exit %s): %s\n' "$rc" "$*" >&2
    cat "$out" >&2
  fi
  rm -f "$out"
  return "$rc"
}

# Makes `pnpm` (exactly $HERO_PNPM_VERSION) an executable on PATH, so that it
# also works under `timeout`/`env` and inside package scripts that call pnpm.
# Uses the pnpm on PATH when it has that version; otherwise resolves it once
# through npx and puts that binary's directory first on PATH; as a last resort
# a small shim running `npx -y pnpm@VERSION`. Also defines a `pnpm` function
# and the array PNPM_CMD with the command used.
ensure_pnpm() {
  if [ -n "${PNPM_CMD+x}" ] && [ "${#PNPM_CMD[@]}" -gt 0 ]; then
    return 0
  fi
  local bin="" shim
  if bin="$(type -P pnpm)" && [ -n "$bin" ] &&
    [ "$("$bin" --version 2>/dev/null </dev/null)" = "$HERO_PNPM_VERSION" ]; then
    :
  else
    command -v npx >/dev/null 2>&1 ||
      { echo "error: neither pnpm $HERO_PNPM_VERSION nor npx is available" >&2; return 1; }
    bin="$(cd / && npx -y -p "pnpm@$HERO_PNPM_VERSION" -c 'command -v pnpm' 2>/dev/null </dev/null | tail -n 1)" || bin=""
    if [ -z "$bin" ] || [ ! -x "$bin" ] ||
      [ "$("$bin" --version 2>/dev/null </dev/null)" != "$HERO_PNPM_VERSION" ]; then
      shim="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hero/pnpm-$HERO_PNPM_VERSION"
      mkdir -p "$shim"
      printf '#!/bin/sh\nexec npx -y pnpm@%s "$@"\n' "$HERO_PNPM_VERSION" >"$shim/pnpm"
      chmod +x "$shim/pnpm"
      bin="$shim/pnpm"
    fi
    PATH="$(dirname "$bin"):$PATH"
    export PATH
  fi
  PNPM_CMD=("$bin")
  # shellcheck disable=SC2317 # called by the scripts that source this file
  pnpm() { "${PNPM_CMD[@]}" "$@"; }
  [ "$("${PNPM_CMD[@]}" --version 2>/dev/null </dev/null)" = "$HERO_PNPM_VERSION" ] ||
    { echo "error: could not run pnpm $HERO_PNPM_VERSION (${PNPM_CMD[*]})" >&2; unset PNPM_CMD; return 1; }
}

# Hash of everything that decides the content of node_modules.
_install_fingerprint() {
  local root="$1"
  {
    printf 'node %s\npnpm %s\n' "$(node --version)" "$HERO_PNPM_VERSION"
    local f
    for f in pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc \
      server/package.json client/package.json test/package.json; do
      if [ -f "$root/$f" ]; then
        printf '== %s\n' "$f"
        cat "$root/$f"
      fi
    done
  } | sha256sum | cut -d' ' -f1
}

# Installs the workspace's dependencies from the lockfile. Quiet on success;
# skipped when node_modules/.install-stamp matches the current inputs.
install_deps() {
  local root stamp want
  root="$(repo_root)"
  stamp="$root/node_modules/.install-stamp"
  [ -f "$root/pnpm-lock.yaml" ] || { echo "error: pnpm-lock.yaml is missing in $root" >&2; return 1; }
  want="$(_install_fingerprint "$root")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
    [ -f "$root/node_modules/.modules.yaml" ]; then
    return 0
  fi
  ensure_pnpm || return 1
  (
    cd "$root"
    # Native modules (better-sqlite3) compile against the system's Node headers.
    export npm_config_nodedir=/usr
    run_quiet "${PNPM_CMD[@]}" install --frozen-lockfile </dev/null
  ) || return 1
  printf '%s\n' "$want" >"$stamp"
}
