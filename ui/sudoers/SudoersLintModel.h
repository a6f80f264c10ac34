// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/SudoersReader.h"
#include "core/sudoers/Diagnostic.h"
#include "core/sudoers/LintFinding.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace Bulwark::Ui {

// What the live checks say about the configuration being edited: the parser's error (first), visudo's warnings and
// the linter's explained findings, each with its file and line, most serious first. GUI thread only.
class SudoersLintModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        WhereColumn,
        MessageColumn,
        WhyColumn,
        FixColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString
        LineRole,                    // int, 1-based; 0: the whole file or configuration
        ColumnRole,                  // int, 1-based byte column; 0: the whole line
        KindRole,                    // Kind
        IdRole,                      // QString: the finding id ("sudoers.nopasswd-all"); "" for parser messages
    };
    enum class Kind
    {
        ParseError,
        ParseWarning,
        Finding,
    };
    Q_ENUM(Kind)

    struct Row
    {
        Kind kind = Kind::Finding;
        Sudoers::LintFinding::Severity severity = Sudoers::LintFinding::Severity::Info;
        QString id;
        QString path;
        int line = 0;
        int column = 0;
        QString message;
        QString why;
        QString fix;
    };

    explicit SudoersLintModel(QObject *parent = nullptr);

    void set(const std::optional<Sudoers::Diagnostic> &error, const QList<Sudoers::Diagnostic> &warnings,
             const QList<Sudoers::LintFinding> &findings);
    const QList<Row> &rows() const { return m_rows; }
    Row rowAt(int row) const { return m_rows.value(row); }
    bool hasError() const { return !m_rows.isEmpty() && m_rows.first().kind == Kind::ParseError; }

    // The linter's context from a snapshot: file metadata, users and groups.
    static Sudoers::SudoersLinter::Context lintContext(const Facts::SudoersSnapshot &snapshot);
    static QString severityName(Sudoers::LintFinding::Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Bulwark::Ui
