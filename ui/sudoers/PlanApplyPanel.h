// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/ApplyReport.h"
#include "core/plan/ChangePlan.h"
#include "core/scan/ScanRecord.h"
#include "core/util/Error.h"

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QStackedWidget>
#include <QUuid>
#include <functional>
#include <memory>

class QLabel;

namespace Bulwark::Ui {

class ApplyJob;
class ApplyProgressView;
class ErrorBanner;
class HostConnectionGate;
class MainWindow;
class PlanPreview;

// The second half of a Bulwark wizard, the same steps as the services wizard's: Preview (Applier::prepare on the
// host's worker, reads only, the plan in a PlanPreview; a refusal in the banner and nothing to apply), Apply
// (ApplyJob with live progress in ApplyProgressView) and Result (the host scanned again: score before and after,
// the checks that now pass). Nothing is written to the host before apply(). The dialog around it owns the buttons.
// Lives on the GUI thread and never waits on it.
class PlanApplyPanel : public QStackedWidget
{
    Q_OBJECT

public:
    enum Stage
    {
        PreviewStage,
        ApplyStage,
        ResultStage
    };

    PlanApplyPanel(MainWindow *window, const QUuid &hostId, QWidget *parent = nullptr);
    ~PlanApplyPanel() override;

    // The preview page's heading.
    void setTitle(const QString &title);
    // The preview status once the plan is prepared with `changes` (> 0) changes; by default it tells how sudoers
    // changes are checked (visudo, then sudo).
    void setPreparedNote(std::function<QString(int changes)> note);
    // Shows why Bulwark will not make the change; nothing can be applied.
    void showRefusal(const QString &status, const Error &error);
    // Prepares `plan` on the host (reads only) and shows it; previewUpdated() follows.
    void preview(const Plan::ChangePlan &plan);
    // Applies the prepared plan; applyFinished(), then after Applied the rescan and resultReady().
    void apply();
    // The secrets the plan's steps read on stdin (Apply::ApplyOptions::secrets, by slot), handed to the Applier by
    // the next apply() only (a prepare never gets them) and cleared here once handed over.
    void setSecrets(const QHash<QString, QByteArray> &secrets);
    // Overwrites and forgets the secrets not handed over yet.
    void clearSecrets();
    bool hasSecrets() const { return !m_secrets.isEmpty(); }
    // Stops a prepare (a transaction is never abandoned: it ends applied or rolled back).
    void cancelPreview();

    Stage stage() const { return Stage(currentIndex()); }
    bool isPreviewReady() const { return m_previewReady; }
    bool isBusy() const;     // preparing, applying or connecting
    bool isApplying() const; // a transaction runs
    bool canApply() const;
    Plan::ChangePlan preparedPlan() const { return m_prepared; }
    int changeCount() const { return int(m_prepared.changes().size()); }

    ErrorBanner *banner() const { return m_banner; }
    QLabel *status() const { return m_status; }
    PlanPreview *planPreview() const { return m_preview; }
    ApplyProgressView *progressView() const { return m_progress; }

Q_SIGNALS:
    void stateChanged();
    void previewUpdated();
    void applyFinished(const Bulwark::Apply::ApplyReport &report);
    void resultReady();

private:
    QWidget *createPreviewPage();
    QWidget *createApplyPage();
    QWidget *createResultPage();
    ApplyJob *newJob(bool withSecrets = false);
    void onPrepared(const Result<Plan::ChangePlan> &plan);
    void onApplied(const Apply::ApplyReport &report);
    void startRescan();
    void onRescanned(const Scan::ScanRecord &record);

    QPointer<MainWindow> m_window;
    QUuid m_hostId;
    QString m_hostName;
    std::function<QString(int)> m_preparedNote;
    std::shared_ptr<const Scan::ScanRecord> m_record; // the scan before the change
    HostConnectionGate *m_gate = nullptr;
    ApplyJob *m_job = nullptr;
    Plan::ChangePlan m_planned;
    Plan::ChangePlan m_prepared;
    bool m_previewReady = false;
    bool m_rescanning = false;
    QHash<QString, QByteArray> m_secrets;
    bool m_jobHoldsSecrets = false; // m_job was given m_secrets: dropped as soon as it finishes

    QLabel *m_title = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    PlanPreview *m_preview = nullptr;
    ApplyProgressView *m_progress = nullptr;
    QLabel *m_resultOutcome = nullptr;
    QLabel *m_resultScore = nullptr;
    QLabel *m_resultPassing = nullptr;
};

} // namespace Bulwark::Ui
