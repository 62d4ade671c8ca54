#!/usr/bin/env bash
# make bench: start a release acsd on a scratch state dir and run acs-bench: ping
# sequentially and with 128 calls in flight, durable payment posting with 64 in
# flight, and a sync of 1,000,000 accounts (with acsd's peak memory).
set -euo pipefail
bin=${1:?usage: scripts/bench/run.sh BIN_DIR}
dir=$(mktemp -d /tmp/acs-bench.XXXXXX)
"$bin/acsd" --socket "$dir/acsd.sock" --state-dir "$dir/state" 2>"$dir/acsd.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 100); do "$bin/acsctl" health --socket "$dir/acsd.sock" >/dev/null 2>&1 && break; sleep 0.1; done
echo "\$ acs-bench ping --requests 200000 --concurrency 1"
"$bin/acs-bench" ping --socket "$dir/acsd.sock" --requests 200000 --concurrency 1
echo "\$ acs-bench ping --requests 2000000 --concurrency 128"
"$bin/acs-bench" ping --socket "$dir/acsd.sock" --requests 2000000 --concurrency 128
echo "\$ acs-bench post --requests 100000 --concurrency 64 --connections 4"
"$bin/acs-bench" post --socket "$dir/acsd.sock" --requests 100000 --concurrency 64 --connections 4
echo "\$ acs-bench sync --accounts 1000000 --concurrency 4 --connections 2"
"$bin/acs-bench" sync --socket "$dir/acsd.sock" --accounts 1000000 --concurrency 4 --connections 2
