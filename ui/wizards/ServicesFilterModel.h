// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSortFilterProxyModel>

namespace Bulwark::Ui {

// The services wizard's filter over ServicesModel: a search over unit name and purpose, and "only recommended".
class ServicesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServicesFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setOnlyRecommended(bool only);
    bool onlyRecommended() const { return m_onlyRecommended; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_onlyRecommended = true;
};

} // namespace Bulwark::Ui
