// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/SudoersReader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Bulwark::Facts {

// One line of /etc/group as the accounts planner needs it.
struct GroupEntry
{
    QString name;
    qint64 gid = -1;
    QStringList members; // the member list of /etc/group (not the accounts whose primary group it is)

    friend bool operator==(const GroupEntry &, const GroupEntry &) = default;
};

// What the accounts planner needs from a host beyond the scan's facts, read by AccountsReader in one go: who
// Bulwark is on the host and what can use sudo, plus the account data the probe leaves out. A value type.
// Never holds a password hash: shadow is reduced to its expiry and inactivity columns on the host.
struct AccountsSnapshot
{
    SudoersSnapshot sudoers; // the operator's identity (sudoers.identity) and the sudoers configuration
    QString loginMethod;     // how the session logged in: "password", "publickey (agent)", ...; empty: unknown

    bool shadowRead = false;
    QHash<QString, QString> expiry; // account -> shadow field 8 (days since 1970; "" never expires)

    bool groupsRead = false;
    QList<GroupEntry> groups; // /etc/group in file order

    QStringList crontabs;   // paths of per-user crontabs (/var/spool/cron/crontabs/NAME, ...)
    QStringList mailSpools; // paths of mail spools (/var/mail/NAME, ...)
    bool processesRead = false;
    QSet<qint64> processUids;  // uids with a running process
    QStringList nologinShells; // executable among /usr/sbin/nologin, /sbin/nologin, in that order

    // The entry of group `name`, or nullptr.
    const GroupEntry *group(const QString &name) const;
    const GroupEntry *groupById(qint64 gid) const;
};

} // namespace Bulwark::Facts
