// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <functional>

namespace Bulwark::Transport {
class HostConnection;
}

namespace Bulwark::Ui {

class MainWindow;

// Runs a continuation once a host's connection is open: at once when it is, otherwise after the window's
// HostConnector has connected it (failed() when that does not work). One continuation waits at a time; a new one
// replaces it. Never waits itself. Lives on the GUI thread.
class HostConnectionGate : public QObject
{
    Q_OBJECT

public:
    HostConnectionGate(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void whenConnected(std::function<void()> then);
    bool isWaiting() const { return bool(m_then); }
    // Forgets the waiting continuation (the connection attempt itself goes on).
    void cancel() { m_then = nullptr; }
    // The host's connection, or null.
    Transport::HostConnection *connection() const;

Q_SIGNALS:
    // A connection attempt started for the waiting continuation.
    void connecting();
    void failed(const Bulwark::Error &error);

private:
    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    std::function<void()> m_then;
};

} // namespace Bulwark::Ui
