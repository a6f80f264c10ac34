// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/SshAccess.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Bulwark::Ssh {

// What the SSH planner needs from a host, read by SshAccessReader::read. A value type.
struct SshHostState
{
    struct File
    {
        QByteArray content;
        QString mode; // octal, "644"
        uint uid = 0;
        uint gid = 0;
    };

    Plan::SshLogin login;              // the operator's own session
    QString serverAddress;             // the host's end of that session (SSH_CONNECTION), for Match LocalAddress
    QString serverPort;                // ... and Match LocalPort
    QHash<QString, QString> effective; // sshd -T -C for `login` now (lower-case keys)
    QHash<QString, QString> global;    // sshd -T without -C: before any Match block applies; may be empty
    QHash<QString, QString> defaults;  // sshd -T -f /dev/null: sshd's built-in values; may be empty
    QStringList ciphers;               // ssh -Q cipher on the host; empty: unknown
    QStringList macs;                  // ssh -Q mac
    QStringList kex;                   // ssh -Q kex
    QString version;                   // "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024"
    QString unit;                      // the systemd unit of sshd: "ssh.service" (Debian), "sshd.service" (RHEL)
    QString mainPath = QStringLiteral("/etc/ssh/sshd_config");
    QMap<QString, File> files; // the main file and every file in /etc/ssh/sshd_config.d, by path

    // "sshd -T -C" connection spec for `login`: "user=alice,host=10.0.2.2,addr=10.0.2.2,laddr=...,lport=22".
    QString connectionSpec() const;
};

} // namespace Bulwark::Ssh
