// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/SudoersReader.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUuid>

namespace Bulwark::Ui {

class HostConnectionGate;
class MainWindow;

// Reads a host's sudoers configuration (Facts::SudoersReader) on the host's worker, connecting first when needed,
// and hands the snapshot back on the GUI thread: load() -> loaded(). A newer load() makes older results stale; they
// are dropped. Reads only. Lives on the GUI thread.
class SudoersSnapshotLoader : public QObject
{
    Q_OBJECT

public:
    SudoersSnapshotLoader(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading; }

    // The session can answer sudo's password prompt when it read the configuration through sudo while the rules
    // ask for a password (the read would have failed otherwise): sets identity.hasSudoPassword accordingly.
    static void completeIdentity(Facts::SudoersSnapshot &snapshot);

Q_SIGNALS:
    void connecting();
    void loaded(const Bulwark::Result<Bulwark::Facts::SudoersSnapshot> &snapshot);

private:
    HostConnectionGate *m_gate = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Bulwark::Ui
