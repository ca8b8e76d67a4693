#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Install it when it is missing (as root, from Debian's
# packages), so a fresh machine needs nothing installed by hand.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium_path. Install Debian's chromium package, or set CHROMIUM_PATH." >&2
  exit 1
fi

echo "Installing Chromium from Debian's packages (about 20 s)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk >/dev/null
echo "Chromium installed: $("$chromium_path" --version 2>/dev/null | head -n 1)"
