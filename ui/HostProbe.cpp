// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostProbe.h"

#include "core/transport/SshSession.h"
#include "core/transport/WinRmSession.h"
#include "ui/Host.h"

#include <QCoreApplication>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::HostKey;
using Transport::Session;
using Transport::SshSession;
using Transport::WinRmSession;
using Transport::WinRmTarget;

namespace {

HostProbe::Certificate describe(const QSslCertificate &certificate)
{
    HostProbe::Certificate described;
    described.fingerprint = WinRmTarget::fingerprint(certificate);
    described.subject = certificate.subjectDisplayName();
    described.issuer = certificate.issuerDisplayName();
    described.expires = certificate.expiryDate().toUTC();
    return described;
}

} // namespace

QFuture<Result<HostProbe::Outcome>> HostProbe::probe(HostConnection &connection)
{
    return connection.submit<Outcome>([](Session &session, const CancelToken &cancel) -> Result<Outcome> {
        auto facts = Facts::BasicFacts::probe(session, cancel);
        if (!facts)
            return facts.error();
        Outcome outcome;
        outcome.facts = std::move(*facts);
        if (const auto *ssh = dynamic_cast<const SshSession *>(&session)) {
            outcome.hostKey = ssh->lastHostKey();
            outcome.authMethod = ssh->authMethod();
        } else if (const auto *winrm = dynamic_cast<const WinRmSession *>(&session);
                   winrm && !winrm->lastCertificateChain().isEmpty()) {
            const Certificate certificate = describe(winrm->lastCertificateChain().constFirst());
            outcome.certificateFingerprint = certificate.fingerprint;
            outcome.certificateSubject = certificate.subject;
        }
        return outcome;
    });
}

QFuture<Result<HostKey>> HostProbe::presentedKey(HostConnection &connection)
{
    return connection.submit<HostKey>([](Session &session, const CancelToken &) -> Result<HostKey> {
        const auto *ssh = dynamic_cast<const SshSession *>(&session);
        if (!ssh || !ssh->lastHostKey().isValid())
            return Error(Error::Code::Internal,
                         QCoreApplication::translate("HostProbe", "The server's host key is not available."));
        return ssh->lastHostKey();
    });
}

QFuture<Result<HostProbe::Certificate>> HostProbe::presentedCertificate(HostConnection &connection)
{
    return connection.submit<Certificate>([](Session &session, const CancelToken &) -> Result<Certificate> {
        const auto *winrm = dynamic_cast<const WinRmSession *>(&session);
        if (!winrm || winrm->lastCertificateChain().isEmpty())
            return Error(Error::Code::Internal,
                         QCoreApplication::translate("HostProbe", "The server's TLS certificate is not available."));
        return describe(winrm->lastCertificateChain().constFirst());
    });
}

void HostProbe::apply(const Outcome &outcome, Host &host)
{
    host.facts = outcome.facts;
    host.factsUpdated = QDateTime::currentDateTimeUtc();
    if (outcome.hostKey.isValid())
        host.hostKey = outcome.hostKey;
    if (!outcome.authMethod.isEmpty())
        host.authMethod = outcome.authMethod;
    if (!outcome.certificateFingerprint.isEmpty()) {
        host.certificateFingerprint = outcome.certificateFingerprint;
        host.certificateSubject = outcome.certificateSubject;
    }
    if (host.isWindows())
        host.authMethod = host.winRm.scheme == Transport::WinRmTarget::Scheme::Https
                              ? QCoreApplication::translate("HostProbe", "password (Basic over HTTPS)")
                              : QCoreApplication::translate("HostProbe", "password (Basic over unencrypted HTTP)");
}

} // namespace Bulwark::Ui
