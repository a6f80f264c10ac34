// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Bulwark::Sudoers {

// One linter finding, explained for a sysadmin: what, why it matters, how to fix.
struct LintFinding
{
    enum class Severity
    {
        Info,
        Low,
        Medium,
        High,
    };
    QString id; // stable, e.g. "sudoers.nopasswd-all"
    Severity severity = Severity::Info;
    QString path;
    int line = 0; // 0: the file or the whole configuration
    QString message;
    QString why;
    QString fix;
};

} // namespace Bulwark::Sudoers
