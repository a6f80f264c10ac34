// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/BasicFacts.h"
#include "core/transport/HostConnection.h"
#include "core/transport/HostKey.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QString>

namespace Bulwark::Ui {

struct Host;

// Jobs the console submits to a host's worker. Each returns at once; continue with onFinished(context, ...)
// (ui/FutureWatch.h), or .then(connection, ...) with the connection the job was submitted to.
// (Nothing here needs a widget: it can move to core/facts next to BasicFacts::probe.)
class HostProbe
{
public:
    struct Outcome
    {
        Facts::BasicFacts facts;
        Transport::HostKey hostKey;     // empty unless the session is SSH
        QString authMethod;             // empty unless the session is SSH
        QString certificateFingerprint; // WinRM over HTTPS: the server certificate's SHA-256 fingerprint
        QString certificateSubject;     // and its subject
    };

    // The TLS certificate a WinRM host presented (leaf).
    struct Certificate
    {
        QString fingerprint; // "SHA256:AB:CD:..." (WinRmTarget::fingerprint)
        QString subject;     // "CN=pacs-win01"
        QString issuer;      // the same as subject when self-signed
        QDateTime expires;   // UTC
    };

    // Probes the first facts over an open connection, with the host key and login method of the session.
    static QFuture<Result<Outcome>> probe(Transport::HostConnection &connection);
    // The key the server presented during the last open(), valid after HostKeyUnknown too. Fails for a session
    // that is not SSH.
    static QFuture<Result<Transport::HostKey>> presentedKey(Transport::HostConnection &connection);
    // The certificate a WinRM server presented during the last open(), valid after HostKeyUnknown (and
    // HostKeyChanged) too. Fails for a session that is not WinRM over HTTPS.
    static QFuture<Result<Certificate>> presentedCertificate(Transport::HostConnection &connection);
    // Copies an outcome into `host` and stamps it with the current time.
    static void apply(const Outcome &outcome, Host &host);
};

} // namespace Bulwark::Ui
