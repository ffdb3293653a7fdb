#!/usr/bin/env bash
# Every check, in order: type check, lint, unit and component tests, production build,
# end-to-end tests (with axe) in Chromium against the built site. Each step runs even if an
# earlier one failed, so one run shows everything; the last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/e2e.json reports/steps.txt

step() {
	local name="$1"
	shift
	echo
	echo "━━ $name ━━"
	if "$@"; then
		echo "$name ok" >>reports/steps.txt
	else
		echo "$name FAILED" >>reports/steps.txt
	fi
}

step "browser" bash scripts/install-chromium.sh
step "types" npm run --silent check
step "lint" npx eslint .
step "format" npm run --silent format:check
step "unit" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "build" npx vite build --logLevel warn
step "e2e" npx playwright test

echo
node scripts/summarize.js
