// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/PlanApplyPanel.h"

#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"
#include "ui/ScanStore.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/HostConnectionGate.h"
#include "ui/wizards/ApplyJob.h"
#include "ui/wizards/ApplyProgressView.h"

#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Apply::ApplyReport;

namespace {

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

PlanApplyPanel::PlanApplyPanel(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : QStackedWidget(parent)
    , m_window(window)
    , m_hostId(hostId)
    , m_gate(new HostConnectionGate(window, hostId, this))
{
    setObjectName(QStringLiteral("planApplyPanel"));
    if (window) {
        HostListModel *hosts = window->hostModel();
        m_hostName = hosts->contains(hostId) ? hosts->host(hostId).displayName() : QString();
        m_record = window->scanStore()->latest(hostId);
    }
    addWidget(createPreviewPage());
    addWidget(createApplyPage());
    addWidget(createResultPage());

    connect(m_gate, &HostConnectionGate::connecting, this, [this] {
        m_status->setText(tr("Connecting to %1…").arg(m_hostName));
        Q_EMIT stateChanged();
    });
    connect(m_gate, &HostConnectionGate::failed, this, [this](const Error &error) {
        m_status->setText(tr("Nothing was changed."));
        m_banner->showError(Error(error.code(),
                                  tr("Bulwark could not connect to %1: %2").arg(m_hostName, error.message()),
                                  error.detail()),
                            ErrorBanner::Severity::Warning);
        Q_EMIT stateChanged();
        Q_EMIT previewUpdated();
    });
    if (window) {
        ScanController *scans = window->scanController();
        connect(scans, &ScanController::finished, this,
                [this](const QUuid &id, const ScanController::Outcome &outcome) {
                    if (id == m_hostId && m_rescanning)
                        onRescanned(outcome.record);
                });
        connect(scans, &ScanController::failed, this, [this](const QUuid &id, const Error &error) {
            if (id != m_hostId || !m_rescanning)
                return;
            m_rescanning = false;
            m_resultScore->setText(tr("The scan after the change did not complete: %1").arg(error.message()));
            Q_EMIT stateChanged();
            Q_EMIT resultReady();
        });
        connect(scans, &ScanController::stopped, this, [this](const QUuid &id) {
            if (id != m_hostId || !m_rescanning)
                return;
            m_rescanning = false;
            m_resultScore->setText(tr("The scan after the change was stopped. Scan the host to see the new score."));
            Q_EMIT stateChanged();
            Q_EMIT resultReady();
        });
    }
}

PlanApplyPanel::~PlanApplyPanel()
{
    clearSecrets();
}

QWidget *PlanApplyPanel::createPreviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("previewPage"));
    m_title = FormHelpers::pageTitle(tr("What will change on %1").arg(m_hostName), page);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_banner = new ErrorBanner(page);
    m_banner->setObjectName(QStringLiteral("previewBanner"));
    m_status = note(page);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_preview = new PlanPreview(page);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);
    layout->addStretch(0);
    return page;
}

QWidget *PlanApplyPanel::createApplyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applyPage"));
    m_progress = new ApplyProgressView(page);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    connect(m_progress, &ApplyProgressView::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_progress, &ApplyProgressView::checkHostStateRequested, this, [this](const QString &transactionId) {
        m_gate->whenConnected([this, transactionId] {
            ApplyJob *job = newJob();
            m_progress->start(m_prepared, tr("Checking the state of %1 after the interruption…").arg(m_hostName),
                              tr("The state of %1 after the interruption").arg(m_hostName));
            job->startRecover(transactionId);
            Q_EMIT stateChanged();
        });
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    return page;
}

QWidget *PlanApplyPanel::createResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resultPage"));
    m_resultOutcome = note(page);
    m_resultOutcome->setObjectName(QStringLiteral("resultOutcome"));
    m_resultScore = new QLabel(page);
    m_resultScore->setObjectName(QStringLiteral("resultScore"));
    m_resultScore->setWordWrap(true);
    QFont big = m_resultScore->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_resultScore->setFont(big);
    m_resultPassing = note(page);
    m_resultPassing->setObjectName(QStringLiteral("resultPassing"));
    m_resultPassing->setTextFormat(Qt::RichText);
    m_resultPassing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Done"), page));
    layout->addWidget(m_resultOutcome);
    layout->addSpacing(12);
    layout->addWidget(m_resultScore);
    layout->addWidget(m_resultPassing, 1);
    return page;
}

void PlanApplyPanel::setPreparedNote(std::function<QString(int changes)> note)
{
    m_preparedNote = std::move(note);
}

void PlanApplyPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

bool PlanApplyPanel::isBusy() const
{
    return (m_job && m_job->isRunning()) || m_gate->isWaiting();
}

bool PlanApplyPanel::isApplying() const
{
    return stage() == ApplyStage && m_job && m_job->isRunning();
}

bool PlanApplyPanel::canApply() const
{
    return stage() == PreviewStage && m_previewReady && !isBusy() && !m_prepared.isEmpty();
}

void PlanApplyPanel::showRefusal(const QString &status, const Error &error)
{
    cancelPreview();
    setCurrentIndex(PreviewStage);
    m_previewReady = false;
    m_prepared = Plan::ChangePlan();
    m_preview->clear();
    m_preview->setVisible(false);
    m_status->setText(status);
    m_banner->showError(error, ErrorBanner::Severity::Critical);
    Q_EMIT stateChanged();
    Q_EMIT previewUpdated();
}

void PlanApplyPanel::preview(const Plan::ChangePlan &plan)
{
    cancelPreview();
    setCurrentIndex(PreviewStage);
    m_previewReady = false;
    m_planned = plan;
    m_prepared = Plan::ChangePlan();
    m_preview->clear();
    m_preview->setVisible(false); // until there is a prepared plan to show
    m_banner->clear();
    m_status->setText(tr("Reading the current state from %1 (nothing is changed)…").arg(m_hostName));
    m_gate->whenConnected([this] {
        ApplyJob *job = newJob();
        job->startPrepare(m_planned);
        Q_EMIT stateChanged();
    });
    Q_EMIT stateChanged();
}

void PlanApplyPanel::cancelPreview()
{
    if (stage() != PreviewStage)
        return;
    if (m_job && m_job->isRunning())
        m_job->cancel(); // a prepare: reads only
    m_gate->cancel();
}

void PlanApplyPanel::setSecrets(const QHash<QString, QByteArray> &secrets)
{
    clearSecrets();
    m_secrets = secrets;
}

void PlanApplyPanel::clearSecrets()
{
    Apply::wipeSecrets(m_secrets);
}

ApplyJob *PlanApplyPanel::newJob(bool withSecrets)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    Apply::ApplyOptions options = m_window ? m_window->applyOptions(m_hostId) : Apply::ApplyOptions();
    m_jobHoldsSecrets = withSecrets && !m_secrets.isEmpty();
    if (withSecrets)
        options.secrets = m_secrets;
    m_job =
        new ApplyJob(m_gate->connection(), m_window ? m_window->journalPath() : QString(), std::move(options), this);
    connect(m_job, &ApplyJob::prepared, this, &PlanApplyPanel::onPrepared);
    connect(m_job, &ApplyJob::progress, m_progress, &ApplyProgressView::showProgress);
    connect(m_job, &ApplyJob::finished, this, &PlanApplyPanel::onApplied);
    return m_job;
}

void PlanApplyPanel::onPrepared(const Result<Plan::ChangePlan> &plan)
{
    if (stage() != PreviewStage)
        return;
    if (!plan) {
        m_status->setText(tr("The preview could not be made. Nothing was changed."));
        m_banner->showError(plan.error(), ErrorBanner::Severity::Warning);
        Q_EMIT stateChanged();
        Q_EMIT previewUpdated();
        return;
    }
    m_prepared = *plan;
    m_previewReady = true;
    const int changes = changeCount();
    m_status->setText(changes == 0     ? tr("There is nothing to change.")
                      : m_preparedNote ? m_preparedNote(changes)
                                       : tr("%n change(s) will be made, in this order. Each one is checked by visudo "
                                            "before it replaces the file and sudo is checked again afterwards; if one "
                                            "fails, all are undone.",
                                            nullptr, changes));
    m_preview->setPlan(m_prepared, m_record ? m_record->facts : QJsonObject());
    m_preview->setVisible(true);
    Q_EMIT stateChanged();
    Q_EMIT previewUpdated();
}

void PlanApplyPanel::apply()
{
    if (!canApply())
        return;
    setCurrentIndex(ApplyStage);
    const int changes = changeCount();
    m_progress->start(m_prepared, tr("Applying %n change(s) to %1…", nullptr, changes).arg(m_hostName),
                      tr("%n change(s) to %1", nullptr, changes).arg(m_hostName));
    m_gate->whenConnected([this] {
        ApplyJob *job = newJob(true);
        clearSecrets(); // the job holds them now
        job->startApply(m_prepared);
        Q_EMIT stateChanged();
    });
    Q_EMIT stateChanged();
}

void PlanApplyPanel::onApplied(const ApplyReport &report)
{
    if (m_jobHoldsSecrets && m_job) {
        // The finished job still holds its copy of the secrets in its options: let it go now, not at the next job.
        m_job->disconnect(this);
        m_job->deleteLater();
        m_job = nullptr;
        m_jobHoldsSecrets = false;
    }
    m_progress->showReport(report);
    Q_EMIT stateChanged();
    Q_EMIT applyFinished(report);
    if (report.outcome != ApplyReport::Outcome::Applied)
        return;
    m_resultOutcome->setText(report.summary());
    setCurrentIndex(ResultStage);
    startRescan();
}

void PlanApplyPanel::startRescan()
{
    if (!m_window)
        return;
    const std::optional<int> before = m_record ? m_record->score().value() : std::nullopt;
    m_resultScore->setText(before ? tr("Score %1 → …  (scanning %2 again)").arg(*before).arg(m_hostName)
                                  : tr("Scanning %1 again…").arg(m_hostName));
    m_resultPassing->clear();
    ScanController *scans = m_window->scanController();
    if (scans->isScanning(m_hostId))
        scans->cancel(m_hostId); // a scan that started before the change would report the old state
    m_rescanning = true;
    scans->start(m_hostId);
    Q_EMIT stateChanged();
}

void PlanApplyPanel::onRescanned(const Scan::ScanRecord &record)
{
    m_rescanning = false;
    const std::optional<int> before = m_record ? m_record->score().value() : std::nullopt;
    const std::optional<int> after = record.score().value();
    const auto show = [this](const std::optional<int> &score) {
        return score ? QString::number(*score) : tr("—");
    };
    m_resultScore->setText(tr("Score %1 → %2").arg(show(before), show(after)));

    QStringList nowPassing;
    if (m_record) {
        QHash<QString, Rules::Finding::Status> was;
        for (const Rules::Finding &finding : m_record->findings)
            was.insert(finding.ruleId(), finding.status());
        const auto catalog = m_window ? m_window->catalog() : nullptr;
        for (const Rules::Finding &finding : record.findings) {
            if (finding.status() != Rules::Finding::Status::Pass ||
                was.value(finding.ruleId(), Rules::Finding::Status::Pass) != Rules::Finding::Status::Fail)
                continue;
            const auto rule = catalog ? catalog->rule(finding.ruleId()) : std::nullopt;
            nowPassing.append(rule ? QStringLiteral("%1 (%2)").arg(rule->title(), finding.ruleId()) : finding.ruleId());
        }
    }
    if (nowPassing.isEmpty()) {
        m_resultPassing->setText(tr("No check changed from failed to passed.").toHtmlEscaped());
    } else {
        QString html = QStringLiteral("<p>%1</p><ul>")
                           .arg(tr("%n check(s) now pass:", nullptr, int(nowPassing.size())).toHtmlEscaped());
        for (const QString &line : nowPassing)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_resultPassing->setText(html);
    }
    Q_EMIT stateChanged();
    Q_EMIT resultReady();
}

} // namespace Bulwark::Ui
