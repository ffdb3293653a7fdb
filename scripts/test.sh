#!/usr/bin/env bash
# Every check: type check, lint, format and the production build side by side (each is mostly
# one thread and the machine has two cores), then unit and component tests, then end-to-end
# tests (with axe) in Chromium against the built site. Each step runs even if an earlier one
# failed, so one run shows everything; the last line is "N passed, N failed".
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

# A step run in the background: its output kept in reports/<name>.log until all have ended.
background() {
	local name="$1"
	shift
	if "$@" >"reports/$name.log" 2>&1; then
		echo "$name ok" >"reports/$name.status"
	else
		echo "$name FAILED" >"reports/$name.status"
	fi
}

step "browser" bash scripts/install-chromium.sh

# the generated types first, once: the type check and the build then only read them
npx svelte-kit sync
parallel=(types lint format build)
background types npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings &
background lint npx eslint . &
background format npm run --silent format:check &
background build npx vite build --logLevel warn &
wait
for name in "${parallel[@]}"; do
	echo
	echo "━━ $name ━━"
	cat "reports/$name.log"
	cat "reports/$name.status" >>reports/steps.txt
	rm -f "reports/$name.log" "reports/$name.status"
done

step "unit" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
step "e2e" npx playwright test

echo
node scripts/summarize.js
