// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ServiceRecommendation.h"
#include "core/plan/ServicesChoice.h"
#include "core/rules/Finding.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Bulwark::Ui {

// The host's services from the latest scan's facts for the services wizard: each systemd service (services[]) with
// its enabled/active state, the socket and path units that start it on demand, what it is for, whether
// ServicesPlanner recommends switching it off (recommended ones start checked), and the network addresses it listens
// on (facts.listening). Enabled inetd entries are rows too. Units the planner refuses (the session's own ssh and
// network, essential units, aliases) are listed but cannot be checked; their tooltip says why.
class ServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn, // checkable
        StateColumn,
        TriggersColumn,
        PurposeColumn,
        RecommendedColumn,
        NetworkColumn,
        ColumnCount
    };
    enum Role
    {
        UnitRole = Qt::UserRole + 1, // "cups.service", or the inetd service name
        RecommendedRole,             // bool
        RefusedRole,                 // bool
        RuleIdsRole,                 // QStringList: the rules whose failure recommends it
        InetdRole,                   // bool: an inetd entry, not a systemd unit
    };

    explicit ServicesModel(QObject *parent = nullptr);

    // Fills the rows; recommended services start checked.
    void setFacts(const QJsonObject &facts, const QList<Rules::Finding> &findings);

    // Checks exactly the recommended services of one rule (the finding the wizard was opened from).
    void checkOnlyRule(const QString &ruleId);
    // Checks or unchecks the row of `unit`; false when it is not listed or cannot be checked.
    bool setChecked(const QString &unit, bool checked);
    QStringList checkedUnits() const;
    QStringList checkedInetdServices() const;
    int checkedCount() const;
    int recommendedCount() const;
    int row(const QString &unit) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    struct Row
    {
        QString unit;             // cups.service; the inetd service name for inetd rows
        QString name;             // cups
        QString state;            // "enabled, running"
        QStringList triggers;     // "cups.socket (enabled, running)"
        QStringList triggerUnits; // "cups.socket"
        QString purpose;
        QStringList ruleIds;
        bool recommended = false;
        QString refusal;       // why it cannot be chosen; empty: it can
        QStringList endpoints; // "0.0.0.0:5353"
        bool publicListener = false;
        bool inetd = false;
        bool checked = false;
    };

    static QString refusalFor(const QString &name, const QString &unit, const QString &enabled);

    QList<Row> m_rows;
};

} // namespace Bulwark::Ui
