// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"
#include "core/windows/WindowsAdminChoice.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Windows {

// Renames and/or disables the built-in Administrator over the Windows fact tree (FACTS-windows.md). Pure: reads only
// the facts it is given, no network.
//
// The account is found by its RID (500), never by its name, and every command targets it by SID
// (Get-LocalUser / Rename-LocalUser / Disable-LocalUser -SID), so an account that was renamed before, or another
// account called "Administrator", is never mistaken for it. One change, one PowerShell step (PowerShellStep) that
// renames (when the name differs) and disables; its check prints "<name>/<enabled>" of the SID; its undo renames
// back and enables again when it was enabled, checked the same way. The step carries the state change the preview
// shows as a diff ("Name: Administrator" / "Enabled: True" -> "Name: pacs-admin" / "Enabled: False"). Not
// access-affecting: the lock-out checks below keep every way in working instead.
//
// Refused (Error says why):
// - the facts list no built-in Administrator, or are not a Windows host's;
// - Bulwark itself logs in as that account (probe.userSid, else probe.user) or the facts do not say as whom;
// - disabling would leave no other enabled local administrator (local users in groups.administrators, or accounts
//   marked administrator, enabled), unless the host is a domain member (its domain administrators remain: a
//   warning) ;
// - a new name Windows refuses (isValidAccountName) or that an account, a well-known local group or the computer
//   already uses (case-insensitive);
// - nothing to do (same name, already disabled, Guest not asked for or already disabled).
// With WindowsAdminChoice::disableGuest, a second change disables the built-in Guest (RID 501, by SID), checked and
// undone the same way; the session and last-administrator checks concern only the Administrator's change.
// Warnings: a new name attackers try first ("Admin", "root", ...), services that log on as the account by name.
class WindowsAdminPlanner
{
public:
    static Result<Plan::ChangePlan> plan(const QJsonObject &facts, const WindowsAdminChoice &choice);

    // The accounts[] element with RID 500 (rid, else the SID's last part; never the name).
    static std::optional<QJsonObject> builtinAdministrator(const QJsonObject &facts);
    // The accounts[] element with RID 501, the built-in Guest.
    static std::optional<QJsonObject> builtinGuest(const QJsonObject &facts);
    // Windows local user name rules: 1 to 20 characters, not only periods and blanks, no leading or trailing blank,
    // no control characters, none of " / \ [ ] : ; | = , + * ? < > @.
    static bool isValidAccountName(const QString &name);
    // Why `name` cannot be the built-in Administrator's new name on this host ("" when it can): invalid, or the
    // name of another account, a well-known local group or the computer.
    static QString newNameRefusal(const QJsonObject &facts, const QString &name);
    // A name attackers guess first (administrator, admin, root, ...): allowed, with a warning.
    static bool isGuessableName(const QString &name);
    // True when Bulwark's scan ran as `account` (by SID; by DOMAIN\name with the computer's name when the SID is
    // missing); nullopt when the facts do not say who ran it.
    static std::optional<bool> isSessionAccount(const QJsonObject &facts, const QJsonObject &account);
    // Enabled local administrator accounts other than the built-in one, by name.
    static QStringList otherEnabledAdministrators(const QJsonObject &facts);
    // The Windows accounts rules (catalog) that fail on `facts` and pass once the built-in Administrator is called
    // `newName` and enabled or not.
    static QStringList ruleIds(const QJsonObject &facts, const QString &newName, bool enabled);

    // "Name: Administrator\nEnabled: True".
    static QString stateText(const QString &name, bool enabled);

private:
    static Plan::Change administratorChange(const QJsonObject &facts, const QString &sid, const QString &name,
                                            bool enabled, const QString &newName, bool disable);
    static Plan::Change guestChange(const QJsonObject &facts, const QJsonObject &guest);
};

} // namespace Bulwark::Windows
