#!/usr/bin/env bash
# Runs every test against a throwaway PostgreSQL cluster (started here, removed afterwards).
# Ends with one line "N passed, N failed"; exits non-zero when anything failed or did not build.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

command -v dotnet >/dev/null || { echo "The .NET 10 SDK (dotnet) is required: see README.md" >&2; echo "0 passed, 1 failed"; exit 1; }

# The browser tests drive Debian's Chromium (Playwright's own browser builds are never downloaded), with a CJK font so
# screenshots of Chinese pages are legible. Installed only when missing; if that fails the browser tests fail.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
ensure_chromium() {
  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || packages+=(fonts-wqy-microhei)
  [ ${#packages[@]} -eq 0 ] && return 0
  echo "Installing ${packages[*]} with apt-get for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${packages[@]}" >/dev/null 2>&1; } \
    || echo "Could not install ${packages[*]}" >&2
  [ -x /usr/bin/chromium ] || echo "No Chromium at /usr/bin/chromium: the browser tests will fail" >&2
}
ensure_chromium

PORT=${COMPLAINTDESK_TEST_PG_PORT:-55432}
PG_ROOT=.local/test-pg-$PORT
rm -rf "$PG_ROOT"
# fsync off: a test cluster is thrown away, so durability only costs time here.
PG_FSYNC=off start_private_postgres "$PG_ROOT" "$PORT" || { echo "PostgreSQL did not start" >&2; echo "0 passed, 1 failed"; exit 1; }
trap 'stop_private_postgres; rm -rf "$PG_ROOT"' EXIT
export COMPLAINTDESK_TEST_PG="Host=127.0.0.1;Port=$PORT;Username=postgres"

mkdir -p artifacts/test-results
if ! dotnet build ComplaintDesk.sln -c Release -nologo -clp:ErrorsOnly > artifacts/test-results/build.log 2>&1; then
  cat artifacts/test-results/build.log
  echo "0 passed, 1 failed"
  exit 1
fi

# The three test projects run side by side: the browser tests mostly wait on Chromium and the app, the unit tests are
# short, so together they keep both cores busy where one after another they left one idle. Each writes its own log and
# database names, and the migrated template database is shared safely (see TestDatabase).
pids=()
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" \
    --results-directory "artifacts/test-results/$name" "$@" > "artifacts/test-results/$name.log" 2>&1 &
  pids+=($!)
done

passed=0; failed=0; skipped=0; status=0; i=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log="artifacts/test-results/$name.log"
  wait "${pids[$i]}"
  rc=$?
  i=$((i + 1))
  # Each failure with its message and the first lines of its stack trace: CI keeps only what is printed here.
  awk '/^ +Failed [^:]/ { n = 0; on = 1 } /^ +(Passed|Skipped) |^Results File|^Total tests/ { on = 0 }
       on && n++ < 30' "$log" | cut -c1-300 || true
  # A --filter that no test of this project matches is not a failure.
  if grep -q "No test matches the given testcase filter" "$log" && [ $rc -eq 0 ]; then continue; fi
  if ! grep -qE "^Total tests: [0-9]+" "$log"; then
    echo "$name: no test summary (did the test host crash?)" >&2; failed=$((failed + 1)); status=1; continue
  fi
  p=$(grep -E "^\s+Passed: [0-9]+" "$log" | tail -n 1 | grep -oE "[0-9]+" || echo 0)
  f=$(grep -E "^\s+Failed: [0-9]+" "$log" | tail -n 1 | grep -oE "[0-9]+" || echo 0)
  s=$(grep -E "^\s+Skipped: [0-9]+" "$log" | tail -n 1 | grep -oE "[0-9]+" || echo 0)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  if [ "${f:-0}" -ne 0 ] || [ $rc -ne 0 ]; then status=1; fi
done

# Skipped tests wait for pages not built yet; listed so they are not mistaken for passes.
if [ "$skipped" -ne 0 ]; then
  echo "$skipped skipped:"; grep -hE "^\s+Skipped " artifacts/test-results/*.log | sed -E 's/^\s+Skipped /  /; s/ \[[^]]*\]$//' || true
fi
echo "$passed passed, $failed failed"
exit $status
