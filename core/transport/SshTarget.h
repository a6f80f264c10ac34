// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <chrono>

namespace Bulwark::Transport {

// Where and as whom to connect over SSH. Holds no secrets (see SshCredentials).
struct SshTarget
{
    QString alias;    // what the user typed or the ssh_config Host alias
    QString hostName; // what is actually dialled
    quint16 port = 0; // 0: not given; 22 unless ssh_config says otherwise
    QString user;
    QStringList identityFiles;
    QString proxyJump;      // [user@]host[:port]; empty or "none" for direct
    QString knownHostsFile; // OpenSSH format; empty means ~/.ssh/known_hosts
    bool useAgent = true;
    std::chrono::seconds connectTimeout{20};
    // Set after the user accepted an unknown key: a connection presenting exactly this SHA256 fingerprint is
    // trusted once and the key is added to knownHostsFile.
    QString acceptFingerprint;

    quint16 effectivePort() const { return port == 0 ? 22 : port; }
    QString effectiveUser() const;
    QString displayName() const;
    QString effectiveKnownHostsFile() const;

    // "[user@]host[:port]", "[user@][v6addr]:port". Unset parts stay empty so ssh_config can fill them.
    static Result<SshTarget> parse(const QString &spec);
};

// Secrets for one connection. Kept out of argv, logs and files; wiped when destroyed.
struct SshCredentials
{
    QByteArray password;      // password and keyboard-interactive authentication
    QByteArray keyPassphrase; // for encrypted identity files
    QByteArray sudoPassword;  // fed to `sudo -S` on stdin; may equal password

    SshCredentials() = default;
    SshCredentials(const SshCredentials &) = default;
    SshCredentials &operator=(const SshCredentials &) = default;
    ~SshCredentials();
};

} // namespace Bulwark::Transport

Q_DECLARE_METATYPE(Bulwark::Transport::SshTarget)
