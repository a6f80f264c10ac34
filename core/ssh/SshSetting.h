// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Ssh {

// One sshd setting the SSH hardening wizard offers: how its value is checked, what Bulwark recommends and why,
// and the rules (resources/rules/linux/access.yaml) it fixes. The table (all()) is static; any thread.
struct SshSetting
{
    enum class Kind
    {
        YesNo,      // "yes" or "no"
        Choice,     // one of `choices`
        Number,     // a whole number from `minimum` to `maximum`
        Users,      // user names or patterns (USER or USER@HOST), space-separated
        Groups,     // group names or patterns, space-separated
        Path,       // an absolute file path
        Algorithms, // a crypto list, set through the crypto preset
    };

    QString keyword; // as sshd_config spells it: "PasswordAuthentication"
    Kind kind = Kind::YesNo;
    QStringList choices;
    int minimum = 0;
    int maximum = 0;
    QString recommended;         // empty: no recommendation (AllowUsers)
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Bulwark::Ssh::SshSetting", ...)
    const char *why = nullptr;   // one line in plain language, same context
    QStringList ruleIds;

    QString key() const { return keyword.toLower(); } // as sshd -T prints it
    QString labelText() const;
    QString whyText() const;

    // The value in the form written to the file ("no", "4", "alice bob"), or an Error saying what is wrong.
    Result<QString> normalized(const QString &value) const;

    // Every setting, in the order the wizard shows them and the Bulwark block lists them.
    static const QList<SshSetting> &all();
    // By keyword, any case; nullptr when the wizard does not offer it.
    static const SshSetting *find(const QString &keyword);

    // The "Modern" crypto preset, strongest first. Every list keeps algorithms that libssh 0.10 (the console's own
    // SSH library) supports, so Bulwark can still connect after applying it: chacha20-poly1305, aes*-gcm and
    // aes*-ctr; hmac-sha2-*-etm and hmac-sha2-*; curve25519-sha256 and diffie-hellman-group16/18.
    static QStringList modernCiphers();
    static QStringList modernMacs();
    static QStringList modernKex();
    // The names in a Ciphers, MACs or KexAlgorithms list (comma-separated, as sshd -T prints it) that the rules
    // BW-LNX-ACS-011/012/013 count as weak: CBC, 3DES, RC4, Blowfish, CAST; MD5, RIPEMD-160, 96-bit MACs; SHA-1
    // and 1024-bit key exchanges.
    static QStringList weakAlgorithms(const QString &keyword, const QString &list);
};

} // namespace Bulwark::Ssh
