// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WinRmTarget.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QUrl>

namespace Bulwark::Transport {

namespace {

QByteArray normalizedFingerprint(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        s = s.mid(7);
    QByteArray out;
    for (const QChar c : s) {
        if (c.isSpace() || c == u':')
            continue;
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return {};
        out += char(c.toUpper().unicode());
    }
    return out.size() == 64 ? out : QByteArray();
}

} // namespace

quint16 WinRmTarget::effectivePort() const
{
    if (port != 0)
        return port;
    return scheme == Scheme::Https ? 5986 : 5985;
}

QString WinRmTarget::endpoint() const
{
    QUrl url;
    url.setScheme(scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(hostName);
    url.setPort(effectivePort());
    url.setPath(path.isEmpty() ? QStringLiteral("/wsman") : path);
    return url.toString();
}

QString WinRmTarget::displayName() const
{
    QString host = hostName.contains(u':') ? u'[' + hostName + u']' : hostName;
    QString name = user.isEmpty() ? host : user + u'@' + host;
    return name + u':' + QString::number(effectivePort());
}

QString WinRmTarget::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out = QStringLiteral("SHA256:");
    for (qsizetype i = 0; i < digest.size(); i += 2) {
        if (i > 0)
            out += u':';
        out += QLatin1String(digest.mid(i, 2));
    }
    return out;
}

bool WinRmTarget::sameFingerprint(const QString &a, const QString &b)
{
    const QByteArray na = normalizedFingerprint(a);
    return !na.isEmpty() && na == normalizedFingerprint(b);
}

Result<WinRmTarget> WinRmTarget::parse(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    const auto invalid = [&] {
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("WinRmTarget",
                                                 "\"%1\" is not a WinRM endpoint. Use host, user@host:port "
                                                 "or https://user@host:5986/wsman.")
                         .arg(trimmed));
    };
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String(" ")))
        return invalid();
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return invalid();
    if (!url.password().isEmpty())
        return Error(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("WinRmTarget", "Do not put a password in the address; Bulwark asks for it."));
    WinRmTarget target;
    if (url.scheme() == QLatin1String("https"))
        target.scheme = Scheme::Https;
    else if (url.scheme() == QLatin1String("http"))
        target.scheme = Scheme::Http;
    else
        return invalid();
    target.hostName = url.host();
    target.user = url.userName();
    if (url.port() != -1) {
        if (url.port() < 1 || url.port() > 65535)
            return invalid();
        target.port = quint16(url.port());
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        target.path = url.path();
    return target;
}

WinRmCredentials::~WinRmCredentials()
{
    password.fill('\0');
}

} // namespace Bulwark::Transport
