// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/HostConnection.h"

namespace Bulwark::Transport {

HostConnection::HostConnection(SessionFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

HostConnection::~HostConnection()
{
    m_cancel.cancel();
    // The session must die on the thread that created it.
    m_pool.start([this] {
        if (m_session)
            m_session->close();
        m_session.reset();
    });
    m_pool.waitForDone();
}

Session *HostConnection::sessionOnWorker()
{
    if (!m_session && m_factory)
        m_session = m_factory();
    return m_session.get();
}

void HostConnection::setOpenFromWorker(bool open)
{
    Q_EMIT stateChanged(open);
}

QFuture<Result<void>> HostConnection::open()
{
    return submit<void>([this](Session &session, const CancelToken &cancel) -> Result<void> {
        auto opened = session.open(cancel);
        setOpenFromWorker(opened.ok());
        return opened;
    });
}

QFuture<Result<CommandResult>> HostConnection::run(RemoteCommand command)
{
    return submit<CommandResult>([command = std::move(command)](Session &session, const CancelToken &cancel) {
        return session.run(command, cancel);
    });
}

QFuture<Result<QByteArray>> HostConnection::readFile(QByteArray path, qint64 maxBytes, bool elevate)
{
    return submit<QByteArray>([path = std::move(path), maxBytes, elevate](Session &session, const CancelToken &cancel) {
        return session.readFile(path, maxBytes, elevate, cancel);
    });
}

void HostConnection::close()
{
    m_pool.start([this] {
        if (m_session)
            m_session->close();
        setOpenFromWorker(false);
    });
}

void HostConnection::cancel()
{
    m_cancel.cancel();
    m_cancel = CancelToken();
}

} // namespace Bulwark::Transport
