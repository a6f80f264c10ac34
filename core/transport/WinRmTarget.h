// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <chrono>

class QSslCertificate;

namespace Bulwark::Transport {

// Where and as whom to connect over WinRM (WS-Management). Holds no secrets (see WinRmCredentials).
//
// Trust mirrors known_hosts: over HTTPS the server's certificate must either verify against the system (or
// caFile's) CAs for hostName, or be exactly the one pinned by SHA-256 fingerprint. A pinned host that presents
// another certificate is refused even if a CA vouches for it. An unverifiable certificate that is not pinned
// fails with Error::Code::HostKeyUnknown; WinRmSession::lastCertificate() holds it so the caller can show the
// fingerprint and reconnect with acceptFingerprint set after the user said yes.
struct WinRmTarget
{
    enum class Scheme
    {
        Http,
        Https
    };
    enum class Auth
    {
        Basic,
        ClientCertificate
    };

    Scheme scheme = Scheme::Https;
    QString hostName;
    quint16 port = 0; // 0: 5985 for HTTP, 5986 for HTTPS
    QString path = QStringLiteral("/wsman");
    QString user; // "Administrator", "DOMAIN\\admin" (Basic: local accounts only)
    Auth auth = Auth::Basic;
    // Basic over plain HTTP sends the password readable by anyone on the path (Windows refuses it unless
    // AllowUnencrypted is set); it must be asked for explicitly.
    bool allowUnencrypted = false;
    QString caFile;                // PEM CA certificates trusted in addition to the system's
    QString pinnedFingerprint;     // "SHA256:AB:CD:..." of the trusted server certificate
    QString acceptFingerprint;     // the user just accepted this certificate (once; then pin it)
    QString clientCertificateFile; // PEM, for Auth::ClientCertificate
    QString clientKeyFile;         // PEM, unencrypted
    std::chrono::seconds connectTimeout{20};
    // w:OperationTimeout of each request; a Receive long-polls this long before the server answers w:TimedOut.
    std::chrono::seconds operationTimeout{20};

    quint16 effectivePort() const;
    QString endpoint() const;    // "https://host:5986/wsman"
    QString displayName() const; // "user@host:port (WinRM)"

    // "https://[user@]host[:port][/path]", "http://...", or "[user@]host[:port]" (HTTPS). A password in the URL is
    // refused: secrets travel in WinRmCredentials only.
    static Result<WinRmTarget> parse(const QString &spec);

    // "SHA256:" + colon-separated upper-case hex of the DER certificate's SHA-256, as certutil/openssl show it.
    static QString fingerprint(const QSslCertificate &certificate);
    // Equal fingerprints, tolerant of case, colons, blanks and a missing "SHA256:" prefix.
    static bool sameFingerprint(const QString &a, const QString &b);
};

// Secrets for one WinRM connection. Kept out of logs and files; wiped when destroyed.
struct WinRmCredentials
{
    QByteArray password; // Basic
    WinRmCredentials() = default;
    WinRmCredentials(const WinRmCredentials &) = default;
    WinRmCredentials &operator=(const WinRmCredentials &) = default;
    ~WinRmCredentials();
};

} // namespace Bulwark::Transport

Q_DECLARE_METATYPE(Bulwark::Transport::WinRmTarget)
