// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// An account the accounts wizard lists, with what the checks found and what Bulwark recommends. A value type.
struct AccountCandidate
{
    QString name;
    qint64 uid = -1;
    QString shell;
    QString password;  // set | locked | empty | none; empty when shadow was not readable
    QString lastLogin; // ISO date-time; empty when never or unknown
    bool system = false;
    bool loginShell = false;

    QStringList ruleIds;    // BW-LNX-ACC-002, ... (empty: nothing found, listed for completeness)
    QString finding;        // "user id 0 (root power) but not root" (translated)
    QString recommendation; // "Lock, expire and set nologin; find out who created it." (translated)
    bool suggestLock = false;
    bool suggestExpire = false;
    bool suggestNologin = false;

    bool isOperator = false; // Bulwark logs in as this account: nothing may be changed on it (root: see refusal)
    QString refusal;         // why no action is offered for it ("you are logged in as this account"); empty when
                             // AccountsPlanner::refusal() decides per action (root's password, Bulwark root by key)
};

} // namespace Bulwark::Plan
