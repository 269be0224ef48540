#!/usr/bin/env bash
# The browser test drives a system Chromium (test tools' own browser downloads are refused on
# the CI machines). Installs Debian's package when it is missing and this machine can.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
  echo "Installing Chromium for the browser test (apt-get install chromium)…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium
  exit 0
fi
echo "The browser test needs Chromium at /usr/bin/chromium: install it (e.g. apt-get install chromium)" >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary. npm run test:api runs without it." >&2
exit 1
