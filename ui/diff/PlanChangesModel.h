// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/Change.h"

#include <QAbstractListModel>
#include <QList>

namespace Bulwark::Ui {

// The changes of a plan, one row each: the title, then the kind ("Command", "File edit") and rule ids.
// GUI thread only.
class PlanChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TitleRole = Qt::UserRole + 1,
        KindRole,    // "command" or "file"
        RuleIdsRole, // QStringList
    };

    explicit PlanChangesModel(QObject *parent = nullptr);

    void setChanges(const QList<Plan::Change> &changes);
    const QList<Plan::Change> &changes() const { return m_changes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const Plan::Change &change);

private:
    QList<Plan::Change> m_changes;
};

} // namespace Bulwark::Ui
