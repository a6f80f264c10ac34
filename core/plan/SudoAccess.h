// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/SudoersFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Who is asking: the account Bulwark logs in as, and what it can answer sudo with.
struct SudoIdentity
{
    QString user;
    QStringList groups;           // supplementary and primary group names
    QString host;                 // short host name, for host lists
    bool isRoot = false;          // logged in as root: sudo is not needed
    bool hasSudoPassword = false; // the session can answer a password prompt (a password was given)
};

// Whether `identity` can run a command as root through sudo under a set of sudoers files (a SudoersTree's files,
// in sudo's order), evaluated the way sudo does: the LAST matching command of the last matching user specification
// decides; negated users, hosts and commands; User_/Runas_/Host_/Cmnd_Alias expansion; %group and #uid; tags carried
// over within a host section; Defaults !authenticate (global, :user, >root). Pure.
//
// Conservative: anything it cannot decide for certain (netgroups, non-Unix groups, wildcards that may match the
// command, host lists other than ALL or the host's own name, Defaults bound to commands) makes the answer Unknown,
// never Allowed.
class SudoAccess
{
public:
    enum class Level
    {
        Denied,
        NeedsPassword, // allowed, and sudo asks for the user's password
        NoPassword,    // allowed without a password (NOPASSWD or !authenticate)
        Unknown,
    };
    struct Answer
    {
        Level level = Level::Unknown;
        QString reason; // plain language: "labadmin ALL=(ALL) NOPASSWD: ALL in /etc/sudoers.d/90-labadmin, line 1"
        QString file;   // the deciding rule, when there is one
        int line = 0;
    };

    // `command`: the program Bulwark runs through sudo for everything it does ("/bin/sh": its elevation wrapper is
    // `sudo -- sh -c ...`); both /bin/sh and /usr/bin/sh are tried.
    static Answer evaluate(const QList<Sudoers::SudoersFile> &files, const SudoIdentity &identity,
                           const QString &command = QStringLiteral("/bin/sh"));

    // Whether Bulwark keeps a working way to root after a change from `before` to `after`: fine when after is
    // NoPassword, or NeedsPassword with identity.hasSudoPassword, or the identity is root; otherwise the Error says
    // in plain words what would be lost. Unknown after a change is refused unless it was Unknown before too.
    static Result<void> preflight(const Answer &before, const Answer &after, const SudoIdentity &identity);
};

} // namespace Bulwark::Plan
