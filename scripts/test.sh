#!/usr/bin/env bash
# Installs the dependencies and runs every test suite, then prints a summary
# whose last line is "N passed, N failed[, N skipped]". Exits non-zero when
# anything failed. This is what CI runs (through .ci/run).
#
#   bash scripts/test.sh                              # everything
#   TEST_ONLY=unit,integration:sqlite bash scripts/test.sh
#
# Suites, in order (TEST_ONLY takes these names or their group before ':'):
#   static:check static:schema static:codegen unit:server unit:client
#   build:client build:bundle-size integration:sqlite static:migrations
#   integration:postgres e2e
# A throwaway PostgreSQL is started only for static:migrations and
# integration:postgres; Chromium is installed only for e2e. Other suites run
# with DATABASE_URL unset (SQLite).
#
# Each suite's output goes to .tmp/test-run/<suite>.log and is printed only
# when it fails. HERO_STEP_TIMEOUT (seconds, default 600) bounds each suite.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
# shellcheck source=lib/common.sh
source "$ROOT/scripts/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
# shellcheck source=lib/chromium.sh
source "$ROOT/scripts/lib/chromium.sh"
cd "$ROOT"

export HERO_T0
HERO_T0="$(date +%s)"
STEP_TIMEOUT="${HERO_STEP_TIMEOUT:-600}"
FAIL_LINES="${HERO_FAIL_LINES:-200}"
RUN_DIR="$ROOT/.tmp/test-run"
RESULTS="$RUN_DIR/results.tsv"
SUITES="static:check static:schema static:codegen unit:server unit:client build:client
build:bundle-size integration:sqlite static:migrations integration:postgres e2e"

# The suites choose their database themselves: never an inherited one.
unset DATABASE_URL
# Suite output goes to log files: no colour codes there unless shown on a terminal.
[ -t 1 ] || export NO_COLOR=1

# On Ctrl-C or TERM: end the running suite (timeout passes the signal on to
# its whole process group), then exit; the EXIT trap stops PostgreSQL.
SUITE_PID=""
on_signal() {
  trap - INT TERM
  if [ -n "$SUITE_PID" ]; then
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    wait "$SUITE_PID" 2>/dev/null || true
  fi
  exit "$1"
}
trap pg_stop EXIT
trap 'on_signal 130' INT
trap 'on_signal 143' TERM

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
: >"$RESULTS"

# --- selection --------------------------------------------------------------
if [ -n "${TEST_ONLY:-}" ]; then
  IFS=', ' read -r -a only <<<"$TEST_ONLY"
  for want in "${only[@]}"; do
    [ -n "$want" ] || continue
    known=0
    for s in $SUITES; do
      if [ "$want" = "$s" ] || [ "$want" = "${s%%:*}" ]; then known=1; fi
    done
    [ "$known" -eq 1 ] || die "TEST_ONLY: unknown suite '$want'; known: ${SUITES//$'\n'/ } (or a group: static, unit, build, integration, e2e)"
  done
fi

selected() {
  [ -n "${TEST_ONLY:-}" ] || return 0
  local want
  for want in "${only[@]}"; do
    if [ "$want" = "$1" ] || [ "$want" = "${1%%:*}" ]; then return 0; fi
  done
  return 1
}

# --- recording --------------------------------------------------------------
record() { # name kind exit seconds json note
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" "${6:-}" >>"$RESULTS"
}

show_log() { # log
  local n
  n="$(wc -l <"$1")"
  if [ "$n" -gt "$FAIL_LINES" ]; then
    echo "    ... (last $FAIL_LINES of $n lines; full log: ${1#"$ROOT"/})"
  fi
  tail -n "$FAIL_LINES" "$1" | sed 's/^/    /'
}

# run_suite NAME KIND COMMAND...   (KIND: check or vitest)
run_suite() {
  local name="$1" kind="$2"
  shift 2
  local file="${name//:/-}" json="" rc=0 start secs note=""
  local log="$RUN_DIR/$file.log"
  if [ "$kind" = vitest ]; then
    json="$RUN_DIR/$file.json"
    set -- "$@" --reporter=default --reporter=json "--outputFile.json=$json"
  fi
  start="$(date +%s)"
  # In the background + wait, so that a signal reaches on_signal at once.
  timeout -k 30 "$STEP_TIMEOUT" "$@" </dev/null >"$log" 2>&1 &
  SUITE_PID=$!
  wait "$SUITE_PID" || rc=$?
  SUITE_PID=""
  secs="$(($(date +%s) - start))"
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    note="timed out after ${STEP_TIMEOUT}s"
    echo "timed out after ${STEP_TIMEOUT}s: $*" >>"$log"
  fi
  record "$name" "$kind" "$rc" "$secs" "$json" "$note"
  if [ "$rc" -eq 0 ]; then
    log_step "ok    $name (${secs}s)"
  else
    log_step "FAIL  $name (${secs}s, exit $rc${note:+, $note}): $*"
    show_log "$log"
  fi
  return "$rc"
}

# run_setup NAME FUNCTION...   a preparation step; recorded, counted only if it fails
run_setup() {
  local name="$1" rc=0 start secs
  shift
  local log="$RUN_DIR/${name//:/-}.log"
  start="$(date +%s)"
  # Not in a subshell: the functions export variables (PATH, DATABASE_URL...).
  "$@" </dev/null >"$log" 2>&1 || rc=$?
  secs="$(($(date +%s) - start))"
  record "$name" setup "$rc" "$secs"
  if [ "$rc" -eq 0 ]; then
    log_step "ok    $name (${secs}s)"
  else
    log_step "FAIL  $name (${secs}s, exit $rc)"
    show_log "$log"
  fi
  return "$rc"
}

blocked() { # name reason
  record "$1" "${3:-check}" blocked 0 "" "$2"
  log_step "SKIP  $1: $2"
}

finish() {
  node "$ROOT/scripts/lib/summary.mjs" "$RESULTS"
}

# --- a. tools and dependencies ------------------------------------------------
if ! run_setup setup:install eval 'ensure_pnpm && install_deps'; then
  finish || exit 1
  exit 1
fi

# --- b. static checks ---------------------------------------------------------
if selected static:check; then run_suite static:check check pnpm run check || true; fi
if selected static:schema; then
  run_suite static:schema check pnpm --filter @hero/server run schema:check || true
fi
if selected static:codegen; then run_suite static:codegen check pnpm run codegen:check || true; fi

# --- c. unit tests --------------------------------------------------------------
if selected unit:server; then
  run_suite unit:server vitest pnpm --filter @hero/server exec vitest run || true
fi
if selected unit:client; then
  run_suite unit:client vitest pnpm --filter @hero/client exec vitest run --passWithNoTests || true
fi

# --- d. client build and its size -------------------------------------------------
build_ok=1
if selected build:client; then
  run_suite build:client check pnpm --filter @hero/client run build || build_ok=0
fi
if selected build:bundle-size; then
  if [ "$build_ok" -eq 1 ]; then
    run_suite build:bundle-size check node scripts/lib/bundle-size.mjs || true
  else
    blocked build:bundle-size "client build failed"
  fi
fi

# --- e. integration on SQLite -------------------------------------------------------
if selected integration:sqlite; then
  run_suite integration:sqlite vitest pnpm --filter @hero/test exec vitest run --project integration || true
fi

# --- f. PostgreSQL: migrations and integration ------------------------------------------
if selected static:migrations || selected integration:postgres; then
  if run_setup setup:postgres pg_start; then
    if selected static:migrations; then
      run_suite static:migrations check pnpm --filter @hero/server run migrations:check || true
    fi
    if selected integration:postgres; then
      run_suite integration:postgres vitest pnpm --filter @hero/test exec vitest run --project integration || true
    fi
  else
    if selected static:migrations; then blocked static:migrations "PostgreSQL did not start"; fi
    if selected integration:postgres; then blocked integration:postgres "PostgreSQL did not start" vitest; fi
  fi
fi

# --- g. browser tests ------------------------------------------------------------------
if selected e2e; then
  if run_setup setup:chromium ensure_chromium; then
    run_suite e2e vitest env -u DATABASE_URL pnpm --filter @hero/test exec vitest run --project e2e || true
  else
    blocked e2e "Chromium could not be installed" vitest
  fi
fi

# --- h. summary (PostgreSQL is stopped by the EXIT trap) ---------------------------------
pg_stop
finish
