// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/luks/LuksHeaderBackup.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUuid>

namespace Bulwark::Ui {

class HostConnectionGate;
class MainWindow;

// The LUKS wizard's host work on the host's worker, connecting first when needed; results come back on the GUI
// thread. load() reads the block devices (Luks::LuksPlanJob::read: one elevated, read-only command) -> loaded();
// fetchHeader() copies a header backup the applied plan left on the host to the workstation
// (Luks::LuksHeaderBackup::fetch: reads only on the host) and journals the copy (kindFetched(), as bulwark-cli does)
// -> headerFetched(). A newer call of the same kind makes
// older results stale; they are dropped. Lives on the GUI thread.
class LuksDevicesLoader : public QObject
{
    Q_OBJECT

public:
    LuksDevicesLoader(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void load();
    // `transactionId`: the apply that wrote the header backup, named in the journal entry; `journalPath` empty: the
    // copy is not journaled.
    void fetchHeader(const QString &hostPath, const QString &localDir, const QString &journalPath,
                     const QString &transactionId);
    bool isLoading() const { return m_loading; }
    bool isFetching() const { return m_fetching; }

Q_SIGNALS:
    void connecting();
    void loaded(const Bulwark::Result<Bulwark::Luks::BlockDeviceSnapshot> &snapshot);
    void headerFetched(const Bulwark::Result<Bulwark::Luks::LuksHeaderCopy> &copy);

private:
    HostConnectionGate *m_loadGate = nullptr;
    HostConnectionGate *m_fetchGate = nullptr;
    quint64 m_loadGeneration = 0;
    quint64 m_fetchGeneration = 0;
    bool m_loading = false;
    bool m_fetching = false;
};

} // namespace Bulwark::Ui
