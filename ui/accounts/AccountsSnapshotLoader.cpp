// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/accounts/AccountsSnapshotLoader.h"

#include "core/accounts/AccountsReader.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/sudoers/HostConnectionGate.h"
#include "ui/sudoers/SudoersSnapshotLoader.h"

namespace Bulwark::Ui {

AccountsSnapshotLoader::AccountsSnapshotLoader(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_gate(new HostConnectionGate(window, hostId, this))
{
    connect(m_gate, &HostConnectionGate::connecting, this, &AccountsSnapshotLoader::connecting);
    connect(m_gate, &HostConnectionGate::failed, this, [this](const Error &error) {
        m_loading = false;
        Q_EMIT loaded(error);
    });
}

void AccountsSnapshotLoader::load()
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
            connection->submit<Facts::AccountsSnapshot>([](Transport::Session &session, const CancelToken &cancel) {
                return Facts::AccountsReader::read(session, false, cancel);
            });
        onFinished(this, read, [this, generation](const Result<Facts::AccountsSnapshot> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result) {
                Q_EMIT loaded(result);
                return;
            }
            Facts::AccountsSnapshot snapshot = *result;
            SudoersSnapshotLoader::completeIdentity(snapshot.sudoers);
            Q_EMIT loaded(snapshot);
        });
    });
}

} // namespace Bulwark::Ui
