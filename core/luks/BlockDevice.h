// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Luks {

// What `cryptsetup luksDump` says about a LUKS header. A value type.
struct LuksHeader
{
    int version = 0;  // 1 or 2; 0: not LUKS (or not read)
    QString uuid;     // the header's UUID
    QString cipher;   // "aes-xts-plain64" (LUKS2: the first segment's encryption)
    int keyBits = 0;  // master key size in bits (LUKS2: the first keyslot's "Key:" bits; LUKS1: MK bits)
    QString pbkdf;    // "argon2id", "argon2i", "pbkdf2"; LUKS1 is always pbkdf2
    int keyslots = 0; // used key slots
    bool reencryptionInProgress = false; // LUKS2 "online-reencrypt" requirement

    friend bool operator==(const LuksHeader &, const LuksHeader &) = default;
};

// One line of /etc/fstab or /etc/crypttab that refers to a block device. A value type.
struct TabEntry
{
    QString file;   // "/etc/fstab" or "/etc/crypttab"
    int line = 0;   // 1-based
    QString text;   // the line as written
    QString source; // the device field: "UUID=...", "/dev/sdb1", "/dev/mapper/data", ...
    // fstab: the mount point ("/", "/srv", "none" for swap); crypttab: the mapper name.
    QString target;
    QString type; // fstab: the filesystem type; crypttab: the options

    friend bool operator==(const TabEntry &, const TabEntry &) = default;
};

// A block device as lsblk, blkid, fstab, crypttab and cryptsetup describe it, with what uses it. A value type.
struct BlockDevice
{
    QString name;    // "sdb1"
    QString path;    // "/dev/sdb1"
    QString type;    // lsblk TYPE: "disk", "part", "crypt", "lvm", "loop", "rom", "raid1", ...
    qint64 size = 0; // bytes
    bool readOnly = false;
    QString fsType;          // lsblk FSTYPE: "ext4", "crypto_LUKS", "swap", "LVM2_member", ...; "" none known
    QString uuid;            // lsblk UUID (the filesystem's or LUKS header's)
    QString label;           // lsblk LABEL
    QString partUuid;        // lsblk PARTUUID
    QString parent;          // path of the parent device ("" for a top-level disk)
    QStringList mountPoints; // where it is mounted now ("[SWAP]" for active swap)
    QStringList children;    // paths of the devices directly on it (partitions, crypt mappings, LVs)

    // blkid -p (low-level probe, not the cache): what signature is on the device itself.
    bool probed = false;    // blkid ran on it
    QString signature;      // TYPE: "ext4", "crypto_LUKS", "swap", ...; "" none found
    QString partitionTable; // PTTYPE: "gpt", "dos", ...; "" none

    LuksHeader luks;            // luks.version > 0 when cryptsetup isLuks said so
    QList<TabEntry> tabEntries; // fstab and crypttab lines naming this device (not its children)

    // Derived by BlockDevices::parse from the whole tree:
    QStringList descendantMounts;         // mount points of any device below this one
    QList<TabEntry> descendantTabEntries; // fstab/crypttab lines naming any device below this one
    bool holdsRoot = false;               // this device or one below it is mounted at "/" or is "/" in fstab
    bool onRootDisk = false;              // an ancestor (the same disk) holds the root filesystem

    bool isMounted() const { return !mountPoints.isEmpty(); }
    bool isLuks() const
    {
        return luks.version > 0 || fsType == QLatin1String("crypto_LUKS") || signature == QLatin1String("crypto_LUKS");
    }
    // A filesystem, swap, RAID/LVM member or any other signature lsblk or blkid recognised (not a partition table).
    QString contentType() const { return !signature.isEmpty() ? signature : fsType; }

    friend bool operator==(const BlockDevice &, const BlockDevice &) = default;
};

} // namespace Bulwark::Luks
