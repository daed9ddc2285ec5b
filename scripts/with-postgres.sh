#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster:
#
#   scripts/with-postgres.sh swift test --filter LumbarPostgresTests
#
# The cluster lives in a temporary directory, listens on 127.0.0.1 only, and is stopped and
# deleted when the command ends, however it ends. The command sees
# LUMBAR_TEST_POSTGRES_URL=postgres://lumbar:lumbar@127.0.0.1:PORT/lumbar_test and its exit
# status is the script's. Works as root (as CI runs it): PostgreSQL refuses to run as root, so
# the server runs as the `postgres` user (or `lumbar-pg`, created when neither exists).
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 64
fi

# Debian keeps the server binaries out of PATH, one directory per major version; take the newest.
find_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1 || true)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
    elif command -v initdb > /dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

bindir="$(find_bindir)"
if [ -z "$bindir" ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null 2>&1; then
        echo "with-postgres: initdb not found; installing Debian's postgresql package" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        bindir="$(find_bindir)"
    fi
    if [ -z "$bindir" ]; then
        echo "with-postgres: PostgreSQL server binaries (initdb) not found; install postgresql" >&2
        exit 69
    fi
fi

# The server must not run as root; as another user, it runs as that user.
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    pg_user=postgres
    if ! id "$pg_user" > /dev/null 2>&1; then
        pg_user=lumbar-pg
        if ! id "$pg_user" > /dev/null 2>&1; then
            useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
        fi
    fi
    run_as=(runuser -u "$pg_user" --)
fi

workdir="$(mktemp -d "${TMPDIR:-/tmp}/lumbar-pg.XXXXXX")"
data="$workdir/data"
started=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ -n "$started" ]; then
        "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "${#run_as[@]}" -gt 0 ]; then
    chown "$pg_user" "$workdir"
fi
chmod 700 "$workdir"

# A throwaway cluster needs no durability: skipping fsync (here and in the server) keeps it fast.
# Trust over the private socket directory (only the server's user can enter it) for setup;
# passwords over TCP, which is how the tests connect.
"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C --no-sync \
    --auth-local=trust --auth-host=scram-sha-256 > "$workdir/initdb.log" 2>&1 || {
    cat "$workdir/initdb.log" >&2
    exit 1
}

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }
port="${LUMBAR_PG_PORT:-55432}"
for _ in $(seq 1 50); do
    if ! port_in_use "$port"; then
        if "${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$workdir/server.log" -w -t 30 start \
            -o "-h 127.0.0.1 -p $port -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            > /dev/null 2>&1; then
            started=yes
            break
        fi
    fi
    # Another process may have taken the port between the check and the start: try the next.
    port=$((port + 1))
done
if [ -z "$started" ]; then
    echo "with-postgres: could not start PostgreSQL" >&2
    cat "$workdir/server.log" >&2 2> /dev/null || true
    exit 1
fi

"${run_as[@]}" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$workdir" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE lumbar LOGIN PASSWORD 'lumbar'" \
    -c "CREATE DATABASE lumbar_test OWNER lumbar" > /dev/null

export LUMBAR_TEST_POSTGRES_URL="postgres://lumbar:lumbar@127.0.0.1:$port/lumbar_test"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

# Not exec: the trap must outlive the command to stop the server.
set +e
"$@"
status=$?
set -e
exit "$status"
