// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/tls/TlsStateLoader.h"

#include "core/tls/ApacheReader.h"
#include "core/tls/NginxReader.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/HostConnectionGate.h"

namespace Bulwark::Ui {

TlsStateLoader::TlsStateLoader(MainWindow *window, const QUuid &hostId, QObject *parent)
    : QObject(parent)
    , m_gate(new HostConnectionGate(window, hostId, this))
{
    connect(m_gate, &HostConnectionGate::connecting, this, &TlsStateLoader::connecting);
    connect(m_gate, &HostConnectionGate::failed, this, [this](const Error &error) {
        if (!m_loading)
            return;
        m_loading = false;
        Q_EMIT loaded(error);
    });
}

void TlsStateLoader::load()
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
        // onFinished, not QFuture::then with the loader as context: Qt 6.4 asserts when that context is gone (the
        // wizard closed) before the read ends (see ui/FutureWatch.h).
        const auto nginx =
            connection->submit<Tls::TlsHostState>([](Transport::Session &session, const CancelToken &cancel) {
                return Tls::NginxReader::read(session, cancel);
            });
        onFinished(
            this, nginx,
            [this, generation](const Result<Tls::TlsHostState> &result) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                Q_EMIT loaded(result);
            },
            [this, generation] { // never ran (the pool was stopped)
                if (generation != m_generation)
                    return;
                m_loading = false;
                Q_EMIT loaded(Error(Error::Code::Canceled, tr("Reading the web server was canceled.")));
            });
        // Then Apache, on the same worker: one read-only command too.
        const auto apache =
            connection->submit<Tls::ApacheHostState>([](Transport::Session &session, const CancelToken &cancel) {
                return Tls::ApacheReader::read(session, cancel);
            });
        onFinished(
            this, apache,
            [this, generation](const Result<Tls::ApacheHostState> &result) {
                if (generation == m_generation)
                    Q_EMIT apacheLoaded(result);
            },
            [this, generation] {
                if (generation == m_generation)
                    Q_EMIT apacheLoaded(Error(Error::Code::Canceled, tr("Reading the web server was canceled.")));
            });
    });
}

void TlsStateLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    m_gate->cancel();
}

} // namespace Bulwark::Ui
