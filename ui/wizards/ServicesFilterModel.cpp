// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesFilterModel.h"

#include "ui/wizards/ServicesModel.h"

#include <algorithm>

namespace Bulwark::Ui {

ServicesFilterModel::ServicesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchColumns{ServicesModel::ServiceColumn, ServicesModel::PurposeColumn}
    , m_recommendedRole(ServicesModel::RecommendedRole)
{}

void ServicesFilterModel::setSearchColumns(const QList<int> &columns)
{
    m_searchColumns = columns;
    invalidateRowsFilter();
}

void ServicesFilterModel::setRecommendedRole(int role)
{
    m_recommendedRole = role;
    invalidateRowsFilter();
}

void ServicesFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ServicesFilterModel::setOnlyRecommended(bool only)
{
    if (only == m_onlyRecommended)
        return;
    m_onlyRecommended = only;
    invalidateRowsFilter();
}

bool ServicesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_onlyRecommended && !source->index(sourceRow, 0, sourceParent).data(m_recommendedRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    return std::any_of(m_searchColumns.cbegin(), m_searchColumns.cend(), [&](int column) {
        return source->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive);
    });
}

} // namespace Bulwark::Ui
