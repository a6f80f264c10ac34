// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/FindingsFilterModel.h"

#include "ui/FindingsModel.h"

namespace Bulwark::Ui {

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FindingsFilterModel::setStatusFilter(std::optional<Rules::Finding::Status> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSeverityFilter(std::optional<Rules::Severity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterModel::setAreaFilter(std::optional<Rules::Area> area)
{
    if (m_area == area)
        return;
    m_area = area;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(FindingsModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_severity && index.data(FindingsModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    if (m_area && index.data(FindingsModel::AreaRole).toInt() != int(*m_area))
        return false;
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(FindingsModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(FindingsModel::SortRole);
    const QVariant b = right.data(FindingsModel::SortRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
    } else {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    }
    // Ties: most severe first, then by rule id, so the order is stable and meaningful whatever the column.
    const QModelIndex leftRow = left.siblingAtColumn(0);
    const QModelIndex rightRow = right.siblingAtColumn(0);
    const int leftSeverity = leftRow.data(FindingsModel::SeverityRole).toInt();
    const int rightSeverity = rightRow.data(FindingsModel::SeverityRole).toInt();
    if (leftSeverity != rightSeverity)
        return leftSeverity < rightSeverity;
    return leftRow.data(FindingsModel::RuleIdRole).toString() < rightRow.data(FindingsModel::RuleIdRole).toString();
}

} // namespace Bulwark::Ui
