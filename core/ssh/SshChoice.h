// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMap>
#include <QString>

namespace Bulwark::Plan {

// What the admin asked the SSH hardening wizard (or `bulwark-cli plan ssh`) for. A value type.
struct SshChoice
{
    enum class Crypto
    {
        Keep,   // leave Ciphers, MACs and KexAlgorithms as they are
        Modern, // SshSetting::modernCiphers()/modernMacs()/modernKex(), limited to what the host's OpenSSH has
    };

    // Keyword (as Ssh::SshSetting names it, any case) -> value. An empty value takes the setting out of Bulwark's
    // block, so the rest of the configuration (or sshd's built-in value) decides again. Settings not named keep
    // what Bulwark's block has now.
    QMap<QString, QString> settings;
    Crypto crypto = Crypto::Keep;
    // Stop and disable telnet, FTP and rsh/rlogin/rexec servers found in the facts (services[] and inetd[]);
    // SSH and SFTP replace them.
    bool replaceLegacy = false;
    QString hostDisplayName;
};

} // namespace Bulwark::Plan
