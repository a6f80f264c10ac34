// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostProbe.h"

#include "core/transport/SshSession.h"
#include "ui/Host.h"

#include <QCoreApplication>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::HostKey;
using Transport::Session;
using Transport::SshSession;

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

void HostProbe::apply(const Outcome &outcome, Host &host)
{
    host.facts = outcome.facts;
    host.factsUpdated = QDateTime::currentDateTimeUtc();
    if (outcome.hostKey.isValid())
        host.hostKey = outcome.hostKey;
    if (!outcome.authMethod.isEmpty())
        host.authMethod = outcome.authMethod;
}

} // namespace Bulwark::Ui
