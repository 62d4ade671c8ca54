#!/usr/bin/env bash
# The systemd end-to-end test: boots systemd as PID 1 in private namespaces with the
# project's own units (scripts/test/systemd-e2e/init.sh), then drives acsd through
# systemctl, acsctl and journalctl. Usage: run.sh BIN_DIR. Prints "N passed, M failed".
set -uo pipefail
bin=${1:?usage: run.sh BIN_DIR}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
name=acs-e2e-$$
work="$top/.build/e2e-$$"
# The world sees $work at $inner and the binaries at /usr/local/bin (init.sh): the
# checkout may be where the unit or the world hides it (/root, /home, /tmp, /var/tmp).
inner=/run/acs-e2e
acsctl=/usr/local/bin/acsctl
cgroup=/sys/fs/cgroup/unified/$name
passed=0; failed=0
pass() { echo "  ok   $*"; passed=$((passed + 1)); }
fail() { echo "  FAIL $*"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
# ExecReload sends SIGHUP and returns (Debian 12's systemd 252 has no Type=notify-reload), so
# what a reload changes is checked until it shows, for up to ten seconds.
eventually() { for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done; return 1; }

mkdir -p "$work/units" "$work/bin" "$work/etc"
cp "$bin/acsd" "$bin/acsctl" "$bin/acs-gateway" "$work/bin/"
# Libraries from a hidden place (a Swift toolchain in a home directory) go beside the
# binaries: their RUNPATH ends in $ORIGIN.
ldd "$bin/acsd" "$bin/acsctl" "$bin/acs-gateway" | awk '$3 ~ "^/(root|home|tmp|var/tmp|var/lib|run)/" { print $3 }' | sort -u | xargs -r cp -t "$work/bin/"
cp "$here/acs-e2e.target" "$top/systemd/acsd.socket" "$work/units/"
cp "$top/scripts/gateway/webhook.py" "$work/"
# Early-boot services that would touch files outside this world are masked.
for unit in systemd-tmpfiles-setup.service systemd-tmpfiles-setup-dev.service systemd-tmpfiles-clean.service \
            systemd-tmpfiles-clean.timer systemd-remount-fs.service systemd-sysusers.service systemd-update-utmp.service \
            systemd-random-seed.service systemd-machine-id-commit.service ldconfig.service; do
    ln -s /dev/null "$work/units/$unit"
done
cp "$top/systemd/acsd.service" "$top/systemd/acs-gateway.service" "$work/units/"       # as installed: ExecStart=/usr/local/bin/…
printf 'log_level: info\nagencies:\n  northwind-recoveries: { commission_bp: 2500 }\naccess:\n  operator:\n    users: [root, acs-gateway]\n' > "$work/etc/acsd.yaml"
# acs-gateway as shipped, with a Stripe endpoint secret in /etc/acs/credentials.
sed 's|REPLACE_ME|test_e2e|' "$top/systemd/gateway.yaml" > "$work/etc/gateway.yaml"
# As make install and docs/GATEWAY.md leave them: the folder 0755, the secret 0640 root:acs-gateway (gid 989 in that world).
mkdir -p -m755 "$work/etc/credentials" && echo whsec_e2e_0123456789 > "$work/etc/credentials/stripe-webhook-secret"
chmod 640 "$work/etc/credentials/stripe-webhook-secret" && chgrp 989 "$work/etc/credentials/stripe-webhook-secret"
cp -r "$top/systemd/policies" "$top/systemd/templates" "$work/etc/"

if [ ! -d /sys/fs/cgroup/unified ]; then echo "systemd-e2e: no cgroup2 hierarchy at /sys/fs/cgroup/unified"; echo "0 passed, 1 failed"; exit 1; fi
mkdir "$cgroup" && echo $$ > "$cgroup/cgroup.procs" || { echo "systemd-e2e: cannot create a cgroup of its own"; echo "0 passed, 1 failed"; exit 1; }

timeout 300 script -q -f -e -c "unshare --pid --fork --kill-child=SIGKILL --mount --mount-proc --uts --ipc --net --cgroup --propagation private $here/init.sh $work" /dev/null > "$work/console.log" 2>&1 &
outer=$!
pid=
for _ in $(seq 100); do
    pid=$(pgrep -f "^/lib/systemd/systemd --system --unit=acs-e2e.target" | head -1)
    [ -n "$pid" ] && break; sleep 0.1
done
cleanup() {
    [ -n "$pid" ] && nsenter -t "$pid" -m -p systemctl poweroff --no-block >/dev/null 2>&1
    for _ in $(seq 50); do kill -0 "$outer" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$outer" 2>/dev/null; [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
    wait "$outer" 2>/dev/null
    echo $$ > /sys/fs/cgroup/unified/cgroup.procs 2>/dev/null
    find "$cgroup" -depth -type d -exec rmdir {} \; 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "$pid" ]; then echo "systemd-e2e: systemd did not start as PID 1 (namespaces refused?)"; cat "$work/console.log"; echo "0 passed, 1 failed"; exit 1; fi

inside() { nsenter -t "$pid" -m -p -n -- "$@"; }
ctl() { inside env ACS_SOCKET=/run/acs/acsd.sock "$acsctl" "$@"; }
for _ in $(seq 100); do inside systemctl is-active --quiet systemd-journald.service 2>/dev/null && break; sleep 0.1; done
echo "systemd-e2e: systemd is PID 1 of its own world (host pid $pid)"

inside systemctl start acsd.socket
check "acsd.socket listens, acsd.service waits" test "$(inside systemctl is-active acsd.service)" = inactive
check "the first acsctl status activates acsd" ctl status
check "systemctl show: active" test "$(inside systemctl show acsd -p ActiveState --value)" = active
status_text=$(inside systemctl show acsd -p StatusText --value)
check "systemctl show: acsd's notify status text ($status_text)" test "${status_text#serving on socket passed by systemd}" != "$status_text"

printf 'source,external_id,name,email,phone,sms_consent,voice_consent,timezone,locale,segment,obligation_id,amount,currency,issued_on,due_on,open_amount,source_version\ncrm,E-1,Eve,eve@example.com,,no,no,Europe/Paris,fr_FR,retail,INV-1,100.00,EUR,2026-01-01,2026-01-31,100.00,1\n' > "$work/one.csv"
check "an account imported through the socket" ctl accounts import "$inner/one.csv"
check "a payment posted through the socket" ctl payments post --account crm:E-1 --amount 12.34 --currency EUR --key e2e-1
check "journalctl -u acsd shows the payment with its ACS_* fields" \
    bash -c "nsenter -t $pid -m -p journalctl -u acsd -o json ACS_EVENT=payment.posted | grep -q '\"ACS_AMOUNT_MINOR\":\"1234\".*\"ACS_CURRENCY\":\"EUR\"\\|\"ACS_CURRENCY\":\"EUR\".*\"ACS_AMOUNT_MINOR\":\"1234\"'"

printf 'log_level: debug\nagencies:\n  northwind-recoveries: { commission_bp: 2500 }\naccess:\n  operator:\n    users: [root, acs-gateway]\n' > "$work/etc/acsd.yaml"
inside cp "$inner/etc/acsd.yaml" /etc/acs/acsd.yaml
inside systemctl reload acsd
check "systemctl reload acsd applies the changed configuration" eventually \
    bash -c "nsenter -t $pid -m -p systemctl show acsd -p StatusText | grep -q 'configuration generation 2'"

old_version=$(ctl policy list | sed -n 's/^version \([0-9a-f]*\),.*/\1/p')
sed 's/^title: .*/title: Changed by the e2e test/' "$top/systemd/policies/consumer.yaml" > "$work/consumer.yaml"
inside cp "$inner/consumer.yaml" /etc/acs/policies/consumer.yaml
inside systemctl reload acsd
check "systemctl reload acsd applies a changed policy file" eventually \
    bash -c "ACS_SOCKET=/run/acs/acsd.sock nsenter -t $pid -m -p -n $acsctl policy show consumer-standard | grep -q '^title: Changed by the e2e test'"
new_version=$(ctl policy list | sed -n 's/^version \([0-9a-f]*\),.*/\1/p')
printf 'id: broken\nprofile: mars\n' > "$work/broken.yaml"
inside cp "$inner/broken.yaml" /etc/acs/policies/broken.yaml
inside systemctl reload acsd
check "an invalid policy file is refused on reload; the policies in force stay (version $new_version, was $old_version)" \
    test "$(ctl policy list | sed -n 's/^version \([0-9a-f]*\),.*/\1/p')" = "$new_version" -a "$new_version" != "$old_version"
inside rm /etc/acs/policies/broken.yaml

main=$(inside systemctl show acsd -p MainPID --value)
# Never `kill 0`: that would hit this script's own process group.
[ "${main:-0}" -gt 1 ] && inside kill -9 "$main"
for _ in $(seq 100); do
    now=$(inside systemctl show acsd -p MainPID --value); [ "$now" != "$main" ] && [ "$now" != 0 ] && break; sleep 0.1
done
check "kill -9: systemd restarts acsd" test "$(inside systemctl show acsd -p NRestarts --value)" = 1
check "kill -9: the acknowledged payment is still there" bash -c "nsenter -t $pid -m -p -n env ACS_SOCKET=/run/acs/acsd.sock $acsctl payments list crm:E-1 | grep -q e2e-1"

check "a caller in a group without a role is refused" bash -c "
    out=\$(nsenter -t $pid -m -p -n env ACS_SOCKET=/run/acs/acsd.sock setpriv --reuid=65534 --regid=990 --clear-groups $acsctl accounts list 2>&1)
    echo \"\$out\" | grep -q PERMISSION_DENIED"
check "the refusal is in the journal as access.denied" \
    bash -c "nsenter -t $pid -m -p journalctl -u acsd -o json ACS_EVENT=access.denied | grep -q '\"ACS_CALLER_UID\":\"65534\"'"

# acs-gateway under its hardened unit: a signed Stripe webhook becomes a payment, the pay page shows, a forged one is refused and audited.
hook="/usr/bin/python3 $inner/webhook.py /run/acs-gateway/http.sock"
inside systemctl start acs-gateway
check "acs-gateway.service starts under its hardened unit" eventually test "$(inside systemctl is-active acs-gateway)" = active
token=$(ctl accounts pay-link crm:E-1 | sed -n 's/^token //p')
check "a signed Stripe checkout through acs-gateway is answered 200" eventually \
    test "$(inside $hook stripe /etc/acs/credentials/stripe-webhook-secret "$token" pi_E2E 500)" = 200
check "acs-gateway posted it under the payment intent" bash -c "nsenter -t $pid -m -p -n env ACS_SOCKET=/run/acs/acsd.sock $acsctl payments list crm:E-1 | grep -q stripe:pi_E2E"
check "GET /p/TOKEN shows the pay page" test "$(inside $hook get "/p/$token")" = 200
echo whsec_forged > "$work/forged"
check "a webhook signed with another secret is refused 400" test "$(inside $hook stripe "$inner/forged" "$token" pi_FORGED 500)" = 400
check "journalctl shows acs-gateway's refusal" eventually \
    bash -c "nsenter -t $pid -m -p journalctl -u acs-gateway -o json ACS_EVENT=gateway.refused | grep -q '\"ACS_HTTP_STATUS\":\"400\"'"
inside systemctl stop acs-gateway

# A call in flight when systemd stops acsd completes, and acsd stops cleanly.
{ echo "source,external_id,name,email,phone,sms_consent,voice_consent,timezone,locale,segment,obligation_id,amount,currency,issued_on,due_on,open_amount,source_version"
  for i in $(seq 1 8000); do echo "crm,B-$i,Bulk $i,b$i@example.com,,no,no,UTC,en,bulk,I-$i,1.00,USD,2026-01-01,2026-01-31,1.00,1"; done; } > "$work/bulk.csv"
( ctl accounts import "$inner/bulk.csv" --batch 8000 > "$work/bulk.out" 2>&1; echo $? > "$work/bulk.rc" ) &
importer=$!
# Stop once the import's call is running: acsd reports it in flight (the client
# may take seconds to encode 8000 accounts in a debug build).
seen=no
for _ in $(seq 600); do
    if [ "$(ctl status --json 2>/dev/null | sed -n 's/.*"in_flight_calls" : \([0-9]*\).*/\1/p')" = 1 ]; then seen=yes; break; fi
    sleep 0.05
done
check "the import's call is in flight when systemctl stop comes" test "$seen" = yes
inside systemctl stop acsd
wait "$importer"
if grep -q "8000 created" "$work/bulk.out"; then pass "systemctl stop with a call in flight: the call completes"
else fail "systemctl stop with a call in flight: the call completes"; cat "$work/bulk.out"; fi
check "systemctl stop: acsd exited cleanly" test "$(inside systemctl show acsd -p Result --value)" = success

echo "systemd-e2e: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
