// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <pwd.h>
#include <unistd.h>

namespace Bulwark::Transport {

namespace {

void wipe(QByteArray &secret)
{
    if (secret.isDetached() && !secret.isEmpty())
        std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

QString localUserName()
{
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace

SshCredentials::~SshCredentials()
{
    wipe(password);
    wipe(keyPassphrase);
    wipe(sudoPassword);
}

QString SshTarget::effectiveUser() const
{
    return user.isEmpty() ? localUserName() : user;
}

QString SshTarget::displayName() const
{
    const QString host = hostName.contains(u':') ? u'[' + hostName + u']' : hostName;
    QString name = effectiveUser() + u'@' + host;
    if (effectivePort() != 22)
        name += u':' + QString::number(effectivePort());
    return name;
}

QString SshTarget::effectiveKnownHostsFile() const
{
    return knownHostsFile.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts") : knownHostsFile;
}

Result<SshTarget> SshTarget::parse(const QString &spec)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:([A-Za-z0-9._][A-Za-z0-9._@-]*)@)?(?:\[([0-9A-Fa-f:.%a-z]+)\]|([A-Za-z0-9_][A-Za-z0-9._-]*))(?::([0-9]{1,5}))?$)"));
    const QString trimmed = spec.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("SshTarget", "\"%1\" is not a host. Use host, user@host or "
                                                              "user@host:port.")
                         .arg(trimmed));
    SshTarget target;
    target.user = match.captured(1);
    target.hostName = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    target.alias = target.hostName;
    if (!match.captured(4).isEmpty()) {
        const int port = match.captured(4).toInt();
        if (port < 1 || port > 65535)
            return Error(Error::Code::InvalidArgument,
                         QCoreApplication::translate("SshTarget", "Port %1 is out of range (1-65535).").arg(port));
        target.port = quint16(port);
    }
    return target;
}

} // namespace Bulwark::Transport
