# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# Runs as PID 1 of a private mount + PID namespace created by SshdFixture:
#   unshare --mount --propagation private --pid --fork --kill-child --mount-proc -- sh sshd-namespace.sh DIR
# DIR was prepared by the fixture: DIR/etc/{passwd,shadow,group,sudoers.d} are copies of the host's files with the
# test users added, DIR/server/sshd_config points at DIR's host key and authorized_keys.
#
# Every mount below exists only inside the namespace and disappears with it; the host's /etc and /run are never
# written. The sessions sshd spawns inherit the namespace, so `sudo` there reads the test sudoers and `/proc` shows
# only the namespace's processes. When sshd (PID 1 here) exits, the kernel kills whatever is left in the namespace.
set -eu

dir=$1

# A private /run: sshd's privilege separation directory and sudo's timestamp directory live here, not on the host.
mount -t tmpfs -o mode=0755,nosuid,nodev bulwark-test-run /run
mkdir -m 0755 /run/sshd

for name in passwd shadow group sudoers.d; do
    mount --bind "$dir/etc/$name" "/etc/$name"
done

exec /usr/sbin/sshd -D -e -f "$dir/server/sshd_config"
