// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real OpenSSH sshd on 127.0.0.1, started and stopped by a test. Used on the test's main thread only.
//
// sshd runs as PID 1 of a private mount and PID namespace (unshare(1), see sshd-namespace.sh) in which copies of
// /etc/passwd, /etc/shadow, /etc/group and /etc/sudoers.d are bind-mounted over the real ones. The copies add:
//   bwtest   (uid 4242) password password(), may run anything through sudo with its password;
//   bwnopass (uid 4243) password password(), sudo NOPASSWD; sshd offers it keyboard-interactive but not password.
// Both accept clientKey() and encryptedClientKey(). Nothing on the host is modified: the namespace, its mounts and
// every process in it (sshd, sessions, sudo, remote commands) die together when sshd is stopped.
//
// Needs root, unshare (util-linux), mount, sshd (openssh-server), ssh-keygen (openssh-client), openssl and sudo.
class SshdFixture
{
public:
    static constexpr const char *User = "bwtest";
    static constexpr const char *NopassUser = "bwnopass";

    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Empty when this machine can run the fixture; otherwise why not (for QSKIP).
    static QString unsupportedReason();

    // Prepares the directory on first use, then starts sshd and waits until it greets on port(). The port stays
    // the same across restarts.
    bool start();
    // Kills sshd and, with it, every process of the namespace; waits until they are gone.
    void stop();
    // stop(), optionally a new host key (knownHostsFile() is rewritten for it), start().
    bool restart(bool newHostKey);
    bool isRunning() const;

    QString errorString() const { return m_error; }
    QByteArray log() const;

    quint16 port() const { return m_port; }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    static QByteArray password();
    static QByteArray keyPassphrase();

    QString dir() const { return m_dir.path(); }
    QString homeDir(const QString &user) const;
    QString clientKey() const;
    QString encryptedClientKey() const;
    // A known_hosts file that lists the current host key for [127.0.0.1]:port.
    QString knownHostsFile() const;
    // "[127.0.0.1]:port ssh-ed25519 AAAA..." for the current host key.
    QByteArray knownHostsLine() const;
    // The current host key's fingerprint as `ssh-keygen -lf` prints it.
    QString hostKeyFingerprint() const { return m_hostKeyFingerprint; }

    // A target for `user` that trusts the current host key, authenticates with clientKey() and ignores the agent.
    Bulwark::Transport::SshTarget target(const QString &user = QString::fromLatin1(User)) const;

    struct Process
    {
        qint64 pid = 0;     // in the host's PID namespace
        QByteArray cmdline; // argv joined with spaces
    };
    // Every process of the namespace (sshd and everything below it), seen from the host.
    QList<Process> processes() const;
    bool anyProcessMatches(const QByteArray &needle) const;
    // SIGKILLs the per-connection sshd processes of `user` ("sshd: user [priv]", "sshd: user@notty"); returns how
    // many were killed.
    int killSessionProcesses(const QString &user);

private:
    bool prepare();
    bool generateHostKey();
    bool writeKnownHosts();
    bool waitUntilListening();
    qint64 namespaceInitPid() const;

    QTemporaryDir m_dir;
    QProcess m_process; // unshare; its only child is sshd, PID 1 of the namespace
    quint16 m_port = 0;
    bool m_prepared = false;
    QString m_hostKeyFingerprint;
    QByteArray m_hostPublicKey; // "ssh-ed25519 AAAA..."
    QString m_error;
};
