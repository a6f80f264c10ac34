// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/CommandCheck.h"
#include "core/plan/CommandStep.h"

#include <QString>
#include <QStringList>

namespace Bulwark::Windows {

// The readable form of a Windows plan step: {"powershell.exe", "-NoProfile", "-NonInteractive", "-Command", SCRIPT},
// which previews show as the script and WinRmSession sends as -EncodedCommand (never through cmd.exe quoting).
// Scripts put values in only as Transport::WindowsQuote::powershellLiteral(); they stop at the first error
// ($ErrorActionPreference = 'Stop'), so a failing cmdlet makes powershell.exe exit 1. Pure helpers; any thread.
class PowerShellStep
{
public:
    static QStringList argv(const QString &script);
    // A step that runs `script`; Windows steps never go through sudo (elevate false: WinRM sessions have the
    // account's full token).
    static Plan::CommandStep step(const QString &script, const QString &description);
    // A read-only check running `script`, passing when its trimmed output is one of `expected`.
    static Plan::CommandCheck check(const QString &script, const QStringList &expected);
    // The lines every script starts with: stop at the first error, no progress records on stderr.
    static QString prologue();
    // A single-quoted literal (WindowsQuote::powershellLiteral).
    static QString literal(const QString &value);
};

} // namespace Bulwark::Windows
