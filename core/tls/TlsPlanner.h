// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/tls/NginxConfig.h"
#include "core/tls/TlsChoice.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Turns the TLS wizard's choice for one nginx site into a ChangePlan. Pure: the nginx files are inputs (read on the
// host by the caller), the plan is the output; nothing here talks to the network.
//
// The site's server block gets, in place of the directives it has or after its last ssl_* (else listen/server_name)
// line: ssl_protocols TLSv1.2 TLSv1.3; the Mozilla "intermediate" ssl_ciphers with ssl_prefer_server_ciphers off;
// add_header Strict-Transport-Security "max-age=N[; includeSubDomains]" always; the certificate lines. A site that
// has no TLS listen yet gets "listen 443 ssl" (and [::]:443 when it listens on [::]). The HTTP -> HTTPS redirect
// moves the site's plain listen lines into a new server block right after it that only answers 301, or adds the 301
// to a plain server block for the same names in the same file. Everything else keeps its bytes: a minimal diff.
//
// Validation: nginx cannot test a single staged file: `nginx -t -c FILE` treats FILE as the main configuration,
// and a site file is included from nginx.conf (relative includes such as mime.types resolve against the main
// file's directory). So the edit has no validator; it is checked as a whole after the swap. The Applier swaps,
// runs reload {"systemctl", "reload", "--", "nginx.service"}, then verify {"nginx", "-t"}. Reloading first is safe
// for nginx: on SIGHUP the master parses the new configuration and, if it is bad, logs the error and keeps its old
// workers serving the old configuration (the unit's ExecReload sends the signal and exits 0). When `nginx -t` then
// fails the Applier puts the original file back and reloads again.
//
// New key and certificate files are named bulwark-<name>-<stamp>.{key,crt,csr} so creating them never overwrites
// a file; openssl writes the key with mode 0600 (checked after the step, owner root through sudo); undoing removes
// exactly those files. A certificate to import must be PEM without any private key: keys never travel in a plan.
//
// Refused (Error says why): a server block or directive Bulwark would change that shares a line with another, a
// duplicated directive it sets, the deprecated "ssl on", a site with several certificates when replacing them, no
// certificate to keep, an include in the server block that Bulwark has not read or that sets one of these
// directives, a path or name that is not plain (letters, digits, . _ - / @ +).
// Warned (in the plan): locations with their own add_header (nginx does not inherit HSTS into them), a new
// self-signed certificate (browsers warn), the CSR to send to the CA, a plain server block that now redirects.
//
// Apache: the same choices for a <VirtualHost> are planned by ApacheTlsPlanner (on ApacheReader's ApacheHostState);
// it reuses Site for its listing and mozillaIntermediateCiphers().
class TlsPlanner
{
public:
    // One server block as the wizard lists it.
    struct Site
    {
        QString file;
        int serverLine = 0;
        QStringList names;        // server_name
        QList<int> ports;         // every listen port
        bool tls = false;         // listen ... ssl
        QStringList certificates; // ssl_certificate in the block
    };

    static QString mozillaIntermediateCiphers();
    static QStringList nginxVerify() { return {QStringLiteral("nginx"), QStringLiteral("-t")}; }
    static QStringList nginxReload()
    {
        return {QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"),
                QStringLiteral("nginx.service")};
    }

    // Every server block of the file (TLS or plain: a plain site can be given TLS).
    static QList<Site> sites(const Tls::NginxConfig &file);

    // `included`: the files the server block's include directives name (read by the caller; relative patterns
    // resolve against `prefix`, nginx's configuration directory).
    static Result<ChangePlan> plan(const Tls::NginxConfig &file, const QList<Tls::NginxConfig> &included,
                                   const TlsChoice &choice, const QString &prefix = QStringLiteral("/etc/nginx"));
};

} // namespace Bulwark::Plan
