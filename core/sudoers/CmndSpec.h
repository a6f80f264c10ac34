// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/Member.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace Bulwark::Sudoers {

// One command of a user specification with the runas list, options and tags in effect for it. sudo carries the
// runas list, options and tags over from the previous command of the same host section; the effective* fields
// hold the result, the written* flags say what this command spelled out itself.
struct CmndSpec
{
    bool hasRunas = false;       // a (...) applies (written here or carried over)
    bool writtenRunas = false;   // written in front of this command
    MemberList runasUsers;       // empty with hasRunas: only the invoking user (or the group list applies)
    bool hasRunasGroups = false; // a ':' was given
    MemberList runasGroups;
    QMap<QByteArray, QByteArray> options; // ROLE, TYPE, CWD, CHROOT, TIMEOUT, NOTBEFORE, NOTAFTER
    QMap<QByteArray, bool> tags;          // e.g. "PASSWD" -> false for NOPASSWD, "EXEC" -> true
    Member command;

    // NOPASSWD in effect.
    bool noPassword() const { return tags.value(QByteArrayLiteral("PASSWD"), true) == false; }
};

// "host_list = cmnd, cmnd" inside a user specification.
struct HostSection
{
    MemberList hosts;
    QList<CmndSpec> commands;
};

} // namespace Bulwark::Sudoers
