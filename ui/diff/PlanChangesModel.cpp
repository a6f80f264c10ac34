// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/PlanChangesModel.h"

#include "ui/Icons.h"

namespace Bulwark::Ui {

PlanChangesModel::PlanChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PlanChangesModel::setChanges(const QList<Plan::Change> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int PlanChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QString PlanChangesModel::kindLabel(const Plan::Change &change)
{
    return change.isFileEdit() ? tr("File edit") : tr("Command");
}

QVariant PlanChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan::Change &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString second = kindLabel(change);
        if (!change.ruleIds().isEmpty())
            second += QStringLiteral(" \u00b7 ") + change.ruleIds().join(QStringLiteral(", "));
        return QString(QString::number(index.row() + 1) + QStringLiteral(". ") + change.title() + u'\n' + second);
    }
    case Qt::ToolTipRole:
        return change.title();
    case Qt::DecorationRole:
        return Icons::icon(change.isFileEdit() ? Icons::Glyph::Edit : Icons::Glyph::Server);
    case TitleRole:
        return change.title();
    case KindRole:
        return change.isFileEdit() ? QStringLiteral("file") : QStringLiteral("command");
    case RuleIdsRole:
        return change.ruleIds();
    default:
        break;
    }
    return {};
}

} // namespace Bulwark::Ui
