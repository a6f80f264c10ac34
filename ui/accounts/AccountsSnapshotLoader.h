// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountsSnapshot.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUuid>

namespace Bulwark::Ui {

class HostConnectionGate;
class MainWindow;

// Reads what the accounts wizard needs beyond the scan (Facts::AccountsReader: the operator, sudoers, shadow expiry,
// /etc/group, crontabs, ...) on the host's worker, connecting first when needed, and hands it back on the GUI
// thread: load() -> loaded(). A newer load() makes older results stale; they are dropped. Reads only.
// Lives on the GUI thread.
class AccountsSnapshotLoader : public QObject
{
    Q_OBJECT

public:
    AccountsSnapshotLoader(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void load();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void connecting();
    void loaded(const Bulwark::Result<Bulwark::Facts::AccountsSnapshot> &snapshot);

private:
    HostConnectionGate *m_gate = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Bulwark::Ui
