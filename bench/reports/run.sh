#!/usr/bin/env bash
# Reports benchmark: the report routes in bench/reports/urls.txt against the app on a database of generated complaints
# (1,000,000 by default), then the same SQL with pgbench as the database's own limit, and EXPLAIN (ANALYZE, BUFFERS)
# of each statement. Writes bench/results/reports-<UTC time>.json and .md and bench/reports/explain/*.txt.
# See docs/performance.md ("Reports on a million complaints") and docs/reports.md (the generator).
#
# Knobs (environment):
#   BENCH_COMPLAINTS   complaints to generate when the database has fewer (1000000)   BENCH_YEARS  years they span (3)
#   BENCH_RUNS         measured requests per URL (30)         BENCH_WARMUP   requests per URL before measuring (5)
#   BENCH_SQL_SECONDS  pgbench -T per statement (20)          BENCH_PG_PORT  private PostgreSQL port (55497)
#   BENCH_APP_PORT     app port (5497)                        BENCH_NICE     niceness of everything started here (0)
#   BENCH_LABEL        free text stored with the results       BENCH_DATA_DIR  cluster folder (.local/bench-reports)
#   BENCH_SHARED_BUFFERS  PostgreSQL shared_buffers (2GB)
# The cluster lives in .local/bench-reports and is kept between runs, so the data is generated once. It runs with
# fsync off: the benchmark only reads, and the load is faster.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/postgres.sh

COMPLAINTS=${BENCH_COMPLAINTS:-1000000}
YEARS=${BENCH_YEARS:-3}
RUNS=${BENCH_RUNS:-30}
WARMUP=${BENCH_WARMUP:-5}
SQL_SECONDS=${BENCH_SQL_SECONDS:-20}
PG_PORT_BENCH=${BENCH_PG_PORT:-55497}
APP_PORT=${BENCH_APP_PORT:-5497}
NICE=${BENCH_NICE:-0}
LABEL=${BENCH_LABEL:-}
WORK=${BENCH_DATA_DIR:-.local/bench-reports}
SHARED_BUFFERS=${BENCH_SHARED_BUFFERS:-2GB}
APP_URL=http://127.0.0.1:$APP_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
NICE_CMD=(nice -n "$NICE")

log() { echo "[bench] $*" >&2; }
for tool in curl jq; do command -v $tool >/dev/null || { echo "$tool is required (apt-get install -y $tool)" >&2; exit 1; }; done
command -v dotnet >/dev/null || { echo "The .NET 10 SDK (dotnet) is required." >&2; exit 1; }

APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  stop_private_postgres
}
trap cleanup EXIT

# --- database: reused between runs -------------------------------------------------------------------------------
mkdir -p "$WORK"
log "PostgreSQL in $WORK on port $PG_PORT_BENCH"
# pg_stat_statements gives the database's own time per request; shared_buffers as a database server would have it
# (the default 128 MB holds a fifth of the complaints table).
PG_EXTRA_OPTS="-c shared_preload_libraries=pg_stat_statements -c shared_buffers=$SHARED_BUFFERS" \
  PG_FSYNC=off start_private_postgres "$WORK" "$PG_PORT_BENCH"
create_database complaintdesk
psql_bench() { PGCLIENTENCODING=UTF8 "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d complaintdesk -v ON_ERROR_STOP=1 -qAt "$@"; }

log "building the app (Release)"
"${NICE_CMD[@]}" dotnet build src/ComplaintDesk.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
APP_DIR=src/ComplaintDesk.Web/bin/Release/net10.0
app_env=(ASPNETCORE_ENVIRONMENT=Development "ConnectionStrings__Complaints=$PG_CONNECTION")

have=0
[ -n "$(psql_bench -c "SELECT to_regclass('complaints')")" ] && have=$(psql_bench -c "SELECT count(*) FROM complaints")
if [ "$have" -lt "$COMPLAINTS" ]; then
  log "generating $COMPLAINTS complaints over $YEARS years (the database has $have)"
  t0=$(date +%s.%N)
  (cd "$APP_DIR" && env "${app_env[@]}" "${NICE_CMD[@]}" dotnet ComplaintDesk.Web.dll generate-data --complaints "$COMPLAINTS" --years "$YEARS" --seed 42) \
    > "$WORK/generate.log" 2>&1 || { tail -n 30 "$WORK/generate.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  jq -n --argjson complaints "$COMPLAINTS" --argjson years "$YEARS" --arg at "$STAMP" \
    --argjson seconds "$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')" \
    --arg reported "$(grep -oE 'generate-data: [0-9]+ complaints in [0-9.]+ s' "$WORK/generate.log" | tail -n 1)" \
    '{generated_at: $at, complaints: $complaints, years: $years, wall_seconds_with_start_up: $seconds, app_reported: $reported}' \
    > "$WORK/generate.json"
fi
rows=$(psql_bench -c "SELECT json_build_object('complaints', (SELECT count(*) FROM complaints), 'timeline_events', (SELECT count(*) FROM timeline_events),
  'complaint_deadlines', (SELECT count(*) FROM complaint_deadlines), 'satisfaction_surveys', (SELECT count(*) FROM satisfaction_surveys),
  'database_size', pg_size_pretty(pg_database_size('complaintdesk')))")
generation=$(cat "$WORK/generate.json" 2>/dev/null || echo null)
psql_bench -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

# --- app ---------------------------------------------------------------------------------------------------------------
# The deadline monitor is off: on generated data it would start marking and escalating while we measure.
log "starting the app on $APP_URL"
(
  cd "$APP_DIR"
  exec env "${app_env[@]}" ASPNETCORE_URLS=$APP_URL "${NICE_CMD[@]}" dotnet ComplaintDesk.Web.dll \
    --Sla:MonitorEnabled=false --Serilog:MinimumLevel:Override:ComplaintDesk.Web.Hosting.RequestLoggingMiddleware=Warning
) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -fs "$APP_URL/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; echo "the app did not start" >&2; exit 1; }
  sleep 0.5
done
TOKEN=$(curl -fs -X POST "$APP_URL/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"manager1","password":"ComplaintDesk!1"}' | jq -r .accessToken)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "could not get a token for manager1" >&2; exit 1; }

# Server time of one request: from the request sent (pretransfer) to the first byte back, on loopback.
timed_get() {
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -w '%{http_code} %{time_pretransfer} %{time_starttransfer}\n' "$APP_URL$1"
}
percentiles() { sort -n | awk '{ v[NR] = $1 } function at(q,  i) { i = int(NR * q); if (i < NR * q) i++; return v[i] }
  END { printf "{\"p50\": %.1f, \"p95\": %.1f, \"max\": %.1f, \"n\": %d}", at(0.5), at(0.95), v[NR], NR }'; }

urls="[]"
while read -r name path; do
  [ -z "$name" ] || [[ "$name" == \#* ]] && continue
  log "$name: $WARMUP warm-up, $RUNS measured: $path"
  for _ in $(seq 1 "$WARMUP"); do timed_get "$path" >/dev/null; done
  : > "$WORK/times.txt"; statuses=""
  psql_bench -c "SELECT pg_stat_statements_reset()" >/dev/null
  for _ in $(seq 1 "$RUNS"); do
    read -r code pre first < <(timed_get "$path")
    statuses="$statuses $code"
    awk -v a="$pre" -v b="$first" 'BEGIN{printf "%.2f\n", (b - a) * 1000}' >> "$WORK/times.txt"
  done
  stats=$(percentiles < "$WORK/times.txt")
  # Time PostgreSQL spent executing this URL's statements, per request (mean over the measured runs).
  db_ms=$(psql_bench -c "SELECT round((coalesce(sum(total_exec_time), 0) / $RUNS)::numeric, 1) FROM pg_stat_statements
    WHERE query NOT LIKE '%pg_stat_statements%'")
  non_ok=$(tr ' ' '\n' <<<"$statuses" | grep -vcE '^(200|)$' || true)
  urls=$(jq --arg name "$name" --arg path "$path" --argjson ms "$stats" --argjson non_ok "$non_ok" --argjson db "$db_ms" \
    '. + [{name: $name, path: $path, server_ms: $ms, database_ms_mean: $db, non_200: $non_ok}]' <<<"$urls")
done < bench/reports/urls.txt

kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

# --- the same SQL: pgbench and plans ------------------------------------------------------------------------------
sql="[]"
mkdir -p bench/reports/explain "$WORK/pgbench"
for file in bench/reports/sql/*.sql; do
  name=$(basename "$file" .sql)
  log "pgbench -T $SQL_SECONDS -f $file; EXPLAIN (ANALYZE, BUFFERS)"
  psql_bench -c "EXPLAIN (ANALYZE, BUFFERS) $(grep -v '^--' "$file")" > "bench/reports/explain/$name.txt"
  rm -f "$WORK/pgbench/"*
  (cd "$WORK/pgbench" && "${NICE_CMD[@]}" "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c 1 -T "$SQL_SECONDS" \
    -f "$OLDPWD/$file" -l complaintdesk > out.txt 2>&1)
  stats=$(cat "$WORK"/pgbench/pgbench_log.* | awk '{printf "%.2f\n", $3 / 1000}' | percentiles)
  tps=$(grep -oE '^tps = [0-9.]+' "$WORK/pgbench/out.txt" | grep -oE '[0-9.]+$')
  sql=$(jq --arg name "$name" --argjson ms "$stats" --argjson tps "$tps" '. + [{name: $name, latency_ms: $ms, per_s: $tps}]' <<<"$sql")
done

# --- results -------------------------------------------------------------------------------------------------------
mkdir -p bench/results
out=bench/results/reports-$STAMP
jq -n --arg stamp "$STAMP" --arg run_label "$LABEL" --argjson rows "$rows" --argjson generation "$generation" \
  --argjson urls "$urls" --argjson sql "$sql" --argjson runs "$RUNS" --argjson warmup "$WARMUP" --argjson nice "$NICE" --arg sb "$SHARED_BUFFERS" \
  --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --arg cores "$(nproc)" --arg cpu "$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)" \
  --arg dotnet "$(dotnet --version)" --arg postgres "$("$PG_BIN/postgres" --version)" \
  '{time: $stamp, label: $run_label, data: $rows, generation: $generation,
    settings: {runs_per_url: $runs, warmup_per_url: $warmup, nice: $nice, shared_buffers: $sb, server_time: "curl time_starttransfer - time_pretransfer, loopback", database_time: "pg_stat_statements total_exec_time of the measured runs / runs"},
    targets: {dashboard_ms: 300, drill_down_first_page_ms: 100}, api: $urls, sql: $sql,
    machine: {cores: ($cores | tonumber), cpu: $cpu, load_average_at_end: $load}, versions: {dotnet_sdk: $dotnet, postgres: $postgres}}' > "$out.json"
jq -r '
  "# Reports benchmark \(.time)\(if .label != "" then " — " + .label else "" end)\n",
  "Data: \(.data.complaints) complaints, \(.data.timeline_events) timeline events, \(.data.complaint_deadlines) deadlines, \(.data.satisfaction_surveys) surveys; database \(.data.database_size).",
  (if .generation then "Generated \(.generation.complaints) complaints over \(.generation.years) years: \(.generation.app_reported) (\(.generation.wall_seconds_with_start_up) s with build-free start-up and migrations)." else "Data generated by an earlier run." end),
  "",
  "| URL | server p50 ms | p95 ms | max ms | PostgreSQL ms per request (mean) | runs | non-200 |", "| --- | --- | --- | --- | --- | --- | --- |",
  (.api[] | "| `\(.path)` | \(.server_ms.p50) | \(.server_ms.p95) | \(.server_ms.max) | \(.database_ms_mean) | \(.server_ms.n) | \(.non_200) |"),
  "", "The same SQL in pgbench (1 client), the database'"'"'s own limit:", "",
  "| statement | p50 ms | p95 ms | max ms | per s |", "| --- | --- | --- | --- | --- |",
  (.sql[] | "| \(.name) | \(.latency_ms.p50) | \(.latency_ms.p95) | \(.latency_ms.max) | \(.per_s) |"),
  "", "Targets on 1,000,000 complaints: dashboard < \(.targets.dashboard_ms) ms, drill-down first page < \(.targets.drill_down_first_page_ms) ms (server time).",
  "Settings: \(.settings.runs_per_url) runs per URL after \(.settings.warmup_per_url) warm-up; niceness \(.settings.nice); server time = \(.settings.server_time).",
  "Machine: \(.machine.cores) cores (\(.machine.cpu)); load average at the end \(.machine.load_average_at_end). Versions: .NET SDK \(.versions.dotnet_sdk); \(.versions.postgres)."
' "$out.json" > "$out.md"
echo; cat "$out.md"; echo; echo "Results: $out.json, $out.md; plans in bench/reports/explain/"
