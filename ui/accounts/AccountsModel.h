// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountCandidate.h"
#include "core/accounts/AccountsChoice.h"
#include "core/accounts/AccountsSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace Bulwark::Ui {

// The accounts wizard's table: the accounts AccountsPlanner::candidates() finds (or every account that can log in),
// with uid, shell, password state, last login and finding, and per row the actions as check boxes (lock, expire,
// nologin) and a new name to rename it to. An action the planner would refuse is not checkable, and its tool tip
// says why ("you are logged in as this account"); so is one that would change nothing. What is checked survives
// setAccounts() by account name. Lives on the GUI thread.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountColumn,
        UidColumn,
        ShellColumn,
        PasswordColumn,
        LastLoginColumn,
        FindingColumn,
        LockColumn,
        ExpireColumn,
        NologinColumn,
        RenameColumn,
        ColumnCount
    };

    explicit AccountsModel(QObject *parent = nullptr);

    // `host` may be nullptr while it is read: every action is then off. `showAll` adds the accounts nothing was
    // found on that can log in (a login shell, or a password).
    void setAccounts(const QJsonObject &facts, const Facts::AccountsSnapshot *host, bool showAll);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Plan::AccountCandidate &account(int row) const { return m_rows.at(row); }
    int row(const QString &name) const;
    static std::optional<Plan::AccountAction::Kind> kindOf(int column);

    bool isChecked(const QString &name, Plan::AccountAction::Kind kind) const;
    // False (and nothing changes) when the action is refused or would change nothing.
    bool setChecked(const QString &name, Plan::AccountAction::Kind kind, bool checked);
    QString newName(const QString &name) const { return m_newNames.value(name); }
    bool setNewName(const QString &name, const QString &newName);
    // Why `kind` is not offered on the account ("" when it is).
    QString unavailable(const QString &name, Plan::AccountAction::Kind kind) const;
    // The planner's objection to the typed new name ("" when none or nothing typed).
    QString renameProblem(const QString &name) const;
    // Checks the suggested actions of the accounts a failed rule lists (Fix with…); returns how many were checked.
    int presetRule(const QString &ruleId);

    QList<Plan::AccountAction> actions(bool moveHome) const;
    bool hasActions() const;

Q_SIGNALS:
    void choiceChanged();

private:
    static QString key(const QString &name, Plan::AccountAction::Kind kind);
    QString computeUnavailable(const QString &name, Plan::AccountAction::Kind kind) const;
    void emitRow(const QString &name);

    QJsonObject m_facts;
    std::optional<Facts::AccountsSnapshot> m_host;
    QList<Plan::AccountCandidate> m_rows;
    QSet<QString> m_checked;                       // key(name, kind)
    QHash<QString, QString> m_newNames;            // name -> new name as typed
    mutable QHash<QString, QString> m_unavailable; // key(name, kind) -> unavailable(), until setAccounts()
};

} // namespace Bulwark::Ui
