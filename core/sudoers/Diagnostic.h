// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Bulwark::Sudoers {

// One message about a sudoers file, located by 1-based line and column (byte column in the physical line).
struct Diagnostic
{
    enum class Severity
    {
        Warning, // visudo accepts the file but says something (unused or undefined alias)
        Error,   // the file is refused
    };
    Severity severity = Severity::Error;
    QString path;
    int line = 0;
    int column = 0;
    QString message; // plain language, translated

    // "path:line:column: message", like visudo.
    QString toString() const { return QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message); }
};

} // namespace Bulwark::Sudoers
