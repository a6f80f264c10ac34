// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersFile.h"

#include "core/sudoers/AliasCheck.h"
#include "core/sudoers/StatementParser.h"

#include <QCoreApplication>

namespace Bulwark::Sudoers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::SudoersFile", text);
}

Error toError(const Diagnostic &d)
{
    return Error(Error::Code::ParseError, d.toString(), QStringLiteral("line %1, column %2").arg(d.line).arg(d.column));
}

} // namespace

Result<SudoersFile> SudoersFile::parse(const QByteArray &text, const QString &path, Diagnostic *where)
{
    StatementParser parser(text, path);
    std::optional<QList<Statement>> statements = parser.parse();
    if (!statements) {
        if (where)
            *where = parser.error();
        return toError(parser.error());
    }
    SudoersFile file;
    file.m_path = path;
    file.m_text = text;
    file.m_statements = std::move(*statements);
    const QList<Diagnostic> aliasDiagnostics = AliasCheck::run({{path, &file.m_statements}});
    for (const Diagnostic &d : aliasDiagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            if (where)
                *where = d;
            return toError(d);
        }
        file.m_warnings.append(d);
    }
    return file;
}

Result<void> SudoersFile::splice(qsizetype offset, qsizetype length, const QByteArray &bytes)
{
    QByteArray next = m_text;
    next.replace(offset, length, bytes);
    Result<SudoersFile> parsed = parse(next, m_path);
    if (!parsed)
        return Error(Error::Code::InvalidArgument,
                     tr("The edit would make the sudoers file invalid: %1").arg(parsed.error().message()));
    *this = std::move(parsed).value();
    return {};
}

Result<void> SudoersFile::insert(qsizetype index, const QByteArray &text)
{
    if (index < 0 || index > m_statements.size())
        return Error(Error::Code::InvalidArgument, tr("No statement %1 in the sudoers file.").arg(index));
    QByteArray bytes = text;
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    qsizetype offset = index < m_statements.size() ? m_statements.at(index).offset : m_text.size();
    if (index == m_statements.size() && !m_text.isEmpty() && !m_text.endsWith('\n'))
        bytes.prepend('\n'); // the last line had no newline: end it, changing nothing else
    return splice(offset, 0, bytes);
}

Result<void> SudoersFile::remove(qsizetype index)
{
    if (index < 0 || index >= m_statements.size())
        return Error(Error::Code::InvalidArgument, tr("No statement %1 in the sudoers file.").arg(index));
    const Statement &st = m_statements.at(index);
    return splice(st.offset, st.length, {});
}

Result<void> SudoersFile::replace(qsizetype index, const QByteArray &text)
{
    if (index < 0 || index >= m_statements.size())
        return Error(Error::Code::InvalidArgument, tr("No statement %1 in the sudoers file.").arg(index));
    const Statement &st = m_statements.at(index);
    QByteArray bytes = text;
    if (st.text.endsWith('\n') && !bytes.endsWith('\n'))
        bytes.append('\n');
    return splice(st.offset, st.length, bytes);
}

qsizetype SudoersFile::statementAtLine(int line) const
{
    for (qsizetype i = 0; i < m_statements.size(); ++i)
        if (m_statements.at(i).firstLine <= line && line <= m_statements.at(i).lastLine)
            return i;
    return -1;
}

} // namespace Bulwark::Sudoers
