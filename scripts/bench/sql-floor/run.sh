#!/bin/bash
# The SQL floor of posting and of a cycle: what SQLite alone costs per payment and per
# account, with acsd's own schema and statements, in C (no protocol, no Swift, no audit);
# then the audit floor of a cycle: what its journald entries alone cost per account.
# Usage: scripts/bench/sql-floor/run.sh   (needs a release build: make release)
# It starts a release acsd on a scratch state directory, lets acs-bench fill it (10,000
# accounts; a cycle over them), stops acsd, and runs the statements against the file.
set -euo pipefail
top=$(cd "$(dirname "$0")/../../.." && pwd)
bin="$top/.build/release"
work=$(mktemp -d)
acsd=
trap 'kill "$acsd" 2>/dev/null || true; rm -rf "$work"' EXIT
gcc -O2 -o "$work/postfloor" "$top/scripts/bench/sql-floor/postfloor.c" -lsqlite3 -lsystemd
gcc -O2 -o "$work/cyclefloor" "$top/scripts/bench/sql-floor/cyclefloor.c" -lsqlite3
gcc -O2 -o "$work/auditfloor" "$top/scripts/bench/sql-floor/auditfloor.c" -lsystemd
. "$top/scripts/bench/acsd-config.sh"
write_bench_config "$work/acsd.yaml" "$top" Floor

# Starts acsd on $1, runs acs-bench with the rest, stops acsd.
with_acsd() {
    local state=$1; shift
    mkdir -p "$state"
    "$bin/acsd" --socket "$state/s.sock" --state-dir "$state" --config "$work/acsd.yaml" >"$state/acsd.log" 2>&1 &
    acsd=$!
    for _ in $(seq 100); do [ -S "$state/s.sock" ] && break; sleep 0.1; done
    "$bin/acs-bench" "$@" --socket "$state/s.sock" >/dev/null
    kill "$acsd"; wait "$acsd" || true
}

with_acsd "$work/post" post --requests 1
source=$(sqlite3 "$work/post/acs.db" "SELECT source FROM account LIMIT 1" 2>/dev/null || python3 -c "import sqlite3; print(sqlite3.connect('$work/post/acs.db').execute('SELECT source FROM account LIMIT 1').fetchone()[0])")
echo "posting: $("$work/postfloor" "$work/post/acs.db" "$source" 200000 64)"
# One payment per transaction, one after another: the floor under a webhook's PostPayment
# (acs-bench post --concurrency 1 --connections 1 is the figure to compare, issue 19).
echo "posting one at a time: $("$work/postfloor" "$work/post/acs.db" "$source" 2000 1)"
# The same, each payment asked for over a Unix socket and journaled before its answer: the
# floor of any acsd (acs-bench post --concurrency 1 p50 is the figure to compare).
echo "posting one at a time, asked and answered: $("$work/postfloor" "$work/post/acs.db" "$source" 2000 1 rpc)"
# Its parts: the socket round trip alone, and the SQL asked over it without the journal entry.
echo "  the round trip alone: $("$work/postfloor" "$work/post/acs.db" "$source" 2000 1 ping)"
echo "  asked and answered, not journaled: $("$work/postfloor" "$work/post/acs.db" "$source" 2000 1 bare)"
with_acsd "$work/cycle" cycle --portfolio 10000 --due 10000
echo "cycle:   $("$work/cyclefloor" "$work/cycle/acs.db")"
journald=$(pgrep -xo systemd-journal) || { echo "audit:   no journald runs (make journald starts one)" >&2; exit 1; }
echo "audit:   $("$work/auditfloor" 10000 "$journald")"
echo "audit, in the debtors' quiet hours: $("$work/auditfloor" 10000 "$journald" evening)"
