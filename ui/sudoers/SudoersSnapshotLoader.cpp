// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersSnapshotLoader.h"

#include "core/plan/SudoAccess.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/sudoers/HostConnectionGate.h"

namespace Bulwark::Ui {

SudoersSnapshotLoader::SudoersSnapshotLoader(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_gate(new HostConnectionGate(window, hostId, this))
{
    connect(m_gate, &HostConnectionGate::connecting, this, &SudoersSnapshotLoader::connecting);
    connect(m_gate, &HostConnectionGate::failed, this, [this](const Error &error) {
        m_loading = false;
        Q_EMIT loaded(error);
    });
}

void SudoersSnapshotLoader::completeIdentity(Facts::SudoersSnapshot &snapshot)
{
    Plan::SudoIdentity &identity = snapshot.identity;
    if (identity.isRoot || identity.hasSudoPassword)
        return;
    const Plan::SudoAccess::Answer now = Plan::SudoAccess::evaluate(snapshot.tree.files(), identity);
    identity.hasSudoPassword = now.level == Plan::SudoAccess::Level::NeedsPassword;
}

void SudoersSnapshotLoader::load()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_gate->whenConnected([this, generation] {
        Transport::HostConnection *connection = m_gate->connection();
        if (!connection) {
            m_loading = false;
            Q_EMIT loaded(Error(Error::Code::Disconnected, tr("The host is not connected.")));
            return;
        }
        const auto read =
            connection->submit<Facts::SudoersSnapshot>([](Transport::Session &session, const CancelToken &cancel) {
                return Facts::SudoersReader::read(session, false, cancel);
            });
        onFinished(this, read, [this, generation](const Result<Facts::SudoersSnapshot> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                Q_EMIT loaded(result);
                return;
            }
            Facts::SudoersSnapshot snapshot = *result;
            completeIdentity(snapshot);
            Q_EMIT loaded(snapshot);
        });
    });
}

} // namespace Bulwark::Ui
