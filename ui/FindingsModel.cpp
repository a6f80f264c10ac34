// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/FindingsModel.h"

#include "ui/Palette.h"

#include <QFont>
#include <QIcon>

namespace Bulwark::Ui {

using Rules::Finding;
using Rules::Severity;

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FindingsModel::~FindingsModel() = default;

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int FindingsModel::statusRank(Finding::Status status)
{
    switch (status) {
    case Finding::Status::Fail:
        return 0;
    case Finding::Status::Unknown:
        return 1;
    case Finding::Status::Pass:
        return 2;
    case Finding::Status::NotApplicable:
        return 3;
    }
    return 4;
}

int FindingsModel::severityRank(Severity severity)
{
    return int(severity); // Critical = 0 ... Info = 4: the enum is in order of gravity
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Finding &finding = row.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return Palette::statusName(finding.status());
        case SeverityColumn:
            return Rules::severityDisplayName(finding.severity());
        case AreaColumn:
            return Rules::areaDisplayName(finding.area());
        case CheckColumn:
            return row.title;
        case RuleIdColumn:
            return finding.ruleId();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return Palette::badge(Palette::statusColor(finding.status()));
        if (index.column() == SeverityColumn)
            return Palette::badge(Palette::severityColor(finding.severity()));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && finding.status() == Finding::Status::Fail)
            return Palette::statusColor(finding.status());
        if (index.column() == RuleIdColumn)
            return Palette::neutral();
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && finding.status() == Finding::Status::Fail) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CheckColumn) {
            // The whole title, should the column cut it, then why it matters.
            if (const auto rule = m_catalog ? m_catalog->rule(finding.ruleId()) : std::nullopt)
                return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(rule->title().toHtmlEscaped(), rule->rationale().toHtmlEscaped());
            return row.title;
        }
        if (index.column() == AreaColumn)
            return Rules::areaDisplayName(finding.area());
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn || index.column() == SeverityColumn)
            return data(index, Qt::DisplayRole);
        break;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return statusRank(finding.status());
        case SeverityColumn:
            return severityRank(finding.severity());
        case AreaColumn:
            return Rules::areaDisplayName(finding.area());
        case CheckColumn:
            return row.title;
        case RuleIdColumn:
            return finding.ruleId();
        }
        break;
    case StatusRole:
        return int(finding.status());
    case SeverityRole:
        return int(finding.severity());
    case AreaRole:
        return int(finding.area());
    case RuleIdRole:
        return finding.ruleId();
    case SearchTextRole:
        return row.search;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case AreaColumn:
        return tr("Area");
    case CheckColumn:
        return tr("Check");
    case RuleIdColumn:
        return tr("Rule");
    }
    return {};
}

void FindingsModel::setFindings(const QList<Finding> &findings, std::shared_ptr<const Rules::RuleCatalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_rows.clear();
    m_rows.reserve(findings.size());
    for (const Finding &finding : findings) {
        Row row;
        row.finding = finding;
        const auto rule = m_catalog ? m_catalog->rule(finding.ruleId()) : std::nullopt;
        row.title = rule ? rule->title() : finding.ruleId();
        row.search = QStringList{row.title, finding.ruleId(), finding.evidence().join(u'\n')}.join(u'\n').toLower();
        m_rows.append(row);
    }
    endResetModel();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const Finding &FindingsModel::finding(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).finding;
}

std::optional<Rules::Rule> FindingsModel::rule(int row) const
{
    if (!m_catalog || row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_catalog->rule(m_rows.at(row).finding.ruleId());
}

int FindingsModel::count(Finding::Status status) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [status](const Row &row) { return row.finding.status() == status; }));
}

} // namespace Bulwark::Ui
