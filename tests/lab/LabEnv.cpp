// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "tests/lab/LabEnv.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

LabEnv LabEnv::load()
{
    LabEnv env;
    env.m_stateDir = qEnvironmentVariable("BULWARK_LAB_STATE");
    QFile file(env.m_stateDir + QStringLiteral("/lab.env"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        QByteArray value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        env.m_values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(value));
    }
    return env;
}

Bulwark::Transport::SshTarget LabEnv::target(const QString &user, const QString &knownHostsFile) const
{
    Bulwark::Transport::SshTarget target;
    target.alias = QStringLiteral("lab");
    target.hostName = QStringLiteral("127.0.0.1");
    target.port = sshPort();
    target.user = user;
    target.identityFiles = {value(QStringLiteral("LAB_KEY"))};
    target.knownHostsFile = knownHostsFile;
    target.useAgent = false;
    target.connectTimeout = std::chrono::seconds(60);
    return target;
}

bool LabEnv::resetVm()
{
    QProcess labvm;
    labvm.start(qEnvironmentVariable("BULWARK_LABVM"), {QStringLiteral("reset")});
    if (!labvm.waitForFinished(300000) || labvm.exitCode() != 0) {
        qWarning().noquote() << labvm.readAllStandardError();
        return false;
    }
    return true;
}
