// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/journal/JournalModel.h"

#include "core/apply/ApplyReport.h"
#include "ui/Format.h"
#include "ui/Palette.h"

#include <QSet>

namespace Bulwark::Ui {

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JournalModel::setTransactions(const QList<Apply::TransactionRecord> &transactions)
{
    beginResetModel();
    m_transactions = transactions;
    endResetModel();
}

const Apply::TransactionRecord *JournalModel::transaction(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_transactions.size())
        return nullptr;
    return &m_transactions.at(index.row());
}

QStringList JournalModel::hosts() const
{
    QStringList hosts;
    QSet<QString> seen;
    for (const Apply::TransactionRecord &record : m_transactions) {
        if (!seen.contains(record.host)) {
            seen.insert(record.host);
            hosts.append(record.host);
        }
    }
    hosts.sort(Qt::CaseInsensitive);
    return hosts;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Apply::TransactionRecord &record = m_transactions.at(index.row());
    switch (role) {
    case TransactionIdRole:
        return record.id;
    case HostRole:
        return record.host;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !record.error.isEmpty())
            return record.error;
        if (index.column() == TimeColumn)
            return tr("Transaction %1").arg(record.id);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (record.outcome == Apply::outcomeKey(Apply::ApplyReport::Outcome::Applied))
                return Palette::statusColor(Rules::Finding::Status::Pass);
            if (record.outcome.isEmpty() ||
                record.outcome == Apply::outcomeKey(Apply::ApplyReport::Outcome::Interrupted) ||
                record.outcome == Apply::outcomeKey(Apply::ApplyReport::Outcome::RollbackFailed))
                return Palette::statusColor(Rules::Finding::Status::Fail);
            return Palette::neutral();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ChangesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::dateTime(record.started);
        case HostColumn:
            return record.host;
        case OperatorColumn:
            return record.operatorName;
        case StatusColumn:
            return record.statusLine();
        case ChangesColumn:
            return record.changeCount();
        }
        return {};
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case HostColumn:
        return tr("Host");
    case OperatorColumn:
        return tr("By");
    case StatusColumn:
        return tr("Outcome");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace Bulwark::Ui
