#!/usr/bin/env bash
# Every check the project has: install what browser tests need, then format/lint, type check,
# unit tests and browser tests. Ends with one line "N passed, N failed"; exits non-zero on any
# failure. Lint and type check count as one test each.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: chromium (browser tests), graphviz (`dot` reads the DOT export),
# poppler-utils (`pdftotext` reads the PDF export).
missing=()
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM_PATH:-}" ]; then missing+=(chromium); fi
command -v dot >/dev/null || missing+=(graphviz)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing Debian packages for the tests: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

passed=0
failed=0
step() { # name, command...
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

step "format and lint (biome)" npx biome check .
step "type check (tsc)" npx tsc --noEmit -p .

report=$(mktemp)
echo "== unit and browser tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
counts=$(node -e '
  const fs = require("fs");
  try {
    const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0));
  } catch { console.log("0 1"); }
' "$report")
read -r tp tf <<<"$counts"
passed=$((passed + tp))
failed=$((failed + tf))
if [ "$status" -ne 0 ] && [ "$tf" -eq 0 ]; then failed=$((failed + 1)); fi
rm -f "$report"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
