// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/LinuxContext.h"

namespace Bulwark::Facts {

std::optional<bool> LinuxContext::unitActive(const QString &unit) const
{
    if (!unitsKnown)
        return std::nullopt;
    const auto it = units.constFind(unit);
    return it != units.constEnd() && (it->active == u"active" || it->active == u"reloading");
}

std::optional<bool> LinuxContext::unitEnabled(const QString &unit) const
{
    if (!unitsKnown)
        return std::nullopt;
    const auto it = units.constFind(unit);
    return it != units.constEnd() && (it->enabled == u"enabled" || it->enabled == u"enabled-runtime" ||
                                      it->enabled == u"indirect" || it->enabled == u"generated");
}

std::optional<bool> LinuxContext::anyUnitActive(const QStringList &names) const
{
    if (!unitsKnown)
        return std::nullopt;
    for (const QString &unit : names) {
        if (unitActive(unit).value_or(false))
            return true;
    }
    return false;
}

std::optional<bool> LinuxContext::hasAnyPackage(const QStringList &names) const
{
    if (!packagesKnown)
        return std::nullopt;
    for (const QString &name : names) {
        if (packages.contains(name))
            return true;
    }
    return false;
}

} // namespace Bulwark::Facts
