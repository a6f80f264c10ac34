// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesWizard.h"

#include "core/plan/ServicesPlanner.h"
#include "ui/FormHelpers.h"
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
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

ServicesWizard::ServicesWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
{
    setObjectName(QStringLiteral("servicesWizard"));
    m_record = window->scanStore()->latest(hostId);
    setWindowTitle(tr("Switch Off Services — %1").arg(m_hostName));
    resize(1180, 720);

    QWidget *choosePage = createChoosePage();
    createPanel()->setPreparedNote([](int changes) {
        return tr("%n change(s) will be made, in this order. Each one is checked after it is made; if one fails, "
                  "all are undone.",
                  nullptr, changes);
    });
    setUpFrame(choosePage);
    connect(panel(), &PlanApplyPanel::currentChanged, this, &ServicesWizard::updateChosenCount);

    if (m_record)
        m_model->setFacts(m_record->facts, m_record->findings);
    if (m_model->recommendedCount() == 0)
        m_onlyRecommended->setChecked(false);
    updateChosenCount();
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
    layout->addWidget(FormHelpers::pageTitle(tr("Which services should be switched off on %1?").arg(m_hostName), page));
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

Plan::ChangePlan ServicesWizard::preparedPlan() const
{
    return panel()->preparedPlan();
}

bool ServicesWizard::isPreviewReady() const
{
    return panel()->isPreviewReady();
}

void ServicesWizard::updateChosenCount()
{
    const int count = m_model->checkedCount();
    m_chosen->setText(count == 0 ? tr("No service chosen.") : tr("%n service(s) chosen.", nullptr, count));
    updateButtons();
}

QStringList ServicesWizard::stepNames() const
{
    return {tr("1 Choose"), tr("2 Preview"), tr("3 Apply"), tr("4 Result")};
}

QString ServicesWizard::previewToolTip() const
{
    return tr("Shows exactly what would change. Reads from the host; changes nothing.");
}

QString ServicesWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply %n Change(s)", nullptr, changes) : tr("&Apply");
}

bool ServicesWizard::canPreview() const
{
    return m_record && m_model->checkedCount() > 0;
}

bool ServicesWizard::canApplyNow() const
{
    return currentPage() == PreviewPage && panel()->canApply();
}

void ServicesWizard::updateExtraButtons(Page page)
{
    const bool running = page == ApplyPage && panel()->isBusy();
    closeButton()->setToolTip(running ? tr("Wait until the changes are applied or rolled back") : QString());
}

void ServicesWizard::startPreview()
{
    if (!m_record || m_model->checkedCount() == 0)
        return;
    showPlanPage();

    Plan::ServicesChoice choice;
    choice.units = m_model->checkedUnits();
    choice.inetdServices = m_model->checkedInetdServices();
    choice.mask = m_mask->isChecked();
    choice.includeSocketsAndPaths = m_sockets->isChecked();
    choice.hostDisplayName = m_hostName;
    const Result<Plan::ChangePlan> planned = Plan::ServicesPlanner::plan(m_record->facts, choice);
    if (planned)
        panel()->preview(*planned);
    else
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), planned.error());
    updateChosenCount();
}

} // namespace Bulwark::Ui
