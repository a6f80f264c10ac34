// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/luks/LuksChoice.h"
#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Turns the LUKS wizard's choice into a ChangePlan that encrypts one empty device: a random 64-byte key file in
// /etc/luks-keys (0700), luksFormat (LUKS2, aes-xts-plain64, 512-bit key, argon2id, the UUID chosen here so the
// crypttab line is final before apply), a header backup next to the key, open, mkfs, the mount point, one appended
// line each in /etc/crypttab and /etc/fstab (nofail: a missing device never stops the boot) and the mount. Pure: the
// BlockDeviceSnapshot is its only input; no network. No secret is ever in an argv or the plan: the key is generated
// on the host and only its path travels.
//
// LuksChoice::unlock: the key file alone (default), the key file plus a passphrase key slot (luksAddKey, unlocked by
// the key file, before the header backup so the backup has both), or a passphrase alone (luksFormat and open read
// it; no key file; crypttab says "none", so the boot asks on the console and the data stays locked until then). A
// passphrase reaches cryptsetup only on stdin, through the CommandStep secret slot passphraseSlot(), given to the
// Applier at apply time, exactly (cryptsetup --key-file - and luksAddKey's "-" read up to EOF, byte for byte).
//
// Refused whatever is typed (plain words in the Error): a device that is mounted or has anything below it mounted
// (including swap), holds the root filesystem, is busy (an open LUKS mapping, an LVM or RAID member in use), is read
// only, not a disk/partition/LV/loop device, or too small; a mapper name or mount point that is taken or unsafe.
// Mounted devices are refused even with the typed confirmation: formatting under a live filesystem corrupts what
// the running system still writes, and the admin can unmount first (the stricter reading of issue 8's acceptance).
//
// Refused unless `confirmation` equals the device path exactly (then the plan warns loudly and comments out the old
// fstab/crypttab lines, so the next boot does not wait for a filesystem that is gone): the device holds a filesystem
// or other signature, a partition table or partitions, is already LUKS, or is named in fstab/crypttab.
//
// A plan for an empty device starts with a read-only check that it is still empty (wipefs lists nothing): luksFormat
// --batch-mode would not ask. wipefs --all and luksFormat open the device exclusively, so a device mounted since the
// scan makes them fail instead of formatting it.
//
// luksFormat, wipefs and mkfs cannot be undone: their steps have no inverse and say so; rolling back the plan puts
// fstab and crypttab back, unmounts and closes the mapping, and keeps the key and the header backup (the only way
// into what was formatted).
class LuksPlanner
{
public:
    // What planning `device` would meet before any choice: reasons it is refused whatever is typed, and what the
    // typed confirmation would destroy. A value type.
    struct Assessment
    {
        QStringList refusals;
        QStringList destroys;

        bool refused() const { return !refusals.isEmpty(); }
        bool needsConfirmation() const { return !destroys.isEmpty(); }
    };

    static Result<ChangePlan> plan(const Luks::BlockDeviceSnapshot &host, const LuksChoice &choice);
    static Assessment assess(const Luks::BlockDeviceSnapshot &host, const QString &device);

    // One line for the wizard's device list: "mounted at /srv; in /etc/fstab; ext4" or "empty".
    static QString usage(const Luks::BlockDevice &device);
    // The encryption state of `device` in plain words: LUKS version, cipher, key size, key derivation, key slots,
    // what is weak; for a LUKS device or one holding a filesystem, the cost and the risk of `cryptsetup reencrypt`
    // (offered only when `backupVerified`). Text only: Bulwark plans no reencryption.
    static QString encryptionReport(const Luks::BlockDevice &device, bool backupVerified);

    // The secret slot of the passphrase a plan with LuksChoice::Unlock::KeyFileAndPassphrase or Passphrase reads on
    // stdin at apply time (ApplyOptions::secrets): exactly the bytes typed at the console later, no newline.
    static QString passphraseSlot() { return QStringLiteral("luks-passphrase"); }

    static bool isValidMapperName(const QString &name);
    static QString keyFilePath(const QString &mapperName);      // /etc/luks-keys/NAME.key
    static QString headerBackupPath(const QString &mapperName); // /etc/luks-keys/NAME.header
    // The lines the plan appends.
    static QByteArray crypttabLine(const LuksChoice &choice, const QString &luksUuid);
    static QByteArray fstabLine(const LuksChoice &choice);
};

} // namespace Bulwark::Plan
