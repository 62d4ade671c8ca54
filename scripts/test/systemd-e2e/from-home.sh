#!/usr/bin/env bash
# The systemd end-to-end test from a checkout in a home directory, as a newcomer who
# clones into $HOME has it: copies the test, the units and the binaries (BIN_DIR) into a
# scratch checkout under /root (ProtectHome=yes hides it from acsd) and runs run.sh there.
# Usage: from-home.sh BIN_DIR. Prints run.sh's "N passed, M failed".
set -euo pipefail
bin=${1:?usage: from-home.sh BIN_DIR}
top=$(cd "$(dirname "$0")/../../.." && pwd)
home=$(mktemp -d /root/acs-e2e-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/scripts" "$home/bin"
mkdir -p "$home/scripts/test" && cp -r "$top/scripts/test/systemd-e2e" "$home/scripts/test/"
cp -r "$top/scripts/gateway" "$home/scripts/"
cp -r "$top/systemd" "$home/"
cp "$bin/acsd" "$bin/acsctl" "$bin/acs-gateway" "$home/bin/"
echo "systemd-e2e: from a checkout in a home directory ($home)"
"$home/scripts/test/systemd-e2e/run.sh" "$home/bin" < /dev/null
