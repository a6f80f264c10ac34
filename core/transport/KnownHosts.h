// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/HostKey.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Transport {

// OpenSSH known_hosts (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT") as pure data: plain and hashed (|1|salt|hmac) host
// fields, pattern lists with wildcards and negation, [host]:port, @revoked and @cert-authority markers.
// libssh 0.10 can verify too, but only inside a live session and without saying which line matched or handling
// @revoked; Bulwark needs all three, and a parser it can test without a network.
class KnownHosts
{
public:
    enum class Verdict
    {
        Match,   // the presented key is listed for this host
        Unknown, // nothing is listed for this host
        Changed, // other keys are listed for this host, the presented one is not
        Revoked, // the presented key is marked @revoked
    };

    struct Line
    {
        enum class Marker
        {
            None,
            Revoked,
            CertAuthority
        };
        Marker marker = Marker::None;
        QString hosts; // the raw host field
        HostKey key;
        QString file;
        int number = 0; // 1-based
    };

    struct Check
    {
        Verdict verdict = Verdict::Unknown;
        const Line *line = nullptr; // the matching (or revoking) line; first conflicting line for Changed
        QStringList knownTypes;     // key types listed for this host, in file order
    };

    static KnownHosts parse(const QByteArray &text, const QString &file = {});
    // Reads `file` if it exists (a missing file is an empty list, not an error).
    static Result<KnownHosts> load(const QString &file);
    void append(const KnownHosts &other);

    Check check(const QString &host, quint16 port, const HostKey &key) const;
    QStringList knownTypes(const QString &host, quint16 port) const;

    // "host" for port 22, "[host]:port" otherwise: the name known_hosts lines are matched against.
    static QString hostField(const QString &host, quint16 port);
    // A line for this host and key, hashed (|1|salt|hmac) when asked, as `ssh-keyscan -H` writes.
    static QByteArray entryFor(const QString &host, quint16 port, const HostKey &key, bool hashed);
    // Appends one entry, creating the file (0600) and its directory (0700) if needed.
    static Result<void> appendEntry(const QString &file, const QByteArray &entry);

    const QList<Line> &lines() const { return m_lines; }
    const QStringList &warnings() const { return m_warnings; }

private:
    bool lineMatchesHost(const Line &line, const QString &name) const;

    QList<Line> m_lines;
    QStringList m_warnings;
};

} // namespace Bulwark::Transport
