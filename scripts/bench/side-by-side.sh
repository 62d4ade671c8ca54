#!/usr/bin/env bash
# Two builds of acsd side by side: scripts/bench/side-by-side.sh BIN_A BIN_B [ROUNDS] [BENCH...]
# Each BIN is a folder with acsd, acs-bench and acsctl (a release build). Every run starts
# a fresh acsd on a fresh state dir with the shipped policies and a simulated clock; the
# runs go A B B A per round, so that a machine getting slower or faster weighs on both.
# CONFIG_A / CONFIG_B name a checkout whose systemd/policies and systemd/templates that
# build runs with (default: this one), for a build that refuses the other's policy keys.
# Prints each run, then the mean of each build per benchmark. This machine's noise is
# 10-30% between runs minutes apart: compare means of several rounds, never one run.
set -euo pipefail
a=${1:?usage: side-by-side.sh BIN_A BIN_B [ROUNDS] [BENCH...]}; b=${2:?usage}
rounds=${3:-2}; shift $(( $# < 3 ? $# : 3 ))
benches=("$@"); [ ${#benches[@]} -gt 0 ] || benches=(ping1 ping128 post sync cycle)
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/bench/acsd-config.sh"

run() {  # BIN BENCH CHECKOUT: one run against a fresh acsd; prints the figure
    local bin=$1 bench=$2 config=$3 dir pid
    dir=$(mktemp -d /tmp/acs-side.XXXXXX)
    write_bench_config "$dir/acsd.yaml" "$config" Bench
    "$bin/acsd" --socket "$dir/s.sock" --state-dir "$dir/state" --config "$dir/acsd.yaml" \
        --simulated-clock 2026-06-01T15:00:00Z 2>"$dir/acsd.log" &
    pid=$!
    for _ in $(seq 100); do [ -S "$dir/s.sock" ] && break; sleep 0.1; done
    local out
    case $bench in
        ping1) out=$("$bin/acs-bench" ping --socket "$dir/s.sock" --requests 50000) ;;
        ping128) out=$("$bin/acs-bench" ping --socket "$dir/s.sock" --requests 2000000 --concurrency 128) ;;
        post) out=$("$bin/acs-bench" post --socket "$dir/s.sock" --requests 100000 --concurrency 64 --connections 4) ;;
        sync) out=$("$bin/acs-bench" sync --socket "$dir/s.sock" --accounts 1000000 --concurrency 4 --connections 2) ;;
        cycle) out=$("$bin/acs-bench" cycle --socket "$dir/s.sock" --portfolio 100000 --due 100000 --at 2026-06-01T15:00:00Z) ;;
        *) echo "unknown benchmark $bench (ping1 ping128 post sync cycle)" >&2; exit 64 ;;
    esac
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$dir"
    # ping, post and sync print "throughput N unit"; cycle prints "= N accounts/s".
    grep -oE '(throughput +[0-9]+|= [0-9]+ accounts/s)' <<<"$out" | head -1 | grep -oE '[0-9]+' | head -1
}

for bench in "${benches[@]}"; do
    declare -A sum=([A]=0 [B]=0)
    for _ in $(seq "$rounds"); do
        for which in A B B A; do
            bin=$a config=${CONFIG_A:-$root}
            [ "$which" = B ] && bin=$b config=${CONFIG_B:-$root}
            figure=$(run "$bin" "$bench" "$config")
            echo "$bench $which $figure"
            sum[$which]=$(( ${sum[$which]} + figure ))
        done
    done
    n=$(( 2 * rounds ))
    echo "$bench mean: A $(( ${sum[A]} / n )), B $(( ${sum[B]} / n )) ($n runs each)"
done
