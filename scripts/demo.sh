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

step "importing the sample portfolio: acsctl accounts import scripts/demo-data/portfolio.csv"
"$bin/acsctl" accounts import "$top/scripts/demo-data/portfolio.csv"

step "importing it again changes nothing (source versions)"
"$bin/acsctl" accounts import "$top/scripts/demo-data/portfolio.csv"

step "posting payments from the processor's file: acsctl payments import scripts/demo-data/payments.csv"
"$bin/acsctl" payments import "$top/scripts/demo-data/payments.csv"

step "one payment by hand, then the same key again (idempotent)"
"$bin/acsctl" payments post --account billing:C-00005 --amount 50.00 --currency USD --key demo-manual-1 --method card
"$bin/acsctl" payments post --account billing:C-00005 --amount 50.00 --currency USD --key demo-manual-1 --method card

step "acsctl accounts show billing:C-00005"
"$bin/acsctl" accounts show billing:C-00005
account=$("$bin/acsctl" accounts show billing:C-00005 --json | sed -n 's/^  "id" : "\([0-9]*\)",*$/\1/p')

step "the accounts more than 90 days past due: acsctl accounts list --min-dpd 90 --limit 10"
"$bin/acsctl" accounts list --min-dpd 90 --limit 10

step "living through a month: acsctl clock advance 30d"
"$bin/acsctl" clock advance 30d

step "a call acsd refuses names its status code (exit $( "$bin/acsctl" clock set 2020-01-01T00:00:00Z >/dev/null 2>&1; echo $? ))"
"$bin/acsctl" clock set 2020-01-01T00:00:00Z || true

step "stopping acsd with SIGTERM"
kill -TERM $pid
wait $pid && echo "acsd exited with status 0"
trap - EXIT

step "the audit trail of account $account in this run: journalctl SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT=$account _PID=$pid"
sleep 0.2
journalctl --no-pager -o short-iso SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT="$account" _PID=$pid || echo "(journalctl could not read the journal)"

step "what this run wrote to the journal, by event"
journalctl --no-pager -o json SYSLOG_IDENTIFIER=acsd _PID=$pid 2>/dev/null | grep -o '"ACS_EVENT":"[a-z._]*"' | sort | uniq -c || true
echo
echo "Read one event with all its fields: journalctl -o verbose SYSLOG_IDENTIFIER=acsd ACS_EVENT=payment.posted -n 1"
