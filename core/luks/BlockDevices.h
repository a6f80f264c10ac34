// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

namespace Bulwark::Luks {

// Reads the block devices of a host and what uses them, read-only, in one elevated command: lsblk's tree (JSON, sizes
// in bytes), /etc/fstab and /etc/crypttab as they are (byte for byte: the LUKS planner edits them), `blkid -p` of
// every device (the low-level probe, not blkid's cache, so a signature lsblk's udev data misses is still seen) and
// `cryptsetup luksDump` of every LUKS device. Sections are framed by a random boundary, so no file content or device
// label can fake one. The parsers are pure functions over the bytes.
// Thread: the Session's.
class BlockDevices
{
public:
    static Result<BlockDeviceSnapshot> read(Transport::Session &session, const CancelToken &cancel);

    // The fixed script of that command; argv is {"sh", "-c", script(), "sh", BOUNDARY}.
    static QByteArray script();
    // Parses the command's whole output (pure) and derives what uses each device (resolve()).
    static Result<BlockDeviceSnapshot> parse(const QByteArray &output, const QByteArray &boundary);

    // `lsblk -J -b -o NAME,PATH,TYPE,SIZE,FSTYPE,MOUNTPOINTS,UUID,PKNAME,RO,LABEL,PARTUUID`, flattened parent first.
    // Older lsblk spellings (sizes and RO as strings, MOUNTPOINT) are accepted; devices whose path is not a plain
    // /dev path are left out. Fails on anything that is not lsblk's JSON.
    static Result<QList<BlockDevice>> parseLsblk(const QByteArray &json);
    // The active lines of /etc/fstab (file "/etc/fstab") or /etc/crypttab ("/etc/crypttab"): source, target and
    // type/options; \040-style escapes in fstab fields decoded. At most 10000 entries.
    static QList<TabEntry> parseFstab(const QByteArray &content);
    static QList<TabEntry> parseCrypttab(const QByteArray &content);
    // `blkid -p -o export` of one device: TYPE and PTTYPE into `into` (marks it probed), and UUID, LABEL and
    // PART_ENTRY_UUID where lsblk had none (lsblk reads udev's database, which containers and early boot lack).
    static void parseBlkid(const QByteArray &exportOutput, BlockDevice &into);
    // `cryptsetup luksDump` of LUKS1 or LUKS2.
    static LuksHeader parseLuksDump(const QByteArray &dump);

    // Whether an fstab/crypttab device field ("UUID=...", "PARTUUID=...", "LABEL=...", /dev/disk/by-*/...,
    // /dev/mapper/NAME or a device path) names `device`.
    static bool refersTo(const QString &source, const BlockDevice &device);
    // Fills tabEntries, descendantMounts, descendantTabEntries, holdsRoot and onRootDisk from the devices and files.
    static void resolve(BlockDeviceSnapshot &snapshot);
};

} // namespace Bulwark::Luks
