// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// What the admin asked the sudoers wizard (or `bulwark-cli plan sudoers`) for.
struct SudoersChoice
{
    enum class Action
    {
        Grant,    // add a rule in a drop-in: /etc/sudoers.d/50-bulwark-<principal>
        Revoke,   // remove one user specification (the drop-in goes when nothing but comments is left)
        Restrict, // replace one user specification by a narrower one for the same users
    };
    Action action = Action::Grant;

    // Grant and Restrict: the new rule. principal: "alice" or "%dbadmins" (Restrict keeps the rule's own users when
    // empty). commands: absolute paths with optional arguments ("/usr/bin/systemctl restart nginx"); "ALL" is
    // refused unless allowAll is set (the wizard asks twice).
    QString principal;
    QStringList commands;
    QString runAs = QStringLiteral("root");
    bool noPassword = false;
    bool noExec = false; // NOEXEC: the commands cannot start other programs
    bool allowAll = false;

    // Revoke and Restrict: the rule, by file and the first physical line of its user specification.
    QString file;
    int line = 0;

    QString hostDisplayName;
};

} // namespace Bulwark::Plan
