#!/usr/bin/env bash
# Finds a Chromium for the end-to-end tests, or installs one: Debian's package where apt-get is
# available and we are root, else Playwright's own download. Exits 1 with advice when neither works.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	echo "Installing Chromium and fonts with apt-get…"
	export DEBIAN_FRONTEND=noninteractive
	if apt-get update -qq && apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core >/dev/null; then
		exit 0
	fi
	echo "apt-get could not install chromium; trying Playwright's browser." >&2
fi
if npx playwright install chromium; then exit 0; fi
cat >&2 <<'MSG'
No Chromium for the end-to-end tests. Either
  - install Debian's chromium (sudo apt-get install chromium fonts-liberation), or
  - run: npx playwright install chromium, or
  - set CHROMIUM_PATH to a Chromium or Chrome executable.
MSG
exit 1
