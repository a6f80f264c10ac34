// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/LintFinding.h"
#include "core/sudoers/SudoersTree.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Bulwark::Ui {

// Every user specification of a sudoers configuration ("alice ALL=(ALL) NOPASSWD: ALL"), in sudo's order, with its
// file and first line and badges for what stands out ("NOPASSWD: ALL", "can start a shell", the linter's findings
// on that line). The rows the sudoers wizard revokes or restricts. GUI thread only.
class SudoersRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        LineColumn,
        RuleColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString
        LineRole,                    // int, the first physical line
        TextRole,                    // QString, the rule as written (continuations joined)
        BadgesRole,                  // QStringList
    };

    struct Rule
    {
        QString path;
        int line = 0;
        QString text;
        QStringList users;    // as written: "alice", "%admins"
        QStringList commands; // as written: "ALL", "/usr/bin/systemctl restart nginx"
        bool noPassword = false;
        QStringList badges;
        QStringList findings; // lint messages on this rule
    };

    explicit SudoersRulesModel(QObject *parent = nullptr);

    void setConfiguration(const QList<Sudoers::SudoersFile> &files, const QList<Sudoers::LintFinding> &findings);
    const QList<Rule> &rules() const { return m_rules; }
    Rule rule(int row) const { return m_rules.value(row); }
    // The row of the rule that starts at `line` of `path` (or covers it), or -1.
    int row(const QString &path, int line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rule> m_rules;
    QList<int> m_lastLines;
};

} // namespace Bulwark::Ui
