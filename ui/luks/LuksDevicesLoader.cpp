// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/luks/LuksDevicesLoader.h"

#include "core/apply/Journal.h"
#include "core/luks/LuksPlanJob.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/sudoers/HostConnectionGate.h"

namespace Bulwark::Ui {

LuksDevicesLoader::LuksDevicesLoader(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_loadGate(new HostConnectionGate(window, hostId, this))
    , m_fetchGate(new HostConnectionGate(window, hostId, this))
{
    connect(m_loadGate, &HostConnectionGate::connecting, this, &LuksDevicesLoader::connecting);
    connect(m_loadGate, &HostConnectionGate::failed, this, [this](const Error &error) {
        m_loading = false;
        Q_EMIT loaded(error);
    });
    connect(m_fetchGate, &HostConnectionGate::failed, this, [this](const Error &error) {
        m_fetching = false;
        Q_EMIT headerFetched(error);
    });
}

void LuksDevicesLoader::load()
{
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    m_loadGate->whenConnected([this, generation] {
        Transport::HostConnection *connection = m_loadGate->connection();
        if (!connection) {
            m_loading = false;
            Q_EMIT loaded(Error(Error::Code::Disconnected, tr("The host is not connected.")));
            return;
        }
        const auto read =
            connection->submit<Luks::BlockDeviceSnapshot>([](Transport::Session &session, const CancelToken &cancel) {
                return Luks::LuksPlanJob::read(session, cancel);
            });
        onFinished(this, read, [this, generation](const Result<Luks::BlockDeviceSnapshot> &result) {
            if (generation != m_loadGeneration)
                return;
            m_loading = false;
            Q_EMIT loaded(result);
        });
    });
}

void LuksDevicesLoader::fetchHeader(const QString &hostPath, const QString &localDir, const QString &journalPath,
                                    const QString &transactionId)
{
    const quint64 generation = ++m_fetchGeneration;
    m_fetching = true;
    m_fetchGate->whenConnected([this, generation, hostPath, localDir, journalPath, transactionId] {
        Transport::HostConnection *connection = m_fetchGate->connection();
        if (!connection) {
            m_fetching = false;
            Q_EMIT headerFetched(Error(Error::Code::Disconnected, tr("The host is not connected.")));
            return;
        }
        const auto fetch = connection->submit<Luks::LuksHeaderCopy>(
            [hostPath, localDir, journalPath, transactionId](Transport::Session &session, const CancelToken &cancel) {
                Result<Luks::LuksHeaderCopy> copy = Luks::LuksHeaderBackup::fetch(session, hostPath, localDir, cancel);
                if (copy && !journalPath.isEmpty()) {
                    // Appends are serialised across threads and processes by the journal itself.
                    Apply::Journal journal(journalPath);
                    journal.append(Luks::LuksHeaderBackup::kindFetched(), session.displayName(),
                                   Luks::LuksHeaderBackup::journalPayload(*copy, transactionId));
                }
                return copy;
            });
        onFinished(this, fetch, [this, generation](const Result<Luks::LuksHeaderCopy> &result) {
            if (generation != m_fetchGeneration)
                return;
            m_fetching = false;
            Q_EMIT headerFetched(result);
        });
    });
}

} // namespace Bulwark::Ui
