// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleCatalog.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace Bulwark::Ui {

// The findings of one scan as a table: Status, Severity, Area, Check (the rule's title), Rule id. Sorting is by
// SortRole, which ranks status and severity by meaning (failed before passed, critical before low) rather than
// alphabetically; SearchTextRole holds what the search box matches (title, id and evidence). Rules are looked up in
// the shared, read-only catalog; a finding of a rule the catalog no longer has shows its id as its title.
// Lives on the GUI thread.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        SeverityColumn,
        AreaColumn,
        CheckColumn,
        RuleIdColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // int rank or text, per column
        StatusRole,                  // int(Finding::Status)
        SeverityRole,                // int(Severity)
        AreaRole,                    // int(Area)
        RuleIdRole,                  // QString
        SearchTextRole,              // QString: title, id and evidence, lower-cased
    };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the findings (a model reset).
    void setFindings(const QList<Rules::Finding> &findings, std::shared_ptr<const Rules::RuleCatalog> catalog);
    void clear();

    const Rules::Finding &finding(int row) const;
    // The finding's rule, if the catalog has it.
    std::optional<Rules::Rule> rule(int row) const;
    std::shared_ptr<const Rules::RuleCatalog> catalog() const { return m_catalog; }
    // Rows with `status`.
    int count(Rules::Finding::Status status) const;

    // Sort ranks: lower sorts first in ascending order.
    static int statusRank(Rules::Finding::Status status);
    static int severityRank(Rules::Severity severity);

private:
    struct Row
    {
        Rules::Finding finding;
        QString title;
        QString search;
    };

    QList<Row> m_rows;
    std::shared_ptr<const Rules::RuleCatalog> m_catalog;
};

} // namespace Bulwark::Ui
