// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDevice.h"

#include <QByteArray>
#include <QList>

namespace Bulwark::Luks {

// The block devices of a host and the files that decide what is mounted and unlocked at boot, read by
// BlockDevices::read in one elevated command. A value type.
struct BlockDeviceSnapshot
{
    QList<BlockDevice> devices; // lsblk order: a parent before its children

    bool fstabRead = false;
    QByteArray fstab; // /etc/fstab as it is (the planner's FileEdit before)
    bool crypttabExists = false;
    bool crypttabRead = false; // read, or known not to exist
    QByteArray crypttab;       // /etc/crypttab as it is; empty when it does not exist

    // The device with `path`, or nullptr.
    const BlockDevice *device(const QString &path) const
    {
        for (const BlockDevice &d : devices) {
            if (d.path == path)
                return &d;
        }
        return nullptr;
    }
};

} // namespace Bulwark::Luks
