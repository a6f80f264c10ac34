# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# The Linux audit probe: everything resources/rules/FACTS.md lists, gathered in ONE remote command.
# Run as: sh -c "<this file>" bulwark-probe BOUNDARY   (normally through sudo; unelevated it still runs, and what
# needs root ends up absent). POSIX sh: must run under dash, bash and busybox ash.
#
# Output: sections, each starting with a line "BOUNDARY name"; BOUNDARY is random per run, so nothing a file or a
# command prints can start a section. Every content section NAME is followed by a section "NAME.rc" holding
# "<exit status> <byte cap>": a missing .rc means the probe was cut there, content of cap bytes or more was cut by
# the cap. "NAME.denied" replaces NAME when a file exists but is unreadable. Missing tools leave sections out.
# Secrets never leave the host: password hashes are reduced to a class (set/locked/empty/none) by awk, here.

main() {
    b="$1"
    LC_ALL=C
    TZ=UTC
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    export LC_ALL TZ PATH
    unset LANG LANGUAGE LC_CTYPE LC_MESSAGES
    NL='
'
    T=
    if timeout 10 true >/dev/null 2>&1; then T=20; fi

    sec probe-version
    echo 1
    sec id
    printf 'uid=%s\nuser=%s\n' "$(id -u)" "$(id -un)"
    sec now
    date +%s
    fsec os-release /etc/os-release 65536 || fsec os-release /usr/lib/os-release 65536
    sec hostname
    if [ -r /proc/sys/kernel/hostname ]; then head -c 256 /proc/sys/kernel/hostname; else hostname; fi
    sec uname
    uname -s -r -m
    sec uptime
    [ -r /proc/uptime ] && head -c 64 /proc/uptime
    sec init
    [ -r /proc/1/comm ] && printf 'comm=%s\n' "$(head -c 64 /proc/1/comm)"
    [ -d /run/systemd/system ] && echo systemd-booted
    [ -f /etc/inittab ] && echo inittab

    probe_services
    probe_network
    probe_accounts
    probe_sudoers
    probe_sshd
    probe_packages
    probe_updates
    probe_firewall
    probe_storage
    probe_web
    probe_security
    probe_logging
    probe_cron
    probe_files
    probe_kernel

    sec end
}

# Starts a section. The leading newline ends a previous section whose content had no final newline.
sec() { printf '\n%s %s\n' "$b" "$1"; }

have() { command -v "$1" >/dev/null 2>&1; }

# run NAME CAP CMD [ARG...]: section NAME with the command's stdout cut at CAP bytes, then NAME.rc. runt: the same
# under a timeout, for commands that talk to daemons, walk file systems or resolve names and so could hang.
run() {
    _n="$1" _c="$2"
    shift 2
    sec "$_n"
    { _rc=$({ { "$@" 2>/dev/null 3>&- 4>&-; echo "$?" >&3; } | head -c "$_c" >&4 3>&-; } 3>&1); } 4>&1
    printf '\n%s %s.rc\n%s %s\n' "$b" "$_n" "$_rc" "$_c"
}
runt() {
    _t="$1" _tc="$2"
    shift 2
    run "$_t" "$_tc" tmo "$@"
}
tmo() { if [ -n "$T" ]; then timeout "$T" "$@"; else "$@"; fi; }

# fsec NAME PATH CAP: the file as section NAME (and NAME.rc), NAME.denied when it exists but cannot be read;
# false when it does not exist.
fsec() {
    [ -e "$2" ] || return 1
    if [ -r "$2" ] && [ ! -d "$2" ]; then
        sec "$1"
        head -c "$3" -- "$2" 2>/dev/null
        printf '\n%s %s.rc\n%s %s\n' "$b" "$1" "$?" "$3"
    else
        sec "$1.denied"
    fi
    return 0
}

probe_services() {
    if have systemctl && [ -d /run/systemd/system ]; then
        runt systemd-unit-files 2097152 systemctl list-unit-files --type=service,socket,timer,path --no-legend --no-pager
        runt systemd-units 2097152 systemctl list-units --type=service,socket,timer,path --all --no-legend --no-pager --plain
    fi
    fsec inetd-conf /etc/inetd.conf 262144
    fsec xinetd-file:/etc/xinetd.conf /etc/xinetd.conf 65536
    for f in /etc/xinetd.d/*; do
        [ -f "$f" ] && fsec "xinetd-file:$f" "$f" 65536
    done
    # Binaries of tools the rules ask about, for hosts without a package database we can read.
    sec binaries
    for x in sshd nginx apache2 httpd auditd auditctl clamscan clamd freshclam aide tripwire snort suricata \
        fail2ban-server ossec-control wazuh-control in.telnetd telnetd vsftpd proftpd pure-ftpd in.ftpd in.tftpd \
        tftpd in.rshd in.rlogind ypserv in.talkd in.ntalkd nft iptables-save ip6tables-save ufw firewall-cmd \
        getenforce aa-status apparmor_status chronyd ntpd; do
        have "$x" && printf '%s\n' "$x"
    done
    [ -d /var/ossec/bin ] && echo ossec-dir
    return 0
}

probe_network() {
    if have ss; then
        run ss 1048576 ss -H -tulpn
        # Open TCP connections (local and peer address only), so a plan can say a service is in use.
        run ss-established 1048576 ss -H -tn state established
    elif have netstat; then
        run netstat 1048576 netstat -tulpn
    fi
}

probe_accounts() {
    # Field 2 of passwd normally holds "x"; an old-style hash there is reduced to its class like shadow's.
    [ -r /etc/passwd ] && run passwd 4194304 awk -F: 'BEGIN { OFS = ":" }
        NF >= 7 { p = $2; c = "x"
            if (p != "x") {
                if (p == "") c = "empty"
                else if (p ~ /^!/) { q = p; sub(/^!+/, "", q); c = (q ~ /^\$/ || length(q) == 13) ? "locked" : "none" }
                else if (p ~ /^\$/ || length(p) == 13) c = "set"
                else c = "none"
            }
            $2 = c; print }' /etc/passwd
    if [ -r /etc/shadow ]; then
        run shadow 4194304 awk -F: 'function num(v) { return (v ~ /^-?[0-9]*$/) ? v : "" }
            NF >= 2 { p = $2
                if (p == "") c = "empty"
                else if (p ~ /^!/) { q = p; sub(/^!+/, "", q); c = (q ~ /^\$/ || length(q) == 13) ? "locked" : "none" }
                else if (p ~ /^\$/ || length(p) == 13) c = "set"
                else c = "none"
                print $1 ":" c ":" num($3) ":" num($4) ":" num($5) ":" num($6) ":" num($7) ":" num($8) }' /etc/shadow
    elif [ -e /etc/shadow ]; then
        sec shadow.denied
    fi
    [ -r /etc/group ] && run group 262144 awk -F: '$1 == "sudo" || $1 == "wheel" || $1 == "adm" || $1 == "admin" {
        print $1 ":" $3 ":" $4 }' /etc/group
    if have lastlog; then
        runt lastlog 2097152 lastlog
    elif have lastlog2; then
        runt lastlog2 2097152 lastlog2
    elif have last; then
        runt last 1048576 last -F -w -n 2000
    fi
    fsec login-defs /etc/login.defs 262144
    run pam 262144 grep -HsE 'pam_(faillock|tally2|pwquality|cracklib|passwdqc)\.so' /etc/pam.d/common-auth \
        /etc/pam.d/common-password /etc/pam.d/common-account /etc/pam.d/system-auth /etc/pam.d/password-auth
}

# sudoers and everything it includes, depth first in sudo's own order. Each file: stat and content.
probe_sudoers() {
    todo=/etc/sudoers
    seen="$NL"
    n=0
    while [ -n "$todo" ] && [ "$n" -lt 256 ]; do
        f="${todo%%"$NL"*}"
        case "$todo" in *"$NL"*) todo="${todo#*"$NL"}" ;; *) todo= ;; esac
        [ -n "$f" ] || continue
        case "$seen" in *"$NL$f$NL"*) continue ;; esac
        seen="$seen$f$NL"
        n=$((n + 1))
        [ -e "$f" ] || continue
        run "sudoers-stat:$f" 4096 stat -c '%a|%u|%U|%g|%G|%s|%F' -- "$f"
        fsec "sudoers-file:$f" "$f" 262144
        [ -r "$f" ] || continue
        inc=$(awk '$1 == "@includedir" || $1 == "#includedir" || $1 == "@include" || $1 == "#include" {
                p = $0; sub(/^[ \t]*[@#]include(dir)?[ \t]+/, "", p); sub(/[ \t]+$/, "", p)
                if (p ~ /^".*"$/) p = substr(p, 2, length(p) - 2)
                print (($1 ~ /dir$/) ? "D " : "F ") p }' "$f" 2>/dev/null)
        new=
        rest="$inc$NL"
        while [ -n "$rest" ]; do
            line="${rest%%"$NL"*}"
            rest="${rest#*"$NL"}"
            p="${line#? }"
            case "$p" in /*) ;; "") continue ;; *) p="${f%/*}/$p" ;; esac
            case "$line" in
                D*)
                    for e in "$p"/*; do
                        case "${e##*/}" in *~ | *.*) continue ;; esac
                        [ -f "$e" ] && new="$new$e$NL"
                    done
                    ;;
                *) new="$new$p$NL" ;;
            esac
        done
        todo="$new$todo"
    done
    sec sudoers-done
}

probe_sshd() {
    sec sshd-available
    have sshd || { echo no; return 0; }
    echo yes
    runt sshd-T 262144 sshd -T
    case "$_rc" in
        0) ;;
        *)
            runt sshd-T-C 262144 sshd -T -C user=root,host=localhost,addr=127.0.0.1
            [ "$_rc" = 0 ] || runt sshd-T-err 2048 sh -c 'sshd -T 2>&1 >/dev/null'
            ;;
    esac
}

probe_packages() {
    if have dpkg-query; then
        run packages-dpkg 8388608 dpkg-query -W -f '${db:Status-Abbrev}${Package}\n'
    elif have rpm; then
        runt packages-rpm 8388608 rpm -qa --qf '%{NAME}\n'
    elif have pacman; then
        runt packages-pacman 8388608 pacman -Qq
    elif have apk; then
        run packages-apk 8388608 apk info
    fi
}

# Pending updates from cached metadata only: no refresh, no network, no lock, no cache written.
probe_updates() {
    if have apt-get; then
        sec updates-manager
        echo apt
        run apt-lists 65536 find /var/lib/apt/lists -maxdepth 1 -type f -name '*_Packages*' -printf '%T@ %f\n'
        run apt-stamps 4096 stat -c '%Y %n' /var/lib/apt/periodic/update-success-stamp \
            /var/lib/apt/periodic/update-stamp
        if [ -n "$(find /var/lib/apt/lists -maxdepth 1 -type f -name '*_Packages*' 2>/dev/null | head -n 1)" ]; then
            runt apt-upgrade 4194304 apt-get -s -q -o Debug::NoLocking=1 -o Dir::Cache::pkgcache= \
                -o Dir::Cache::srcpkgcache= dist-upgrade
        fi
        have apt-config && run apt-config 1048576 apt-config dump
    elif have dnf; then
        sec updates-manager
        echo dnf
        runt rpm-md-stamps 65536 sh -c 'find /var/cache/dnf /var/cache/libdnf5 -name repomd.xml -printf "%T@ %p\n"'
        runt dnf-check 4194304 dnf -C -q --noplugins check-update
        runt dnf-security 4194304 dnf -C -q --noplugins updateinfo list --security
    elif have yum; then
        sec updates-manager
        echo yum
        runt rpm-md-stamps 65536 find /var/cache/yum -name repomd.xml -printf '%T@ %p\n'
        runt yum-check 4194304 yum -C -q check-update
    elif have zypper; then
        sec updates-manager
        echo zypper
        runt rpm-md-stamps 65536 find /var/cache/zypp/raw -name repomd.xml -printf '%T@ %p\n'
        runt zypper-lu 4194304 zypper --non-interactive --no-refresh -q list-updates
        runt zypper-security 4194304 zypper --non-interactive --no-refresh -q list-patches --category security
    else
        sec updates-manager
        echo unknown
    fi
}

probe_firewall() {
    have nft && runt nft-ruleset 4194304 nft list ruleset
    have iptables-save && runt iptables-save 4194304 iptables-save
    have ip6tables-save && runt ip6tables-save 4194304 ip6tables-save
    fsec ufw-conf /etc/ufw/ufw.conf 65536
    fsec ufw-default /etc/default/ufw 65536
    return 0
}

probe_storage() {
    if have lsblk; then
        runt lsblk-json 4194304 lsblk -J -b -o NAME,PATH,TYPE,SIZE,FSTYPE,MOUNTPOINT,PKNAME
        [ "$_rc" = 0 ] || runt lsblk-pairs 4194304 lsblk -P -b -o NAME,TYPE,SIZE,FSTYPE,MOUNTPOINT,PKNAME
    fi
    fsec crypttab /etc/crypttab 65536
    return 0
}

# Certificates named on stdin, one path a line: path, subject, issuer and expiry (seconds since the epoch) of each
# readable one. Only public certificate data; private keys are never read.
cert_info() {
    sort -u | head -n 20 | while IFS= read -r c; do
        [ -r "$c" ] || continue
        printf 'cert=%s\n' "$c"
        openssl x509 -in "$c" -noout -subject -issuer 2>/dev/null
        e=$(openssl x509 -in "$c" -noout -enddate 2>/dev/null | sed 's/^notAfter=//')
        [ -n "$e" ] && printf 'expires=%s\n' "$(date -d "$e" +%s 2>/dev/null)"
    done
}
nginx_certs() {
    nginx -T 2>/dev/null | sed -n 's/^[[:space:]]*ssl_certificate[[:space:]][[:space:]]*\([^;[:space:]]*\).*/\1/p' | cert_info
}
apache_certs() {
    grep -RhsiE '^[[:space:]]*SSLCertificateFile[[:space:]]' /etc/apache2 /etc/httpd 2>/dev/null |
        awk '{ print $2 }' | tr -d '"' | cert_info
}

probe_web() {
    if have nginx; then
        run nginx-version 4096 sh -c 'nginx -v 2>&1'
        runt nginx-T 4194304 nginx -T
        have openssl && run nginx-certs 65536 nginx_certs
    fi
    if have apache2ctl || have apachectl || have httpd; then
        for x in apache2ctl apachectl httpd; do
            if have "$x"; then
                runt apache-S 65536 sh -c "$x -S 2>&1"
                break
            fi
        done
        have openssl && run apache-certs 65536 apache_certs
        runt apache-conf 1048576 sh -c 'grep -RhsiE "^[[:space:]]*(SSLProtocol|SSLEngine|ServerTokens|Listen|LoadModule[[:space:]]+ssl_module)" \
            /etc/apache2/apache2.conf /etc/apache2/ports.conf /etc/apache2/mods-enabled /etc/apache2/conf-enabled \
            /etc/apache2/sites-enabled /etc/httpd/conf /etc/httpd/conf.d /etc/httpd/conf.modules.d'
    fi
}

probe_security() {
    sec selinux
    have getenforce && printf 'getenforce=%s\n' "$(getenforce 2>/dev/null)"
    [ -r /sys/fs/selinux/enforce ] && printf 'enforce=%s\n' "$(head -c 8 /sys/fs/selinux/enforce)"
    [ -d /sys/fs/selinux ] && echo selinuxfs
    sec apparmor
    [ -r /sys/module/apparmor/parameters/enabled ] &&
        printf 'enabled=%s\n' "$(head -c 8 /sys/module/apparmor/parameters/enabled)"
    if [ -r /sys/kernel/security/apparmor/profiles ]; then
        printf 'enforce=%s\n' "$(grep -c '(enforce)' /sys/kernel/security/apparmor/profiles)"
        printf 'complain=%s\n' "$(grep -c '(complain)' /sys/kernel/security/apparmor/profiles)"
    elif have aa-status; then
        _e=$(tmo aa-status --enforced 2>/dev/null) && printf 'enforce=%s\n' "$_e"
    fi
    have auditctl && runt auditctl 1048576 auditctl -l
    sec clamav-db
    for f in /var/lib/clamav/*.cvd /var/lib/clamav/*.cld; do
        [ -f "$f" ] && stat -c '%Y %n' -- "$f"
    done
    if [ -d /run/systemd/system ] && have timedatectl; then
        runt timedatectl 65536 timedatectl show
    fi
    sec timesync
    [ -e /run/systemd/timesync/synchronized ] && echo timesyncd-synchronized
    return 0
}

probe_logging() {
    # journald.conf, then its drop-ins by file name (/etc over /run over /usr/lib), as systemd reads them.
    fsec journald-conf /etc/systemd/journald.conf 65536
    ds='/etc/systemd/journald.conf.d /run/systemd/journald.conf.d /usr/local/lib/systemd/journald.conf.d /usr/lib/systemd/journald.conf.d /lib/systemd/journald.conf.d'
    names=$(for d in $ds; do for f in "$d"/*.conf; do [ -f "$f" ] && printf '%s\n' "${f##*/}"; done; done | sort -u)
    for nm in $names; do
        for d in $ds; do
            if [ -f "$d/$nm" ]; then
                fsec "journald-dropin:$d/$nm" "$d/$nm" 65536
                break
            fi
        done
    done
    sec var-log-journal
    if [ -d /var/log/journal ]; then echo yes; else echo no; fi
    run rsyslog-conf 1048576 sh -c 'grep -hsvE "^[[:space:]]*(#|\$)" /etc/rsyslog.conf /etc/rsyslog.d/*.conf'
    [ -d /etc/syslog-ng ] && run syslog-ng-conf 1048576 sh -c \
        'grep -hsvE "^[[:space:]]*(#|\$)" /etc/syslog-ng/syslog-ng.conf /etc/syslog-ng/conf.d/*.conf'
    return 0
}

probe_cron() {
    for f in /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
        [ -f "$f" ] && fsec "cron-file:$f" "$f" 65536
    done
    for d in /var/spool/cron/crontabs /var/spool/cron; do
        [ -d "$d" ] && [ ! -r "$d" ] && sec "cron-dir.denied:$d"
    done
    run cron-stat 262144 sh -c 'set --; for f in /etc/crontab /etc/cron.d /etc/cron.d/* /etc/cron.hourly \
        /etc/cron.hourly/* /etc/cron.daily /etc/cron.daily/* /etc/cron.weekly /etc/cron.weekly/* /etc/cron.monthly \
        /etc/cron.monthly/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
            [ -e "$f" ] && [ "$#" -lt 2000 ] && set -- "$@" "$f"; done
        [ "$#" -eq 0 ] || exec stat -c "%a|%u|%U|%g|%G|%s|%F|%n" -- "$@"'
    return 0
}

# World-writable files and non-sticky world-writable directories in system paths; SUID files. One pass each,
# each starting point on its own filesystem only.
probe_files() {
    runt files-world-writable 1048576 sh -c 'find /bin /sbin /usr /etc /lib /lib64 /boot /opt -xdev \
        \( -type f -perm -0002 -o -type d -perm -0002 ! -perm -1000 \) -print 2>/dev/null | head -n 201'
    runt files-suid 1048576 sh -c 'find /bin /sbin /usr /lib /lib64 /opt /boot /etc -xdev -type f -perm -4000 \
        -print 2>/dev/null | head -n 501'
}

probe_kernel() {
    sec sysctl
    for p in net/ipv4/ip_forward net/ipv6/conf/all/forwarding net/ipv4/conf/all/accept_redirects \
        net/ipv4/conf/default/accept_redirects net/ipv6/conf/all/accept_redirects net/ipv4/conf/all/secure_redirects \
        net/ipv4/conf/all/send_redirects net/ipv4/conf/default/send_redirects net/ipv4/conf/all/accept_source_route \
        net/ipv6/conf/all/accept_source_route net/ipv4/conf/all/rp_filter net/ipv4/conf/all/log_martians \
        net/ipv4/tcp_syncookies net/ipv4/icmp_echo_ignore_broadcasts net/ipv6/conf/all/accept_ra \
        kernel/randomize_va_space kernel/kptr_restrict kernel/dmesg_restrict kernel/yama/ptrace_scope \
        kernel/unprivileged_bpf_disabled kernel/sysrq fs/protected_hardlinks fs/protected_symlinks fs/suid_dumpable \
        net/ipv4/conf/default/accept_source_route net/ipv4/conf/default/secure_redirects \
        net/ipv4/conf/default/rp_filter net/ipv4/conf/default/log_martians net/ipv4/icmp_ignore_bogus_error_responses \
        net/ipv6/conf/default/accept_redirects net/ipv6/conf/default/accept_source_route; do
        # dash's read returns 1 on /proc files even when it read the line: test the value, not the status.
        v=
        [ -r "/proc/sys/$p" ] && IFS= read -r v <"/proc/sys/$p"
        [ -n "$v" ] && printf '%s=%s\n' "$p" "$v"
    done
}

main "$@" </dev/null 2>/dev/null
