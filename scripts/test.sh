#!/usr/bin/env bash
# npm test: the whole suite on a fresh machine. Validates the shipped datasets, type-checks,
# lints, runs the unit tests, builds, and runs the end-to-end tests in Chromium; ends with one line
# "N passed, N failed" summing both suites.
set -uo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1
mkdir -p reports test-results
rm -f reports/unit.json reports/e2e.json

status=0
step() { echo; echo "── $1"; }

step "Validate shipped datasets"
npx tsx scripts/validate.ts || status=1

step "Type check"
npm run --silent check || status=1

step "Lint (Prettier, ESLint)"
npm run --silent lint || status=1

step "Unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json || status=1

step "Build"
if npm run --silent build >reports/build.log 2>&1; then
	tail -n 3 reports/build.log
	step "End-to-end tests"
	PLAYWRIGHT_REPORTERS=ci npx playwright test || status=1
else
	cat reports/build.log
	echo "Build failed: end-to-end tests not run." >&2
	status=1
fi

echo
node scripts/summarize-tests.mjs reports/unit.json reports/e2e.json || status=1
exit $status
