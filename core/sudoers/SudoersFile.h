// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/Diagnostic.h"
#include "core/sudoers/Statement.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bulwark::Sudoers {

// One sudoers file as a list of statements that keep their original bytes. toBytes() of an unmodified file is its
// input; insert/remove/replace splice bytes so every untouched statement is re-emitted unchanged (a minimal diff),
// and the result is parsed again before it is accepted. A value type; pure, no I/O.
class SudoersFile
{
public:
    SudoersFile() = default;

    // The file, or an error "path:line:column: message". `where`, when given, receives the error's position.
    static Result<SudoersFile> parse(const QByteArray &text, const QString &path, Diagnostic *where = nullptr);

    QString path() const { return m_path; }
    const QList<Statement> &statements() const { return m_statements; }
    // visudo's warnings for this file alone (unused aliases, aliases referenced but defined nowhere in this file).
    const QList<Diagnostic> &warnings() const { return m_warnings; }
    QByteArray toBytes() const { return m_text; }

    // `text` is one or more complete lines (a newline is added when missing). On error the file is unchanged.
    Result<void> insert(qsizetype index, const QByteArray &text);
    Result<void> append(const QByteArray &text) { return insert(m_statements.size(), text); }
    Result<void> remove(qsizetype index);
    Result<void> replace(qsizetype index, const QByteArray &text);

    // Index of the first statement that covers physical line `line` (1-based), or -1.
    qsizetype statementAtLine(int line) const;

private:
    Result<void> splice(qsizetype offset, qsizetype length, const QByteArray &bytes);

    QString m_path;
    QByteArray m_text;
    QList<Statement> m_statements;
    QList<Diagnostic> m_warnings;
};

} // namespace Bulwark::Sudoers
