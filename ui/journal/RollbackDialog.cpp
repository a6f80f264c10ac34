// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/journal/RollbackDialog.h"

#include "ui/ErrorBanner.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/diff/PlanPreview.h"
#include "ui/wizards/ApplyJob.h"
#include "ui/wizards/ApplyProgressView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Bulwark::Ui {

RollbackDialog::RollbackDialog(MainWindow *window, const QUuid &hostId, const QString &transactionId,
                               const Plan::ChangePlan &plan, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_window(window)
    , m_hostId(hostId)
    , m_transactionId(transactionId)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("rollbackDialog"));
    const QString hostName = window->hostModel()->host(hostId).displayName();
    setWindowTitle(tr("Roll Back — %1").arg(hostName));
    setSizeGripEnabled(true);
    resize(940, 640);
    if (const auto record = window->scanStore()->latest(hostId))
        m_facts = record->facts;

    auto *previewPage = new QWidget(this);
    auto *title = new QLabel(tr("Undo transaction %1 on %2").arg(transactionId.left(8), hostName), previewPage);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_status = new QLabel(tr("Reading the current state from %1 (nothing is changed)…").arg(hostName), previewPage);
    m_status->setObjectName(QStringLiteral("rollbackStatus"));
    m_status->setWordWrap(true);
    m_banner = new ErrorBanner(previewPage);
    m_banner->setObjectName(QStringLiteral("rollbackBanner"));
    m_preview = new PlanPreview(previewPage);
    m_preview->setObjectName(QStringLiteral("rollbackPreview"));
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(title);
    previewLayout->addWidget(m_status);
    previewLayout->addWidget(m_banner);
    previewLayout->addWidget(m_preview, 1);

    m_progress = new ApplyProgressView(this);
    m_progress->setAppliedText(tr("Rolled back — the host is as it was before the transaction"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(previewPage);
    m_pages->addWidget(m_progress);

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmRollbackButton"));
    connect(m_confirm, &QPushButton::clicked, this, &RollbackDialog::confirm);
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeRollbackButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &RollbackDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    m_job = new ApplyJob(window->hostModel()->connection(hostId), window->journalPath(), window->applyOptions(hostId),
                         this);
    connect(m_job, &ApplyJob::prepared, this, &RollbackDialog::onPrepared);
    connect(m_job, &ApplyJob::progress, m_progress, &ApplyProgressView::showProgress);
    connect(m_job, &ApplyJob::finished, this, [this](const Apply::ApplyReport &report) {
        m_done = true;
        m_progress->showReport(report);
        updateButtons();
        Q_EMIT finished(report);
    });
    connect(m_progress, &ApplyProgressView::cancelRequested, m_job, &ApplyJob::cancel);
    connect(m_progress, &ApplyProgressView::checkHostStateRequested, this, [this](const QString &id) {
        m_progress->start(m_plan, tr("Checking the state of the host after the interruption…"),
                          tr("The state of the host after the interruption"));
        m_done = false;
        m_job->startRecover(id);
        updateButtons();
    });
    updateButtons();
    m_job->startPrepare(m_plan);
}

RollbackDialog::~RollbackDialog() = default;

bool RollbackDialog::isApplying() const
{
    return m_pages->currentIndex() == 1 && m_job->isRunning();
}

void RollbackDialog::onPrepared(const Result<Plan::ChangePlan> &plan)
{
    if (!plan) {
        m_status->setText(tr("The rollback could not be prepared. Nothing was changed."));
        m_banner->showError(plan.error(), ErrorBanner::Severity::Warning);
        m_preview->setPlan(m_plan, m_facts);
        updateButtons();
        Q_EMIT previewUpdated();
        return;
    }
    m_plan = *plan;
    m_ready = !m_plan.isEmpty();
    m_status->setText(tr("These %n change(s) put back what the transaction changed, newest first. Nothing happens "
                         "until you confirm.",
                         nullptr, int(m_plan.changes().size())));
    m_preview->setPlan(m_plan, m_facts);
    updateButtons();
    Q_EMIT previewUpdated();
}

void RollbackDialog::updateButtons()
{
    const bool previewing = m_pages->currentIndex() == 0;
    const int changes = int(m_plan.changes().size());
    m_confirm->setText(tr("&Roll Back %n Change(s)", nullptr, changes));
    m_confirm->setVisible(previewing);
    m_confirm->setEnabled(previewing && m_ready && !m_job->isRunning());
    m_close->setText(m_done ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(!isApplying());
}

void RollbackDialog::confirm()
{
    if (!m_ready || m_pages->currentIndex() != 0)
        return;
    m_pages->setCurrentIndex(1);
    const int changes = int(m_plan.changes().size());
    m_progress->start(m_plan, tr("Rolling back %n change(s)…", nullptr, changes),
                      tr("Rollback of transaction %1: %n change(s)", nullptr, changes).arg(m_transactionId.left(8)));
    m_job->startApply(m_plan);
    updateButtons();
}

void RollbackDialog::reject()
{
    if (isApplying())
        return; // a transaction runs: it ends applied or rolled back, never abandoned
    if (m_job->isRunning())
        m_job->cancel();
    QDialog::reject();
}

} // namespace Bulwark::Ui
