// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Bulwark::Plan {

// What the admin asked the TLS wizard for, for one nginx site (a server block). A value type.
struct TlsChoice
{
    enum class Certificate
    {
        Keep,       // the site's ssl_certificate / ssl_certificate_key stay as they are (the site must have them)
        UsePaths,   // certificatePath and keyPath: files already on the host
        Import,     // certificatePem (the public chain, never a key) written to the host; keyPath already there
        SelfSigned, // a new key and a self-signed certificate (openssl req -x509) for commonName
        KeyAndCsr,  // a new key and a certificate signing request for the CA; the site keeps its certificate, or
                    // gets a self-signed one from the same key until the CA's certificate arrives
    };

    QString file;       // the nginx file that holds the server block
    int serverLine = 0; // the line of its "server {"

    Certificate certificate = Certificate::Keep;
    QString
        certificatePath; // UsePaths; Import: where to write (empty: certificateDirectory/bulwark-<name>-<stamp>.crt)
    QString keyPath;     // UsePaths, Import
    QByteArray certificatePem;
    QString commonName; // SelfSigned, KeyAndCsr; empty: the site's first server_name
    int days = 365;     // SelfSigned (and KeyAndCsr's stand-in certificate)
    QString keyDirectory = QStringLiteral("/etc/ssl/private");       // RHEL: /etc/pki/tls/private
    QString certificateDirectory = QStringLiteral("/etc/ssl/certs"); // RHEL: /etc/pki/tls/certs
    // Names new key, certificate and request files uniquely, so creating them never overwrites a file and undoing
    // removes only what the plan made. Invalid: the current time.
    QDateTime stamp;

    bool modernCiphers = true; // Mozilla "intermediate" ciphers with ssl_prefer_server_ciphers off
    qint64 hstsMaxAge = 0;     // seconds; 0: leave Strict-Transport-Security as it is
    bool hstsIncludeSubDomains = false;
    bool redirectHttp = false; // plain HTTP for the site's names answers 301 to https://

    QString hostDisplayName;
};

} // namespace Bulwark::Plan
