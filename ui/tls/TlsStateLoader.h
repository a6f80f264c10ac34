// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheHostState.h"
#include "core/tls/TlsHostState.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUuid>

namespace Bulwark::Ui {

class HostConnectionGate;
class MainWindow;

// The TLS wizard's host work on the host's worker, connecting first when needed: load() reads the web servers'
// configuration, read-only: nginx (Tls::NginxReader::read) -> loaded(), then Apache (Tls::ApacheReader::read) ->
// apacheLoaded(), on the GUI thread. A newer load() makes an older
// result stale; it is dropped. Lives on the GUI thread and never waits on it.
class TlsStateLoader : public QObject
{
    Q_OBJECT

public:
    TlsStateLoader(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void load();
    void cancel();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void connecting();
    void loaded(const Bulwark::Result<Bulwark::Tls::TlsHostState> &state);
    void apacheLoaded(const Bulwark::Result<Bulwark::Tls::ApacheHostState> &state);

private:
    HostConnectionGate *m_gate = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Bulwark::Ui
