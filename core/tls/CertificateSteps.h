// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/Change.h"
#include "core/tls/TlsChoice.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// The certificate part of a TLS plan, the same for every web server (nginx, Apache): what the TLS wizard's
// certificate choice becomes on the host. Pure.
//
// Keep: nothing (the site must have a certificate). UsePaths: the given files. Import: a FileEdit that creates the
// certificate file (0644 root:root, PEM chain only; a private key is refused). SelfSigned: `openssl req -x509
// -newkey rsa:3072 -nodes` into bulwark-<name>-<stamp>.{key,crt}. KeyAndCsr: `openssl req -new` into
// bulwark-<name>-<stamp>.{key,csr}, and a self-signed stand-in from the same key when the site has no certificate.
// New keys are checked to be mode 0600 owned by root after the step; each step's undo removes exactly the files it
// made.
class CertificateSteps
{
public:
    struct Outcome
    {
        // The certificate and key lines the site gets; both empty: keep what the site has.
        QString certificatePath;
        QString keyPath;
        QList<Change> changes; // to run before the configuration edit
        QStringList warnings;
    };

    // `names`: the site's names (the first plain one is the common name when choice.commonName is empty);
    // `hasCertificate`: the site has a certificate now (in its block, inherited or included); `created`: the plan's
    // time, which names the new files.
    static Result<Outcome> plan(const TlsChoice &choice, const QStringList &names, bool hasCertificate,
                                const QDateTime &created);

    // Letters, digits and . _ - / @ +, absolute, no "..": safe in a configuration line and an argv.
    static bool plainPath(const QString &path);
    // A DNS name or IPv4 address (a leading "*." allowed).
    static bool plainName(const QString &name);
    // The plan's time to the second (what its JSON keeps): choice.stamp, else now.
    static QDateTime stampOf(const TlsChoice &choice);
};

} // namespace Bulwark::Plan
