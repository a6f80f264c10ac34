// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/ConnectionPtr.h"

#include <QCoreApplication>
#include <QThread>

namespace Bulwark::Ui {

using Transport::HostConnection;
using Transport::Session;

void ConnectionRetirer::operator()(HostConnection *connection) const
{
    if (!connection)
        return;
    connection->cancel();
    // Nobody listens to a retired connection any more.
    QObject::disconnect(connection, nullptr, nullptr, nullptr);
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || connection->thread() != QThread::currentThread() || app->thread() != QThread::currentThread()) {
        delete connection; // no event loop to defer to: wait, as HostConnection's destructor does
        return;
    }
    connection->setParent(app);
    // Work runs in submission order, so this job starts only after everything already queued has finished.
    connection
        ->submit<bool>([](Session &session, const CancelToken &) -> Result<bool> {
            session.close();
            return true;
        })
        .then(connection, [connection](const Result<bool> &) { connection->deleteLater(); });
}

} // namespace Bulwark::Ui
