// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/wizards/ServicesFilterModel.h"

#include "ui/wizards/ServicesModel.h"

namespace Bulwark::Ui {

ServicesFilterModel::ServicesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

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
    const QModelIndex unit = source->index(sourceRow, ServicesModel::ServiceColumn, sourceParent);
    if (m_onlyRecommended && !unit.data(ServicesModel::RecommendedRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    const QString purpose = source->index(sourceRow, ServicesModel::PurposeColumn, sourceParent).data().toString();
    return unit.data().toString().contains(m_search, Qt::CaseInsensitive) ||
           purpose.contains(m_search, Qt::CaseInsensitive);
}

} // namespace Bulwark::Ui
