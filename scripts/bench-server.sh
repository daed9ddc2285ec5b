#!/usr/bin/env bash
# Server benchmark: wrk on 127.0.0.1 against a release build, 32 connections, next to the app's own
# plain "hello" route (the HTTP stack's ceiling here). Reads a client's active program, logs
# sessions, and reports resident memory. Usage:
#   scripts/bench-server.sh [DATABASE_URL]          (default: a fresh SQLite file)
#   scripts/with-postgres.sh scripts/bench-server.sh "$LUMBAR_TEST_POSTGRES_URL"
# Load goes to 127.0.0.1 only and each run is bounded (DURATION seconds, default 10). SCRATCH is
# the release build directory (default .build-release); BIN names a ready binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }; }

duration="${DURATION:-10}"
port="${PORT:-18181}"
work="$(mktemp -d)"
database="${1:-sqlite://$work/bench.sqlite}"
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; rm -rf "$work"' EXIT

scratch="${SCRATCH:-.build-release}"
if [ -n "${BIN:-}" ]; then
    bin="$BIN"  # a binary built before, e.g. a parent commit's, to compare in the same run
else
    swift build -c release --scratch-path "$scratch" --product lumbar > /dev/null
    bin="$scratch/release/lumbar"
fi
LOG_LEVEL=warning "$bin" serve --host 127.0.0.1 --port "$port" --database "$database" > "$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" > /dev/null && break; sleep 0.2; done

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token=$(curl -fs -X POST "$base/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-$$-$RANDOM@example.com\",\"password\":\"correct horse battery\",\"name\":\"Bench\"}" | json "['token']")
client=$(curl -fs -X POST "$base/api/v1/clients" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"Bench Client"}' | json "['id']")
exercise=$(curl -fs -X POST "$base/api/v1/clients/$client/assessments" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary @Examples/desk-worker.json \
    | json "['program']['blocks'][2]['exercises'][0]['id']")

cat > "$work/session.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"date":"2026-11-20","painBefore":3,"painAfter":3,"painNextMorning":2,"exercises":[{"id":"$exercise","setsDone":1,"repsDone":[10],"holdSeconds":null,"painDuring":1,"formOk":true}]}'
LUA

run() {  # name, then wrk arguments
    local name=$1
    shift
    local out
    out=$(wrk -t2 -c32 -d"${duration}s" --latency "$@")
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    errors=$(awk '/Non-2xx/ {print $5}' <<< "$out")
    printf '%-34s %12s req/s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p99" "${errors:-0}"
}

echo "database: ${database%%://*}   duration: ${duration}s per run   connections: 32   $(nproc) cores"
run "GET /hello (stack ceiling)" "$base/hello"
run "GET client's active program" -H "Authorization: Bearer $token" "$base/api/v1/clients/$client/program"
run "POST session (acknowledged writes)" -s "$work/session.lua" "$base/api/v1/clients/$client/sessions"
echo "peak resident memory: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$server/status")"
