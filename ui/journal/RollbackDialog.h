// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"
#include "core/plan/ChangePlan.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Bulwark::Ui {

class ApplyJob;
class ApplyProgressView;
class ErrorBanner;
class MainWindow;
class PlanPreview;

// Undoes one journaled transaction: the plan from Applier::rollbackPlan() is prepared on the host (reads only) and
// shown in a PlanPreview; only "Roll Back N Changes" applies it, on the host's connection, with the same progress,
// cancel and outcome as the wizards' apply step. The rollback is journaled as a transaction of its own.
// Lives on the GUI thread.
class RollbackDialog : public QDialog
{
    Q_OBJECT

public:
    RollbackDialog(MainWindow *window, const QUuid &hostId, const QString &transactionId, const Plan::ChangePlan &plan,
                   QWidget *parent = nullptr);
    ~RollbackDialog() override;

    Plan::ChangePlan plan() const { return m_plan; }
    bool isPreviewReady() const { return m_ready; }
    bool isApplying() const;

public Q_SLOTS:
    void confirm();
    void reject() override;

Q_SIGNALS:
    void previewUpdated();
    void finished(const Bulwark::Apply::ApplyReport &report);

private:
    void onPrepared(const Result<Plan::ChangePlan> &plan);
    void updateButtons();

    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    QString m_transactionId;
    Plan::ChangePlan m_plan;
    QJsonObject m_facts;
    bool m_ready = false;
    bool m_done = false;
    ApplyJob *m_job = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_status = nullptr;
    ErrorBanner *m_banner = nullptr;
    PlanPreview *m_preview = nullptr;
    ApplyProgressView *m_progress = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Bulwark::Ui
