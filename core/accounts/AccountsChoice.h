// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Bulwark::Plan {

// One thing the accounts wizard (or `bulwark-cli plan accounts`) asks for one account. A value type.
struct AccountAction
{
    enum class Kind
    {
        LockPassword, // usermod -L: the password stops working (SSH keys still do)
        Expire,       // usermod -e 1: the account expired on 1970-01-02, so no login of any kind works
        SetNologin,   // usermod -s <nologin>: nobody gets a shell as the account
        Rename,       // usermod -l <argument>, the primary group of the same name too (groupmod -n)
    };
    Kind kind = Kind::LockPassword;
    QString account;       // the name in /etc/passwd today
    QString argument;      // Rename: the new name; SetNologin: the shell (empty: the host's nologin)
    bool moveHome = false; // Rename: also rename the home directory /home/old -> /home/new (usermod -d -m)

    friend bool operator==(const AccountAction &, const AccountAction &) = default;
};

// What the admin picked: the actions, applied in the order lock, expire, nologin, rename whatever the list says.
struct AccountsChoice
{
    QList<AccountAction> actions;
    // Overrides facts.host.hostname as the plan's host name.
    QString hostDisplayName;
};

} // namespace Bulwark::Plan
