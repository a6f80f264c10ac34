// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/UnitState.h"

#include <QJsonArray>

namespace Bulwark::Plan {

QString UnitState::display() const
{
    const QString enabledPart = enabled.isEmpty() ? QStringLiteral("unknown") : enabled;
    return enabledPart + u'+' + (running ? QStringLiteral("running") : QStringLiteral("stopped"));
}

bool UnitState::isEnabled() const
{
    return enabled == QLatin1String("enabled") || enabled == QLatin1String("enabled-runtime");
}

UnitState UnitState::fromEntry(const QJsonObject &entry)
{
    UnitState state;
    state.found = true;
    state.unit = entry.value(QStringLiteral("unit")).toString();
    state.name = entry.value(QStringLiteral("name")).toString();
    state.enabled = entry.value(QStringLiteral("enabled")).toString();
    state.active = entry.value(QStringLiteral("active")).toString();
    state.running = state.active == QLatin1String("active") || state.active == QLatin1String("activating") ||
                    state.active == QLatin1String("reloading");
    return state;
}

UnitState UnitState::fromFacts(const QJsonObject &facts, const QString &unit)
{
    for (const QString &key : {QStringLiteral("services"), QStringLiteral("sockets"), QStringLiteral("paths")}) {
        const QJsonArray list = facts.value(key).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("unit")).toString() == unit)
                return fromEntry(entry);
        }
    }
    UnitState missing;
    missing.unit = unit;
    return missing;
}

} // namespace Bulwark::Plan
