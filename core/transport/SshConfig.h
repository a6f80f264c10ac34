// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Transport {

// OpenSSH client configuration (ssh_config(5)), parsed as pure data so that Bulwark resolves an alias exactly
// once and shows the user what it will dial. Supported: Host blocks with patterns (*, ?, !negation), Include
// (globs, relative to ~/.ssh), HostName, Port, User, IdentityFile (with %d %h %p %r %u %% and ~), ProxyJump,
// UserKnownHostsFile, IdentitiesOnly, ConnectTimeout. Match blocks are not evaluated: they never apply, and
// warnings() says so, rather than guessing.
class SshConfig
{
public:
    struct Entry
    {
        QString keyword; // lower-case
        QString value;
        QString file;
        int line = 0;
    };
    struct Block
    {
        QStringList patterns; // empty: the global section before any Host
        bool isMatch = false;
        QList<Entry> entries;
    };

    // Parses text; `baseFile` names it for warnings and resolves relative Includes against `includeDir`.
    static SshConfig parse(const QByteArray &text, const QString &baseFile = {}, const QString &includeDir = {});
    // ~/.ssh/config, then /etc/ssh/ssh_config (the first value obtained wins, as in OpenSSH).
    static SshConfig loadDefault();

    void append(const SshConfig &other);

    // Fills what `target` leaves unset from the blocks matching its alias.
    SshTarget resolve(SshTarget target) const;

    static bool hostMatches(const QString &host, const QStringList &patterns);

    const QList<Block> &blocks() const { return m_blocks; }
    const QStringList &warnings() const { return m_warnings; }

private:
    void parseInto(const QByteArray &text, const QString &file, const QString &includeDir, int depth);

    QList<Block> m_blocks;
    QStringList m_warnings;
};

} // namespace Bulwark::Transport
