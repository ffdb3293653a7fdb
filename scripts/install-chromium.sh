#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests, once (Playwright's own browser
# download cannot be used on machines without general internet access).
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
	exit 0
fi
echo "Installing Chromium from Debian's packages…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
"$chromium_path" --version
