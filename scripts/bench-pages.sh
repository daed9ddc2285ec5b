#!/usr/bin/env bash
# Times every HTML page for the seeded heavy trainer, whose clients each have a year of sessions:
# the dashboard, a client page (history table and charts), the assessment wizard, the program page,
# its print view, the catalog and the share page. One connection, so the latency is one page's
# render plus its reads.
#
#   scripts/bench-pages.sh .build-release/release/lumbar                       # SQLite, a fresh file
#   scripts/with-postgres.sh sh -c 'scripts/bench-pages.sh .build-release/release/lumbar "$LUMBAR_TEST_POSTGRES_URL"'
#
# The PostgreSQL database must be empty (with-postgres.sh gives a fresh one). SECONDS_PER_PAGE
# (default 5) bounds each run; the server listens on 127.0.0.1 only.
set -euo pipefail

bin="${1:?usage: $0 path/to/lumbar (a release build) [DATABASE_URL]}"
seconds="${SECONDS_PER_PAGE:-5}"
port="${PORT:-18300}"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/lumbar-pages.XXXXXX")"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
url="${2:-sqlite://$dir/pages.sqlite}"
echo "database: ${url%%://*}"

"$bin" seed --database "$url" --sessions 40000 --trainers 20 --end-date "$(date -u +%F)" >/dev/null
"$bin" serve --database "$url" --port "$port" >"$dir/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done

jar="$dir/cookies"
curl -fs -c "$jar" "$base/signin" >/dev/null
csrf="$(awk '$6 == "lumbar_csrf" { print $7 }' "$jar")"
curl -fs -b "$jar" -c "$jar" -o /dev/null -X POST "$base/signin" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "email=heavy.trainer@seed.lumbar.test" \
    --data-urlencode "password=seed-password-2026"
session="$(awk '$6 == "lumbar_session" { print $7 }' "$jar")"
# Signed in, forms carry the session's own CSRF token (not the signed-out cookie's): read it off a page.
csrf="$(curl -fs -b "$jar" "$base/dashboard" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)"
cookie="lumbar_session=$session; lumbar_csrf=$csrf"

# The first client with a program and the most sessions: a year of history.
client="" program="" most=-1
for id in $(curl -fs -b "$jar" "$base/dashboard" | grep -o 'data-client="[^"]*"' | cut -d'"' -f2); do
    page="$(curl -fs -b "$jar" "$base/clients/$id")"
    found="$(grep -o '/programs/[0-9a-f-]*' <<<"$page" | head -1 || true)"
    count="$(grep -o 'Sessions ([0-9]*)' <<<"$page" | tr -dc 0-9 || true)"
    if [ -n "$found" ] && [ "${count:-0}" -gt "$most" ]; then client="$id" program="$found" most="${count:-0}"; fi
done
share="$(curl -fs -b "$jar" -X POST --data-urlencode "_csrf=$csrf" "$base/clients/$client/share-links" \
    | grep -o '/s/[A-Za-z0-9_-]*' | head -1)"
echo "heavy trainer's client $client: $most sessions"

printf '%-28s %10s %10s %10s\n' page req/s p50 p99
for path in /dashboard "/clients/$client" "/clients/$client/assess" "$program" "$program/print" /catalog "$share"; do
    out="$(wrk -t1 -c1 -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$path")"
    rate="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"
    p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
    p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
    non2xx="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
    printf '%-28s %10s %10s %10s %s\n' "${path:0:28}" "$rate" "$p50" "$p99" "${non2xx:+(non-2xx: $non2xx)}"
done
