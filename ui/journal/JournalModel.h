// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/TransactionLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bulwark::Ui {

// The change journal's transactions for the journal page, newest first: when, which host, who, how it ended and
// how many changes.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        HostColumn,
        OperatorColumn,
        StatusColumn,
        ChangesColumn,
        ColumnCount
    };
    enum Role
    {
        TransactionIdRole = Qt::UserRole + 1,
        HostRole, // the journal's host name, for the host filter
    };

    explicit JournalModel(QObject *parent = nullptr);

    void setTransactions(const QList<Apply::TransactionRecord> &transactions);
    const QList<Apply::TransactionRecord> &transactions() const { return m_transactions; }
    const Apply::TransactionRecord *transaction(const QModelIndex &index) const;
    QStringList hosts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Apply::TransactionRecord> m_transactions;
};

} // namespace Bulwark::Ui
