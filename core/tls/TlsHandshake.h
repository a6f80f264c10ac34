// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Tls {

// The console's own check of a TLS site after a change: one handshake as a modern client (what it negotiates and the
// certificate chain it is shown), then one handshake each offering only TLS 1.0 and only TLS 1.1, which a hardened
// site must refuse.
//
// Blocking, with a timeout and a CancelToken: call it on a host worker thread (QtConcurrent or the host's thread),
// never on the GUI thread. Each call makes its own sockets; no state is kept. Thread: any non-GUI thread.
//
// The legacy handshakes: Qt 6.3 deprecated QSsl::TlsV1_0/TlsV1_1 (and -Werror with QT_DISABLE_DEPRECATED_BEFORE
// refuses them), and OpenSSL 3 refuses to offer TLS below 1.2 at security level 1 or higher. So the probe keeps
// QSsl::AnyProtocol and passes OpenSSL configuration commands through
// QSslConfiguration::setBackendConfigurationOption (SSL_CONF_cmd, applied after Qt's own settings):
// MinProtocol = MaxProtocol = TLSv1 (or TLSv1.1) and CipherString = DEFAULT@SECLEVEL=0, for that probe's socket
// only. A probe counts as refused only when the TCP connection was made and the TLS handshake then failed; a
// connection that cannot be made, a timeout, or a TLS backend that cannot offer the old protocol at all leaves it
// Unknown, never Refused.
class TlsHandshake
{
public:
    struct Certificate
    {
        QString subject; // "CN=portal.example, O=Trust"
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter; // UTC
        bool selfSigned = false;
        QString sha256; // hex fingerprint
    };

    enum class Legacy
    {
        Refused,  // the handshake offering only this version failed after the TCP connection was made
        Accepted, // the server completed it: the version is offered
        Unknown,  // not tested (see detail)
    };

    struct LegacyResult
    {
        Legacy state = Legacy::Unknown;
        QString detail; // the failure or why it was not tested
    };

    struct Report
    {
        QString protocol; // "TLSv1.3"
        QString cipher;   // "TLS_AES_256_GCM_SHA384"
        QList<Certificate> chain;
        QStringList verificationErrors; // why the chain is not trusted for the name; empty: trusted
        LegacyResult tls10;
        LegacyResult tls11;
        // Only TLS 1.2 or 1.3 was negotiated, and TLS 1.0 and 1.1 were both refused.
        bool modernOnly() const;
    };

    struct Options
    {
        QString host; // name or address to connect to
        quint16 port = 443;
        QString serverName;    // SNI and the name the certificate is checked for; empty: host
        int timeoutMs = 10000; // per handshake
        bool probeLegacy = true;
    };

    static Result<Report> run(const Options &options, const CancelToken &cancel = {});

    // One handshake offering only "TLSv1" or "TLSv1.1" (OpenSSL's names; "SSLv3" too, Unknown with OpenSSL 3, which
    // cannot offer it). Other names: Unknown at once.
    static LegacyResult probeLegacy(const Options &options, const QString &version, const CancelToken &cancel = {});
};

} // namespace Bulwark::Tls
