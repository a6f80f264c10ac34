// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <Qt>
#include <algorithm>

namespace Bulwark::Ui::ChoiceRows {

// The choice logic the services models (Linux units, Windows services) share: rows a user ticks, some refused, some
// recommended by failed checks. A Row has `bool checked`, `QString refusal` (empty: it can be chosen), `bool
// recommended` and `QStringList ruleIds` (the failed checks that recommend it). The models keep their own columns and
// texts; these keep what ticking means the same in both.

// Flags of a cell: a refused row is shown but greyed; only the check column of a row that can be chosen ticks.
template<typename Row>
Qt::ItemFlags flags(const Row &row, bool checkColumn)
{
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (row.refusal.isEmpty())
        flags |= Qt::ItemIsEnabled;
    if (checkColumn && row.refusal.isEmpty())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

enum class Tick
{
    Refused,   // the row cannot be chosen: nothing changed
    Unchanged, // it already was so
    Changed,
};

// Sets `row` checked from a Qt::CheckStateRole value.
template<typename Row>
Tick tick(Row &row, const QVariant &value)
{
    if (!row.refusal.isEmpty())
        return Tick::Refused;
    const bool checked = value.toInt() == Qt::Checked;
    if (row.checked == checked)
        return Tick::Unchanged;
    row.checked = checked;
    return Tick::Changed;
}

// Checks exactly the rows that `ruleId` recommends and that can be chosen; false (nothing changed) when there are
// none.
template<typename Row>
bool checkOnlyRule(QList<Row> &rows, const QString &ruleId)
{
    const auto recommends = [&](const Row &row) {
        return row.ruleIds.contains(ruleId) && row.refusal.isEmpty();
    };
    if (std::none_of(rows.cbegin(), rows.cend(), recommends))
        return false;
    for (Row &row : rows)
        row.checked = recommends(row);
    return true;
}

template<typename Row>
int checkedCount(const QList<Row> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.checked; }));
}

template<typename Row>
int recommendedCount(const QList<Row> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &row) { return row.recommended; }));
}

} // namespace Bulwark::Ui::ChoiceRows
