// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Bulwark::Ui::Format {

namespace {

QString unit(qint64 count, int which)
{
    const int n = int(count);
    switch (which) {
    case 0:
        return QCoreApplication::translate("Format", "%n day(s)", nullptr, n);
    case 1:
        return QCoreApplication::translate("Format", "%n hour(s)", nullptr, n);
    default:
        return QCoreApplication::translate("Format", "%n minute(s)", nullptr, n);
    }
}

} // namespace

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QCoreApplication::translate("Format", "less than a minute");
    const qint64 values[] = {seconds / 86400, (seconds % 86400) / 3600, (seconds % 3600) / 60};
    int first = 0;
    while (values[first] == 0)
        ++first;
    if (first == 2 || values[first + 1] == 0)
        return unit(values[first], first);
    //: A duration in two units, e.g. "12 days, 4 hours"
    return QCoreApplication::translate("Format", "%1, %2")
        .arg(unit(values[first], first), unit(values[first + 1], first + 1));
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString keyTypeName(const QString &sshKeyType)
{
    if (sshKeyType == u"ssh-ed25519")
        return QStringLiteral("ED25519");
    if (sshKeyType.startsWith(u"ecdsa-sha2-"))
        return QStringLiteral("ECDSA");
    if (sshKeyType == u"ssh-rsa" || sshKeyType.startsWith(u"rsa-sha2-"))
        return QStringLiteral("RSA");
    if (sshKeyType == u"ssh-dss")
        return QStringLiteral("DSA");
    return sshKeyType;
}

QString serverKeyFile(const QString &sshKeyType)
{
    const QString name = keyTypeName(sshKeyType).toLower();
    const bool known = name == u"ed25519" || name == u"ecdsa" || name == u"rsa" || name == u"dsa";
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(known ? name : QStringLiteral("*"));
}

} // namespace Bulwark::Ui::Format
