#!/usr/bin/env bash
# Starts ComplaintDesk on http://localhost:5080 (ASPNETCORE_URLS overrides).
# Without ConnectionStrings__Complaints it runs a private PostgreSQL in .local/pg (kept between runs, so data survives),
# installing the server with apt-get when it is missing. The app applies migrations and, in Development, loads demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK (dotnet) is required; install it from your package source, then run this again." >&2
  exit 1
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080}

if [ -z "${ConnectionStrings__Complaints:-}" ]; then
  start_private_postgres .local/pg "${COMPLAINTDESK_PG_PORT:-55433}"
  create_database complaintdesk
  export ConnectionStrings__Complaints="$PG_CONNECTION"
  trap stop_private_postgres EXIT
  echo "Private PostgreSQL in .local/pg on port $PG_PORT"
fi

dotnet build src/ComplaintDesk.Web -c Release -nologo -clp:ErrorsOnly
echo "ComplaintDesk on $ASPNETCORE_URLS (Swagger UI at /swagger), environment $ASPNETCORE_ENVIRONMENT"
dotnet run --project src/ComplaintDesk.Web -c Release --no-build --no-launch-profile "$@"
