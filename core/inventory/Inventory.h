// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/inventory/HostEntry.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace Bulwark::Inventory {

// The user's hosts, saved as JSON in the config directory (hosts.json). A value type: the UI's model owns one and
// saves it after each change. Saving is atomic (QSaveFile), so a crash never leaves half a file.
class Inventory
{
public:
    // $XDG_CONFIG_HOME/Bulwark/hosts.json (QStandardPaths::AppConfigLocation).
    static QString defaultPath();

    // A missing file is an empty inventory; a malformed one is an error and is left untouched on disk.
    static Result<Inventory> load(const QString &path);
    Result<void> save(const QString &path) const;

    const QList<HostEntry> &hosts() const { return m_hosts; }
    std::optional<HostEntry> host(const QUuid &id) const;
    QStringList groups() const; // sorted, without ""

    void add(const HostEntry &host);
    bool update(const HostEntry &host); // by id
    bool remove(const QUuid &id);

private:
    QList<HostEntry> m_hosts;
};

} // namespace Bulwark::Inventory
