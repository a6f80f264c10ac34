// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/HostConnection.h"

#include <memory>

namespace Bulwark::Ui {

// Deleting a HostConnection waits for its worker thread, which may sit in a blocking connect until the connect
// timeout. The GUI thread must never wait, so the UI holds connections through this deleter: it cancels the
// connection's work, queues a close behind it on the worker, and deletes the connection on the GUI thread once
// the worker is idle. Until then the connection is parked under the QCoreApplication, so none outlives the
// application. Results of the cancelled work still arrive; callers drop them (see AddHostDialog).
struct ConnectionRetirer
{
    void operator()(Transport::HostConnection *connection) const;
};

using ConnectionPtr = std::unique_ptr<Transport::HostConnection, ConnectionRetirer>;

inline ConnectionPtr makeConnection(Transport::HostConnection::SessionFactory factory)
{
    return ConnectionPtr(new Transport::HostConnection(std::move(factory)));
}

} // namespace Bulwark::Ui
