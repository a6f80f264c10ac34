// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ApplyJob.h"

#include "core/apply/Journal.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"

#include <QCoreApplication>

namespace Bulwark::Ui {

using Apply::ApplyReport;

namespace {

int g_applying = 0; // GUI thread only

} // namespace

ApplyJob::ApplyJob(Transport::HostConnection *connection, QString journalPath, Apply::ApplyOptions options,
                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_journalPath(std::move(journalPath))
    , m_options(std::move(options))
{}

ApplyJob::~ApplyJob()
{
    // The worker finishes what it runs (the Applier rolls back on cancel); the lock goes with this object, and the
    // result arrives at no one.
    m_cancel.cancel();
    if (m_holdsApplyLock)
        --g_applying;
    Apply::wipeSecrets(m_options.secrets);
}

bool ApplyJob::isAnyApplying()
{
    return g_applying > 0;
}

void ApplyJob::begin()
{
    m_cancel = CancelToken();
    m_running = true;
    ++m_generation;
}

void ApplyJob::cancel()
{
    m_cancel.cancel();
}

void ApplyJob::startPrepare(const Plan::ChangePlan &plan)
{
    begin();
    if (!m_connection) {
        m_running = false;
        Q_EMIT prepared(Error(Error::Code::Disconnected, tr("The host is not connected.")));
        return;
    }
    const quint64 generation = m_generation;
    const CancelToken cancel = m_cancel;
    const auto preparing =
        m_connection->submit<Plan::ChangePlan>([plan, journalPath = m_journalPath, options = m_options, cancel](
                                                   Transport::Session &session, const CancelToken &connectionCancel) {
            if (connectionCancel.isCanceled())
                cancel.cancel();
            Apply::Journal journal(journalPath);
            Apply::Applier applier(session, journal, options);
            return applier.prepare(plan, cancel);
        });
    onFinished(this, preparing, [this, generation](const Result<Plan::ChangePlan> &result) {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT prepared(result);
    });
}

void ApplyJob::startApply(const Plan::ChangePlan &plan)
{
    runTransaction({},
                   [plan](Apply::Applier &applier, const CancelToken &cancel) { return applier.apply(plan, cancel); });
}

void ApplyJob::startRecover(const QString &transactionId)
{
    runTransaction(transactionId, [transactionId](Apply::Applier &applier, const CancelToken &cancel) {
        return applier.recover(transactionId, cancel);
    });
}

void ApplyJob::runTransaction(const QString &transactionId,
                              std::function<ApplyReport(Apply::Applier &, const CancelToken &)> work)
{
    begin();
    if (!m_connection || g_applying > 0) {
        ApplyReport refused;
        refused.transactionId = transactionId;
        refused.outcome = ApplyReport::Outcome::Refused;
        refused.error = !m_connection ? Error(Error::Code::Disconnected, tr("The host is not connected."))
                                      : Error(Error::Code::InvalidArgument,
                                              tr("Another change is being applied. Wait until it has finished."));
        end(refused);
        return;
    }
    ++g_applying;
    m_holdsApplyLock = true;
    const quint64 generation = m_generation;
    const CancelToken cancel = m_cancel;
    Transport::HostConnection *connection = m_connection;
    // Progress arrives on the worker. The connection lives on this thread and outlives its worker's jobs (see
    // ConnectionRetirer), so it carries the queued call; this job may be gone by then, hence the QPointer.
    auto relay = [connection, self = QPointer<ApplyJob>(this), generation](const Apply::ApplyProgress &step) {
        QMetaObject::invokeMethod(
            connection,
            [self, generation, step] {
                if (self && self->m_generation == generation)
                    Q_EMIT self->progress(step);
            },
            Qt::QueuedConnection);
    };
    const auto transaction = connection->submit<ApplyReport>(
        [work = std::move(work), journalPath = m_journalPath, options = m_options, cancel,
         relay](Transport::Session &session, const CancelToken &) mutable -> Result<ApplyReport> {
            // The connection's own cancel (a scan's Stop) must not interrupt a transaction: only this job's token.
            Apply::Journal journal(journalPath);
            ApplyReport report;
            {
                Apply::Applier applier(session, journal, options);
                applier.setProgressCallback(relay);
                report = work(applier, cancel);
            }
            Apply::wipeSecrets(options.secrets);
            return report;
        });
    onFinished(this, transaction, [this, generation](const Result<ApplyReport> &result) {
        if (generation == m_generation)
            end(result);
    });
}

void ApplyJob::end(const Result<ApplyReport> &result)
{
    m_running = false;
    Apply::wipeSecrets(m_options.secrets); // one transaction per secret: the next apply asks again
    if (m_holdsApplyLock) {
        --g_applying;
        m_holdsApplyLock = false;
    }
    if (result) {
        Q_EMIT finished(*result);
        return;
    }
    // The job never reached the Applier (no session, canceled while queued): nothing ran.
    ApplyReport report;
    report.outcome = ApplyReport::Outcome::Refused;
    report.error = result.error();
    Q_EMIT finished(report);
}

} // namespace Bulwark::Ui
