#!/usr/bin/env bash
# Run every Plinth test (lit: dialect, passes, importer, tools) against build/.
# Ends with the runner summary line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
"$(llvm-config-22 --bindir)/lit" -sv build/test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# lit's summary lines look like "  Passed: 20 (95.24%)".
count() {
  local n
  n=$(sed -nE "s/^ *$1: *([0-9]+).*/\1/p" "$log" | tail -1)
  echo "${n:-0}"
}
passed=$(( $(count Passed) + $(count "Expectedly Failed") ))
failed=$(( $(count Failed) + $(count "Unexpectedly Passed") + $(count Unresolved) + $(count "Timed Out") ))
rm -f "$log"
echo "${passed} passed, ${failed} failed"
exit "$status"
