// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/RemoteCommand.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

namespace Bulwark::Transport {

// The per-host worker. Owned by the GUI (or CLI) thread; its Session is created, used and destroyed on one
// dedicated thread and never seen by any other. Every call returns at once with a QFuture, so the caller's
// thread never waits on the network. Continue with an object that may be destroyed first (a wizard, a loader)
// through ui/FutureWatch.h's onFinished(), never .then(context, ...): Qt 6.4 asserts in Debug, and in Release reads
// the context's QPointer on the worker, when the context dies before the future finishes. .then(connection, ...)
// is safe, because the destructor waits for every job. Never waitForFinished() on these futures: QFuture may then
// run a job that has not started on the waiting thread, and the Session would be used off its own thread.
//
// Work runs in submission order. cancel() stops what is running and whatever is queued. The destructor cancels,
// then waits for the worker thread to finish and closes the session on it (RAII: no thread outlives the object).
class HostConnection : public QObject
{
    Q_OBJECT

public:
    using SessionFactory = std::function<std::unique_ptr<Session>()>;

    // `factory` runs on the worker thread, so the session is born there.
    explicit HostConnection(SessionFactory factory, QObject *parent = nullptr);
    ~HostConnection() override;

    QFuture<Result<void>> open();
    QFuture<Result<CommandResult>> run(RemoteCommand command);
    QFuture<Result<QByteArray>> readFile(QByteArray path, qint64 maxBytes, bool elevate);
    void close();

    // Cancels everything submitted so far; later submissions are unaffected.
    void cancel();

    // Runs an arbitrary job against the session on the worker thread (used by probes and the applier).
    template<typename T>
    QFuture<Result<T>> submit(std::function<Result<T>(Session &, const CancelToken &)> job);

Q_SIGNALS:
    void stateChanged(bool open);

private:
    Session *sessionOnWorker(); // worker thread only
    void setOpenFromWorker(bool open);

    SessionFactory m_factory;
    std::unique_ptr<Session> m_session; // touched on the worker thread only
    CancelToken m_cancel;               // replaced by cancel(); read on the caller's thread
    QThreadPool m_pool;                 // exactly one thread that never expires: the host's worker thread
};

template<typename T>
QFuture<Result<T>> HostConnection::submit(std::function<Result<T>(Session &, const CancelToken &)> job)
{
    const CancelToken token = m_cancel;
    return QtConcurrent::run(&m_pool, [this, token, job = std::move(job)]() -> Result<T> {
        if (token.isCanceled())
            return Error(Error::Code::Canceled, QCoreApplication::translate("HostConnection", "Canceled."));
        Session *session = sessionOnWorker();
        if (!session)
            return Error(Error::Code::Internal, QCoreApplication::translate("HostConnection", "No session."));
        return job(*session, token);
    });
}

} // namespace Bulwark::Transport
