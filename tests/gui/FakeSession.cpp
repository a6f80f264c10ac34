// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"

#include "GuiTest.h"
#include "core/facts/LinuxFacts.h"

#include <QThread>

using namespace Bulwark;
using namespace Bulwark::Transport;

FakeSession::FakeSession(SshTarget target, SshCredentials credentials, Script script)
    : m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_script(std::move(script))
{}

Ui::AddHostDialog::SessionFactory FakeSession::factory(Script script)
{
    return [script](const SshTarget &target, const SshCredentials &credentials) {
        return std::make_unique<FakeSession>(target, credentials, script);
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
    if (!m_script.password.isEmpty() && m_credentials.password != m_script.password)
        return Error(Error::Code::AuthFailed, QStringLiteral("The host refused the login."),
                     QStringLiteral("tried: publickey, password"));
    m_open = true;
    ++m_script.control->opens;
    return {};
}

Result<CommandResult> FakeSession::run(const RemoteCommand &command, const CancelToken &cancel)
{
    if (!m_open)
        return Error(Error::Code::Disconnected, QStringLiteral("not open"));
    countCommand();
    Control &control = *m_script.control;
    ++control.commands;
    const QByteArray boundary = command.argv.size() >= 5 ? command.argv.at(4) : QByteArray();
    const bool scan = command.argv.size() >= 5 && command.argv.at(2) == Facts::LinuxFacts::probeArgv(boundary).at(2);
    if (scan)
        ++control.scanCommands;
    if (command.elevate && !m_script.sudoPassword.isEmpty() && m_credentials.sudoPassword != m_script.sudoPassword)
        return m_credentials.sudoPassword.isEmpty()
                   ? Error(Error::Code::SudoPasswordRequired, QStringLiteral("sudo needs a password on this host."))
                   : Error(Error::Code::SudoWrongPassword, QStringLiteral("sudo rejected the password."));

    control.running = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(control.runDelayMs.load());
    while (std::chrono::steady_clock::now() < deadline) {
        if (cancel.isCanceled()) {
            control.running = false;
            return Error(Error::Code::Canceled, QStringLiteral("The command was canceled."));
        }
        QThread::msleep(5);
    }
    control.running = false;

    CommandResult result;
    result.exitStatus = 0;
    result.stdOut =
        QByteArray(scan ? m_script.scanOutput : m_script.probeOutput).replace(GuiTest::debianProbeBoundary(), boundary);
    return result;
}
