// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"

#include "GuiTest.h"

#include <QThread>

using namespace Bulwark;
using namespace Bulwark::Transport;

FakeSession::FakeSession(SshTarget target, Script script)
    : m_target(std::move(target))
    , m_script(std::move(script))
{}

Ui::AddHostDialog::SessionFactory FakeSession::factory(Script script)
{
    return [script](const SshTarget &target, const SshCredentials &) {
        return std::make_unique<FakeSession>(target, script);
    };
}

Result<void> FakeSession::open(const CancelToken &cancel)
{
    const auto deadline = std::chrono::steady_clock::now() + m_script.openDelay;
    while (std::chrono::steady_clock::now() < deadline) {
        if (cancel.isCanceled())
            return Error(Error::Code::Canceled, QStringLiteral("Connection canceled."));
        QThread::msleep(5);
    }
    if (m_script.unknownHostKey && m_target.acceptFingerprint.isEmpty())
        return Error(Error::Code::HostKeyUnknown, QStringLiteral("%1 is not a known host.").arg(m_target.displayName()),
                     Fingerprint);
    if (!m_target.acceptFingerprint.isEmpty() && m_target.acceptFingerprint != Fingerprint)
        return Error(Error::Code::HostKeyChanged, QStringLiteral("different key"));
    if (m_script.openError.isError())
        return m_script.openError;
    m_open = true;
    return {};
}

Result<CommandResult> FakeSession::run(const RemoteCommand &command, const CancelToken &)
{
    if (!m_open)
        return Error(Error::Code::Disconnected, QStringLiteral("not open"));
    CommandResult result;
    result.exitStatus = 0;
    const QByteArray boundary = command.argv.size() >= 5 ? command.argv.at(4) : QByteArray();
    result.stdOut = QByteArray(m_script.probeOutput).replace(GuiTest::debianProbeBoundary(), boundary);
    return result;
}
