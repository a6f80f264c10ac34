// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountsSnapshot.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>

namespace Bulwark::Facts {

// Reads what the accounts planner needs beyond the scan's facts: the sudoers configuration and the operator's
// identity (SudoersReader), then one elevated, read-only command for shadow's expiry columns (never a hash),
// /etc/group, per-user crontabs and mail spools, the uids of running processes and the nologin programs.
// Thread: the Session's.
class AccountsReader
{
public:
    static Result<AccountsSnapshot> read(Transport::Session &session, bool sessionHasSudoPassword,
                                         const CancelToken &cancel);

    // The fixed script of that command; argv is {"sh", "-c", script(), "sh", BOUNDARY}.
    static QByteArray script();
    // Parses the command's output (pure); fills the snapshot's fields other than sudoers and loginMethod.
    static Result<void> parse(const QByteArray &output, const QByteArray &boundary, AccountsSnapshot &into);
};

} // namespace Bulwark::Facts
