// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Who logs in, and how: the operator's own session, for the SSH lock-out pre-flight.
struct SshLogin
{
    enum class Method
    {
        PublicKey,
        Password, // password or keyboard-interactive
    };
    QString user;
    QStringList groups;
    QString clientHost;    // as sshd sees it (may be empty)
    QString clientAddress; // as sshd sees it
    Method method = Method::PublicKey;
};

// Whether sshd, configured as `effective` says, still lets `login` in. `effective` is the output of
// `sshd -T -C user=U,host=H,addr=A` as lower-case keyword -> value (Match blocks already applied by sshd itself),
// so this only has to read the settings that decide a login: PermitRootLogin, PubkeyAuthentication,
// PasswordAuthentication, KbdInteractiveAuthentication, AuthenticationMethods, and DenyUsers, AllowUsers,
// DenyGroups, AllowGroups in sshd's order (patterns with * and ?, USER@HOST forms). Pure.
//
// Conservative: a setting it does not understand (AuthenticationMethods with other methods than the login's,
// a "!" negation in a list, a CIDR host in USER@HOST) gives an error naming it, never a yes.
class SshAccess
{
public:
    static Result<void> check(const QHash<QString, QString> &effective, const SshLogin &login);
    // Parses `sshd -T` output ("keyword value" lines) into keyword -> value; repeated keywords are joined with ",".
    static QHash<QString, QString> parseEffective(const QByteArray &output);
    // OpenSSH's match_pattern: '*' any run, '?' one character, case-sensitive.
    static bool matchesPattern(const QString &text, const QString &pattern);
};

} // namespace Bulwark::Plan
