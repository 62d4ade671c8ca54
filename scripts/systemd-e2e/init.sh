#!/bin/bash
# PID 1 of the systemd end-to-end test: prepares a private world, then becomes systemd.
# Arguments: WORK_DIR (holds units/, bin/, etc/). Refuses to run unless it is PID 1.
set -eu
[ "$$" = 1 ] || { echo "init.sh: must run as PID 1 in its own namespaces" >&2; exit 1; }
work=$1
# Everything systemd or its services could write or clean goes to private tmpfs:
# without /tmp here, systemd-tmpfiles would empty the host's /tmp.
mount -t tmpfs tmpfs /tmp
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /var/tmp
mount -t tmpfs tmpfs /var/lib
[ -d /var/log/journal ] && mount -t tmpfs tmpfs /var/log/journal
mkdir -p /run/systemd /var/lib/systemd
umount -l /sys 2>/dev/null || true
mount -t sysfs -o ro sysfs /sys
mount -t cgroup2 cgroup2 /sys/fs/cgroup
mount --bind -o ro /proc/sys /proc/sys
[ -e /proc/sysrq-trigger ] && mount --bind -o ro /proc/sysrq-trigger /proc/sysrq-trigger
mount --bind "$(tty)" /dev/console 2>/dev/null || true
mount --bind /dev/null /dev/kmsg
# The acs user and group exist only in this world.
cp /etc/passwd "$work/etc/passwd"; cp /etc/group "$work/etc/group"
grep -q '^acs:' "$work/etc/group" || echo 'acs:x:990:' >> "$work/etc/group"
grep -q '^acs:' "$work/etc/passwd" || echo 'acs:x:990:990:acs collection daemon:/var/lib/acs:/usr/sbin/nologin' >> "$work/etc/passwd"
grep -q '^acs-noroles:' "$work/etc/group" || echo 'acs-noroles:x:991:' >> "$work/etc/group"
mount --bind "$work/etc/passwd" /etc/passwd
mount --bind "$work/etc/group" /etc/group
mkdir -p /etc/acs && mount -t tmpfs tmpfs /etc/acs && cp -r "$work/etc/." /etc/acs/
export container=acs-e2e
export SYSTEMD_UNIT_PATH="$work/units:"
exec capsh --drop=cap_sys_module,cap_sys_time,cap_syslog,cap_sys_rawio -- -c 'exec /lib/systemd/systemd --system --unit=acs-e2e.target'
