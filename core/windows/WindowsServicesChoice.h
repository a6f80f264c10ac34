// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Bulwark::Windows {

// What the user picked in the Windows services wizard (or `bulwark-cli plan services --disable` on a Windows host).
struct WindowsServicesChoice
{
    // Service names (Win32_Service Name, "Spooler"; compared case-insensitively like Windows does) to disable.
    QStringList disable;
    // Also stop the running ones now (Stop-Service -Force); otherwise they stop at the next restart.
    bool stopNow = true;
    // Overrides facts.host.hostname as the plan's host name.
    QString hostDisplayName;
};

} // namespace Bulwark::Windows
