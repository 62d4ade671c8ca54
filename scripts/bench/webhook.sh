#!/bin/bash
# One payment at a time, side by side in one run (issue 19): the SQL floor of one payment per
# transaction (postfloor, synchronous=FULL, acsd's statements; its p50 is the goal's floor), a Unix socket
# round trip alone (postfloor ping), the SQL asked over it (postfloor bare), and journaled before its answer
# (postfloor rpc: the floor of any acsd), acsd's PostPayment one at a time
# (acs-bench post --concurrency 1), and a signed Stripe webhook through acs-gateway to a durable,
# acknowledged payment (acs-bench webhook), with the HTTP round trip of GET /healthz beside it;
# then acsd's own time per method. Usage: scripts/bench/webhook.sh   (needs make release)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${BIN:-$top/.build/release}  # BIN=folder: another build's acsd, acs-gateway, acs-bench, acsctl
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
gcc -O2 -o "$work/postfloor" "$top/scripts/bench/sql-floor/postfloor.c" -lsqlite3 -lsystemd
. "$top/scripts/bench/acsd-config.sh"
write_bench_config "$work/acsd.yaml" "$top" Webhook
"$bin/acsd" --socket "$work/acsd.sock" --state-dir "$work/state" --config "$work/acsd.yaml" >"$work/acsd.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -S "$work/acsd.sock" ] && break; sleep 0.1; done
echo whsec_bench_0123456789 > "$work/secret"
printf 'listen: %s\nacsd_socket: %s\nstripe: { webhook_secret_file: %s }\n' "$work/gateway.sock" "$work/acsd.sock" "$work/secret" > "$work/gateway.yaml"
"$bin/acs-gateway" --config "$work/gateway.yaml" 2>"$work/gateway.log" &
pids+=($!)
for _ in $(seq 100); do [ -S "$work/gateway.sock" ] && break; sleep 0.1; done
# postfloor posts to the 10,000 accounts B-0… that acs-bench post syncs by default.
"$bin/acs-bench" post --socket "$work/acsd.sock" --requests 1 >/dev/null
source=$(python3 -c "import sqlite3; print(sqlite3.connect('$work/state/acs.db').execute(\"SELECT source FROM account WHERE external_id = 'B-9999'\").fetchone()[0])")
for round in 1 2 3; do
    echo "round $round"
    "$bin/acs-bench" post --socket "$work/acsd.sock" --requests 2000 --accounts 100 --concurrency 1 --connections 1 | grep latency | sed 's/^ */  acs-bench post --concurrency 1: /'
    "$bin/acs-bench" webhook --socket "$work/acsd.sock" --gateway "$work/gateway.sock" --secret-file "$work/secret" --requests 2000 | sed 's/^/  /'
    echo "  SQL floor, one payment per transaction: $("$work/postfloor" "$work/state/acs.db" "$source" 2000 1)"
    echo "  a Unix socket round trip in C, frames of PostPayment's size: $("$work/postfloor" "$work/state/acs.db" "$source" 2000 1 ping)"
    echo "  the SQL floor in C, asked over that socket: $("$work/postfloor" "$work/state/acs.db" "$source" 2000 1 bare)"
    echo "  the same, journaled before its answer (the floor of any acsd): $("$work/postfloor" "$work/state/acs.db" "$source" 2000 1 rpc)"
done
echo "acsd's own time per method, all rounds (acs_rpc_call_duration_seconds sum and count):"
"$bin/acsctl" metrics --socket "$work/acsd.sock" | grep -E '^acs_rpc_call_duration_seconds_(sum|count)\{method="/acs.v1.(Payments/PostPayment|Payments/GetPayment|Accounts/ResolvePayToken)"' | sed 's/^/  /'
