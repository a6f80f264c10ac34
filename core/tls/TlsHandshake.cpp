// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsHandshake.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::TlsHandshake", text);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        break;
    }
    // Older versions are named by their (deprecated) enumerators' values, which must not be spelled here.
    switch (int(protocol)) {
    case 0:
        return QStringLiteral("TLSv1");
    case 1:
        return QStringLiteral("TLSv1.1");
    default:
        return QStringLiteral("unknown");
    }
}

QString names(const QSslCertificate &certificate, bool issuer)
{
    static const QList<QPair<QSslCertificate::SubjectInfo, QString>> fields = {
        {QSslCertificate::CommonName, QStringLiteral("CN")},
        {QSslCertificate::Organization, QStringLiteral("O")},
        {QSslCertificate::OrganizationalUnitName, QStringLiteral("OU")},
        {QSslCertificate::CountryName, QStringLiteral("C")},
    };
    QStringList out;
    for (const auto &[field, label] : fields) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        for (const QString &value : values)
            out << label + u'=' + value;
    }
    return out.join(QLatin1String(", "));
}

enum class Outcome
{
    Encrypted,
    NotConnected, // TCP never came up
    TlsFailed,    // connected, then the handshake failed
    TimedOut,
    Canceled,
};

// Connects and waits for the handshake in short slices, so a cancel is seen within 100 ms.
Outcome handshake(QSslSocket &socket, const TlsHandshake::Options &options, const CancelToken &cancel)
{
    const QString peerName = options.serverName.isEmpty() ? options.host : options.serverName;
    socket.connectToHostEncrypted(options.host, options.port, peerName);
    QDeadlineTimer deadline(options.timeoutMs);
    bool connected = false;
    while (true) {
        if (cancel.isCanceled()) {
            socket.abort();
            return Outcome::Canceled;
        }
        if (socket.isEncrypted())
            return Outcome::Encrypted;
        if (deadline.hasExpired()) {
            // Silence is not a refusal.
            socket.abort();
            return Outcome::TimedOut;
        }
        const int slice = int(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime())));
        if (!connected) {
            if (socket.waitForConnected(slice))
                connected = true;
            else if (socket.state() == QAbstractSocket::UnconnectedState)
                return Outcome::NotConnected;
            continue;
        }
        if (socket.waitForEncrypted(slice))
            return Outcome::Encrypted;
        if (socket.state() == QAbstractSocket::UnconnectedState ||
            socket.error() == QAbstractSocket::SslHandshakeFailedError ||
            socket.error() == QAbstractSocket::RemoteHostClosedError)
            return Outcome::TlsFailed;
    }
}

} // namespace

bool TlsHandshake::Report::modernOnly() const
{
    return (protocol == u"TLSv1.2" || protocol == u"TLSv1.3") && tls10.state == Legacy::Refused &&
           tls11.state == Legacy::Refused;
}

Result<TlsHandshake::Report> TlsHandshake::run(const Options &options, const CancelToken &cancel)
{
    if (!QSslSocket::supportsSsl())
        return Error(Error::Code::Internal, tr("This computer has no TLS library Qt can use."),
                     QSslSocket::sslLibraryVersionString());
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Report, do not refuse: a self-signed or expired certificate is a finding, not a failed check.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.setSslConfiguration(configuration);
    const Outcome outcome = handshake(socket, options, cancel);
    const QString target = options.host + u':' + QString::number(options.port);
    switch (outcome) {
    case Outcome::Encrypted:
        break;
    case Outcome::Canceled:
        return Error(Error::Code::Canceled, tr("The TLS check of %1 was canceled.").arg(target));
    case Outcome::TimedOut:
        return Error(Error::Code::Timeout, tr("%1 did not answer in time.").arg(target));
    case Outcome::NotConnected:
        return Error(Error::Code::ConnectFailed, tr("Bulwark could not connect to %1.").arg(target),
                     socket.errorString());
    case Outcome::TlsFailed:
        return Error(Error::Code::RemoteFailure,
                     tr("%1 accepted the connection but no TLS 1.2 or 1.3 handshake.").arg(target),
                     socket.errorString());
    }

    Report report;
    const QSslCipher cipher = socket.sessionCipher();
    report.protocol = protocolName(socket.sessionProtocol());
    report.cipher = cipher.name();
    for (const QSslCertificate &certificate : socket.peerCertificateChain()) {
        Certificate info;
        info.subject = names(certificate, false);
        info.issuer = names(certificate, true);
        info.notBefore = certificate.effectiveDate().toUTC();
        info.notAfter = certificate.expiryDate().toUTC();
        info.selfSigned = certificate.isSelfSigned();
        info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
        report.chain << info;
    }
    // QueryPeer skips Qt's own verification; verify the chain for the name against the system's CAs here.
    const QString peerName = options.serverName.isEmpty() ? options.host : options.serverName;
    for (const QSslError &error : QSslCertificate::verify(socket.peerCertificateChain(), peerName))
        report.verificationErrors << error.errorString();
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.abort();

    if (options.probeLegacy) {
        report.tls10 = probeLegacy(options, QStringLiteral("TLSv1"), cancel);
        report.tls11 = probeLegacy(options, QStringLiteral("TLSv1.1"), cancel);
    } else {
        report.tls10.detail = report.tls11.detail = tr("not tested");
    }
    if (cancel.isCanceled())
        return Error(Error::Code::Canceled, tr("The TLS check of %1 was canceled.").arg(target));
    return report;
}

TlsHandshake::LegacyResult TlsHandshake::probeLegacy(const Options &options, const QString &version,
                                                     const CancelToken &cancel)
{
    LegacyResult result;
    static const QStringList versions{QStringLiteral("SSLv3"), QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1")};
    if (!versions.contains(version)) {
        result.detail = tr("%1 is not a protocol version Bulwark probes").arg(version);
        return result;
    }
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::AnyProtocol);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // OpenSSL configuration commands (SSL_CONF_cmd), for this socket only.
    configuration.setBackendConfigurationOption(QByteArrayLiteral("MinProtocol"), version);
    configuration.setBackendConfigurationOption(QByteArrayLiteral("MaxProtocol"), version);
    configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                                QStringLiteral("DEFAULT@SECLEVEL=0"));
    socket.setSslConfiguration(configuration);
    switch (handshake(socket, options, cancel)) {
    case Outcome::Encrypted: {
        const QString negotiated = protocolName(socket.sessionProtocol());
        if (negotiated == version) {
            result.state = Legacy::Accepted;
            result.detail = tr("%1 negotiated with %2").arg(negotiated, socket.sessionCipher().name());
        } else {
            // The backend did not honour the limits: nothing is known about the old version.
            result.detail = tr("this computer's TLS library negotiated %1 instead of %2").arg(negotiated, version);
        }
        break;
    }
    case Outcome::TlsFailed: {
        // OpenSSL's own "cannot offer this" (a library built without the old protocol or its ciphers) fails before
        // the server had a say: not a refusal. The server's refusal reads "tlsv1 alert protocol version",
        // "unsupported protocol" or a closed connection.
        const QString why = socket.errorString();
        if (why.contains(QLatin1String("no protocols available")) ||
            why.contains(QLatin1String("no ciphers available"))) {
            result.detail = tr("this computer's TLS library cannot offer %1: %2").arg(version, why);
            break;
        }
        result.state = Legacy::Refused;
        result.detail = why;
        break;
    }
    case Outcome::NotConnected:
        result.detail = tr("no connection: %1").arg(socket.errorString());
        break;
    case Outcome::TimedOut:
        result.detail = tr("no answer in time");
        break;
    case Outcome::Canceled:
        result.detail = tr("canceled");
        break;
    }
    socket.abort();
    return result;
}

} // namespace Bulwark::Tls
