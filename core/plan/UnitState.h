// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Bulwark::Plan {

// A systemd unit's state as the facts recorded it (services[], sockets[], paths[] entries).
struct UnitState
{
    bool found = false;
    QString unit;
    QString name;
    QString enabled; // as systemctl printed it; empty when the facts have none
    bool running = false;
    QString active; // raw; empty when the unit was not loaded

    // "enabled+running", "disabled+stopped", "unknown+stopped"
    QString display() const;
    bool isEnabled() const;

    // Looks `unit` up in facts.services / facts.sockets / facts.paths by its full unit name.
    static UnitState fromFacts(const QJsonObject &facts, const QString &unit);
    static UnitState fromEntry(const QJsonObject &entry);
};

} // namespace Bulwark::Plan
