#!/usr/bin/env bash
# Installs what the browser test (tests/browser.rs) needs: Debian's Chromium
# and ChromeDriver, nothing else. Idempotent: does nothing when both are there.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "install-browser: chromium and chromedriver already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
echo "install-browser: $(chromium --version 2>/dev/null || echo chromium?) / $(chromedriver --version 2>/dev/null | head -n1)"
