#!/usr/bin/env bash
# Intake benchmark: many concurrent POST /api/complaints against the running app (wrk), then the same writes as raw SQL
# (pgbench, bench/intake/intake.sql) against the same database, and the ratio of the two rates.
# Writes bench/results/intake-<UTC time>.json and .md and prints a summary. See docs/performance.md.
#
# Knobs (environment):
#   BENCH_CONNECTIONS  concurrent clients for wrk and pgbench (64)      BENCH_DURATION  seconds measured per side (30)
#   BENCH_WARMUP       seconds of warm-up per side, not recorded (30)   BENCH_THREADS   wrk threads / pgbench -j (2)
#   BENCH_PG_PORT      private PostgreSQL port (55471)                  BENCH_APP_PORT  app port (5471)
#   BENCH_REQUEST_LOG  on|off: the app's one-line-per-request log at Information (off: that logger at Warning) (off)
#   BENCH_PG_FSYNC     on|off for the private cluster (on: durable commits, as in production)
#   BENCH_LABEL        free text stored with the results (e.g. what was changed)
#   BENCH_PG_OPTIONS   appended to the app's connection string, e.g. "Max Auto Prepare=20" (none)
#   BENCH_QUIET_WAIT   seconds to wait for the machine to go idle before each side (60; 0 to skip)
#   BENCH_NICE         niceness for PostgreSQL, the app, wrk and pgbench (-20), so that unrelated work on a shared
#                      machine disturbs the measurement less; 0 to leave priorities alone. With the kernel's autogroup
#                      scheduling, nice only ranks processes within one session, so the benchmark also runs in a
#                      session of its own and gives that session (and PostgreSQL's) the same niceness.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
source scripts/postgres.sh

CONNECTIONS=${BENCH_CONNECTIONS:-64}
DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-30}
THREADS=${BENCH_THREADS:-2}
PG_PORT_BENCH=${BENCH_PG_PORT:-55471}
APP_PORT=${BENCH_APP_PORT:-5471}
REQUEST_LOG=${BENCH_REQUEST_LOG:-off}
FSYNC=${BENCH_PG_FSYNC:-on}
LABEL=${BENCH_LABEL:-}
PG_OPTIONS=${BENCH_PG_OPTIONS:-}
QUIET_WAIT=${BENCH_QUIET_WAIT:-60}
NICE=${BENCH_NICE:--20}
WORK=.local/bench
PG_ROOT=$WORK/pg
APP_URL=http://127.0.0.1:$APP_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RUN_ID=$(date +%s)

log() { echo "[bench] $*" >&2; }

AUTOGROUP=off
if [ "$NICE" != 0 ] && [ -w /proc/self/autogroup ] && [ "$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null)" = 1 ]; then
  if [ -z "${BENCH_OWN_SESSION:-}" ]; then
    BENCH_OWN_SESSION=1 exec setsid --wait "$0" "$@"
  fi
  echo "$NICE" > /proc/self/autogroup && AUTOGROUP=on
fi

# --- tools -----------------------------------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v jq >/dev/null || need_apt+=(jq)
command -v curl >/dev/null || need_apt+=(curl)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null; }
fi
command -v dotnet >/dev/null || { echo "The .NET 10 SDK (dotnet) is required." >&2; exit 1; }

# --- machine load ----------------------------------------------------------------------------------------------------
# Busy CPU (in cores) over the last $1 seconds, from /proc/stat.
cpu_ticks() { awk '/^cpu /{ idle=$5+$6; total=0; for(i=2;i<=NF;i++) total+=$i; print total-idle, total }' /proc/stat; }
busy_cores() {
  local a b; a=($(cpu_ticks)); sleep "$1"; b=($(cpu_ticks))
  awk -v bu=$((b[0]-a[0])) -v tot=$((b[1]-a[1])) -v n="$(nproc)" 'BEGIN{ printf "%.2f", (tot ? n * bu / tot : 0) }'
}
# CPU seconds (user+system) used so far by the given process ids (with "all", including their reaped children).
proc_cpu_seconds() {
  local hz; hz=$(getconf CLK_TCK)
  local with_children=0; [ "${1:-}" = all ] && { with_children=1; shift; }
  for pid in "$@"; do [ -r /proc/$pid/stat ] && sed -E 's/^.*\) //' /proc/$pid/stat | awk -v c=$with_children '{print $12+$13+c*($14+$15)}'; done \
    | awk -v hz="$hz" '{s+=$1} END{printf "%.2f", s/hz}'
}
# Sets OUR_CPU to the CPU seconds used by everything this benchmark runs: the PostgreSQL cluster (postmaster with its
# ended backends, and the live ones), the app, and this script's finished children (wrk, pgbench, psql).
# Not to be called in a subshell: 'times' must see this shell's children.
our_cpu_seconds() {
  local postmaster pg app shell
  postmaster=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  pg=$(awk -v a="$(proc_cpu_seconds all "$postmaster")" -v b="$(proc_cpu_seconds $(ps -o pid= --ppid "$postmaster"))" 'BEGIN{printf "%.2f", a+b}')
  app=0; [ -n "$APP_PID" ] && app=$(proc_cpu_seconds "$APP_PID")
  times > "$WORK/times.txt"
  shell=$(sed -n 2p "$WORK/times.txt" | awk '{ s=0; for (i=1;i<=2;i++) { split($i, t, "m"); s += t[1]*60 + t[2] } printf "%.2f", s }')
  OUR_CPU=$(awk -v a="$pg" -v b="$app" -v c="$shell" 'BEGIN{printf "%.2f", a+b+c}')
}
cores() { awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN{printf "%.2f", (b-a)/d}'; }
wait_for_quiet() {
  [ "$QUIET_WAIT" -gt 0 ] || return 0
  local waited=0 busy
  while :; do
    busy=$(busy_cores 3)
    if awk -v b="$busy" 'BEGIN{exit !(b < 0.25)}'; then log "machine idle (${busy} cores busy)"; return 0; fi
    if [ "$waited" -ge "$QUIET_WAIT" ]; then log "machine still busy (${busy} cores) after ${waited}s; measuring anyway"; return 0; fi
    log "machine busy (${busy} cores); waiting"; sleep 7; waited=$((waited + 10))
  done
}

# --- database --------------------------------------------------------------------------------------------------------
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  stop_private_postgres
}
trap cleanup EXIT

mkdir -p "$WORK"
if [ -d "$PG_ROOT/data" ]; then PG_DIR=$(cd "$PG_ROOT" && pwd); PG_BIN=$(find_pg_bin); stop_private_postgres; fi
rm -rf "$PG_ROOT"
log "starting a fresh PostgreSQL in $PG_ROOT on port $PG_PORT_BENCH (fsync=$FSYNC)"
PG_FSYNC=$FSYNC start_private_postgres "$PG_ROOT" "$PG_PORT_BENCH"
create_database complaintdesk
# Backends fork from the postmaster and inherit its priority.
if [ "$NICE" != 0 ]; then
  postmaster=$(head -n 1 "$PG_DIR/data/postmaster.pid")
  renice -n "$NICE" -p "$postmaster" $(ps -o pid= --ppid "$postmaster") >/dev/null
  # pg_ctl starts the postmaster in a session (so an autogroup) of its own.
  [ "$AUTOGROUP" = on ] && echo "$NICE" > "/proc/$postmaster/autogroup"
fi
NICE_CMD=(nice -n "$NICE")
psql_bench() { PGCLIENTENCODING=UTF8 "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d complaintdesk -v ON_ERROR_STOP=1 -qAt "$@"; }

# --- app -------------------------------------------------------------------------------------------------------------
log "building the app (Release)"
dotnet build src/ComplaintDesk.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
APP_DIR=src/ComplaintDesk.Web/bin/Release/net10.0
app_args=()
if [ "$REQUEST_LOG" = off ]; then
  app_args+=("--Serilog:MinimumLevel:Override:ComplaintDesk.Web.Hosting.RequestLoggingMiddleware=Warning")
fi
log "starting the app on $APP_URL (Development for the demo users; request log $REQUEST_LOG; console to $WORK/app.log)"
(
  cd "$APP_DIR"
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=$APP_URL ConnectionStrings__Complaints="$PG_CONNECTION${PG_OPTIONS:+;$PG_OPTIONS}" \
    exec "${NICE_CMD[@]}" dotnet ComplaintDesk.Web.dll "${app_args[@]}"
) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$APP_URL/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; echo "the app did not start" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$APP_URL/health/ready" >/dev/null || { echo "the app is not ready" >&2; exit 1; }
# dotnet execs the app, so $APP_PID is the app process itself.

TOKEN=$(curl -fs -X POST "$APP_URL/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"userName":"counter1","password":"ComplaintDesk!1"}' | jq -r .accessToken)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "could not get a token for counter1" >&2; exit 1; }
STAFF_ID=$(psql_bench -c "SELECT id FROM staff WHERE user_name = 'counter1'")
CATEGORIES=$(psql_bench -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM categories WHERE is_active")
CAT_MIN=$(psql_bench -c "SELECT min(id) FROM categories WHERE is_active")
CAT_MAX=$(psql_bench -c "SELECT max(id) FROM categories WHERE is_active")
count_complaints() { psql_bench -c "SELECT count(*) FROM complaints"; }

# --- API side --------------------------------------------------------------------------------------------------------
WRK=("${NICE_CMD[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" --timeout 10s -s bench/intake/intake.lua "$APP_URL")
log "API warm-up: ${WARMUP}s"
BENCH_WRK_OUT=$WORK/wrk-warmup.json "${WRK[@]}" -d "${WARMUP}s" -- "$TOKEN" "$RUN_ID-w" "$CATEGORIES" > "$WORK/wrk-warmup.txt"
wait_for_quiet
idle_before_api=$(busy_cores 3)
before=$(count_complaints)
app_cpu0=$(proc_cpu_seconds "$APP_PID"); our_cpu_seconds; ours0=$OUR_CPU; ticks0=($(cpu_ticks)); t0=$(date +%s.%N)
log "API: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s POST /api/complaints"
BENCH_WRK_OUT=$WORK/wrk.json "${WRK[@]}" -d "${DURATION}s" --latency -- "$TOKEN" "$RUN_ID" "$CATEGORIES" > "$WORK/wrk.txt"
ticks1=($(cpu_ticks)); t1=$(date +%s.%N); our_cpu_seconds; ours1=$OUR_CPU; app_cpu1=$(proc_cpu_seconds "$APP_PID")
after=$(count_complaints)
cat "$WORK/wrk.txt" >&2
elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')
api_busy=$(awk -v bu=$((ticks1[0]-ticks0[0])) -v tot=$((ticks1[1]-ticks0[1])) -v n="$(nproc)" 'BEGIN{printf "%.2f", n*bu/tot}')
api_app_cores=$(cores "$app_cpu0" "$app_cpu1" "$elapsed")
api_ours=$(cores "$ours0" "$ours1" "$elapsed")
api_others=$(awk -v a="$api_busy" -v b="$api_ours" 'BEGIN{x=a-b; printf "%.2f", (x < 0 ? 0 : x)}')
api_stored=$((after - before))

kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
log "app stopped: pgbench gets the machine to itself"

# --- raw SQL side ----------------------------------------------------------------------------------------------------
PGBENCH=("${NICE_CMD[@]}" env PGCLIENTENCODING=UTF8 "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -f bench/intake/intake.sql
  -D "staff=$STAFF_ID" -D "cat_min=$CAT_MIN" -D "cat_max=$CAT_MAX" -c "$CONNECTIONS" -j "$THREADS")
log "pgbench warm-up: ${WARMUP}s"
"${PGBENCH[@]}" -T "$WARMUP" complaintdesk > "$WORK/pgbench-warmup.txt" 2>&1
wait_for_quiet
idle_before_sql=$(busy_cores 3)
rm -rf "$WORK/pgbench-log"; mkdir -p "$WORK/pgbench-log"
before=$(count_complaints)
our_cpu_seconds; ours0=$OUR_CPU; ticks0=($(cpu_ticks)); t0=$(date +%s.%N)
log "raw SQL: pgbench -c $CONNECTIONS -j $THREADS -T $DURATION -f bench/intake/intake.sql -n"
"${PGBENCH[@]}" -T "$DURATION" -l --log-prefix="$WORK/pgbench-log/tx" complaintdesk > "$WORK/pgbench.txt" 2>&1
ticks1=($(cpu_ticks)); t1=$(date +%s.%N); our_cpu_seconds; ours1=$OUR_CPU
after=$(count_complaints)
cat "$WORK/pgbench.txt" >&2
elapsed=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}')
sql_busy=$(awk -v bu=$((ticks1[0]-ticks0[0])) -v tot=$((ticks1[1]-ticks0[1])) -v n="$(nproc)" 'BEGIN{printf "%.2f", n*bu/tot}')
sql_ours=$(cores "$ours0" "$ours1" "$elapsed")
sql_others=$(awk -v a="$sql_busy" -v b="$sql_ours" 'BEGIN{x=a-b; printf "%.2f", (x < 0 ? 0 : x)}')
sql_stored=$((after - before))
sql_tps=$(grep -oE "^tps = [0-9.]+" "$WORK/pgbench.txt" | grep -oE "[0-9.]+$")
sql_failed=$(grep -oE "^number of failed transactions: [0-9]+" "$WORK/pgbench.txt" | grep -oE "[0-9]+$" || echo 0)
# Per-transaction log: column 3 is the latency in microseconds.
read -r sql_p50 sql_p90 sql_p99 < <(cat "$WORK"/pgbench-log/tx* | awk '{print $3}' | sort -n | awk '
  function at(q,  i) { i = int(NR * q); if (i < NR * q) i++; return v[i] / 1000 }
  { v[NR] = $1 } END { printf "%.2f %.2f %.2f\n", at(0.50), at(0.90), at(0.99) }')

# --- results ---------------------------------------------------------------------------------------------------------
api=$(cat "$WORK/wrk.json")
api_rps=$(jq -r .successful_per_s <<<"$api")
api_p99=$(jq -r .latency_ms.p99 <<<"$api")
ratio=$(awk -v a="$api_rps" -v s="$sql_tps" 'BEGIN{printf "%.3f", (s > 0 ? a / s : 0)}')
target_met=$(awk -v r="$ratio" -v p="$api_p99" 'BEGIN{ if (r >= 0.5 && p < 100) print "true"; else print "false" }')
cpu_model=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)

for v in api_stored api_busy api_app_cores api_others idle_before_api idle_before_sql sql_tps sql_failed sql_stored sql_p50 \
         sql_p90 sql_p99 sql_busy sql_others ratio; do
  [[ "${!v}" =~ ^-?[0-9]+(\.[0-9]+)?$ ]] || { echo "internal error: $v is '${!v}'" >&2; exit 1; }
done
mkdir -p bench/results
out=bench/results/intake-$STAMP
jq -n \
  --arg stamp "$STAMP" --arg run_label "$LABEL" --argjson api "$api" \
  --argjson connections "$CONNECTIONS" --argjson duration "$DURATION" --argjson threads "$THREADS" \
  --arg request_log "$REQUEST_LOG" --arg fsync "$FSYNC" --arg nice "$NICE" --arg autogroup "$AUTOGROUP" --arg pg_options "$PG_OPTIONS" \
  --argjson api_stored "$api_stored" --argjson api_busy "$api_busy" --argjson api_app_cores "$api_app_cores" \
  --argjson idle_before_api "$idle_before_api" --argjson idle_before_sql "$idle_before_sql" \
  --argjson api_others "$api_others" --argjson sql_others "$sql_others" \
  --argjson sql_tps "$sql_tps" --argjson sql_failed "$sql_failed" --argjson sql_stored "$sql_stored" \
  --argjson sql_p50 "$sql_p50" --argjson sql_p90 "$sql_p90" --argjson sql_p99 "$sql_p99" --argjson sql_busy "$sql_busy" \
  --argjson ratio "$ratio" --argjson target_met "$target_met" \
  --arg nproc "$(nproc)" --arg cpu "$cpu_model" --arg kernel "$(uname -r)" \
  --arg dotnet "$(dotnet --version)" --arg postgres "$("$PG_BIN/postgres" --version)" \
  --arg pgbench "$("$PG_BIN/pgbench" --version)" --arg wrk "$(wrk -v 2>&1 | head -n 1)" \
  '{time: $stamp, label: $run_label,
    settings: {connections: $connections, duration_s: $duration, threads: $threads, request_log: $request_log,
               postgres_fsync: $fsync, idempotency_key: "unique per request", nice: ($nice | tonumber), app_connection_options: $pg_options,
               autogroup_nice: ($autogroup == "on")},
    api: ($api + {complaints_stored: $api_stored, machine_busy_cores: $api_busy, app_process_cores: $api_app_cores,
                  other_processes_cores: $api_others, other_load_before_cores: $idle_before_api}),
    sql: {transactions_per_s: $sql_tps, failed: $sql_failed, complaints_stored: $sql_stored,
          latency_ms: {p50: $sql_p50, p90: $sql_p90, p99: $sql_p99}, machine_busy_cores: $sql_busy,
          other_processes_cores: $sql_others, other_load_before_cores: $idle_before_sql},
    ratio_api_to_sql: $ratio, target: "ratio >= 0.5 and API p99 < 100 ms", target_met: $target_met,
    machine: {cores: ($nproc | tonumber), cpu: $cpu, kernel: $kernel,
              note: "app, PostgreSQL, wrk and pgbench all share these cores"},
    versions: {dotnet_sdk: $dotnet, postgres: $postgres, pgbench: $pgbench, wrk: $wrk}}' > "$out.json"

jq -r '
  "# Intake benchmark \(.time)\(if .label != "" then " — " + .label else "" end)\n",
  "| side | rate | p50 ms | p90 ms | p99 ms | stored | machine busy (cores) | of which unrelated processes |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  "| API (wrk, POST /api/complaints) | \(.api.successful_per_s) req/s | \(.api.latency_ms.p50) | \(.api.latency_ms.p90) | \(.api.latency_ms.p99) | \(.api.complaints_stored) | \(.api.machine_busy_cores) (app \(.api.app_process_cores)) | \(.api.other_processes_cores) |",
  "| raw SQL (pgbench, intake.sql) | \(.sql.transactions_per_s * 10 | round / 10) tx/s | \(.sql.latency_ms.p50) | \(.sql.latency_ms.p90) | \(.sql.latency_ms.p99) | \(.sql.complaints_stored) | \(.sql.machine_busy_cores) | \(.sql.other_processes_cores) |",
  "",
  "Ratio API / raw SQL: **\(.ratio_api_to_sql)**; target (\(.target)) met: **\(.target_met)**.",
  "",
  "Settings: \(.settings.connections) clients, \(.settings.duration_s) s each, \(.settings.threads) client threads, request log \(.settings.request_log), PostgreSQL fsync \(.settings.postgres_fsync), Idempotency-Key \(.settings.idempotency_key), niceness \(.settings.nice) (session too: \(.settings.autogroup_nice)).",
  "API errors: \(.api.errors | tojson). pgbench failed transactions: \(.sql.failed). Other load just before (cores): API \(.api.other_load_before_cores), SQL \(.sql.other_load_before_cores).",
  "",
  "Machine: \(.machine.cores) cores (\(.machine.cpu)), kernel \(.machine.kernel); \(.machine.note).",
  "Versions: .NET SDK \(.versions.dotnet_sdk); \(.versions.postgres); \(.versions.pgbench); \(.versions.wrk)."
' "$out.json" > "$out.md"

echo
cat "$out.md"
echo
echo "Results: $out.json, $out.md"
