// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/windows/WindowsServicesWizard.h"

#include "core/windows/WindowsServicesPlanner.h"
#include "ui/FormHelpers.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/windows/WindowsServicesModel.h"
#include "ui/wizards/ServicesFilterModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Windows::WindowsServicesPlanner;

WindowsServicesWizard::WindowsServicesWizard(MainWindow *window, const QUuid &hostId, QWidget *parent)
    : PlanWizard(window, hostId, parent)
{
    setObjectName(QStringLiteral("windowsServicesWizard"));
    if (window)
        m_record = window->scanStore()->latest(hostId);
    setWindowTitle(tr("Switch Off Windows Services — %1").arg(m_hostName));
    resize(1180, 720);

    QWidget *choosePage = createChoosePage();
    createPanel()->setTitle(tr("What will change in the services of %1").arg(m_hostName));
    panel()->setPreparedNote([](int changes) {
        return tr("They are made in this order (%1 in all). Each one is checked on the host after it is made; if one "
                  "fails, all are undone.")
            .arg(changes);
    });
    setUpFrame(choosePage);
    connect(panel(), &PlanApplyPanel::currentChanged, this, &WindowsServicesWizard::updateChosenCount);

    if (m_record) {
        m_model->setFacts(m_record->facts, m_record->findings, window ? window->catalog() : nullptr);
        // What the scan could not tell: the services at all, or past the probe's limit.
        const QJsonValue services = m_record->facts.value(QStringLiteral("services"));
        if (!services.isArray()) {
            m_noScan->setText(tr("The latest scan could not read the services of %1 (the scan's problems say why). "
                                 "Scan it again.")
                                  .arg(m_hostName));
            m_noScan->setVisible(true);
        } else if (m_record->facts.value(QStringLiteral("servicesTruncated")).toBool(false)) {
            m_noScan->setText(tr("%1 has more services than the scan lists (%2); the others are not shown.")
                                  .arg(m_hostName)
                                  .arg(services.toArray().size()));
            m_noScan->setVisible(true);
        }
    }
    if (m_model->recommendedCount() == 0)
        m_onlyRecommended->setChecked(false);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateChosenCount();
}

WindowsServicesWizard::~WindowsServicesWizard() = default;

QWidget *WindowsServicesWizard::createChoosePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("choosePage"));

    m_model = new WindowsServicesModel(this);
    m_proxy = new ServicesFilterModel(this);
    m_proxy->setSearchColumns({WindowsServicesModel::NameColumn, WindowsServicesModel::DisplayNameColumn,
                               WindowsServicesModel::AdviceColumn});
    m_proxy->setRecommendedRole(WindowsServicesModel::RecommendedRole);
    m_proxy->setSourceModel(m_model);

    m_noScan = FormHelpers::hintLabel(
        tr("%1 has not been scanned yet, so Bulwark does not know its services. Scan it first.").arg(m_hostName), page);
    m_noScan->setObjectName(QStringLiteral("noScanNote"));
    m_noScan->setVisible(!m_record);

    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("serviceFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, display name or advice…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ServicesFilterModel::setSearchText);
    m_onlyRecommended = new QCheckBox(tr("Show only &recommended"), page);
    m_onlyRecommended->setObjectName(QStringLiteral("onlyRecommendedCheck"));
    m_onlyRecommended->setChecked(m_proxy->onlyRecommended());
    connect(m_onlyRecommended, &QCheckBox::toggled, m_proxy, &ServicesFilterModel::setOnlyRecommended);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WindowsServicesModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WindowsServicesModel::StartModeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WindowsServicesModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WindowsServicesModel::AdviceColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(WindowsServicesModel::DisplayNameColumn, 230);
    m_table->setColumnWidth(WindowsServicesModel::AccountColumn, 170);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WindowsServicesWizard::updateAdvice);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WindowsServicesWizard::updateAdvice);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &WindowsServicesWizard::updateAdvice);

    // The advice of the selected service in full (the column elides it).
    m_advice = new QLabel(page);
    m_advice->setObjectName(QStringLiteral("serviceAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setTextFormat(Qt::RichText);
    m_advice->setMinimumHeight(m_advice->fontMetrics().lineSpacing() * 4);
    m_advice->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_stopNow = new QCheckBox(tr("Also &stop them now (otherwise they keep running until the host restarts)"), page);
    m_stopNow->setObjectName(QStringLiteral("stopNowCheck"));
    m_stopNow->setChecked(Windows::WindowsServicesChoice().stopNow);
    m_chosen = new QLabel(page);
    m_chosen->setObjectName(QStringLiteral("chosenCountLabel"));
    connect(m_model, &WindowsServicesModel::checkedChanged, this, &WindowsServicesWizard::updateChosenCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_onlyRecommended);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(FormHelpers::pageTitle(tr("Which services should be switched off on %1?").arg(m_hostName), page));
    auto *intro = new QLabel(tr("Checked services get the start mode Disabled. Recommended ones failed a check of the "
                                "latest scan. Greyed ones are kept: Bulwark does not switch them off. Nothing changes "
                                "on the host until you have seen the changes and pressed Apply."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_noScan);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_advice);
    layout->addWidget(m_stopNow);
    layout->addWidget(m_chosen);
    return page;
}

void WindowsServicesWizard::preselectRule(const QString &ruleId)
{
    m_model->checkOnlyRule(ruleId);
}

void WindowsServicesWizard::updateChosenCount()
{
    const int count = m_model->checkedCount();
    m_chosen->setText(count == 0 ? tr("No service chosen.") : tr("Services chosen: %1.").arg(count));
    updateButtons();
}

void WindowsServicesWizard::updateAdvice()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    QString html = m_model->advice(row).toHtmlEscaped();
    if (const QString impact = m_model->impact(row); !impact.isEmpty())
        html += QStringLiteral("<br><i>%1</i> %2")
                    .arg(tr("What may stop working:").toHtmlEscaped(), impact.toHtmlEscaped());
    m_advice->setText(html);
}

QString WindowsServicesWizard::previewToolTip() const
{
    return tr("Shows exactly what would change. Changes nothing.");
}

QString WindowsServicesWizard::applyText(int changes) const
{
    return changes > 0 ? tr("&Apply Changes (%1)").arg(changes) : tr("&Apply");
}

bool WindowsServicesWizard::canPreview() const
{
    return m_record && m_model->checkedCount() > 0;
}

void WindowsServicesWizard::startPreview()
{
    if (!m_record || m_model->checkedCount() == 0)
        return;
    showPlanPage();

    Windows::WindowsServicesChoice choice;
    choice.disable = m_model->checkedNames();
    choice.stopNow = m_stopNow->isChecked();
    choice.hostDisplayName = m_hostName;
    const Result<Plan::ChangePlan> planned = WindowsServicesPlanner::plan(m_record->facts, choice);
    if (planned) {
        panel()->preview(*planned);
    } else {
        panel()->showRefusal(tr("Bulwark will not make this change. Nothing was changed."), planned.error());
    }
    updateChosenCount();
}

} // namespace Bulwark::Ui
