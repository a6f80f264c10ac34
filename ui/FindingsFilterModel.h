// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Taxonomy.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace Bulwark::Ui {

// Filters a FindingsModel by status (failed only, to begin with), severity, area and a search text matched against
// the check's title, the rule id and the evidence; sorts by FindingsModel::SortRole, so severity sorts by rank.
// Lives on the GUI thread.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    // nullopt: any.
    void setStatusFilter(std::optional<Rules::Finding::Status> status);
    std::optional<Rules::Finding::Status> statusFilter() const { return m_status; }
    void setSeverityFilter(std::optional<Rules::Severity> severity);
    std::optional<Rules::Severity> severityFilter() const { return m_severity; }
    void setAreaFilter(std::optional<Rules::Area> area);
    std::optional<Rules::Area> areaFilter() const { return m_area; }
    // Case-insensitive; every word must occur.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Rules::Finding::Status> m_status = Rules::Finding::Status::Fail;
    std::optional<Rules::Severity> m_severity;
    std::optional<Rules::Area> m_area;
    QString m_search;
    QStringList m_words;
};

} // namespace Bulwark::Ui
