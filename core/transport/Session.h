// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/RemoteCommand.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace Bulwark::Transport {

// A connection to one managed host, over SSH or WinRM. Calls block, so a Session lives on its host's worker
// thread (see HostConnection) and is never used from two threads.
class Session
{
public:
    enum class Platform
    {
        Posix,
        Windows
    };

    virtual ~Session() = default;

    virtual Platform platform() const = 0;
    // "user@host:port" or similar, for logs and titles. Never contains a secret.
    virtual QString displayName() const = 0;

    virtual Result<void> open(const CancelToken &cancel) = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    virtual Result<CommandResult> run(const RemoteCommand &command, const CancelToken &cancel) = 0;

    // Remote commands started since the session was created (the bench and the scan check "one per scan").
    int commandCount() const { return m_commandCount; }

    // Whole-file read on top of run(); WinRM overrides it with its own primitive. There is deliberately no write:
    // only the Applier (core/apply) changes a host, through its staged, validated, atomic file transaction.
    virtual Result<QByteArray> readFile(const QByteArray &path, qint64 maxBytes, bool elevate,
                                        const CancelToken &cancel);

protected:
    void countCommand() { ++m_commandCount; }

private:
    int m_commandCount = 0;
};

} // namespace Bulwark::Transport
