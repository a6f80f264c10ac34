// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/HostConnectionGate.h"

#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"

namespace Bulwark::Ui {

HostConnectionGate::HostConnectionGate(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_hostId(hostId)
{
    if (!window)
        return;
    connect(window->connector(), &HostConnector::connected, this, [this](const QUuid &id) {
        if (id != m_hostId || !m_then)
            return;
        auto then = std::move(m_then);
        m_then = nullptr;
        then();
    });
    connect(window->connector(), &HostConnector::failed, this, [this](const QUuid &id, const Error &error) {
        if (id != m_hostId || !m_then)
            return;
        m_then = nullptr;
        Q_EMIT failed(error);
    });
}

Transport::HostConnection *HostConnectionGate::connection() const
{
    return m_window ? m_window->hostModel()->connection(m_hostId) : nullptr;
}

void HostConnectionGate::whenConnected(std::function<void()> then)
{
    if (!m_window || !m_window->hostModel()->contains(m_hostId)) {
        m_then = nullptr;
        Q_EMIT failed(Error(Error::Code::InvalidArgument, tr("The host is no longer in the console.")));
        return;
    }
    HostListModel *hosts = m_window->hostModel();
    if (hosts->connection(m_hostId) && hosts->status(m_hostId) == HostListModel::Status::Connected) {
        m_then = nullptr;
        then();
        return;
    }
    m_then = std::move(then);
    Q_EMIT connecting();
    m_window->connector()->connectHost(m_hostId, false);
}

} // namespace Bulwark::Ui
