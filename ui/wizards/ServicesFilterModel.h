// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace Bulwark::Ui {

// The services wizards' filter: a search over some columns (ServicesModel's unit name and purpose by default), and
// "only recommended" (the rows whose first column has the recommended role true). The Windows services wizard
// shares it over its own model (setSearchColumns(), setRecommendedRole()).
class ServicesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServicesFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setOnlyRecommended(bool only);
    bool onlyRecommended() const { return m_onlyRecommended; }
    void setSearchColumns(const QList<int> &columns);
    void setRecommendedRole(int role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_onlyRecommended = true;
    QList<int> m_searchColumns;
    int m_recommendedRole = 0;
};

} // namespace Bulwark::Ui
