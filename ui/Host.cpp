// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Host.h"

namespace Bulwark::Ui {

QString Host::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!target.alias.isEmpty())
        return target.alias;
    return target.hostName;
}

QDateTime Host::bootTime() const
{
    if (!factsUpdated.isValid() || facts.uptimeSeconds < 0)
        return {};
    return factsUpdated.addSecs(-facts.uptimeSeconds);
}

} // namespace Bulwark::Ui
