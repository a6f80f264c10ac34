// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/SudoersTree.h"

#include "core/sudoers/AliasCheck.h"

#include <QCoreApplication>
#include <algorithm>

namespace Bulwark::Sudoers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::SudoersTree", text);
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

QString SudoersTree::resolveIncludePath(const QString &includingFile, const QByteArray &written,
                                        const QString &shortHostName)
{
    QString path = QString::fromUtf8(written);
    if (path.contains(QStringLiteral("%h"))) {
        if (shortHostName.isEmpty())
            return {};
        path.replace(QStringLiteral("%h"), shortHostName);
    }
    if (!path.startsWith(u'/')) {
        const QString dir = directoryOf(includingFile);
        path = (dir.endsWith(u'/') ? dir : dir + u'/') + path;
    }
    return path;
}

bool SudoersTree::loadFile(const QString &path, int depth, QStringList &stack, const Reader &reader,
                           const Lister &lister, const Options &options, const Diagnostic &includedFrom)
{
    auto failAt = [&](const Diagnostic &where, const QString &message) {
        m_error = where;
        m_error.severity = Diagnostic::Severity::Error;
        m_error.message = message;
        return false;
    };
    if (depth > options.maxDepth)
        return failAt(includedFrom, tr("includes are nested more than %1 deep").arg(options.maxDepth));
    if (stack.contains(path))
        return failAt(includedFrom, tr("%1 includes itself (include cycle)").arg(path));
    Result<QByteArray> text = reader(path);
    if (!text) {
        if (depth == 0)
            return failAt(Diagnostic{Diagnostic::Severity::Error, path, 0, 0, {}},
                          tr("cannot read %1: %2").arg(path, text.error().message()));
        return failAt(includedFrom, tr("cannot read included file %1: %2").arg(path, text.error().message()));
    }
    Diagnostic where;
    Result<SudoersFile> file = SudoersFile::parse(*text, path, &where);
    if (!file) {
        m_error = where;
        return false;
    }
    m_files.append(*file);
    m_depths.append(depth);
    stack.append(path);
    const QList<Statement> statements = file->statements();
    for (const Statement &st : statements) {
        if (st.kind != Statement::Kind::Include)
            continue;
        const Diagnostic here{Diagnostic::Severity::Error, path, st.firstLine, 1, {}};
        const QString target = resolveIncludePath(path, st.includePath, options.shortHostName);
        if (target.isEmpty())
            return failAt(here, tr("the include path uses %h but the host name is not known"));
        if (!st.includeDirectory) {
            if (!loadFile(target, depth + 1, stack, reader, lister, options, here))
                return false;
            continue;
        }
        Result<QStringList> names = lister(target);
        if (!names)
            return failAt(here, tr("cannot list %1: %2").arg(target, names.error().message()));
        QList<QByteArray> sorted;
        for (const QString &n : *names) {
            if (n.isEmpty() || n.endsWith(u'~') || n.contains(u'.'))
                continue;
            sorted.append(n.toUtf8());
        }
        std::sort(sorted.begin(), sorted.end());
        for (const QByteArray &n : sorted) {
            const QString child = (target.endsWith(u'/') ? target : target + u'/') + QString::fromUtf8(n);
            if (!loadFile(child, depth + 1, stack, reader, lister, options, here))
                return false;
        }
    }
    stack.removeLast();
    return true;
}

Result<SudoersTree> SudoersTree::load(const QString &rootPath, const Reader &reader, const Lister &lister,
                                      const Options &options)
{
    SudoersTree tree;
    QStringList stack;
    if (!tree.loadFile(rootPath, 0, stack, reader, lister, options, Diagnostic{}))
        return Error(Error::Code::ParseError, tree.m_error.toString());
    QList<AliasCheck::FileStatements> all;
    for (const SudoersFile &f : tree.m_files)
        all.append({f.path(), &f.statements()});
    for (const Diagnostic &d : AliasCheck::run(all)) {
        if (d.severity == Diagnostic::Severity::Error)
            return Error(Error::Code::ParseError, d.toString());
        tree.m_warnings.append(d);
    }
    return tree;
}

} // namespace Bulwark::Sudoers
