#!/usr/bin/env bash
# make demo: start acsd on a local state dir (.acs/demo) with a simulated clock,
# talk to it with acsctl, read its audit trail, and stop it cleanly.
set -euo pipefail
bin=${1:?usage: scripts/demo.sh BIN_DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
state="$top/.acs/demo"
socket="$top/.acs/demo.sock"
mkdir -p "$state"
export ACS_SOCKET="$socket"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "starting acsd (state in $state, socket $socket, simulated clock)"
"$bin/acsd" --socket "$socket" --state-dir "$state" --simulated-clock 2026-01-05T09:00:00Z 2>"$top/.acs/acsd.log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do "$bin/acsctl" health >/dev/null 2>&1 && break; sleep 0.1; done

step "acsctl status"
"$bin/acsctl" status

step "acsctl version --json"
"$bin/acsctl" version --json

step "living through a month: acsctl clock advance 30d"
"$bin/acsctl" clock advance 30d

step "a call acsd refuses names its status code (exit $( "$bin/acsctl" clock set 2020-01-01T00:00:00Z >/dev/null 2>&1; echo $? ))"
"$bin/acsctl" clock set 2020-01-01T00:00:00Z || true

step "stopping acsd with SIGTERM"
kill -TERM $pid
wait $pid && echo "acsd exited with status 0"
trap - EXIT

step "its audit trail: journalctl SYSLOG_IDENTIFIER=acsd _PID=$pid"
sleep 0.2
journalctl --no-pager -o short-iso SYSLOG_IDENTIFIER=acsd _PID=$pid \
  || echo "(journalctl could not read the journal)"
echo
echo "Read one event with all its fields: journalctl -o verbose SYSLOG_IDENTIFIER=acsd ACS_EVENT=clock.changed"
