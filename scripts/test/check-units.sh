#!/usr/bin/env bash
# Checks the systemd units (acsd's, acs-gateway's, and the backup service and timer) against the built binaries: `systemd-analyze verify`
# must print nothing, and `systemd-analyze security` must score acsd.service and acs-gateway.service at 1.0 or lower
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
sed "s|/usr/local/bin/acs-gateway|$bin/acs-gateway|g" "$top/systemd/acs-gateway.service" > "$dir/acs-gateway.service"
# Man pages are checked once installed (make install); here the binary and every key are.
out=$(systemd-analyze verify --man=no "$dir/acsd.socket" "$dir/acsd.service" "$dir/acs-backup.service" "$dir/acs-backup.timer" "$dir/acs-gateway.service" 2>&1) || { echo "$out"; echo "check-units: systemd-analyze verify failed" >&2; exit 1; }
[ -z "$out" ] || { echo "$out"; echo "check-units: systemd-analyze verify printed warnings" >&2; exit 1; }
scores=""
for unit in acsd.service acs-gateway.service; do
    score=$(systemd-analyze security --offline=true --threshold=10 "$dir/$unit" 2>&1 | tail -1) || {
        echo "$score"; echo "check-units: $unit scores above 1.0" >&2; exit 1; }
    scores="$scores $unit: $score;"
done
echo "check-units: verify clean;$scores"
