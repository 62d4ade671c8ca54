#!/usr/bin/env bash
# make demo: start acsd on a local state dir (.acs/demo) with a simulated clock and
# the repository's dunning policies, import a portfolio, post payments, live through
# 60 simulated days of reminders delivered by an adapter that writes them to files,
# read the audit trail, and stop cleanly.
set -euo pipefail
bin=${1:?usage: scripts/demo/run.sh BIN_DIR}
top=$(cd "$(dirname "$0")/../.." && pwd)
state="$top/.acs/demo"
socket="$top/.acs/demo.sock"
outbox="$top/.acs/demo-delivered"
rm -rf "$state" "$outbox"
mkdir -p "$state" "$outbox"/{email,sms,voice,letter}
export ACS_SOCKET="$socket"
config="$top/.acs/demo-acsd.yaml"
cat >"$config" <<YAML
# The demo's configuration: the shipped policies and templates; cycles only when asked.
policies_dir: $top/systemd/policies
templates_dir: $top/systemd/templates
cycle_interval_seconds: 0
creditor_name: Example Lending
payment_link_base: https://pay.example.com/p/
agencies:
  northwind-recoveries: { commission_bp: 2500 }
YAML

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
step "starting acsd (state in $state, socket $socket, simulated clock)"
"$bin/acsd" --socket "$socket" --state-dir "$state" --config "$config" --simulated-clock 2026-01-05T09:00:00Z 2>"$top/.acs/acsd.log" &
pid=$!
trap 'kill -9 $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do "$bin/acsctl" health >/dev/null 2>&1 && break; sleep 0.1; done

step "acsctl status"
"$bin/acsctl" status

step "acsctl version --json"
"$bin/acsctl" version --json

step "the dunning policies in force: acsctl policy list (checked first with acsctl policy check)"
"$bin/acsctl" policy check "$top"/systemd/policies/*.yaml
"$bin/acsctl" policy list

step "importing the sample portfolio: acsctl accounts import scripts/demo/data/portfolio.csv"
"$bin/acsctl" accounts import "$top/scripts/demo/data/portfolio.csv"

step "importing it again changes nothing (source versions)"
"$bin/acsctl" accounts import "$top/scripts/demo/data/portfolio.csv"

step "posting payments from the processor's file: acsctl payments import scripts/demo/data/payments.csv"
"$bin/acsctl" payments import "$top/scripts/demo/data/payments.csv"

step "one payment by hand, then the same key again (idempotent)"
"$bin/acsctl" payments post --account billing:C-00005 --amount 50.00 --currency USD --key demo-manual-1 --method card
"$bin/acsctl" payments post --account billing:C-00005 --amount 50.00 --currency USD --key demo-manual-1 --method card

step "a bank statement (camt.053): matched by invoice number and by RF reference, one credit unmatched; imported twice"
rf_account=$("$bin/acsctl" accounts show billing:C-00007 --json | sed -n 's/^  "id" : "\([0-9]*\)",*$/\1/p')
python3 - "$rf_account" >"$top/.acs/demo-statement.xml" <<'PY'
import sys
def rf(body):  # ISO 11649: check digits over body + "RF00", letters A=10 ... Z=35
    n = int("".join(str(int(c, 36)) for c in body + "RF00"))
    return f"RF{98 - n % 97:02d}{body}"
entries = [("DEMO-1", 10000, "<Ustrd>Facture INV-00003-1</Ustrd>"),
           ("DEMO-2", 25000, f"<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{rf('A' + sys.argv[1])}</Ref></CdtrRefInf></Strd>"),
           ("DEMO-3", 1200, "<Ustrd>merci</Ustrd>")]
total = sum(amount for _, amount, _ in entries)
eur = lambda minor: f"{minor // 100}.{minor % 100:02d}"
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>DEMO</MsgId><CreDtTm>2026-01-05T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>DEMO-20260104</Id><Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
<TxsSummry><TtlNtries><NbOfNtries>{len(entries)}</NbOfNtries><Sum>{eur(total)}</Sum></TtlNtries></TxsSummry>""")
for ref, amount, remittance in entries:
    print(f"""<Ntry><Amt Ccy="EUR">{eur(amount)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-01-04</Dt></BookgDt>
<AcctSvcrRef>{ref}</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>{ref}</EndToEndId></Refs><RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>""")
print("</Stmt></BkToCstmrStmt></Document>")
PY
"$bin/acsctl" payments import --format camt053 "$top/.acs/demo-statement.xml"
"$bin/acsctl" payments import --format camt053 "$top/.acs/demo-statement.xml"
"$bin/acsctl" payments unmatched list

step "a card payment through the pay link: acs-gateway takes Stripe's signed webhook and posts it; a forged one is refused"
gateway_socket="$top/.acs/demo-gateway.sock"
hook="python3 $top/scripts/gateway/webhook.py $gateway_socket"
# The card payment is made on the demo's simulated day (acs-gateway posts it as received at the event's time).
export WEBHOOK_CREATED=$(date -d 2026-01-05T09:00:00Z +%s)
echo whsec_demo_4f6c1e0b9a2d > "$top/.acs/demo-stripe-secret"
cat >"$top/.acs/demo-gateway.yaml" <<YAML
listen: $gateway_socket
acsd_socket: $socket
checkout_url: "https://buy.stripe.com/test_demo?client_reference_id={token}"
stripe: { webhook_secret_file: $top/.acs/demo-stripe-secret }
YAML
"$bin/acs-gateway" --config "$top/.acs/demo-gateway.yaml" 2>"$top/.acs/gateway.log" &
gateway_pid=$!
trap 'kill -9 $pid $gateway_pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ "$($hook get /healthz 2>/dev/null)" = 200 ] && break; sleep 0.1; done
"$bin/acsctl" accounts pay-link billing:C-00001
token=$("$bin/acsctl" accounts pay-link billing:C-00001 | sed -n 's/^token //p')
echo "the debtor opens the link: GET /p/$token"
$hook page "/p/$token"
echo "Stripe's checkout.session.completed for 308.53 EUR, signed: HTTP $($hook stripe "$top/.acs/demo-stripe-secret" "$token" pi_DEMO1 30853)"
echo "the same event again (Stripe retries until it has a 2xx): HTTP $($hook stripe "$top/.acs/demo-stripe-secret" "$token" pi_DEMO1 30853)"
echo whsec_forged > "$top/.acs/demo-forged-secret"
echo "an event signed with another secret: HTTP $($hook stripe "$top/.acs/demo-forged-secret" "$token" pi_FORGED 100)"
"$bin/acsctl" payments list billing:C-00001
journalctl --no-pager -o cat SYSLOG_IDENTIFIER=acs-gateway ACS_EVENT=gateway.refused _PID=$gateway_pid 2>/dev/null | tail -1 || true
kill -TERM $gateway_pid; wait $gateway_pid || true

step "acsctl accounts show billing:C-00005"
"$bin/acsctl" accounts show billing:C-00005
account=$("$bin/acsctl" accounts show billing:C-00005 --json | sed -n 's/^  "id" : "\([0-9]*\)",*$/\1/p')

step "the accounts more than 90 days past due: acsctl accounts list --min-dpd 90 --limit 10"
"$bin/acsctl" accounts list --min-dpd 90 --limit 10

step "living through 60 days: each day a cycle at 09:00 UTC, deliveries at 09:00, 15:00 and 21:00 UTC, some debtors pay"
# Debtors who pay in full along the way: every 23rd account, on day 5, 15, 25, ... of the run.
payers=$(python3 - "$top/scripts/demo/data/portfolio.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
# Each account's open total in minor units (amounts are exact decimal strings; no floats).
totals, order = {}, []
for r in rows:
    whole, _, fraction = r["open_amount"].partition(".")
    minor = int(whole + fraction)
    if r["external_id"] not in totals:
        order.append((r["external_id"], r["currency"]))
    total, _ = totals.get(r["external_id"], (0, len(fraction)))
    totals[r["external_id"]] = (total + minor, len(fraction))
for index, (account, currency) in enumerate(order):
    if index % 23 == 7:
        minor, digits = totals[account]
        amount = str(minor) if digits == 0 else f"{minor // 10 ** digits}.{minor % 10 ** digits:0{digits}d}"
        print(f"{account} {amount} {currency}")
PY
)
deliver() {
  for channel in email sms voice letter; do
    "$bin/acsctl" deliver --channel "$channel" --once --concurrency 16 --claimer "demo-$channel-adapter" \
      --exec "cat > '$outbox/$channel/'\$ACS_REMINDER_ID.json" 2>/dev/null
  done
}
for day in $(seq 1 60); do
  cycle=$("$bin/acsctl" cycle run --json)
  if (( day % 10 == 5 )); then
    echo "$payers" | sed -n "$(( day / 10 + 1 ))~6p" | while read -r account amount currency; do
      "$bin/acsctl" payments post --account "billing:$account" --amount "$amount" --currency "$currency" \
        --key "demo-day$day-$account" --method ach >/dev/null && echo "  day $day: billing:$account paid $amount $currency in full (its reminders not yet sent are cancelled)"
    done
  fi
  deliver
  "$bin/acsctl" clock advance 6h >/dev/null
  deliver
  "$bin/acsctl" clock advance 6h >/dev/null
  deliver
  if (( day % 10 == 0 )); then
    printf '  day %2d (%s): cycle scheduled %s reminders; delivered so far: email %s, sms %s, voice %s, letter %s\n' "$day" \
      "$("$bin/acsctl" clock | cut -d' ' -f1)" "$(grep -o '"reminders_scheduled" : [0-9]*' <<<"$cycle" | grep -o '[0-9]*$')" \
      "$(ls "$outbox/email" | wc -l)" "$(ls "$outbox/sms" | wc -l)" "$(ls "$outbox/voice" | wc -l)" "$(ls "$outbox/letter" | wc -l)"
  fi
  "$bin/acsctl" clock advance 12h >/dev/null
done

step "one delivered reminder, as the adapter received it (the JSON on its stdin)"
first=$(ls "$outbox/email" | sort -n | head -1)
python3 -m json.tool "$outbox/email/$first" | head -30

step "after 60 days: accounts that paid in full and left their policy, and the outbox by status"
cured=$(journalctl --no-pager -o json SYSLOG_IDENTIFIER=acsd ACS_EVENT=cycle.completed _PID=$pid 2>/dev/null \
  | grep -o '"ACS_CURED":"[0-9]*"' | grep -o '[0-9]*' | awk '{ n += $1 } END { print n + 0 }')
echo "  accounts cured: ${cured:-0}"
for status in delivered scheduled deferred claimed failed cancelled suppressed; do
  printf '  %-10s %s\n' "$status" "$("$bin/acsctl" reminders list --status "$status" --limit 100000 --json | grep -c '"id" :' || true)"
done

step "one account all the way: reminders, a broken promise, a payment plan, a missed instalment, an agency, a recall, a returned payment and a settlement"
story() { echo "  \$ acsctl $*"; "$bin/acsctl" "$@" | sed 's/^/    /'; }
printf '%s\n%s\n' "source,external_id,name,email,phone,sms_consent,voice_consent,timezone,locale,segment,obligation_id,amount,currency,issued_on,due_on,open_amount,source_version,address_line1,locality,region,postal_code,country" \
  "billing,STORY-1,Dana Whitfield,dana.whitfield@example.com,+12125559999,yes,yes,America/New_York,en_US,retail,INV-STORY-1,300.00,USD,2026-02-01,2026-03-01,300.00,1,12 Elm Street,New York,NY,10001,US" \
  > "$top/.acs/demo-story.csv"
day() { "$bin/acsctl" clock set "$1" >/dev/null; "$bin/acsctl" cycle run --json >/dev/null; deliver; echo "  -- $1"; }
"$bin/acsctl" accounts import "$top/.acs/demo-story.csv" >/dev/null
day 2026-03-06T15:00:00Z
story reminders list --account billing:STORY-1 --status delivered
story promises record billing:STORY-1 --amount 50.00 --currency USD --by 2026-03-10 --source voice
day 2026-03-14T15:00:00Z
story promises list --account billing:STORY-1
story plans create billing:STORY-1 --currency USD --instalment 2026-03-20:150.00 --instalment 2026-04-05:150.00 --note "agreed on the phone"
day 2026-03-17T15:00:00Z
story payments post --account billing:STORY-1 --amount 150.00 --currency USD --key story-instalment-1 --method card
day 2026-04-02T15:00:00Z
day 2026-04-06T15:00:00Z
day 2026-04-11T15:00:00Z
story plans show --id 1
story tasks list --queue collectors
day 2026-04-30T15:00:00Z
story escalations list --account billing:STORY-1
story escalations export --agency northwind-recoveries --format csv --output "$top/.acs/demo-placements.csv"
echo "    (the placement file: $top/.acs/demo-placements.csv, $(($(wc -l < "$top/.acs/demo-placements.csv") - 1)) accounts; its first lines:)"
head -3 "$top/.acs/demo-placements.csv" | cut -c1-160 | sed 's/^/    /'
story payments post --account billing:STORY-1 --amount 150.00 --currency USD --key northwind-0001 --agency northwind-recoveries
story escalations list --account billing:STORY-1
# A card payment that comes back: the return code, the policy's returned-payment fee, and its email.
returned=$("$bin/acsctl" payments post --account billing:STORY-1 --amount 25.00 --currency USD --key story-card-2 --method card --json \
  | sed -n 's/^  "id" : "\([0-9]*\)",*$/\1/p')
echo "  \$ acsctl payments post --account billing:STORY-1 --amount 25.00 --currency USD --key story-card-2 --method card   (payment $returned)"
story payments reverse "$returned" --reason returned --return-code R01 --note "insufficient funds"
day 2026-05-01T15:00:00Z
story reminders list --account billing:STORY-1 --status delivered
# What the return left (the fee) settled for 80%: accepted, paid, the rest written off.
offer="settlements offer billing:STORY-1 --percent 80 --currency USD --expires 2026-05-15 --note 'settle the returned-payment fee'"
settlement=$("$bin/acsctl" settlements offer billing:STORY-1 --percent 80 --currency USD --expires 2026-05-15 --note "settle the returned-payment fee" --json \
  | grep -o '"id" : "[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "  \$ acsctl $offer   (settlement $settlement)"
story settlements accept "$settlement" --note "agreed on the phone"
story payments post --account billing:STORY-1 --amount 12.00 --currency USD --key story-settlement --method card
story settlements list --account billing:STORY-1
story payments write-offs --account billing:STORY-1
story audit billing:STORY-1 --since "$started"

step "aging of the open balances at the end of the run: acsctl report aging"
"$bin/acsctl" report aging --svg "$top/.acs/demo-aging.svg"
echo "(chart: $top/.acs/demo-aging.svg)"

step "the KPIs of the simulated period: acsctl report kpis --from 2026-01-05"
"$bin/acsctl" report kpis --from 2026-01-05 --svg "$top/.acs/demo-kpis.svg"
echo "(chart: $top/.acs/demo-kpis.svg)"

step "a call acsd refuses names its status code (exit $( "$bin/acsctl" clock set 2020-01-01T00:00:00Z >/dev/null 2>&1; echo $? ))"
"$bin/acsctl" clock set 2020-01-01T00:00:00Z || true

step "stopping acsd with SIGTERM"
kill -TERM $pid
wait $pid && echo "acsd exited with status 0"
trap - EXIT

step "the audit trail of account $account in this run: journalctl SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT=$account _PID=$pid"
sleep 0.2
journalctl --no-pager -o short-iso SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT="$account" _PID=$pid || echo "(journalctl could not read the journal)"

step "what the compliance gate deferred and suppressed in this run, by rule (ACS_RULE)"
for event in reminder.deferred reminder.suppressed; do
  echo "  $event:"
  journalctl --no-pager -o json SYSLOG_IDENTIFIER=acsd ACS_EVENT=$event _PID=$pid 2>/dev/null | grep -o '"ACS_RULE":"[A-Z0-9-]*"' \
    | sort | uniq -c | sed 's/"ACS_RULE":"\(.*\)"/\1/; s/^/  /' || true
done

step "what this run wrote to the journal, by event"
journalctl --no-pager -o json SYSLOG_IDENTIFIER=acsd _PID=$pid 2>/dev/null | grep -o '"ACS_EVENT":"[a-z._]*"' | sort | uniq -c || true
echo
echo "Read one event with all its fields: journalctl -o verbose SYSLOG_IDENTIFIER=acsd ACS_EVENT=payment.posted -n 1"
echo "One account's whole history:         journalctl SYSLOG_IDENTIFIER=acsd ACS_ACCOUNT=$account   (or: acsctl audit $account)"
