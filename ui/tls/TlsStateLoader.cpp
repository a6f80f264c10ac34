// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/tls/TlsStateLoader.h"

#include "core/tls/ApacheReader.h"
#include "core/tls/NginxReader.h"
#include "core/transport/HostConnection.h"
#include "ui/MainWindow.h"
#include "ui/sudoers/HostConnectionGate.h"

#include <QFutureWatcher>

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
        // A watcher owned by the loader, not QFuture::then with it as context: Qt 6.4 asserts when that context is
        // gone (the wizard closed) before the read ends.
        auto *watcher = new QFutureWatcher<Result<Tls::TlsHostState>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_loading = false;
            if (watcher->future().resultCount() == 0) // never ran (the pool was stopped)
                Q_EMIT loaded(Error(Error::Code::Canceled, tr("Reading the web server was canceled.")));
            else
                Q_EMIT loaded(watcher->result());
        });
        watcher->setFuture(
            connection->submit<Tls::TlsHostState>([](Transport::Session &session, const CancelToken &cancel) {
                return Tls::NginxReader::read(session, cancel);
            }));
        // Then Apache, on the same worker: one read-only command too.
        auto *apache = new QFutureWatcher<Result<Tls::ApacheHostState>>(this);
        connect(apache, &QFutureWatcherBase::finished, this, [this, apache, generation] {
            apache->deleteLater();
            if (generation != m_generation)
                return;
            if (apache->future().resultCount() == 0)
                Q_EMIT apacheLoaded(Error(Error::Code::Canceled, tr("Reading the web server was canceled.")));
            else
                Q_EMIT apacheLoaded(apache->result());
        });
        apache->setFuture(
            connection->submit<Tls::ApacheHostState>([](Transport::Session &session, const CancelToken &cancel) {
                return Tls::ApacheReader::read(session, cancel);
            }));
    });
}

void TlsStateLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    m_gate->cancel();
}

} // namespace Bulwark::Ui
