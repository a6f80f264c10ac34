// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Bulwark::Plan {

// What the admin picked in the LUKS wizard (or a test) for one empty device. A value type.
struct LuksChoice
{
    enum class Filesystem
    {
        Ext4,
        Xfs,
    };
    // How the key slot's passphrase is stretched.
    enum class KeyDerivation
    {
        Argon2id,           // the default: memory-hard, cryptsetup benchmarks the host for about 2 s of work
        FastPbkdf2ForTests, // pbkdf2 with 1000 iterations: only for test hosts (argon2 under an emulated CPU takes
                            // minutes); weak against guessing a passphrase, harmless for a random 64-byte key file
    };

    // How the device is unlocked.
    enum class Unlock
    {
        KeyFile,              // the default: a random 64-byte key file on the host, used by crypttab at boot
        KeyFileAndPassphrase, // the key file, plus a passphrase key slot for the admin (recovery, another host)
        Passphrase,           // a passphrase only: nothing secret stays on the host, but every boot waits for
                              // someone to type it on the console (crypttab "none"); the data stays locked until then
    };

    QString device;     // "/dev/sdb" or "/dev/sdb1", as lsblk names it
    QString mapperName; // "data": /dev/mapper/data, /etc/luks-keys/data.key
    Filesystem filesystem = Filesystem::Ext4;
    QString mountPoint; // "/srv/data"
    KeyDerivation keyDerivation = KeyDerivation::Argon2id;
    Unlock unlock = Unlock::KeyFile;
    // The LUKS UUID to give the header (luksFormat --uuid), so the crypttab line is final before apply; empty: the
    // planner generates one.
    QString luksUuid;
    // The device path typed again by the admin: needed when the device holds a filesystem, a partition table or any
    // other signature, is already LUKS, or is named in fstab/crypttab. Never enough for a mounted or busy device.
    QString confirmation;
    // Overrides the snapshot's host name as the plan's host name.
    QString hostDisplayName;
};

} // namespace Bulwark::Plan
