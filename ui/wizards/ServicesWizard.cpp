// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesWizard.h"

#include "core/plan/ServicesPlanner.h"
#include "ui/FormHelpers.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/sudoers/PlanApplyPanel.h"
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
    m_panel = new PlanApplyPanel(window, hostId, m_pages);
    m_panel->setPreparedNote([](int changes) {
        return tr("%n change(s) will be made, in this order. Each one is checked after it is made; if one fails, "
                  "all are undone.",
                  nullptr, changes);
    });
    m_pages->addWidget(m_panel);
    connect(m_panel, &PlanApplyPanel::currentChanged, this, &ServicesWizard::updatePage);
    connect(m_panel, &PlanApplyPanel::stateChanged, this, &ServicesWizard::updateButtons);
    connect(m_panel, &PlanApplyPanel::previewUpdated, this, &ServicesWizard::previewUpdated);
    connect(m_panel, &PlanApplyPanel::applyFinished, this, &ServicesWizard::applyFinished);
    connect(m_panel, &PlanApplyPanel::resultReady, this, &ServicesWizard::resultReady);

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

    if (m_record)
        m_model->setFacts(m_record->facts, m_record->findings);
    if (m_model->recommendedCount() == 0)
        m_onlyRecommended->setChecked(false);
    m_pages->setCurrentIndex(0);
    updatePage();
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

void ServicesWizard::preselectRule(const QString &ruleId)
{
    m_model->checkOnlyRule(ruleId);
}

ServicesWizard::Page ServicesWizard::currentPage() const
{
    if (m_pages->currentWidget() != m_panel)
        return ChoosePage;
    switch (m_panel->stage()) {
    case PlanApplyPanel::PreviewStage:
        return PreviewPage;
    case PlanApplyPanel::ApplyStage:
        return ApplyPage;
    case PlanApplyPanel::ResultStage:
        return ResultPage;
    }
    return PreviewPage;
}

Plan::ChangePlan ServicesWizard::preparedPlan() const
{
    return m_panel->preparedPlan();
}

bool ServicesWizard::isPreviewReady() const
{
    return m_panel->isPreviewReady();
}

bool ServicesWizard::isApplying() const
{
    return m_panel->isApplying();
}

void ServicesWizard::updatePage()
{
    m_steps->setText(
        FormHelpers::stepsText({tr("1 Choose"), tr("2 Preview"), tr("3 Apply"), tr("4 Result")}, int(currentPage())));
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
    const bool running = m_panel->isApplying();
    const bool waiting = m_panel->isBusy();
    m_back->setVisible(page == PreviewPage || page == ChoosePage);
    m_back->setEnabled(page == PreviewPage && !waiting);
    m_next->setVisible(page == ChoosePage);
    m_next->setEnabled(m_record && m_model->checkedCount() > 0);
    m_apply->setVisible(page == PreviewPage);
    const int changes = m_panel->changeCount();
    m_apply->setText(changes > 0 ? tr("&Apply %n Change(s)", nullptr, changes) : tr("&Apply"));
    m_apply->setEnabled(page == PreviewPage && m_panel->canApply());
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
    m_panel->cancelPreview(); // a prepare: reads only
    m_pages->setCurrentIndex(0);
    updatePage();
}

void ServicesWizard::reject()
{
    if (m_panel->isApplying())
        return; // a transaction runs: it ends applied or rolled back, never abandoned
    m_panel->cancelPreview();
    QDialog::reject();
}

void ServicesWizard::showPreview()
{
    if (!m_record || m_model->checkedCount() == 0)
        return;
    m_pages->setCurrentWidget(m_panel);

    Plan::ServicesChoice choice;
    choice.units = m_model->checkedUnits();
    choice.inetdServices = m_model->checkedInetdServices();
    choice.mask = m_mask->isChecked();
    choice.includeSocketsAndPaths = m_sockets->isChecked();
    choice.hostDisplayName = m_hostName;
    const Result<Plan::ChangePlan> planned = Plan::ServicesPlanner::plan(m_record->facts, choice);
    if (planned)
        m_panel->preview(*planned);
    else
        m_panel->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), planned.error());
    updatePage();
}

void ServicesWizard::applyChanges()
{
    if (currentPage() == PreviewPage)
        m_panel->apply();
}

} // namespace Bulwark::Ui
