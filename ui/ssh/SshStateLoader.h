// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/ssh/SshChoice.h"
#include "core/ssh/SshHostState.h"
#include "core/ssh/SshPlanJob.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace Bulwark::Ui {

class HostConnectionGate;
class MainWindow;

// The SSH wizard's host work on the host's worker, connecting first when needed; results come back on the GUI
// thread. load() reads the SSH server (Ssh::SshAccessReader::read) -> loaded(); plan() runs the planning steps that
// need the host (Ssh::SshPlanJob: the lock-out pre-flight's sshd -T) -> planned(). A newer call of the same kind
// makes older results stale; they are dropped. Reads only. Lives on the GUI thread.
class SshStateLoader : public QObject
{
    Q_OBJECT

public:
    SshStateLoader(MainWindow *window, const QUuid &hostId, QObject *parent = nullptr);

    void load();
    void plan(const Ssh::SshHostState &state, const Plan::SshChoice &choice, const QJsonObject &facts);
    void cancelPlan();
    bool isLoading() const { return m_loading; }
    bool isPlanning() const { return m_planning; }

    // How the console logged in to the host (Host::authMethod: "publickey (agent)", "password", ...); a password
    // when it is not known, which is the stricter assumption for the lock-out pre-flight.
    static Plan::SshLogin::Method methodFrom(const QString &authMethod);

Q_SIGNALS:
    void connecting();
    void loaded(const Bulwark::Result<Bulwark::Ssh::SshHostState> &state);
    void planned(const Bulwark::Result<Bulwark::Ssh::SshPlanOutcome> &outcome);

private:
    QPointer<MainWindow> m_window;
    HostConnectionGate *m_gate = nullptr;
    QUuid m_hostId;
    quint64 m_loadGeneration = 0;
    quint64 m_planGeneration = 0;
    bool m_loading = false;
    bool m_planning = false;
};

} // namespace Bulwark::Ui
