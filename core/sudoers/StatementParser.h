// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/Diagnostic.h"
#include "core/sudoers/Statement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Bulwark::Sudoers {

// Splits sudoers text into statements and parses each one (pure, no I/O). Strict: whatever it does not fully
// understand is an error, so it never calls valid a file that visudo refuses. Used by SudoersFile.
class StatementParser
{
public:
    StatementParser(const QByteArray &text, const QString &path);

    // The statements covering the whole text, or nullopt with error() set at the first problem.
    std::optional<QList<Statement>> parse();
    const Diagnostic &error() const { return m_error; }

private:
    struct Line; // one logical line
    bool splitLine(qsizetype start, Line &line);
    bool parseLine(const Line &line, Statement &statement);
    void fail(qsizetype offset, const QString &message);
    int lineOf(qsizetype offset) const;
    int columnOf(qsizetype offset) const;

    QByteArray m_text;
    QString m_path;
    QList<qsizetype> m_lineStarts;
    Diagnostic m_error;
    bool m_failed = false;
};

} // namespace Bulwark::Sudoers
