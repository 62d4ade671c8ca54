#!/usr/bin/env bash
# The tests of libacsclient (the C client) against a real acsd:
#   Tests/libacsclient/run.sh BIN_DIR      (BIN_DIR holds acsd and acsctl; make test-c passes the debug build)
# Starts acsd on a temporary socket and state folder, imports one account, installs the C client with
# `make install-c` into a temporary DESTDIR and builds the example against that copy through pkg-config,
# runs the example and the Python ctypes example, then the C tests under ThreadSanitizer and under
# AddressSanitizer+UndefinedBehaviorSanitizer (leak check on); the last case kills acsd with a call in flight.
set -euo pipefail
bin=$(cd "${1:?usage: Tests/libacsclient/run.sh BIN_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
CC=${CC:-cc}
work=$(mktemp -d /tmp/acsclient-run-XXXXXX)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

socket="$work/acsd.sock"
cat >"$work/acsd.yaml" <<YAML
policies_dir: $top/systemd/policies
templates_dir: $top/systemd/templates
cycle_interval_seconds: 0
agencies:
  northwind-recoveries: { commission_bp: 2500 }
YAML
step "starting acsd on $socket"
"$bin/acsd" --socket "$socket" --state-dir "$work/state" --config "$work/acsd.yaml" \
    --simulated-clock 2026-01-05T09:00:00Z 2>"$work/acsd.log" &
pid=$!
disown "$pid" # its death by the last case is expected: no job report
export ACS_SOCKET="$socket"
for _ in $(seq 200); do "$bin/acsctl" health >/dev/null 2>&1 && break; sleep 0.1; done
"$bin/acsctl" health || { cat "$work/acsd.log" >&2; exit 1; }

step "seeding the account ctest:A-1 (300.00 USD open) with acsctl accounts import"
printf '%s\n%s\n' \
    "source,external_id,name,email,phone,sms_consent,voice_consent,timezone,locale,segment,obligation_id,amount,currency,issued_on,due_on,open_amount,source_version" \
    "ctest,A-1,Ada Client,ada@example.com,+12125550100,no,no,America/New_York,en_US,retail,INV-1,300.00,USD,2025-12-01,2026-01-01,300.00,1" \
    >"$work/accounts.csv"
"$bin/acsctl" accounts import "$work/accounts.csv"

step "make libacsclient install-c DESTDIR=$work/dest PREFIX=/usr/local"
dest="$work/dest"
"${MAKE:-make}" --no-print-directory -C "$top" libacsclient install-c DESTDIR="$dest" PREFIX=/usr/local >"$work/make.log" \
    || { cat "$work/make.log" >&2; exit 1; }
lib="$dest/usr/local/lib"
ls -l "$lib" "$dest/usr/local/include" | sed 's/^/  /'
soname=$(objdump -p "$lib/libacsclient.so.0.1.0" | awk '$1 == "SONAME" { print $2 }')
[ "$soname" = libacsclient.so.0 ] || { echo "soname is '$soname'" >&2; exit 1; }
# Exported: the API (acs_*) and the protoc-c code (acs__v1__*), nothing else.
stray=$(nm -D --defined-only "$lib/libacsclient.so.0.1.0" | awk '{ print $3 }' | grep -v -e '^acs_' -e '^_init$' -e '^_fini$' || true)
[ -z "$stray" ] || { echo "symbols exported beyond the API:" $stray >&2; exit 1; }
echo "  soname $soname; $(nm -D --defined-only "$lib/libacsclient.so.0.1.0" | grep -c ' T acs_[a-z]') API functions exported"

step "building the example against the installed copy: cc post_payment.c \$(pkg-config --cflags --libs libacsclient)"
# The .pc names prefix /usr/local; pointed at the DESTDIR copy with --define-variable (which also moves
# libprotobuf-c's -L into the DESTDIR, where it does not exist: harmless, the system's is found).
pc() { PKG_CONFIG_PATH="$lib/pkgconfig" pkg-config --define-variable=prefix="$dest/usr/local" "$@"; }
flags=$(pc --cflags --libs libacsclient)
echo "  pkg-config: $flags (version $(pc --modversion libacsclient))"
$CC -std=c11 -Wall -Wextra -Werror "$top/Sources/libacsclient/examples/post_payment.c" $flags -o "$work/post_payment"
$CC -std=c11 -Wall -Wextra -Werror "$top/Sources/libacsclient/examples/post_payment.c" \
    $(pc --cflags libacsclient) "$lib/libacsclient.a" $(pkg-config --libs libprotobuf-c) -lpthread \
    -o "$work/post_payment_static"
export LD_LIBRARY_PATH="$lib"
ldd "$work/post_payment" >"$work/ldd.out"
grep -q "$lib/libacsclient.so.0" "$work/ldd.out" || { cat "$work/ldd.out" >&2; exit 1; }

step "the example: post 12.50 USD to ctest:A-1, read it back"
"$work/post_payment" -s "$socket" ctest:A-1 1250 USD "run-sh-$$" | tee "$work/example.out"
grep -q "USD outstanding 28750" "$work/example.out" || { echo "the balance did not fall to 287.50" >&2; exit 1; }
"$work/post_payment_static" ctest:A-1 1250 USD "run-sh-$$" >"$work/static.out"
grep -q "(replayed)" "$work/static.out" || { echo "the static build's replay did not say replayed" >&2; exit 1; }
if "$work/post_payment" ctest:A-1 100 XXZ "run-sh-bad-$$" 2>"$work/example.err"; then
    echo "a bad currency was accepted" >&2; exit 1
fi
cat "$work/example.err"
grep -q "PostPayment: INVALID_ARGUMENT" "$work/example.err" && grep -q "currency" "$work/example.err"

step "the Python ctypes example: docs/examples/acsclient.py"
python3 "$top/docs/examples/acsclient.py" "$lib/libacsclient.so.0" "$socket" ctest:A-1
unset LD_LIBRARY_PATH

sources=("$top/Sources/libacsclient/acsclient.c" "$top"/Sources/CACSProto/acs/v1/*.pb-c.c "$here/acsclient_test.c")
cflags=(-std=c11 -g -O1 -Wall -Wextra -Werror -fno-omit-frame-pointer -I"$top/Sources/libacsclient" -I"$top/Sources/CACSProto/include")
libs=($(pkg-config --libs libprotobuf-c) -lpthread)

step "the C tests under ThreadSanitizer (every case but the kill)"
$CC "${cflags[@]}" -fsanitize=thread "${sources[@]}" "${libs[@]}" -o "$work/test-tsan"
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ACS_TEST_ACSD_PID= "$work/test-tsan" "$socket"

step "the C tests under AddressSanitizer and UndefinedBehaviorSanitizer, leaks checked"
$CC "${cflags[@]}" -fsanitize=address,undefined -fno-sanitize-recover=all "${sources[@]}" "${libs[@]}" -o "$work/test-asan"
ASAN_OPTIONS="detect_leaks=1 abort_on_error=1 strict_string_checks=1 detect_stack_use_after_return=1" \
UBSAN_OPTIONS="print_stacktrace=1 halt_on_error=1" ACS_TEST_ACSD_PID=$pid "$work/test-asan" "$socket"

echo
echo "libacsclient: every test passed"
