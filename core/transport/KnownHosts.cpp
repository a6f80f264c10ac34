// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/KnownHosts.h"

#include "core/transport/SshConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Bulwark::Transport {

namespace {

constexpr qint64 MaxKnownHostsBytes = 64 * 1024 * 1024;

QByteArray hmacSha1(const QByteArray &salt, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, salt, QCryptographicHash::Sha1);
}

} // namespace

QString KnownHosts::hostField(const QString &host, quint16 port)
{
    return port == 22 || port == 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

KnownHosts KnownHosts::parse(const QByteArray &text, const QString &file)
{
    KnownHosts result;
    const QList<QByteArray> rawLines = text.split('\n');
    for (int i = 0; i < rawLines.size(); ++i) {
        const QByteArray raw = rawLines.at(i).trimmed();
        if (raw.isEmpty() || raw.startsWith('#'))
            continue;
        QList<QByteArray> fields = raw.simplified().split(' ');
        Line line;
        line.file = file;
        line.number = i + 1;
        if (fields.constFirst().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@revoked")
                line.marker = Line::Marker::Revoked;
            else if (marker == "@cert-authority")
                line.marker = Line::Marker::CertAuthority;
            else {
                result.m_warnings.append(
                    QStringLiteral("%1:%2: unknown marker %3").arg(file).arg(i + 1).arg(QString::fromUtf8(marker)));
                continue;
            }
        }
        if (fields.size() < 3) {
            result.m_warnings.append(QStringLiteral("%1:%2: malformed line skipped").arg(file).arg(i + 1));
            continue;
        }
        line.hosts = QString::fromUtf8(fields.at(0));
        line.key.type = QString::fromLatin1(fields.at(1));
        const auto decoded = QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            result.m_warnings.append(QStringLiteral("%1:%2: key is not valid base64; skipped").arg(file).arg(i + 1));
            continue;
        }
        line.key.blob = decoded.decoded;
        result.m_lines.append(line);
    }
    return result;
}

Result<KnownHosts> KnownHosts::load(const QString &file)
{
    QFile f(file);
    if (!f.exists())
        return KnownHosts{};
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("KnownHosts", "Cannot read the known hosts file %1.").arg(file),
                     f.errorString());
    if (f.size() > MaxKnownHostsBytes)
        return Error(
            Error::Code::Io,
            QCoreApplication::translate("KnownHosts", "The known hosts file %1 is implausibly large.").arg(file));
    return parse(f.readAll(), file);
}

void KnownHosts::append(const KnownHosts &other)
{
    m_lines.append(other.m_lines);
    m_warnings.append(other.m_warnings);
}

bool KnownHosts::lineMatchesHost(const Line &line, const QString &name) const
{
    if (line.hosts.startsWith(QStringLiteral("|1|"))) {
        const QStringList parts = line.hosts.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
        return !salt.isEmpty() && hmacSha1(salt, name.toUtf8()) == expected;
    }
    return SshConfig::hostMatches(name, line.hosts.split(u',', Qt::SkipEmptyParts));
}

KnownHosts::Check KnownHosts::check(const QString &host, quint16 port, const HostKey &key) const
{
    const QString name = hostField(host, port);
    Check result;
    for (const Line &line : m_lines) {
        if (line.marker == Line::Marker::Revoked && line.key == key) {
            // A revoked key is refused for every host, whatever its host field says.
            result.verdict = Verdict::Revoked;
            result.line = &line;
            return result;
        }
    }
    for (const Line &line : m_lines) {
        if (line.marker != Line::Marker::None || !lineMatchesHost(line, name))
            continue;
        if (!result.knownTypes.contains(line.key.type))
            result.knownTypes.append(line.key.type);
        if (line.key == key) {
            result.verdict = Verdict::Match;
            result.line = &line;
        } else if (result.verdict == Verdict::Unknown) {
            result.verdict = Verdict::Changed;
            result.line = &line;
        }
    }
    return result;
}

QStringList KnownHosts::knownTypes(const QString &host, quint16 port) const
{
    return check(host, port, HostKey{}).knownTypes;
}

QByteArray KnownHosts::entryFor(const QString &host, quint16 port, const HostKey &key, bool hashed)
{
    QByteArray hostPart = hostField(host, port).toUtf8();
    if (hashed) {
        QByteArray salt(20, Qt::Uninitialized);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
        hostPart = "|1|" + salt.toBase64() + '|' + hmacSha1(salt, hostPart).toBase64();
    }
    return hostPart + ' ' + key.type.toLatin1() + ' ' + key.base64();
}

Result<void> KnownHosts::appendEntry(const QString &file, const QByteArray &entry)
{
    const QFileInfo info(file);
    QDir dir = info.dir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Error(Error::Code::Io,
                         QCoreApplication::translate("KnownHosts", "Cannot create %1.").arg(dir.path()));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile f(file);
    const bool existed = f.exists();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("KnownHosts", "Cannot add the host key to %1.").arg(file),
                     f.errorString());
    if (!existed)
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // Keep the file line-oriented even when its last line had no newline.
    if (existed && f.size() > 0) {
        QFile reader(file);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            f.write("\n");
    }
    if (f.write(entry + '\n') != entry.size() + 1 || !f.flush())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("KnownHosts", "Cannot add the host key to %1.").arg(file),
                     f.errorString());
    return {};
}

} // namespace Bulwark::Transport
