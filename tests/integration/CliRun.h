// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The real bulwark-cli (BULWARK_CLI) run by an integration test: in batch (standard input /dev/null unless the test
// gives some), with a home of the test's own, and killed when it does not finish in time.
namespace CliRun {

struct Result
{
    int exitCode = -1; // -1 when it did not start, crashed or was killed for taking too long
    QByteArray out;
    QByteArray err;
};

// This process's environment with HOME, XDG_DATA_HOME and XDG_CONFIG_HOME in `home` (so the CLI's pins, inventory
// and journal are the test's own) and without BULWARK_WINRM_PASSWORD_FILE (a password only where a test gives one).
inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.remove(QStringLiteral("BULWARK_WINRM_PASSWORD_FILE"));
    return environment;
}

// This process's environment for a CLI that connects over SSH: HOME in `home` (no ~/.ssh of whoever runs the test),
// no ssh-agent, and bulwark's info logs off (bulwark-cli logs "connected to ..." at info level on stderr, where the
// remote command's stderr goes too).
inline QProcessEnvironment sshEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bulwark.*.info=false"));
    return environment;
}

// Runs `program` with `arguments` in `environment`, `input` on its standard input (/dev/null when null: batch, never
// a question); waits at most `timeoutMs` for it to finish.
inline Result run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                  int timeoutMs = 60000, const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (input.isNull())
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CliRun
