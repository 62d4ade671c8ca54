#!/bin/bash
# PID 1 of the systemd end-to-end test: prepares a private world, then becomes systemd.
# Arguments: WORK_DIR (holds units/, bin/, etc/). Refuses to run unless it is PID 1.
# The checkout, and so WORK_DIR, may be anywhere (under /root, /home, /tmp, /var/tmp...):
# this world sees WORK_DIR at /run/acs-e2e, and acsd at the unit's own /usr/local/bin/acsd.
set -eu
[ "$$" = 1 ] || { echo "init.sh: must run as PID 1 in its own namespaces" >&2; exit 1; }
# /run first, so that WORK_DIR is bound into it before the tmpfs below can hide it.
mount -t tmpfs tmpfs /run
work=/run/acs-e2e
mkdir "$work" && mount --bind "$1" "$work"
# The binaries (and any libraries hidden from the unit, see run.sh) on a tmpfs of this
# world only: ProtectHome=yes and PrivateTmp=yes leave /usr visible to acsd.
mount -t tmpfs -o mode=0755 tmpfs /usr/local/bin
cp -a "$work/bin/." /usr/local/bin/
# Everything systemd or its services could write or clean goes to private tmpfs:
# without /tmp here, systemd-tmpfiles would empty the host's /tmp.
mount -t tmpfs tmpfs /tmp
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
cp /etc/passwd "$work/passwd"; cp /etc/group "$work/group"
grep -q '^acs:' "$work/group" || echo 'acs:x:990:' >> "$work/group"
grep -q '^acs:' "$work/passwd" || echo 'acs:x:990:990:acs collection daemon:/var/lib/acs:/usr/sbin/nologin' >> "$work/passwd"
grep -q '^acs-noroles:' "$work/group" || echo 'acs-noroles:x:991:' >> "$work/group"
grep -q '^acs-gateway:' "$work/group" || echo 'acs-gateway:x:989:' >> "$work/group"
grep -q '^acs-gateway:' "$work/passwd" || echo 'acs-gateway:x:989:989:acs payment gateway:/run/acs-gateway:/usr/sbin/nologin' >> "$work/passwd"
mount --bind "$work/passwd" /etc/passwd
mount --bind "$work/group" /etc/group
mkdir -p /etc/acs && mount -t tmpfs tmpfs /etc/acs && cp -a "$work/etc/." /etc/acs/ && chmod 755 /etc/acs
export container=acs-e2e
export SYSTEMD_UNIT_PATH="$work/units:"
exec capsh --drop=cap_sys_module,cap_sys_time,cap_syslog,cap_sys_rawio -- -c 'exec /lib/systemd/systemd --system --unit=acs-e2e.target'
