// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/windows/PowerShellStep.h"

#include "core/transport/WindowsQuote.h"

namespace Bulwark::Windows {

QStringList PowerShellStep::argv(const QString &script)
{
    return {QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
            QStringLiteral("-Command"), script};
}

Plan::CommandStep PowerShellStep::step(const QString &script, const QString &description)
{
    Plan::CommandStep step(argv(script), description);
    step.setElevate(false);
    return step;
}

Plan::CommandCheck PowerShellStep::check(const QString &script, const QStringList &expected)
{
    return Plan::CommandCheck(argv(script), expected, 0);
}

QString PowerShellStep::prologue()
{
    // Script-module cmdlets (the CDXML ones: NetSecurity, SmbShare, ...) do not see $ErrorActionPreference; the
    // default -ErrorAction reaches them, so their failures fail the step too.
    return QStringLiteral("$ErrorActionPreference = 'Stop'\n"
                          "$PSDefaultParameterValues = @{ '*:ErrorAction' = 'Stop' }\n"
                          "$ProgressPreference = 'SilentlyContinue'\n");
}

QString PowerShellStep::literal(const QString &value)
{
    return Transport::WindowsQuote::powershellLiteral(value);
}

} // namespace Bulwark::Windows
