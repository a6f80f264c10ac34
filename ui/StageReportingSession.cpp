// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/StageReportingSession.h"

namespace Bulwark::Ui {

using Transport::CommandResult;
using Transport::RemoteCommand;

StageReportingSession::StageReportingSession(Transport::Session &inner, std::function<void()> afterFirstCommand)
    : m_inner(inner)
    , m_afterFirstCommand(std::move(afterFirstCommand))
{}

Result<CommandResult> StageReportingSession::run(const RemoteCommand &command, const CancelToken &cancel)
{
    countCommand(); // callers count commands on the session they hold, which is this one
    auto result = m_inner.run(command, cancel);
    commandDone();
    return result;
}

Result<QByteArray> StageReportingSession::readFile(const QByteArray &path, qint64 maxBytes, bool elevate,
                                                   const CancelToken &cancel)
{
    countCommand();
    auto result = m_inner.readFile(path, maxBytes, elevate, cancel);
    commandDone();
    return result;
}

void StageReportingSession::commandDone()
{
    if (!m_afterFirstCommand)
        return;
    const auto callback = std::move(m_afterFirstCommand);
    m_afterFirstCommand = nullptr;
    callback();
}

} // namespace Bulwark::Ui
