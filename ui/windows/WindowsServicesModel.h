// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleCatalog.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <memory>

namespace Bulwark::Ui {

// The services of a Windows host from the latest scan's facts (services[], FACTS-windows.md) for the Windows
// services wizard: name, display name, start mode, state and account. Services that WindowsServicesPlanner recommends
// switching off (failed BW-WIN-SVC checks) come first and start checked, with the check's reason. Services the
// planner refuses (WindowsServicesPlanner::protectedServices(): WinRM is Bulwark's own connection) and services
// that are disabled and stopped already are listed greyed and cannot be checked; the Advice column says why.
// Lives on the GUI thread.
class WindowsServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn, // checkable
        DisplayNameColumn,
        StartModeColumn,
        StateColumn,
        AccountColumn,
        AdviceColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1, // "Spooler" (Win32_Service Name)
        RecommendedRole,             // bool
        RefusedRole,                 // bool: cannot be checked
        RuleIdsRole,                 // QStringList: the failed rules that recommend it
    };

    explicit WindowsServicesModel(QObject *parent = nullptr);

    // Fills the rows; recommended services start checked. `catalog` (may be null) names the rules in the advice.
    void setFacts(const QJsonObject &facts, const QList<Rules::Finding> &findings,
                  std::shared_ptr<const Rules::RuleCatalog> catalog = {});

    // Checks exactly the recommended services of one rule (the finding the wizard was opened from); false when that
    // rule recommends none (the choice stays as it was).
    bool checkOnlyRule(const QString &ruleId);
    // Checks or unchecks the service `name`; false when it is not listed or cannot be checked.
    bool setChecked(const QString &name, bool checked);
    QStringList checkedNames() const;
    int checkedCount() const;
    int recommendedCount() const;
    int row(const QString &name) const;
    // Why the service in `row` cannot be chosen, or what recommends it: the Advice column's full text.
    QString advice(int row) const;
    // What may stop working when the service in `row` is switched off, as the recommending checks say (empty when no
    // check says).
    QString impact(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Why the planner refuses service `name` ("WinRM: Bulwark's own connection"), or empty.
    static QString protectedReason(const QString &name);

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row
    {
        QString name;
        QString displayName;
        QString startMode; // "Automatic (delayed start)"
        QString state;
        QString account;
        QString path;
        QStringList ruleIds;
        QStringList reasons; // what recommends it, one line per rule
        QStringList impacts; // what may stop working, per rule
        bool recommended = false;
        QString refusal; // why it cannot be chosen; empty: it can
        bool checked = false;
    };

    QList<Row> m_rows;
};

} // namespace Bulwark::Ui
