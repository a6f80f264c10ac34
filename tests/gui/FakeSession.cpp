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
    if (m_script.control->refuseOpen)
        return Error(Error::Code::Disconnected, QStringLiteral("The host did not answer."));
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
    control.record(command.argv);
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

    if (m_script.respond) {
        if (std::optional<CommandResult> answer = m_script.respond(command))
            return *answer;
    }
    CommandResult result;
    result.exitStatus = 0;
    result.stdOut =
        QByteArray(scan ? m_script.scanOutput : m_script.probeOutput).replace(GuiTest::debianProbeBoundary(), boundary);
    return result;
}

void FakeSession::Systemctl::set(const QString &unit, const QString &enabled, const QString &active)
{
    const QMutexLocker locker(&m_mutex);
    m_units.insert(unit, {enabled, active});
}

QString FakeSession::Systemctl::enabled(const QString &unit) const
{
    const QMutexLocker locker(&m_mutex);
    return m_units.value(unit).first;
}

QString FakeSession::Systemctl::active(const QString &unit) const
{
    const QMutexLocker locker(&m_mutex);
    return m_units.value(unit).second;
}

std::optional<CommandResult> FakeSession::Systemctl::answer(const RemoteCommand &command)
{
    if (command.argv.isEmpty() || command.argv.constFirst() != "systemctl")
        return std::nullopt;
    QStringList args;
    for (qsizetype i = 1; i < command.argv.size(); ++i)
        args.append(QString::fromUtf8(command.argv.at(i)));
    const bool now = args.removeAll(QStringLiteral("--now")) > 0;
    args.removeAll(QStringLiteral("--"));
    if (args.size() != 2)
        return std::nullopt;
    const QString verb = args.at(0);
    const QString unit = args.at(1);
    const QMutexLocker locker(&m_mutex);
    if (!m_units.contains(unit)) {
        CommandResult missing;
        missing.exitStatus = 1;
        missing.stdErr = "Unit " + unit.toUtf8() + " not found.\n";
        return missing;
    }
    auto &[enabled, active] = m_units[unit];
    CommandResult result;
    result.exitStatus = 0;
    if (verb == QLatin1String("is-enabled")) {
        result.stdOut = enabled.toUtf8() + '\n';
        result.exitStatus = enabled == QLatin1String("enabled") ? 0 : 1;
    } else if (verb == QLatin1String("is-active")) {
        result.stdOut = active.toUtf8() + '\n';
        result.exitStatus = active == QLatin1String("active") ? 0 : 3;
    } else if (verb == QLatin1String("disable")) {
        if (enabled != QLatin1String("masked"))
            enabled = QStringLiteral("disabled");
        if (now)
            active = QStringLiteral("inactive");
    } else if (verb == QLatin1String("enable")) {
        enabled = QStringLiteral("enabled");
        if (now)
            active = QStringLiteral("active");
    } else if (verb == QLatin1String("mask")) {
        enabled = QStringLiteral("masked");
    } else if (verb == QLatin1String("unmask")) {
        enabled = QStringLiteral("disabled");
    } else if (verb == QLatin1String("stop")) {
        active = QStringLiteral("inactive");
    } else if (verb == QLatin1String("start")) {
        active = QStringLiteral("active");
    } else {
        return std::nullopt;
    }
    return result;
}

std::function<std::optional<CommandResult>(const RemoteCommand &)>
FakeSession::respondWith(std::shared_ptr<Systemctl> systemctl)
{
    return [systemctl](const RemoteCommand &command) {
        return systemctl->answer(command);
    };
}

std::optional<CommandResult> FakeSession::SudoersFiles::answer(const RemoteCommand &command) const
{
    const QByteArrayList &argv = command.argv;
    if (argv.size() < 5 || argv.at(0) != "sh" || argv.at(1) != "-c" || !argv.at(2).contains(" endfile") ||
        !argv.at(4).startsWith("BULWARK-"))
        return std::nullopt;
    const QByteArray b = argv.at(4);
    QByteArray out;
    out += b + " user\n" + user.toUtf8() + '\n';
    out += b + " uid\n" + uid.toUtf8() + '\n';
    out += b + " groups\n" + groups.join(u' ').toUtf8() + '\n';
    out += b + " host\n" + host.toUtf8() + '\n';
    const auto emitFile = [&](const QString &path) {
        if (!files.contains(path)) {
            out += b + " missing " + path.toUtf8() + '\n';
            return;
        }
        out += b + " file 440 0 0 " + path.toUtf8() + '\n' + files.value(path) + '\n' + b + " endfile\n";
    };
    for (qsizetype i = 5; i < argv.size(); ++i) {
        const QString path = QString::fromUtf8(argv.at(i));
        if (directories.contains(path)) {
            out += b + " dir " + path.toUtf8() + '\n';
            for (const QString &name : directories.value(path))
                out += name.toUtf8() + '\n';
            for (const QString &name : directories.value(path)) {
                if (!name.contains(u'.') && !name.endsWith(u'~'))
                    emitFile(path + u'/' + name);
            }
        } else {
            emitFile(path);
        }
    }
    out += b + " passwd\n" + users.join(u'\n').toUtf8() + '\n';
    out += b + " group\n" + groupNames.join(u'\n').toUtf8() + '\n';
    out += b + " end\n";
    CommandResult result;
    result.exitStatus = 0;
    result.stdOut = out;
    return result;
}
