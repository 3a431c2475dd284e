#!/usr/bin/env bash
# Installs everything Polis needs on a fresh machine, and nothing twice:
#   - Chromium (Debian's package) when no browser is found, for tests and the docs audit;
#   - pnpm (the version package.json pins) when it is missing;
#   - the workspace's dependencies from the lockfile.
# Used by the README's two set-up commands and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  for candidate in "${POLIS_CHROMIUM:-}" "${CHROMIUM_PATH:-}" /usr/bin/chromium; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && return 0
  done
  return 1
}

if ! have_browser; then
  echo "bootstrap: installing Chromium from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want_pnpm" ]; then
  echo "bootstrap: installing pnpm $want_pnpm"
  npm install --global --no-fund --no-audit "pnpm@$want_pnpm" >/dev/null
fi

echo "bootstrap: installing dependencies"
CI=true pnpm install --frozen-lockfile
