// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>
#include <functional>
#include <type_traits>
#include <utility>

namespace Bulwark::Ui {

// Continuations of one-shot work (a host's worker, QtConcurrent) in the console. Use these instead of
// QFuture::then(context, fn).
//
// Why: in Qt 6.4 (qfuture_impl.h, Continuation::create with a context) then(context, fn) keeps only a QPointer to the
// context. When the future finishes, on the thread that finishes it (the host's worker), the continuation does
// Q_ASSERT(context) and then QMetaObject::invokeMethod(context, fn): queued to the context's thread, or run at once
// when the future had already finished. So if the context (a wizard, a loader) is destroyed first, a Debug build aborts
// with `ASSERT: "context" in file qfuture_impl.h` on the worker thread (reproduced by tests/gui/tst_futurewatch before
// the call sites moved to onFinished); a release build calls invokeMethod(nullptr), which does nothing (fn is dropped
// and the future then() returned is canceled), but it reads the QPointer on the worker while the GUI thread may be
// deleting the object. Only a call already queued when the context dies is safe: ~QObject drops it.
//
// Here a QFutureWatcher is created as a child of `context`: destroying the context destroys the watcher, which
// disconnects from the future under the future's own lock and takes any queued notification with it, so nothing
// runs and nothing touches the dead object. The watcher deletes itself once it has delivered.
//
// A connection whose futures come from its own submit() may still be the context of then() (HostConnector,
// AddHostDialog, ScanController, ConnectionRetirer): ~HostConnection waits for its worker, so it outlives every such
// future.

// Calls fn(result) on `context`'s thread once `future` has finished with a result; fn() for a QFuture<void>.
// A future that finishes canceled or without one (its task never ran) calls canceled() instead. Neither runs
// once `context` is destroyed, nor synchronously from here even when the future has finished already. Call on
// `context`'s thread.
template<typename T, typename Fn, typename Canceled>
void onFinished(QObject *context, QFuture<T> future, Fn &&fn, Canceled &&canceled)
{
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, fn = std::forward<Fn>(fn), canceled = std::forward<Canceled>(canceled)]() mutable {
                         watcher->deleteLater();
                         // Moved out first: fn may destroy the context, and with it this watcher and its slot.
                         auto call = std::move(fn);
                         auto drop = std::move(canceled);
                         QFuture<T> done = watcher->future();
                         if constexpr (std::is_void_v<T>) {
                             if (done.isCanceled())
                                 std::invoke(drop);
                             else
                                 std::invoke(call);
                         } else {
                             if (done.isCanceled() || done.resultCount() == 0) {
                                 std::invoke(drop);
                             } else if constexpr (std::is_copy_constructible_v<T>) {
                                 const T result = done.result();
                                 std::invoke(call, result);
                             } else {
                                 std::invoke(call, done.takeResult());
                             }
                         }
                     });
    watcher->setFuture(std::move(future));
}

// The same; a future that finishes without a result is dropped, as QFuture::then drops a canceled one.
template<typename T, typename Fn>
void onFinished(QObject *context, QFuture<T> future, Fn &&fn)
{
    onFinished(context, std::move(future), std::forward<Fn>(fn), [] {});
}

} // namespace Bulwark::Ui
