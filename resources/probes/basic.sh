# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# First facts about a POSIX host, gathered in one remote command. Run as: sh -c "<this file>" bulwark-probe BOUNDARY
# Every section starts with a line "BOUNDARY <name>"; BOUNDARY is random per run, so file contents cannot forge
# a section. Missing tools leave a section empty; nothing here fails the probe.
b="$1"
LC_ALL=C
export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH

printf '%s %s\n' "$b" probe-version
printf '1\n'
printf '%s %s\n' "$b" os-release
if [ -r /etc/os-release ]; then head -c 65536 /etc/os-release; elif [ -r /usr/lib/os-release ]; then head -c 65536 /usr/lib/os-release; fi
printf '\n%s %s\n' "$b" hostname
if [ -r /proc/sys/kernel/hostname ]; then head -c 256 /proc/sys/kernel/hostname; else hostname 2>/dev/null; fi
printf '%s %s\n' "$b" uname
uname -s -r -m 2>/dev/null
printf '%s %s\n' "$b" uptime
if [ -r /proc/uptime ]; then head -c 64 /proc/uptime; fi
printf '%s %s\n' "$b" user
id -un 2>/dev/null
printf '%s %s\n' "$b" end
