# shellcheck shell=bash
# Debian's Chromium for the browser tests. Source this file, then:
#
#   ensure_chromium     # installs it with apt when missing; exports CHROMIUM_PATH
#
# The browser itself is never downloaded by a tool of its own (that cannot work
# here): playwright-core launches this binary through CHROMIUM_PATH.

HERO_CHROMIUM_BIN="${HERO_CHROMIUM_BIN:-/usr/bin/chromium}"

ensure_chromium() {
  if [ ! -x "$HERO_CHROMIUM_BIN" ]; then
    local sudo=() log rc=0
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 ||
        { echo "ensure_chromium: $HERO_CHROMIUM_BIN is missing; install it as root: apt-get install -y chromium" >&2; return 1; }
      sudo=(sudo -n)
    fi
    log="$(mktemp "${TMPDIR:-/tmp}/hero-apt.XXXXXX")"
    _apt() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@" </dev/null >>"$log" 2>&1; }
    # Refresh the package lists only when they do not offer chromium yet.
    if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      _apt update -qq || rc=$?
    fi
    if [ "$rc" -eq 0 ]; then
      _apt install -y -qq -o Dpkg::Use-Pty=0 chromium || {
        # Stale lists point at files that are gone: refresh once and retry.
        _apt update -qq && _apt install -y -qq -o Dpkg::Use-Pty=0 chromium
      } || rc=$?
    fi
    unset -f _apt
    if [ "$rc" -ne 0 ] || [ ! -x "$HERO_CHROMIUM_BIN" ]; then
      echo "ensure_chromium: installing chromium with apt-get failed:" >&2
      tail -n 40 "$log" >&2
      rm -f "$log"
      return 1
    fi
    rm -f "$log"
  fi
  export CHROMIUM_PATH="$HERO_CHROMIUM_BIN"
}
