// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ssh/SshStateLoader.h"

#include "core/ssh/SshAccessReader.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/HostConnectionGate.h"

namespace Bulwark::Ui {

SshStateLoader::SshStateLoader(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_gate(new HostConnectionGate(window, hostId, this))
    , m_hostId(hostId)
{
    connect(m_gate, &HostConnectionGate::connecting, this, &SshStateLoader::connecting);
    connect(m_gate, &HostConnectionGate::failed, this, [this](const Error &error) {
        if (m_loading) {
            m_loading = false;
            Q_EMIT loaded(error);
        }
        if (m_planning) {
            m_planning = false;
            Q_EMIT planned(error);
        }
    });
}

Plan::SshLogin::Method SshStateLoader::methodFrom(const QString &authMethod)
{
    return authMethod.startsWith(QLatin1String("publickey")) ? Plan::SshLogin::Method::PublicKey
                                                             : Plan::SshLogin::Method::Password;
}

void SshStateLoader::load()
{
    const quint64 generation = ++m_loadGeneration;
    m_loading = true;
    m_gate->whenConnected([this, generation] {
        Transport::HostConnection *connection = m_gate->connection();
        if (!connection) {
            m_loading = false;
            Q_EMIT loaded(Error(Error::Code::Disconnected, tr("The host is not connected.")));
            return;
        }
        // Read once the connection is open: the login that just happened says how this session authenticated.
        const Plan::SshLogin::Method method = methodFrom(m_window && m_window->hostModel()->contains(m_hostId)
                                                             ? m_window->hostModel()->host(m_hostId).authMethod
                                                             : QString());
        const auto read =
            connection->submit<Ssh::SshHostState>([method](Transport::Session &session, const CancelToken &cancel) {
                return Ssh::SshAccessReader::read(session, method, cancel);
            });
        onFinished(this, read, [this, generation](const Result<Ssh::SshHostState> &result) {
            if (generation != m_loadGeneration)
                return;
            m_loading = false;
            Q_EMIT loaded(result);
        });
    });
}

void SshStateLoader::plan(const Ssh::SshHostState &state, const Plan::SshChoice &choice, const QJsonObject &facts)
{
    const quint64 generation = ++m_planGeneration;
    m_planning = true;
    m_gate->whenConnected([this, generation, state, choice, facts] {
        Transport::HostConnection *connection = m_gate->connection();
        if (!connection) {
            m_planning = false;
            Q_EMIT planned(Error(Error::Code::Disconnected, tr("The host is not connected.")));
            return;
        }
        const auto planning = connection->submit<Ssh::SshPlanOutcome>(
            [state, choice, facts](Transport::Session &session, const CancelToken &cancel) {
                return Ssh::SshPlanJob::planOnHost(session, state, choice, facts, cancel);
            });
        onFinished(this, planning, [this, generation](const Result<Ssh::SshPlanOutcome> &result) {
            if (generation != m_planGeneration)
                return;
            m_planning = false;
            Q_EMIT planned(result);
        });
    });
}

void SshStateLoader::cancelPlan()
{
    ++m_planGeneration;
    m_planning = false;
}

} // namespace Bulwark::Ui
