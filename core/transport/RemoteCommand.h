// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QMetaType>
#include <QStringList>
#include <chrono>

namespace Bulwark::Transport {

// What to run on a host: an argv, never a command string. Rendering for the remote shell happens in
// ShellQuote::render() and nowhere else.
struct RemoteCommand
{
    QByteArrayList argv;
    QByteArray stdinData;
    // Per stream. Past the limit the command is stopped and the result says which stream overflowed.
    qint64 maxOutputBytes = 64 * 1024 * 1024;
    // Zero means no limit; cancellation still works.
    std::chrono::milliseconds timeout = std::chrono::minutes(10);
    // Run through the session's elevation (sudo on Linux). The password, if any, travels on stdin only.
    bool elevate = false;

    static RemoteCommand fromArgs(const QStringList &arguments);
};

struct CommandResult
{
    int exitStatus = -1; // -1 when the program did not exit normally
    QString exitSignal;  // "TERM", "KILL", ... when it was killed by a signal
    QByteArray stdOut;
    QByteArray stdErr;
    bool stdOutTruncated = false;
    bool stdErrTruncated = false;
    qint64 elapsedMs = 0;

    bool succeeded() const { return exitStatus == 0 && !stdOutTruncated && !stdErrTruncated; }
};

} // namespace Bulwark::Transport

Q_DECLARE_METATYPE(Bulwark::Transport::CommandResult)
