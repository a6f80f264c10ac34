// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/Applier.h"
#include "core/apply/ApplyReport.h"
#include "core/plan/ChangePlan.h"
#include "core/util/CancelToken.h"
#include "core/util/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace Bulwark::Transport {
class HostConnection;
}

namespace Bulwark::Ui {

// One Applier call on a host's worker thread: prepare() (reads only), apply() or recover(), each through
// HostConnection::submit, so the GUI thread never waits. The Applier's progress callbacks, which arrive on the worker,
// are queued to this object. Only one apply or recover runs in the whole console at a time: the journal is a single
// hash chain, and two workers appending to it at once could interleave.
//
// Job protocol: start*() -> progress()... -> prepared() | finished(); a job that is canceled still ends in finished()
// (the Applier rolls back and reports it). Lives on the GUI thread.
class ApplyJob : public QObject
{
    Q_OBJECT

public:
    ApplyJob(Transport::HostConnection *connection, QString journalPath, Apply::ApplyOptions options,
             QObject *parent = nullptr);
    ~ApplyJob() override;

    // True while any ApplyJob of the process applies or recovers.
    static bool isAnyApplying();

    bool isRunning() const { return m_running; }

    // The plan as apply() will run it (Applier::prepare): prepared() follows.
    void startPrepare(const Plan::ChangePlan &plan);
    // Runs the plan: progress()... then finished(). Refuses (finished with Refused) while another apply runs.
    void startApply(const Plan::ChangePlan &plan);
    // Applier::recover for an interrupted transaction: progress()... then finished().
    void startRecover(const QString &transactionId);
    // Asks the running job to stop; the Applier rolls back what it did.
    void cancel();

Q_SIGNALS:
    void prepared(const Bulwark::Result<Bulwark::Plan::ChangePlan> &plan);
    void progress(const Bulwark::Apply::ApplyProgress &progress);
    void finished(const Bulwark::Apply::ApplyReport &report);

private:
    void begin();
    void end(const Result<Apply::ApplyReport> &result);
    // Runs `work` with an Applier on the host's worker, one transaction at a time in the console.
    void runTransaction(const QString &transactionId,
                        std::function<Apply::ApplyReport(Apply::Applier &, const CancelToken &)> work);

    QPointer<Transport::HostConnection> m_connection;
    QString m_journalPath;
    Apply::ApplyOptions m_options;
    CancelToken m_cancel;
    bool m_running = false;
    bool m_holdsApplyLock = false;
    quint64 m_generation = 0;
};

} // namespace Bulwark::Ui
