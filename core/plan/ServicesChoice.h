// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// What the user picked in the services wizard.
struct ServicesChoice
{
    // Units to stop and disable: "cups" or "cups.service" (no suffix means .service).
    QStringList units;
    // Also mask them, so neither a dependency nor a user can start them again.
    bool mask = false;
    // Also stop and disable the .socket and .path units of the same service found in the facts (cups.socket,
    // cups.path), which would otherwise start the service again on demand.
    bool includeSocketsAndPaths = true;
    // inetd services to comment out of /etc/inetd.conf ("telnet"), as facts.inetd[].service names them.
    QStringList inetdServices;
    // Overrides facts.host.hostname as the plan's host name.
    QString hostDisplayName;
};

} // namespace Bulwark::Plan
