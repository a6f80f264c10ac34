// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Bulwark::Windows {

// What to do with the built-in Administrator (the local account with RID 500, whatever its name) and, optionally,
// the built-in Guest (RID 501).
struct WindowsAdminChoice
{
    // The account's new name; empty keeps the name.
    QString newName;
    // Disable the account (Disable-LocalUser); false keeps it as enabled or disabled as it is.
    bool disable = true;
    // Also disable the built-in Guest account (RID 501) when it is enabled.
    bool disableGuest = false;
    // Overrides facts.host.hostname as the plan's host name.
    QString hostDisplayName;
};

} // namespace Bulwark::Windows
