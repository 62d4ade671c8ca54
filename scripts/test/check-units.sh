#!/usr/bin/env bash
# Checks the systemd units (acsd's, and the backup service and timer) against the built binaries: `systemd-analyze verify` must print
# nothing, and `systemd-analyze security` must score acsd.service at 1.0 or lower
# (its --threshold counts tenths).
# Usage: scripts/test/check-units.sh BIN_DIR
set -euo pipefail
bin=${1:?usage: scripts/test/check-units.sh BIN_DIR}
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed "s|^ExecStart=/usr/local/bin/acsd|ExecStart=$bin/acsd|" "$top/systemd/acsd.service" > "$dir/acsd.service"
cp "$top/systemd/acsd.socket" "$dir/acsd.socket"
sed "s|/usr/local/bin/acsctl|$bin/acsctl|" "$top/systemd/acs-backup.service" > "$dir/acs-backup.service"
cp "$top/systemd/acs-backup.timer" "$dir/acs-backup.timer"
# Man pages are checked once installed (make install); here the binary and every key are.
out=$(systemd-analyze verify --man=no "$dir/acsd.socket" "$dir/acsd.service" "$dir/acs-backup.service" "$dir/acs-backup.timer" 2>&1) || { echo "$out"; echo "check-units: systemd-analyze verify failed" >&2; exit 1; }
[ -z "$out" ] || { echo "$out"; echo "check-units: systemd-analyze verify printed warnings" >&2; exit 1; }
score=$(systemd-analyze security --offline=true --threshold=10 "$dir/acsd.service" 2>&1 | tail -1) || {
    echo "$score"; echo "check-units: acsd.service scores above 1.0" >&2; exit 1; }
echo "check-units: verify clean; $score"
