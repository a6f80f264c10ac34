// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Facts {

// What several Linux fact areas need from each other (installed packages, unit states, binaries on PATH), filled
// by the first parsers and read by the later ones. Plain data; "known" flags say whether the probe answered.
struct LinuxContext
{
    struct Unit
    {
        QString enabled; // list-unit-files state; empty when the unit has no unit file
        QString load;    // list-units LOAD; empty when not loaded
        QString active;
        QString sub;
    };

    std::optional<qint64> now; // the host's clock, seconds since the epoch
    bool elevated = false;
    bool systemd = false;    // booted with systemd
    bool unitsKnown = false; // systemctl answered in full
    QHash<QString, Unit> units;
    bool packagesKnown = false;
    QSet<QString> packages;
    bool binariesKnown = false;
    QSet<QString> binaries;
    bool inetdKnown = false;
    QSet<QString> inetdEnabled; // inetd/xinetd services that are enabled

    // nullopt when unit states are unknown; false for a unit the host does not have.
    std::optional<bool> unitActive(const QString &unit) const;
    std::optional<bool> unitEnabled(const QString &unit) const;
    // Any of the units active (nullopt when unknown).
    std::optional<bool> anyUnitActive(const QStringList &units) const;
    // A package or, when the host has no package list we could read, nullopt.
    std::optional<bool> hasAnyPackage(const QStringList &names) const;
    bool hasBinary(const QString &name) const { return binaries.contains(name); }
};

} // namespace Bulwark::Facts
