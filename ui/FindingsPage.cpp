// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/FindingsPage.h"

#include "ui/FindingDetailsView.h"
#include "ui/FindingsFilterModel.h"
#include "ui/FindingsModel.h"
#include "ui/Palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Bulwark::Ui {

using Rules::Finding;

namespace {

constexpr int AnyChoice = -1;

const QList<Finding::Status> StatusOrder = {Finding::Status::Fail, Finding::Status::Unknown, Finding::Status::Pass,
                                            Finding::Status::NotApplicable};

QLabel *filterLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FindingsPage::FindingsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterModel(this))
{
    setObjectName(QStringLiteral("findingsPage"));
    m_proxy->setSourceModel(m_model);

    // Filters.
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_severity->addItem(tr("All severities"), AnyChoice);
    for (const Rules::Severity severity : Rules::allSeverities())
        m_severity->addItem(Palette::badge(Palette::severityColor(severity)), Rules::severityDisplayName(severity),
                            int(severity));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    // Area names are long; the box shows the start of a long one, its list shows them whole.
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_area->setMinimumContentsLength(18);
    m_area->addItem(tr("All areas"), AnyChoice);
    for (const Rules::Area area : Rules::allAreas())
        m_area->addItem(Rules::areaDisplayName(area), int(area));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search title, rule id or evidence"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findingsCountLabel"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    updateStatusChoices();

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(filterLabel(tr("&Show:"), m_status, this));
    filters->addWidget(m_status);
    filters->addSpacing(10);
    filters->addWidget(filterLabel(tr("S&everity:"), m_severity, this));
    filters->addWidget(m_severity);
    filters->addSpacing(10);
    filters->addWidget(filterLabel(tr("A&rea:"), m_area, this));
    filters->addWidget(m_area);
    filters->addStretch(1);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(12);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);

    // Table and details.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    // Short columns fit their content (kept across model resets); the check's title takes the rest.
    for (const int column : {FindingsModel::StatusColumn, FindingsModel::SeverityColumn, FindingsModel::AreaColumn,
                             FindingsModel::RuleIdColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FindingsModel::CheckColumn, QHeaderView::Stretch);

    m_details = new FindingDetailsView(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(20, 14, 20, 16);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(filters);
    contentLayout->addLayout(searchRow);
    contentLayout->addWidget(m_splitter, 1);

    auto *empty = new QLabel(tr("Not scanned yet — press Scan to list what Bulwark checks and what it finds."), this);
    empty->setObjectName(QStringLiteral("findingsEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto filterChanged = [this] {
        const int status = m_status->currentData().toInt();
        m_proxy->setStatusFilter(status == AnyChoice ? std::nullopt : std::optional(Finding::Status(status)));
        const int severity = m_severity->currentData().toInt();
        m_proxy->setSeverityFilter(severity == AnyChoice ? std::nullopt : std::optional(Rules::Severity(severity)));
        const int area = m_area->currentData().toInt();
        m_proxy->setAreaFilter(area == AnyChoice ? std::nullopt : std::optional(Rules::Area(area)));
        m_proxy->setSearchText(m_search->text());
        updateCount();
        selectFirstIfNone();
        showCurrent();
    };
    for (QComboBox *box : {m_status, m_severity, m_area})
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPage::showCurrent);
    clear();
}

FindingsPage::~FindingsPage() = default;

void FindingsPage::updateStatusChoices()
{
    const QSignalBlocker blocker(m_status);
    const int current = m_status->count() > 0 ? m_status->currentData().toInt() : int(Finding::Status::Fail);
    m_status->clear();
    for (const Finding::Status status : StatusOrder)
        m_status->addItem(Palette::badge(Palette::statusColor(status)),
                          tr("%1 (%2)").arg(Palette::statusName(status)).arg(m_model->count(status)), int(status));
    m_status->addItem(tr("All checks (%1)").arg(m_model->rowCount()), AnyChoice);
    m_status->setCurrentIndex(qMax(0, m_status->findData(current)));
}

void FindingsPage::updateCount()
{
    m_count->setText(tr("%1 of %n check(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void FindingsPage::setScan(std::shared_ptr<const Scan::ScanRecord> record,
                           std::shared_ptr<const Rules::RuleCatalog> catalog)
{
    if (!record) {
        clear();
        return;
    }
    const QString selected = m_table->currentIndex().data(FindingsModel::RuleIdRole).toString();
    m_record = std::move(record);
    m_model->setFindings(m_record->findings, std::move(catalog));
    updateStatusChoices();
    updateCount();
    m_stack->setCurrentIndex(1);
    if (selected.isEmpty() || !selectRule(selected))
        selectFirstIfNone();
    showCurrent();
}

void FindingsPage::clear()
{
    m_record.reset();
    m_model->clear();
    updateStatusChoices();
    updateCount();
    m_details->clear(tr("Select a check to see what was found and how to fix it."));
    m_stack->setCurrentIndex(0);
}

void FindingsPage::showFailed(std::optional<Rules::Severity> severity)
{
    m_search->clear();
    m_area->setCurrentIndex(0);
    m_severity->setCurrentIndex(severity ? qMax(0, m_severity->findData(int(*severity))) : 0);
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(Finding::Status::Fail))));
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    selectFirstIfNone();
    showCurrent();
}

bool FindingsPage::selectRule(const QString &ruleId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(FindingsModel::RuleIdRole).toString() == ruleId) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

void FindingsPage::selectFirstIfNone()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return;
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FindingsPage::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear(m_proxy->rowCount() == 0 && m_model->rowCount() > 0
                             ? tr("No check matches the filters.")
                             : tr("Select a check to see what was found and how to fix it."));
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_details->setFinding(m_model->finding(row), m_model->rule(row));
}

} // namespace Bulwark::Ui
