#!/usr/bin/env bash
# Lints the OpenAPI document of a running ComplaintDesk with Redocly CLI's "recommended" rules (docs/api.md).
#   scripts/lint-openapi.sh [BASE_URL] [more redocly lint options]     BASE_URL defaults to http://localhost:5080
# Start the app first (scripts/run.sh). Needs Node.js with npx; the pinned CLI version is fetched from npm on first use
# (REDOCLY_CLI_VERSION overrides it). Exits non-zero when the linter reports an error; warnings are listed only.
set -euo pipefail

BASE=${1:-http://localhost:5080}
[ $# -gt 0 ] && shift
VERSION=${REDOCLY_CLI_VERSION:-2.77.0}

command -v npx >/dev/null || { echo "Node.js (npx) is required to run the linter." >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if ! curl -fsS "${BASE%/}/swagger/v1/swagger.json" -o "$dir/openapi.json"; then
  echo "Could not fetch ${BASE%/}/swagger/v1/swagger.json: is the app running (scripts/run.sh)?" >&2
  exit 2
fi

echo "Linting ${BASE%/}/swagger/v1/swagger.json with @redocly/cli@$VERSION (recommended rules)"
npx --yes "@redocly/cli@$VERSION" lint --extends=recommended --format=stylish "$@" "$dir/openapi.json"
