// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WinRmPins.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bulwark::Transport {

WinRmPins::WinRmPins(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString WinRmPins::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/winrm_known_hosts");
}

QString WinRmPins::key(const QString &host, quint16 port)
{
    // An IPv6 address keeps its brackets, as in known_hosts, so the port stays unambiguous.
    const QString name = host.contains(u':') ? u'[' + host + u']' : host;
    return name.toLower() + u':' + QString::number(port);
}

Result<QString> WinRmPins::find(const QString &host, quint16 port) const
{
    QFile file(m_path);
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read the WinRM pins %1.").arg(m_path), file.errorString());
    const QString wanted = key(host, port);
    QString found;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() == 2 && fields.at(0) == wanted)
            found = fields.at(1); // the last line wins, as remember() writes it
    }
    return found;
}

Result<void> WinRmPins::remember(const QString &host, quint16 port, const QString &fingerprint) const
{
    const QString wanted = key(host, port);
    QByteArray content;
    QFile old(m_path);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("Cannot read the WinRM pins %1.").arg(m_path), old.errorString());
        while (!old.atEnd()) {
            const QByteArray line = old.readLine();
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (!fields.isEmpty() && QString::fromUtf8(fields.constFirst()) == wanted)
                continue;
            content += line.endsWith('\n') ? line : line + '\n';
        }
    } else {
        content = "# WinRM hosts whose TLS certificate was accepted: host:port SHA256 fingerprint (Bulwark)\n";
    }
    content += (wanted + u' ' + fingerprint + u'\n').toUtf8();
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error(Error::Code::Io, tr("Cannot create the directory of %1.").arg(m_path));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit())
        return Error(Error::Code::Io, tr("Cannot write the WinRM pins %1.").arg(m_path), file.errorString());
    return {};
}

} // namespace Bulwark::Transport
