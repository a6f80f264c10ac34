#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# labvm.sh - disposable Debian 12 lab VM (QEMU, software emulation) for Bulwark
# integration tests. See tests/lab/README.md.
#
# Usage: labvm.sh build|start|stop|reset|status|ssh [args...]
#
# Environment:
#   BULWARK_LAB_CACHE   image cache          (default /var/cache/bulwark-lab)
#   BULWARK_LAB_STATE   per-run state dir    (default $PWD/lab-state)
#   BULWARK_LAB_MIRROR  Debian mirror        (default: from /etc/apt/sources.list.d, else deb.debian.org)
#   BULWARK_LAB_QUIET   1 = only errors on stderr
#   BULWARK_LAB_BOOT_TIMEOUT  seconds to wait for SSH after boot (default 240)
#
# Network rules: the guest runs on QEMU user networking with restrict=on (it can
# reach nothing); only 127.0.0.1 host forwards exist. Every QEMU process is tracked
# and stopped by the PID in its pidfile, never by name.
set -euo pipefail

SCRIPT_PATH="$(readlink -f "${BASH_SOURCE[0]}")"
LAB_DIR="$(dirname "$SCRIPT_PATH")"
PROVISION_SCRIPT="$LAB_DIR/provision-guest.sh"

CACHE_DIR="${BULWARK_LAB_CACHE:-/var/cache/bulwark-lab}"
STATE_DIR="${BULWARK_LAB_STATE:-$PWD/lab-state}"
QUIET="${BULWARK_LAB_QUIET:-0}"

SUITE=bookworm
FALLBACK_MIRROR=http://deb.debian.org/debian
# Keep this minimal: everything the audit/hardening tests touch, nothing more. python3 is there because real
# servers have it and the benchmark runs Ansible's fact gathering (which needs it on the target) beside Bulwark.
PACKAGES=(systemd-sysv udev dbus openssh-server sudo cryptsetup cryptsetup-bin nginx
    nftables linux-image-amd64 avahi-daemon cups-daemon iproute2 openssl e2fsprogs
    procps passwd kmod zstd python3)

LAB_USER="labadmin"
LAB_PASSWORD="labadmin-pass"
LAB_SUDO_USER="auditor"
LAB_SUDO_PASSWORD="auditor-pass"
LAB_ROOT_PASSWORD="root-lab-pass"

KERNEL_CMDLINE="root=/dev/vda rw console=ttyS0 loglevel=4 systemd.show_status=auto"
ROOTFS_SIZE=4G
SPARE_SIZE=256M
BOOT_TIMEOUT="${BULWARK_LAB_BOOT_TIMEOUT:-240}"
RESET_TIMEOUT=60
KEEP_KEYS=2

# State files.
PIDFILE="$STATE_DIR/qemu.pid"
MONITOR="$STATE_DIR/monitor.sock"
SERIAL_LOG="$STATE_DIR/serial.log"
QEMU_LOG="$STATE_DIR/qemu.log"
OVERLAY="$STATE_DIR/overlay.qcow2"
SPARE="$STATE_DIR/spare.qcow2"
ENV_FILE="$STATE_DIR/lab.env"
STATE_KEY="$STATE_DIR/lab_ed25519"
KNOWN_HOSTS="$STATE_DIR/known_hosts"

# ------------------------------------------------------------------------------
# helpers

log() { [ "$QUIET" = 1 ] || printf '[labvm] %s\n' "$*" >&2; }
die() {
    printf '[labvm] ERROR: %s\n' "$*" >&2
    exit 1
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# Run a command, hiding its output in quiet mode unless it fails.
run_logged() {
    if [ "$QUIET" = 1 ]; then
        local out rc=0
        out="$(mktemp)"
        "$@" >"$out" 2>&1 || rc=$?
        if [ "$rc" -ne 0 ]; then
            tail -n 60 "$out" >&2
        fi
        rm -f "$out"
        return "$rc"
    fi
    "$@" >&2
}

# One KEY=value line of an env file. Plain when safe, else single-quoted: both forms
# are valid shell and what tests/lab/LabEnv.cpp understands (it strips one pair of quotes).
env_line() {
    local v="$2"
    if [[ "$v" =~ ^[A-Za-z0-9_./:@+=,%-]*$ ]]; then
        printf '%s=%s\n' "$1" "$v"
    else
        v="${v//\'/\'\\\'\'}"
        printf "%s='%s'\n" "$1" "$v"
    fi
}

need_root() { [ "$(id -u)" -eq 0 ] || die "this subcommand needs root"; }

# Cache key: this script + package list + every provisioning file under tests/lab/
# (provision-guest.sh and anything under tests/lab/guest/).
cache_key() {
    local f
    {
        printf 'suite=%s\n' "$SUITE"
        printf 'packages=%s\n' "${PACKAGES[*]}"
        for f in "$SCRIPT_PATH" "$PROVISION_SCRIPT"; do
            printf '== %s\n' "$(basename "$f")"
            cat "$f"
        done
        if [ -d "$LAB_DIR/guest" ]; then
            while IFS= read -r -d '' f; do
                printf '== %s\n' "${f#"$LAB_DIR"/}"
                cat "$f"
            done < <(find "$LAB_DIR/guest" -type f -print0 | LC_ALL=C sort -z)
        fi
    } | sha256sum | cut -c1-64
}

# Debian mirror: the first "bookworm" (not -security/-updates) source configured in
# apt (deb822 *.sources or one-line *.list), else deb.debian.org.
detect_mirror() {
    if [ -n "${BULWARK_LAB_MIRROR:-}" ]; then
        printf '%s\n' "$BULWARK_LAB_MIRROR"
        return
    fi
    local m="" f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        m="$(awk -v suite="$SUITE" 'BEGIN { RS = ""; FS = "\n" }
            {
                types = ""; uris = ""; suites = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^Types:/)  types  = " " substr($i, 7) " "
                    if ($i ~ /^URIs:/)   uris   = substr($i, 6)
                    if ($i ~ /^Suites:/) suites = " " substr($i, 8) " "
                    if ($i ~ /^Enabled: *no/) types = ""
                }
                gsub(/[ \t]+/, " ", suites); gsub(/[ \t]+/, " ", types)
                if (types ~ / deb / && suites ~ (" " suite " ")) {
                    split(uris, u, " "); for (k in u) if (u[k] != "") { print u[k]; exit }
                }
            }' "$f")"
        [ -n "$m" ] && break
    done
    if [ -z "$m" ]; then
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -r "$f" ] || continue
            m="$(awk -v suite="$SUITE" '$1 == "deb" {
                    i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                    if ($(i + 1) == suite) { print $i; exit }
                }' "$f")"
            [ -n "$m" ] && break
        done
    fi
    printf '%s\n' "${m:-$FALLBACK_MIRROR}"
}

# Unmount everything mounted at or below $1 (deepest first). Safe to call twice.
unmount_below() {
    local dir="$1" mnt
    dir="$(readlink -f "$dir" 2>/dev/null || printf '%s' "$dir")"
    # /proc/self/mounts escapes spaces as \040; build dirs never contain spaces.
    while IFS= read -r mnt; do
        umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || true
    done < <(awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/self/mounts | LC_ALL=C sort -r)
}

has_mounts_below() {
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts
}

# Remove a build dir: never descend into another filesystem (a leftover bind mount).
remove_build_dir() {
    local dir="$1"
    [ -d "$dir" ] || return 0
    unmount_below "$dir"
    if has_mounts_below "$(readlink -f "$dir")"; then
        die "refusing to delete $dir: something is still mounted below it"
    fi
    rm -rf --one-file-system "$dir"
}

# ------------------------------------------------------------------------------
# build

BUILD_TMP=""
build_cleanup() {
    if [ -n "$BUILD_TMP" ]; then
        remove_build_dir "$BUILD_TMP" || true
        BUILD_TMP=""
    fi
}

# True if a live process (a lab QEMU started by any state dir) references image dir $1.
image_in_use() {
    local f c
    for f in /proc/[0-9]*/cmdline; do
        c="$(tr '\0' ' ' <"$f" 2>/dev/null)" || continue
        case "$c" in *qemu-system*"$1/"*) return 0 ;; esac
    done
    return 1
}

prune_cache() {
    local keep="$1" d n=0
    # Stale, killed builds (we hold the cache lock, so none is in progress).
    for d in "$CACHE_DIR"/.build.*; do
        [ -d "$d" ] || continue
        log "removing stale build dir $d"
        remove_build_dir "$d"
    done
    # Keep the newest $KEEP_KEYS complete images (by mtime; a cache hit touches it).
    while IFS= read -r d; do
        n=$((n + 1))
        if [ "$n" -gt "$KEEP_KEYS" ] && [ "$(basename "$d")" != "$keep" ]; then
            if image_in_use "$d"; then
                log "keeping old image $d: a running QEMU boots from it"
                continue
            fi
            log "pruning old image $d"
            rm -rf --one-file-system "$d"
        fi
    done < <(find "$CACHE_DIR" -mindepth 1 -maxdepth 1 -type d -regextype posix-extended \
        -regex '.*/[0-9a-f]{64}' -printf '%T@ %p\n' | sort -rn | cut -d' ' -f2-)
}

image_complete() { [ -f "$1/COMPLETE" ] && [ -f "$1/base.qcow2" ]; }

# Prints the image dir on stdout.
do_build() {
    need_root
    local key img
    key="$(cache_key)"
    img="$CACHE_DIR/$key"
    mkdir -p "$CACHE_DIR"
    if image_complete "$img"; then
        touch "$img"
        log "cache hit: $img"
        printf '%s\n' "$img"
        return 0
    fi

    local lockfd
    exec {lockfd}>"$CACHE_DIR/.lock"
    log "waiting for cache lock"
    flock "$lockfd"
    if image_complete "$img"; then # built by a concurrent run
        exec {lockfd}>&-
        touch "$img"
        printf '%s\n' "$img"
        return 0
    fi
    prune_cache "$key"

    local t0 t mirror root out
    t0="$(now)"
    mirror="$(detect_mirror)"
    BUILD_TMP="$(mktemp -d "$CACHE_DIR/.build.XXXXXX")"
    trap build_cleanup EXIT
    trap 'exit 130' INT TERM HUP
    root="$BUILD_TMP/root"
    out="$BUILD_TMP/image"
    mkdir -p "$root" "$out"
    log "building image $key from $mirror (cold build, a few minutes)"

    t="$(now)"
    run_logged debootstrap --variant=minbase --include="$(
        IFS=,
        printf '%s' "${PACKAGES[*]}"
    )" "$SUITE" "$root" "$mirror" || die "debootstrap failed"
    log "debootstrap: $(elapsed "$t") s"

    # Lab key pair (client side), generated fresh for every image.
    ssh-keygen -q -t ed25519 -N '' -C bulwark-lab -f "$out/lab_ed25519"

    # Provision inside the chroot; the bind mounts are always undone.
    t="$(now)"
    mkdir -p "$root/tmp/bulwark-lab"
    cp "$PROVISION_SCRIPT" "$root/tmp/bulwark-lab/provision-guest.sh"
    cp "$out/lab_ed25519.pub" "$root/tmp/bulwark-lab/lab_ed25519.pub"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    local prc=0
    run_logged chroot "$root" /usr/bin/env -i \
        PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb \
        LAB_PUBKEY_FILE=/tmp/bulwark-lab/lab_ed25519.pub \
        LAB_PASSWORD="$LAB_PASSWORD" LAB_SUDO_PASSWORD="$LAB_SUDO_PASSWORD" \
        LAB_ROOT_PASSWORD="$LAB_ROOT_PASSWORD" \
        /bin/bash /tmp/bulwark-lab/provision-guest.sh || prc=$?
    unmount_below "$root/proc"
    unmount_below "$root/sys"
    unmount_below "$root/dev"
    [ "$prc" -eq 0 ] || die "guest provisioning failed (rc=$prc)"
    has_mounts_below "$(readlink -f "$root")" && die "mounts left below $root"
    rm -rf "$root/tmp/bulwark-lab"
    log "provisioning: $(elapsed "$t") s"

    # Kernel + initrd are booted directly by QEMU.
    local kver
    kver="$(find "$root/boot" -maxdepth 1 -name 'vmlinuz-*' -printf '%f\n' | sed 's/^vmlinuz-//' | sort -V | tail -n1)"
    [ -n "$kver" ] || die "no kernel in image"
    cp "$root/boot/vmlinuz-$kver" "$out/vmlinuz"
    cp "$root/boot/initrd.img-$kver" "$out/initrd.img"

    # Metadata known at build time.
    local fpr certfpr
    fpr="$(ssh-keygen -l -E sha256 -f "$root/etc/ssh/ssh_host_ed25519_key.pub" | awk '{ print $2 }')"
    certfpr="$(openssl x509 -in "$root/etc/ssl/certs/bulwark-lab.crt" -noout -fingerprint -sha256 | sed 's/^.*=//')"
    {
        env_line LAB_USER "$LAB_USER"
        env_line LAB_PASSWORD "$LAB_PASSWORD"
        env_line LAB_SUDO_USER "$LAB_SUDO_USER"
        env_line LAB_SUDO_PASSWORD "$LAB_SUDO_PASSWORD"
        env_line LAB_ROOT_PASSWORD "$LAB_ROOT_PASSWORD"
        env_line LAB_HOST_KEY_ED25519_FPR "$fpr"
        env_line LAB_HOST_KEY_ED25519 "$(cut -d' ' -f2 "$root/etc/ssh/ssh_host_ed25519_key.pub")"
        env_line LAB_HTTPS_CERT_SHA256 "$certfpr"
        env_line LAB_KERNEL "$kver"
    } >"$out/lab-meta.env"

    # Root filesystem image: no loop mount needed.
    t="$(now)"
    truncate -s "$ROOTFS_SIZE" "$BUILD_TMP/root.raw"
    mkfs.ext4 -q -F -L root -d "$root" "$BUILD_TMP/root.raw"
    qemu-img convert -O qcow2 "$BUILD_TMP/root.raw" "$out/base.qcow2"
    rm -f "$BUILD_TMP/root.raw"
    log "mkfs + qcow2: $(elapsed "$t") s"

    date -u +%FT%TZ >"$out/COMPLETE"
    sync -f "$out/base.qcow2" 2>/dev/null || sync
    # Atomic publish: rename(2) within the cache filesystem.
    [ ! -e "$img" ] || remove_build_dir "$img" # incomplete leftover, never valid
    mv -T "$out" "$img"
    build_cleanup
    trap - EXIT INT TERM HUP
    prune_cache "$key"
    exec {lockfd}>&-
    log "image ready: $img ($(elapsed "$t0") s)"
    printf '%s\n' "$img"
}

# ------------------------------------------------------------------------------
# runtime helpers

# True if $1 is a live (not zombie) qemu-system process.
qemu_alive() {
    local pid="$1" state
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
    state="$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null || true)"
    [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'qemu-system'
}

# PID of our QEMU (from the pidfile) if it is alive.
running_pid() {
    local pid
    # QEMU deletes its pidfile when it exits.
    pid="$(tr -dc '0-9' 2>/dev/null <"$PIDFILE")" || return 1
    qemu_alive "$pid" || return 1
    printf '%s\n' "$pid"
}

free_ports() { # prints N free 127.0.0.1 TCP ports
    python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
}

# Send one HMP command over the monitor socket, print its output, fail on "Error".
monitor_cmd() {
    python3 - "$MONITOR" "$1" <<'PY'
import re, socket, sys
path, cmd = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(300)
s.connect(path)
def read_prompt():
    buf = b""
    while not buf.endswith(b"(qemu) "):
        chunk = s.recv(4096)
        if not chunk:
            raise SystemExit("monitor closed the connection")
        buf += chunk
    return buf
read_prompt()
s.sendall(cmd.encode() + b"\n")
raw = read_prompt().decode(errors="replace")
s.close()
text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]|\x1b[A-Za-z]", "", raw).replace("\r", "")
# Drop the prompt and the readline echo of the command (it redraws every prefix).
lines = [l for l in text.split("\n")
         if l.strip() and not l.startswith("(qemu)") and not l.rstrip().endswith(cmd)]
out = "\n".join(lines)
if out:
    print(out)
if re.search(r"\berror\b", out, re.I):
    sys.exit(1)
PY
}

ssh_opts() { # prints nothing; fills the SSH_OPTS array
    SSH_OPTS=(-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR
        -o IdentitiesOnly=yes -o ConnectTimeout=5 -i "$STATE_KEY" -p "$1")
}

# Wait until "ssh labadmin@127.0.0.1 true" works; $1 port, $2 timeout seconds.
# With $3 = sync-clock the probe also sets the guest clock to the host's (after
# loadvm the guest clock is back at snapshot time and the guest has no NTP).
wait_ssh() {
    local port="$1" timeout="$2" mode="${3:-}" deadline remote
    deadline=$((SECONDS + timeout))
    ssh_opts "$port"
    while [ "$SECONDS" -lt "$deadline" ]; do
        remote=true
        if [ "$mode" = sync-clock ]; then
            remote="sudo -n date -u -s @$(date +%s.%N) >/dev/null"
        fi
        if timeout 15 ssh "${SSH_OPTS[@]}" -o BatchMode=yes "$LAB_USER@127.0.0.1" "$remote" </dev/null 2>/dev/null; then
            return 0
        fi
        running_pid >/dev/null || return 2
        sleep 0.5
    done
    return 1
}

boot_failure() {
    printf '[labvm] ERROR: %s\n' "$1" >&2
    if [ -s "$QEMU_LOG" ]; then
        printf '%s\n' '--- qemu.log ---' >&2
        tail -n 20 "$QEMU_LOG" >&2
    fi
    printf '%s\n' "--- serial log tail ($SERIAL_LOG) ---" >&2
    tail -n 40 "$SERIAL_LOG" >&2 2>/dev/null || true
    kill_qemu
    exit 1
}

kill_qemu() {
    local pid
    pid="$(running_pid)" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        qemu_alive "$pid" || break
        sleep 0.1
    done
    if qemu_alive "$pid"; then
        log "QEMU $pid did not exit after TERM, sending KILL"
        kill -KILL "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            qemu_alive "$pid" || break
            sleep 0.1
        done
    fi
    qemu_alive "$pid" && die "QEMU $pid is still alive"
    return 0
}

load_env() {
    [ -f "$ENV_FILE" ] || die "no $ENV_FILE (is the lab started?)"
    # shellcheck disable=SC1090
    . "$ENV_FILE"
}

# ------------------------------------------------------------------------------
# subcommands

do_start() {
    need_root
    if running_pid >/dev/null && [ -f "$ENV_FILE" ]; then
        printf '%s\n' "$ENV_FILE"
        return 0
    fi
    mkdir -p "$STATE_DIR"
    local lockfd
    exec {lockfd}>"$STATE_DIR/.lock"
    flock "$lockfd"
    if running_pid >/dev/null && [ -f "$ENV_FILE" ]; then # started concurrently
        printf '%s\n' "$ENV_FILE"
        return 0
    fi
    kill_qemu # a half-started leftover (alive but no env file)

    local img
    img="$(do_build)"
    [ -f "$img/base.qcow2" ] || die "no base image"

    rm -f "$OVERLAY" "$SPARE" "$ENV_FILE" "$PIDFILE" "$MONITOR" "$SERIAL_LOG" "$QEMU_LOG" "$KNOWN_HOSTS"
    qemu-img create -q -f qcow2 -F qcow2 -b "$img/base.qcow2" "$OVERLAY"
    qemu-img create -q -f qcow2 "$SPARE" "$SPARE_SIZE"
    install -m 0600 "$img/lab_ed25519" "$STATE_KEY"
    install -m 0644 "$img/lab_ed25519.pub" "$STATE_KEY.pub"

    local accel=(-accel "tcg,thread=multi,tb-size=256")
    if grep -qwE 'vmx|svm' /proc/cpuinfo && [ -w /dev/kvm ]; then
        accel=(-accel kvm)
    fi

    local t0 attempt ssh_port https_port
    t0="$(now)"
    for attempt in 1 2 3; do
        read -r ssh_port https_port <<<"$(free_ports 2)"
        log "starting QEMU (ssh 127.0.0.1:$ssh_port, https 127.0.0.1:$https_port, ${accel[*]})"
        if qemu-system-x86_64 "${accel[@]}" -cpu max -m 512 -smp 2 \
            -name bulwark-lab -nodefaults -display none -daemonize \
            -serial "file:$SERIAL_LOG" -pidfile "$PIDFILE" \
            -monitor "unix:$MONITOR,server,nowait" \
            -kernel "$img/vmlinuz" -initrd "$img/initrd.img" -append "$KERNEL_CMDLINE" \
            -drive "file=$OVERLAY,if=virtio,format=qcow2,cache=unsafe" \
            -drive "file=$SPARE,if=virtio,format=qcow2,cache=unsafe" \
            -netdev "user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:$ssh_port-:22,hostfwd=tcp:127.0.0.1:$https_port-:443" \
            -device virtio-net-pci,netdev=n0 -device virtio-rng-pci \
            >"$QEMU_LOG" 2>&1 {lockfd}>&-; then # the daemon must not inherit the lock
            break
        fi
        [ "$attempt" -lt 3 ] || boot_failure "QEMU failed to start"
        log "QEMU failed to start (port race?), retrying"
        sleep 1
    done
    local pid
    pid="$(running_pid)" || boot_failure "QEMU exited right after start"

    local rc=0
    wait_ssh "$ssh_port" "$BOOT_TIMEOUT" || rc=$?
    case "$rc" in
        0) ;;
        2) boot_failure "QEMU died during boot" ;;
        *) boot_failure "SSH did not answer within $BOOT_TIMEOUT s" ;;
    esac
    log "SSH up after $(elapsed "$t0") s"

    # The guest host key must be the one generated at build time.
    local fpr seen
    # shellcheck disable=SC1091
    fpr="$(. "$img/lab-meta.env" && printf '%s' "$LAB_HOST_KEY_ED25519_FPR")"
    seen="$(ssh-keyscan -T 10 -t ed25519 -p "$ssh_port" 127.0.0.1 2>/dev/null | ssh-keygen -l -E sha256 -f - | awk '{ print $2 }')"
    [ "$seen" = "$fpr" ] || boot_failure "guest host key $seen does not match build-time key $fpr"
    # shellcheck disable=SC1091
    printf '[127.0.0.1]:%s ssh-ed25519 %s\n' "$ssh_port" "$(. "$img/lab-meta.env" && printf '%s' "$LAB_HOST_KEY_ED25519")" >"$KNOWN_HOSTS"

    local t
    t="$(now)"
    monitor_cmd "savevm clean" >&2 || boot_failure "savevm failed"
    log "savevm clean: $(elapsed "$t") s"

    local tmp="$ENV_FILE.tmp"
    {
        printf '# Bulwark lab VM (generated by tests/lab/labvm.sh start)\n'
        printf 'LAB_HOST=127.0.0.1\n'
        env_line LAB_SSH_PORT "$ssh_port"
        env_line LAB_HTTPS_PORT "$https_port"
        env_line LAB_KEY "$STATE_KEY"
        env_line LAB_KNOWN_HOSTS "$KNOWN_HOSTS"
        cat "$img/lab-meta.env"
        printf 'LAB_SPARE_DISK=/dev/vdb\n'
        env_line LAB_PID "$pid"
        env_line LAB_MONITOR "$MONITOR"
        env_line LAB_SERIAL_LOG "$SERIAL_LOG"
        env_line LAB_STATE "$STATE_DIR"
        env_line LAB_IMAGE "$img"
    } >"$tmp"
    mv -f "$tmp" "$ENV_FILE"
    log "lab ready in $(elapsed "$t0") s"
    printf '%s\n' "$ENV_FILE"
}

do_stop() {
    local pid
    if pid="$(running_pid)"; then
        log "stopping QEMU pid $pid"
        kill_qemu
    else
        log "not running"
    fi
    rm -f "$OVERLAY" "$SPARE" "$ENV_FILE" "$PIDFILE" "$MONITOR" "$STATE_KEY" "$STATE_KEY.pub" "$KNOWN_HOSTS"
}

do_reset() {
    running_pid >/dev/null || die "lab is not running"
    load_env
    local t0
    t0="$(now)"
    monitor_cmd "loadvm clean" >&2 || die "loadvm failed"
    local rc=0
    wait_ssh "$LAB_SSH_PORT" "$RESET_TIMEOUT" sync-clock || rc=$?
    [ "$rc" -eq 0 ] || die "SSH did not come back after loadvm (rc=$rc)"
    log "reset done in $(elapsed "$t0") s"
}

do_status() {
    local pid
    if pid="$(running_pid)"; then
        printf 'running (pid %s)\n' "$pid"
        if [ -f "$ENV_FILE" ]; then
            printf 'env: %s\n' "$ENV_FILE"
            cat "$ENV_FILE"
        fi
        return 0
    fi
    printf 'not running\n'
    return 3
}

do_ssh() {
    running_pid >/dev/null || die "lab is not running"
    load_env
    ssh_opts "$LAB_SSH_PORT"
    exec ssh "${SSH_OPTS[@]}" "$LAB_USER@127.0.0.1" "$@"
}

usage() {
    sed -n 's/^# Usage: //p' "$SCRIPT_PATH" >&2
    exit 2
}

main() {
    [ $# -ge 1 ] || usage
    local cmd="$1"
    shift
    case "$cmd" in
        build) do_build ;;
        start) do_start ;;
        stop) do_stop ;;
        reset) do_reset ;;
        status) do_status ;;
        ssh) do_ssh "$@" ;;
        -h | --help | help) usage ;;
        *) usage ;;
    esac
}

main "$@"
