// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Bulwark::Plan {

// What the admin asked the TLS wizard (or `bulwark-cli plan tls`) for, for one site: an nginx server block
// (TlsPlanner, through Tls::TlsPlanJob) or an Apache <VirtualHost> (ApacheTlsPlanner). A value type. The names below
// are nginx's; for Apache read SSLCertificateFile / SSLCertificateKeyFile, SSLCipherSuite with SSLHonorCipherOrder
// off, and ServerName / ServerAlias.
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

    QString file;       // the file that holds the site: nginx's (as nginx names it or resolved), Apache's real path
    int serverLine = 0; // the line of its "server {" (nginx) or "<VirtualHost" (Apache)

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
