#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
#
# Guest provisioning for the Bulwark lab VM. Runs INSIDE the debootstrap chroot
# at build time (labvm.sh build), with /proc, /sys and /dev bind-mounted.
# It is part of the image cache key: any edit here triggers a rebuild.
#
# Expected environment (set by labvm.sh):
#   LAB_PUBKEY_FILE      path (inside the chroot) of the lab ed25519 public key
#   LAB_PASSWORD         password of labadmin
#   LAB_SUDO_PASSWORD    password of auditor (sudo requires it)
#   LAB_ROOT_PASSWORD    root password
#
# Everything marked "PLANTED WEAKNESS" is deliberate: the audit under test must find it.
set -euo pipefail

: "${LAB_PUBKEY_FILE:?}" "${LAB_PASSWORD:?}" "${LAB_SUDO_PASSWORD:?}" "${LAB_ROOT_PASSWORD:?}"
export DEBIAN_FRONTEND=noninteractive LC_ALL=C

log() { printf '[provision] %s\n' "$*"; }

# --- identity ----------------------------------------------------------------
log "hostname, machine-id"
echo bulwark-lab >/etc/hostname
cat >/etc/hosts <<'EOF'
127.0.0.1	localhost
127.0.1.1	bulwark-lab
::1	localhost ip6-localhost ip6-loopback
EOF
# A fixed machine-id (generated once per build). An empty one would make systemd
# treat every boot as "first boot" and run preset-all, which could re-enable units.
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >/etc/machine-id
echo >>/etc/machine-id
mkdir -p /var/lib/dbus
ln -sf /etc/machine-id /var/lib/dbus/machine-id

# --- filesystems ---------------------------------------------------------------
log "fstab"
cat >/etc/fstab <<'EOF'
# <file system> <mount point> <type> <options> <dump> <pass>
/dev/vda / ext4 defaults,errors=remount-ro 0 0
EOF

# --- small initrd ----------------------------------------------------------------
log "initramfs: MODULES=list"
mkdir -p /etc/initramfs-tools/conf.d
echo 'MODULES=list' >/etc/initramfs-tools/conf.d/bulwark-lab.conf
sed -i 's/^MODULES=.*/MODULES=list/' /etc/initramfs-tools/initramfs.conf
cat >/etc/initramfs-tools/modules <<'EOF'
# Bulwark lab: only what is needed to mount /dev/vda (virtio) as ext4.
virtio_pci
virtio_blk
virtio_net
virtio_rng
ext4
EOF
update-initramfs -u -k all

# --- network (static, offline) ---------------------------------------------------
log "systemd-networkd static 10.0.2.15/24"
mkdir -p /etc/systemd/network
cat >/etc/systemd/network/10-lab.network <<'EOF'
[Match]
Name=en* eth*

[Network]
Address=10.0.2.15/24
Gateway=10.0.2.2
LinkLocalAddressing=no
IPv6AcceptRA=no
EOF
systemctl enable systemd-networkd.service
systemctl mask systemd-networkd-wait-online.service
# No DNS at all: the guest has no route out anyway (QEMU user net, restrict=on).
rm -f /etc/resolv.conf
: >/etc/resolv.conf

# --- quiet, deterministic boot ---------------------------------------------------
log "disable periodic jobs"
for unit in apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer e2scrub_reap.service fstrim.timer; do
    if [ -e "/lib/systemd/system/$unit" ] || [ -e "/usr/lib/systemd/system/$unit" ]; then
        systemctl disable "$unit" || true
    fi
done
mkdir -p /etc/systemd/journald.conf.d
cat >/etc/systemd/journald.conf.d/90-lab.conf <<'EOF'
[Journal]
Storage=volatile
RuntimeMaxUse=16M
EOF

# --- users ---------------------------------------------------------------------------
log "users labadmin, auditor, root"
pubkey="$(cat "$LAB_PUBKEY_FILE")"
for user in labadmin auditor; do
    if ! id "$user" >/dev/null 2>&1; then
        useradd --create-home --shell /bin/bash --groups sudo "$user"
    fi
    install -d -m 0700 -o "$user" -g "$user" "/home/$user/.ssh"
    printf '%s\n' "$pubkey" >"/home/$user/.ssh/authorized_keys"
    chown "$user:$user" "/home/$user/.ssh/authorized_keys"
    chmod 0600 "/home/$user/.ssh/authorized_keys"
done
printf 'labadmin:%s\nauditor:%s\nroot:%s\n' \
    "$LAB_PASSWORD" "$LAB_SUDO_PASSWORD" "$LAB_ROOT_PASSWORD" | chpasswd

# PLANTED WEAKNESS: passwordless sudo for everything.
cat >/etc/sudoers.d/90-labadmin <<'EOF'
labadmin ALL=(ALL) NOPASSWD: ALL
EOF
chmod 0440 /etc/sudoers.d/90-labadmin
visudo -c >/dev/null

# --- sshd ----------------------------------------------------------------------------
log "sshd: host keys, weak drop-in"
# Host keys are generated now (at build time) so their fingerprints are known to the
# tests; Debian does not regenerate existing keys at boot.
ssh-keygen -A
mkdir -p /etc/ssh/sshd_config.d
# PLANTED WEAKNESS: root login and password authentication allowed.
cat >/etc/ssh/sshd_config.d/50-bulwark-lab.conf <<'EOF'
# Bulwark lab: deliberately weak settings (the audit must flag them).
PermitRootLogin yes
PasswordAuthentication yes
UseDNS no
EOF
mkdir -p /run/sshd # privilege separation dir, needed by "sshd -t" in the chroot
/usr/sbin/sshd -t
rmdir /run/sshd
systemctl enable ssh.service

# --- nginx with weak TLS ------------------------------------------------------------------
log "nginx: self-signed cert, TLSv1/1.1 enabled"
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 \
    -subj '/CN=bulwark-lab' -addext 'subjectAltName=DNS:bulwark-lab,IP:127.0.0.1' \
    -keyout /etc/ssl/private/bulwark-lab.key -out /etc/ssl/certs/bulwark-lab.crt 2>/dev/null
chmod 0600 /etc/ssl/private/bulwark-lab.key
# PLANTED WEAKNESS: legacy protocols. SECLEVEL=0 is needed so that OpenSSL 3 really
# negotiates TLS 1.0/1.1 instead of silently refusing them.
cat >/etc/nginx/sites-available/bulwark-lab-tls <<'EOF'
server {
    listen 443 ssl default_server;
    listen [::]:443 ssl default_server;
    server_name bulwark-lab;

    ssl_certificate     /etc/ssl/certs/bulwark-lab.crt;
    ssl_certificate_key /etc/ssl/private/bulwark-lab.key;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;
    ssl_ciphers DEFAULT:@SECLEVEL=0;

    root /var/www/html;
    index index.html index.nginx-debian.html;
    location / {
        try_files $uri $uri/ =404;
    }
}
EOF
ln -sf ../sites-available/bulwark-lab-tls /etc/nginx/sites-enabled/bulwark-lab-tls
# nginx.conf itself also carries an ssl_protocols line (Debian default); make it weak too.
sed -i 's/^\(\s*\)ssl_protocols .*/\1ssl_protocols TLSv1 TLSv1.1 TLSv1.2;/' /etc/nginx/nginx.conf
nginx -t 2>&1
systemctl enable nginx.service

# --- more planted weaknesses ----------------------------------------------------------------
log "avahi-daemon and cups enabled, nftables disabled with empty ruleset"
# PLANTED WEAKNESS: needless network services enabled.
systemctl enable avahi-daemon.service cups.service
# PLANTED WEAKNESS: no firewall (nftables installed, service disabled, empty ruleset).
cat >/etc/nftables.conf <<'EOF'
#!/usr/sbin/nft -f
flush ruleset
EOF
systemctl disable nftables.service || true

# --- shrink ----------------------------------------------------------------------------------
log "cleanup"
apt-get clean
rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/log/*.log /var/log/apt/* /tmp/* /var/tmp/*
log "done"
