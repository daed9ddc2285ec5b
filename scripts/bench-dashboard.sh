#!/usr/bin/env bash
# Fills a new database with `lumbar seed` (a million session logs by default) and times the heavy
# trainer's dashboard with `lumbar-store-bench`, both from a release build:
#
#   scripts/bench-dashboard.sh sqlite                               # a temporary SQLite file
#   scripts/with-postgres.sh scripts/bench-dashboard.sh postgres    # the throwaway PostgreSQL cluster
#
# SESSIONS, RUNS and SCRATCH (the build directory, default .build-release) adjust it. The seed's
# end date is fixed, so every run seeds the same data. Loopback only: nothing leaves the machine.
set -euo pipefail

kind="${1:-sqlite}"
sessions="${SESSIONS:-1000000}"
runs="${RUNS:-500}"
scratch="${SCRATCH:-.build-release}"

swift build -c release --scratch-path "$scratch" --product lumbar
swift build -c release --scratch-path "$scratch" --product lumbar-store-bench
bin="$scratch/release"

case "$kind" in
    sqlite)
        dir="$(mktemp -d "${TMPDIR:-/tmp}/lumbar-bench.XXXXXX")"
        trap 'rm -rf "$dir"' EXIT
        url="sqlite://$dir/bench.sqlite"
        ;;
    postgres)
        url="${LUMBAR_TEST_POSTGRES_URL:?run it inside scripts/with-postgres.sh, which sets LUMBAR_TEST_POSTGRES_URL}"
        ;;
    *)
        echo "usage: $0 sqlite|postgres" >&2
        exit 2
        ;;
esac

"$bin/lumbar" seed --database "$url" --sessions "$sessions" --end-date 2026-11-20
if [ "$kind" = postgres ]; then
    # What autovacuum does soon after a bulk load, done now so that it does not run during the
    # measurement: statistics for the planner and a visibility map for index-only scans.
    psql -X -q "$url" -c "VACUUM (ANALYZE) trainers, clients, assessments, program_versions, session_logs"
fi
"$bin/lumbar-store-bench" --database "$url" --runs "$runs"
