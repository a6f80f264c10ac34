// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/Session.h"

#include <QCoreApplication>

namespace Bulwark::Transport {

Result<QByteArray> Session::readFile(const QByteArray &path, qint64 maxBytes, bool elevate, const CancelToken &cancel)
{
    RemoteCommand command;
    command.argv = {"cat", "--", path};
    command.maxOutputBytes = maxBytes;
    command.elevate = elevate;
    auto result = run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit,
                     QCoreApplication::translate("Session", "%1 is larger than %2 bytes; it was not read.")
                         .arg(QString::fromUtf8(path))
                         .arg(maxBytes));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure,
                     QCoreApplication::translate("Session", "Could not read %1.").arg(QString::fromUtf8(path)),
                     QString::fromUtf8(result->stdErr).trimmed());
    return std::move(result->stdOut);
}

} // namespace Bulwark::Transport
