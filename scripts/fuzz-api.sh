#!/usr/bin/env bash
# API fuzz test: schemathesis (PyPI) against /openapi.json of a running server on 127.0.0.1, signed
# in with a fresh token. Fails on any 5xx or any answer that does not match the document.
#   scripts/fuzz-api.sh BINARY [MAX_EXAMPLES]
# The run is bounded by MAX_EXAMPLES per operation (default 25) and a time limit.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$1
examples=${2:-25}
command -v st > /dev/null || pip install -q schemathesis > /dev/null
work="$(mktemp -d)"
port="${PORT:-18282}"
LOG_LEVEL=warning "$binary" serve --host 127.0.0.1 --port "$port" --database "sqlite://$work/fuzz.sqlite" \
    > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/healthz" > /dev/null && break; sleep 0.2; done
token=$(curl -fs -X POST "$base/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d '{"email":"fuzz@example.com","password":"correct horse battery","name":"Fuzz"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# Logout is left out so the fuzzer does not revoke its own token. positive_data_acceptance and
# ensure_resource_availability are left out because CONTRACT.md answers 404 where they expect
# 200: a valid-looking id of a resource that does not exist, and a new client's program before
# any assessment (`GET /api/v1/clients/{id}/program` is 404 until one is recorded).
# The coverage phase is left out: schemathesis 4's own generator there raised an "inconsistent
# results" error in CI (a fault of the tool's data generation, not an answer of the API). A fixed
# seed (FUZZ_SEED to change it) makes each CI run repeatable.
timeout 900 st run "$base/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks all --exclude-checks positive_data_acceptance,ensure_resource_availability \
    --exclude-operation-id logout \
    --phases examples,fuzzing,stateful --seed "${FUZZ_SEED:-20261122}" \
    --max-examples "$examples" --workers 2
