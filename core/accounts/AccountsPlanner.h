// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountCandidate.h"
#include "core/accounts/AccountsChoice.h"
#include "core/accounts/AccountsSnapshot.h"
#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Turns the accounts wizard's choice into a ChangePlan. Pure: the scan's facts (accounts[], groups, sudoers,
// sshd.effective) and the AccountsSnapshot (the operator, sudoers, shadow expiry, /etc/group, crontabs, ...) are
// its inputs; no network.
//
// Every change is one usermod/groupmod/passwd argv (account names after "--"), run elevated, flagged
// access-affecting (the Applier arms a host-side auto-revert for it), with a verify check that prints one field of
// /etc/passwd, /etc/group or the class of the shadow password (never the hash), and an inverse that restores the
// exact value from before: the old shell, the old expiry date or none, the password unlocked only when it was usable
// before (an empty password comes back through passwd -d, since usermod -U refuses to unlock to an empty one), the
// old name and home.
//
// Refused (Error names why), the lock-out pre-flight:
// - the account Bulwark logs in as, and any account with its user id (root's when Bulwark is root): not locked,
//   expired, set to nologin or renamed;
// - root: never expired, set to nologin or renamed; its password is locked only when Bulwark does not log in as root
//   with a password (or an unknown method) and another account keeps working sudo (SudoAccess on the sudoers
//   configuration; an answer that is not certain counts as no);
// - a name that is not a portable user name, an account the facts do not list, a new name that exists already;
// - what cannot be undone exactly: a password, expiry or group state that was not read.
// Warnings (in the plan): what still refers to a renamed account (sudoers, sshd AllowUsers/DenyUsers, groups,
// crontab, mail spool, running processes), the sudo rights an account loses the use of, what locking root means.
class AccountsPlanner
{
public:
    static Result<ChangePlan> plan(const QJsonObject &facts, const AccountsChoice &choice,
                                   const Facts::AccountsSnapshot &host);

    // The accounts the wizard should offer, in this order: uid-0 accounts other than root, accounts with an empty
    // or no password but a login shell, system accounts with a login shell, root with a usable password while an
    // administrator has working sudo. `host` may be nullptr (not read yet): root then counts the sudo and wheel
    // groups of the facts, like BW-LNX-ACC-005.
    static QList<AccountCandidate> candidates(const QJsonObject &facts, const Facts::AccountsSnapshot *host);

    // Why `action` would be refused on its own ("" when it would not): the checks plan() makes per action.
    static QString refusal(const QJsonObject &facts, const AccountAction &action, const Facts::AccountsSnapshot &host);

    // The accounts other than root that keep a working way to root through sudo, leaving out `excluded` (accounts a
    // plan locks, expires, sets to nologin or renames). Conservative: Unknown answers do not count.
    static QStringList workingAdmins(const QJsonObject &facts, const Facts::AccountsSnapshot &host,
                                     const QStringList &excluded = {});

    // What refers to account `name` by name: one plain sentence each.
    static QStringList references(const QJsonObject &facts, const QString &name, const Facts::AccountsSnapshot &host);

    // The nologin program to use: the snapshot's, else the one most other accounts in the facts use; "" when none.
    static QString nologinShell(const QJsonObject &facts, const Facts::AccountsSnapshot &host);

    // An existing account name Bulwark will act on: POSIX portable characters, no leading '-', at most 32.
    static bool isValidAccountName(const QString &name);
    // A new name: what useradd accepts by default (lower case letter or _ first, then a-z 0-9 _ -, an optional $).
    static bool isValidNewName(const QString &name);

    // The rule ids each kind of action addresses on an account (uid 0 -> BW-LNX-ACC-002, ...).
    static QStringList ruleIdsFor(const QJsonObject &account, AccountAction::Kind kind, bool adminsExist);
};

} // namespace Bulwark::Plan
