// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesWizard.h"

#include "core/plan/ServicesPlanner.h"
#include "ui/ErrorBanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"
#include "ui/ScanStore.h"
#include "ui/diff/PlanPreview.h"
#include "ui/wizards/ApplyJob.h"
#include "ui/wizards/ApplyProgressView.h"
#include "ui/wizards/ServicesFilterModel.h"
#include "ui/wizards/ServicesModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Apply::ApplyReport;

namespace {

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ServicesWizard::ServicesWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : QDialog(parent ? parent : window)
    , m_window(window)
    , m_hostId(hostId)
{
    setObjectName(QStringLiteral("servicesWizard"));
    HostListModel *hosts = window->hostModel();
    m_hostName = hosts->contains(hostId) ? hosts->host(hostId).displayName() : QString();
    m_record = window->scanStore()->latest(hostId);
    setWindowTitle(tr("Switch Off Services — %1").arg(m_hostName));
    setSizeGripEnabled(true);
    resize(1180, 720);

    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setTextFormat(Qt::RichText);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("wizardPages"));
    m_pages->addWidget(createChoosePage());
    m_pages->addWidget(createPreviewPage());
    m_pages->addWidget(createApplyPage());
    m_pages->addWidget(createResultPage());

    m_back = new QPushButton(tr("< &Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    connect(m_back, &QPushButton::clicked, this, &ServicesWizard::goBack);
    m_next = new QPushButton(tr("&Preview Changes >"), this);
    m_next->setObjectName(QStringLiteral("previewButton"));
    m_next->setToolTip(tr("Shows exactly what would change. Reads from the host; changes nothing."));
    connect(m_next, &QPushButton::clicked, this, &ServicesWizard::showPreview);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    connect(m_apply, &QPushButton::clicked, this, &ServicesWizard::applyChanges);
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &ServicesWizard::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    // A connection asked for by the preview or the apply step.
    connect(window->connector(), &HostConnector::connected, this, [this](const QUuid &id) {
        if (id != m_hostId || !m_afterConnect)
            return;
        auto then = std::move(m_afterConnect);
        m_afterConnect = nullptr;
        then();
    });
    connect(window->connector(), &HostConnector::failed, this, [this](const QUuid &id, const Error &error) {
        if (id != m_hostId || !m_afterConnect)
            return;
        m_afterConnect = nullptr;
        m_previewStatus->setText(tr("Nothing was changed."));
        m_previewBanner->showError(Error(error.code(),
                                         tr("Bulwark could not connect to %1: %2").arg(m_hostName, error.message()),
                                         error.detail()),
                                   ErrorBanner::Severity::Warning);
        updateButtons();
    });
    // The rescan after applying.
    ScanController *scans = window->scanController();
    connect(scans, &ScanController::finished, this, [this](const QUuid &id, const ScanController::Outcome &outcome) {
        if (id == m_hostId && m_rescanning)
            onRescanned(outcome.record);
    });
    connect(scans, &ScanController::failed, this, [this](const QUuid &id, const Error &error) {
        if (id != m_hostId || !m_rescanning)
            return;
        m_rescanning = false;
        m_resultScore->setText(tr("The scan after the change did not complete: %1").arg(error.message()));
        updateButtons();
        Q_EMIT resultReady();
    });
    connect(scans, &ScanController::stopped, this, [this](const QUuid &id) {
        if (id != m_hostId || !m_rescanning)
            return;
        m_rescanning = false;
        m_resultScore->setText(tr("The scan after the change was stopped. Scan the host to see the new score."));
        updateButtons();
        Q_EMIT resultReady();
    });

    if (m_record)
        m_model->setFacts(m_record->facts, m_record->findings);
    if (m_model->recommendedCount() == 0)
        m_onlyRecommended->setChecked(false);
    setPage(ChoosePage);
}

ServicesWizard::~ServicesWizard() = default;

QWidget *ServicesWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));

    m_model = new ServicesModel(this);
    m_proxy = new ServicesFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_noScan = note(
        tr("%1 has not been scanned yet, so Bulwark does not know its services. Scan it first.").arg(m_hostName), page);
    m_noScan->setObjectName(QStringLiteral("noScanNote"));
    m_noScan->setVisible(!m_record);

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("serviceFilter"));
    m_filter->setPlaceholderText(tr("Filter services…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServicesFilterModel::setSearchText);
    m_onlyRecommended = new QCheckBox(tr("Show only &recommended"), page);
    m_onlyRecommended->setObjectName(QStringLiteral("onlyRecommendedCheck"));
    m_onlyRecommended->setChecked(true);
    connect(m_onlyRecommended, &QCheckBox::toggled, m_proxy, &ServicesFilterModel::setOnlyRecommended);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // What it is for gets the room; the rest keep to what they need and wrap or elide (the tooltip has it all).
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ServicesModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServicesModel::PurposeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ServicesModel::RecommendedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServicesModel::ServiceColumn, QHeaderView::ResizeToContents); // names never wrap
    m_table->setColumnWidth(ServicesModel::TriggersColumn, 160);
    m_table->setColumnWidth(ServicesModel::NetworkColumn, 170);

    m_mask = new QCheckBox(tr("Also &mask them, so nothing can start them again"), page);
    m_mask->setObjectName(QStringLiteral("alsoMaskCheck"));
    m_mask->setToolTip(tr("A masked service cannot be started by hand or by another service until it is unmasked"));
    m_sockets = new QCheckBox(tr("Also stop their &socket and path units (they would start the service again)"), page);
    m_sockets->setObjectName(QStringLiteral("alsoSocketsCheck"));
    m_sockets->setChecked(Plan::ServicesChoice().includeSocketsAndPaths);
    m_chosen = new QLabel(page);
    m_chosen->setObjectName(QStringLiteral("chosenCountLabel"));
    connect(m_model, &ServicesModel::checkedChanged, this, &ServicesWizard::updateChosenCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_onlyRecommended);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pageTitle(tr("Which services should be switched off on %1?").arg(m_hostName), page));
    layout->addWidget(note(tr("Checked services are stopped and disabled. Recommended ones failed a check of the "
                              "latest scan. Nothing changes on the host until you have seen the changes and "
                              "pressed Apply."),
                           page));
    layout->addWidget(m_noScan);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sockets);
    layout->addWidget(m_mask);
    layout->addWidget(m_chosen);
    return page;
}

QWidget *ServicesWizard::createPreviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("previewPage"));
    m_previewBanner = new ErrorBanner(page);
    m_previewBanner->setObjectName(QStringLiteral("previewBanner"));
    m_previewStatus = note(QString(), page);
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_preview = new PlanPreview(page);
    m_preview->setObjectName(QStringLiteral("planPreview"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pageTitle(tr("What will change on %1").arg(m_hostName), page));
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_previewBanner);
    layout->addWidget(m_preview, 1);
    layout->addStretch(0); // takes the room while there is no preview
    return page;
}

QWidget *ServicesWizard::createApplyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("applyPage"));
    m_progress = new ApplyProgressView(page);
    connect(m_progress, &ApplyProgressView::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_progress, &ApplyProgressView::checkHostStateRequested, this, [this](const QString &transactionId) {
        withConnection([this, transactionId] {
            ApplyJob *job = newJob();
            m_progress->start(m_prepared, tr("Checking the state of %1 after the interruption…").arg(m_hostName),
                              tr("The state of %1 after the interruption").arg(m_hostName));
            job->startRecover(transactionId);
            updateButtons();
        });
    });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    return page;
}

QWidget *ServicesWizard::createResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resultPage"));
    m_resultOutcome = note(QString(), page);
    m_resultOutcome->setObjectName(QStringLiteral("resultOutcome"));
    m_resultScore = new QLabel(page);
    m_resultScore->setObjectName(QStringLiteral("resultScore"));
    m_resultScore->setWordWrap(true);
    QFont big = m_resultScore->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_resultScore->setFont(big);
    m_resultPassing = note(QString(), page);
    m_resultPassing->setObjectName(QStringLiteral("resultPassing"));
    m_resultPassing->setTextFormat(Qt::RichText);
    m_resultPassing->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pageTitle(tr("Done"), page));
    layout->addWidget(m_resultOutcome);
    layout->addSpacing(8);
    layout->addWidget(m_resultScore);
    layout->addWidget(m_resultPassing, 1);
    return page;
}

void ServicesWizard::preselectRule(const QString &ruleId)
{
    m_model->checkOnlyRule(ruleId);
}

ServicesWizard::Page ServicesWizard::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool ServicesWizard::isApplying() const
{
    return m_job && m_job->isRunning() && currentPage() == ApplyPage;
}

void ServicesWizard::setPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_steps->setText(
        FormHelpers::stepsText({tr("1 Choose"), tr("2 Preview"), tr("3 Apply"), tr("4 Result")}, int(page)));
    updateChosenCount();
    updateButtons();
}

void ServicesWizard::updateChosenCount()
{
    const int count = m_model->checkedCount();
    m_chosen->setText(count == 0 ? tr("No service chosen.") : tr("%n service(s) chosen.", nullptr, count));
    updateButtons();
}

void ServicesWizard::updateButtons()
{
    const Page page = currentPage();
    const bool running = m_job && m_job->isRunning();
    const bool waiting = running || bool(m_afterConnect);
    m_back->setVisible(page == PreviewPage || page == ChoosePage);
    m_back->setEnabled(page == PreviewPage && !waiting);
    m_next->setVisible(page == ChoosePage);
    m_next->setEnabled(m_record && m_model->checkedCount() > 0);
    m_apply->setVisible(page == PreviewPage);
    const int changes = int(m_prepared.changes().size());
    m_apply->setText(changes > 0 ? tr("&Apply %n Change(s)", nullptr, changes) : tr("&Apply"));
    m_apply->setEnabled(page == PreviewPage && m_previewReady && !waiting && changes > 0);
    const bool done = page == ResultPage || (page == ApplyPage && !running);
    m_close->setText(done ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(!(page == ApplyPage && running));
    m_close->setToolTip(page == ApplyPage && running ? tr("Wait until the changes are applied or rolled back")
                                                     : QString());
    if (page == PreviewPage && m_apply->isEnabled())
        m_apply->setDefault(true);
    else if (page == ChoosePage)
        m_next->setDefault(true);
}

void ServicesWizard::goBack()
{
    if (currentPage() != PreviewPage)
        return;
    if (m_job && m_job->isRunning())
        m_job->cancel(); // a prepare: reads only
    m_afterConnect = nullptr;
    setPage(ChoosePage);
}

void ServicesWizard::reject()
{
    if (m_job && m_job->isRunning() && currentPage() == ApplyPage)
        return; // a transaction runs: it ends applied or rolled back, never abandoned
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QDialog::reject();
}

ApplyJob *ServicesWizard::newJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    Transport::HostConnection *connection = m_window ? m_window->hostModel()->connection(m_hostId) : nullptr;
    m_job = new ApplyJob(connection, m_window ? m_window->journalPath() : QString(),
                         m_window ? m_window->applyOptions(m_hostId) : Apply::ApplyOptions(), this);
    connect(m_job, &ApplyJob::prepared, this, &ServicesWizard::onPrepared);
    connect(m_job, &ApplyJob::progress, m_progress, &ApplyProgressView::showProgress);
    connect(m_job, &ApplyJob::finished, this, &ServicesWizard::onApplied);
    return m_job;
}

void ServicesWizard::withConnection(std::function<void()> then)
{
    if (!m_window || !m_window->hostModel()->contains(m_hostId))
        return;
    HostListModel *hosts = m_window->hostModel();
    if (hosts->connection(m_hostId) && hosts->status(m_hostId) == HostListModel::Status::Connected) {
        then();
        return;
    }
    m_afterConnect = std::move(then);
    m_previewStatus->setText(tr("Connecting to %1…").arg(m_hostName));
    m_window->connector()->connectHost(m_hostId, false);
    updateButtons();
}

void ServicesWizard::showPreview()
{
    if (!m_record || m_model->checkedCount() == 0)
        return;
    m_previewReady = false;
    m_prepared = Plan::ChangePlan();
    m_preview->clear();
    m_preview->setVisible(false); // until there is a prepared plan to show
    m_previewBanner->clear();
    setPage(PreviewPage);

    Plan::ServicesChoice choice;
    choice.units = m_model->checkedUnits();
    choice.inetdServices = m_model->checkedInetdServices();
    choice.mask = m_mask->isChecked();
    choice.includeSocketsAndPaths = m_sockets->isChecked();
    choice.hostDisplayName = m_hostName;
    const Result<Plan::ChangePlan> planned = Plan::ServicesPlanner::plan(m_record->facts, choice);
    if (!planned) {
        m_previewStatus->setText(tr("Bulwark will not make this change. Nothing was changed."));
        m_previewBanner->showError(planned.error(), ErrorBanner::Severity::Critical);
        updateButtons();
        Q_EMIT previewUpdated();
        return;
    }
    m_planned = *planned;
    m_previewStatus->setText(tr("Reading the current state from %1 (nothing is changed)…").arg(m_hostName));
    withConnection([this] {
        ApplyJob *job = newJob();
        job->startPrepare(m_planned);
        updateButtons();
    });
}

void ServicesWizard::onPrepared(const Result<Plan::ChangePlan> &plan)
{
    if (currentPage() != PreviewPage)
        return;
    if (!plan) {
        m_previewStatus->setText(tr("The preview could not be made. Nothing was changed."));
        m_previewBanner->showError(plan.error(), ErrorBanner::Severity::Warning);
        updateButtons();
        Q_EMIT previewUpdated();
        return;
    }
    m_prepared = *plan;
    m_previewReady = true;
    const int changes = int(m_prepared.changes().size());
    m_previewStatus->setText(changes == 0 ? tr("There is nothing to change.")
                                          : tr("%n change(s) will be made, in this order. Each one is checked "
                                               "after it is made; if one fails, all are undone.",
                                               nullptr, changes));
    m_preview->setPlan(m_prepared, m_record ? m_record->facts : QJsonObject()); // shows the plan's warnings too
    m_preview->setVisible(true);
    updateButtons();
    Q_EMIT previewUpdated();
}

void ServicesWizard::applyChanges()
{
    if (currentPage() != PreviewPage || !m_previewReady || m_prepared.isEmpty())
        return;
    setPage(ApplyPage);
    const int changes = int(m_prepared.changes().size());
    m_progress->start(m_prepared, tr("Applying %n change(s) to %1…", nullptr, changes).arg(m_hostName),
                      tr("%n change(s) to %1", nullptr, changes).arg(m_hostName));
    withConnection([this] {
        ApplyJob *job = newJob();
        job->startApply(m_prepared);
        updateButtons();
    });
}

void ServicesWizard::onApplied(const ApplyReport &report)
{
    m_progress->showReport(report);
    updateButtons();
    Q_EMIT applyFinished(report);
    if (report.outcome != ApplyReport::Outcome::Applied)
        return;
    m_resultOutcome->setText(report.summary());
    setPage(ResultPage);
    startRescan();
}

void ServicesWizard::startRescan()
{
    if (!m_window)
        return;
    const std::optional<int> before = m_record ? m_record->score().value() : std::nullopt;
    m_resultScore->setText(before ? tr("Score %1 → …  (scanning %2 again)").arg(*before).arg(m_hostName)
                                  : tr("Scanning %1 again…").arg(m_hostName));
    m_resultPassing->clear();
    m_rescanning = true;
    ScanController *scans = m_window->scanController();
    if (scans->isScanning(m_hostId))
        scans->cancel(m_hostId); // a scan that started before the change would report the old state
    m_rescanning = true;
    scans->start(m_hostId);
    updateButtons();
}

void ServicesWizard::onRescanned(const Scan::ScanRecord &record)
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
    updateButtons();
    Q_EMIT resultReady();
}

} // namespace Bulwark::Ui
