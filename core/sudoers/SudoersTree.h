// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/Diagnostic.h"
#include "core/sudoers/SudoersFile.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Bulwark::Sudoers {

// A sudoers file with everything it includes, resolved the way sudo does: @include/#include in place, relative paths
// against the including file's directory, %h replaced by the short host name, @includedir reading the directory's
// entries in byte order and skipping names that end in '~' or contain '.'. A missing included file is an error (as
// for visudo); a missing included directory is not. Include cycles and nesting deeper than maxDepth are errors.
// The host reads happen in the callbacks; this class is pure.
class SudoersTree
{
public:
    using Reader = std::function<Result<QByteArray>(const QString &path)>;
    // Names in the directory (not paths). Return an empty list when it does not exist, as sudo ignores it.
    using Lister = std::function<Result<QStringList>(const QString &directory)>;

    struct Options
    {
        QString shortHostName; // for %h; an include with %h is an error without it
        int maxDepth = 128;    // sudo's limit on nested includes
    };

    static Result<SudoersTree> load(const QString &rootPath, const Reader &reader, const Lister &lister,
                                    const Options &options);
    static Result<SudoersTree> load(const QString &rootPath, const Reader &reader, const Lister &lister)
    {
        return load(rootPath, reader, lister, Options());
    }

    // Every file, in the order sudo reads them (the root first).
    const QList<SudoersFile> &files() const { return m_files; }
    // Include depth of each file (root 0), parallel to files().
    const QList<int> &depths() const { return m_depths; }
    // Warnings over the whole tree (aliases used but defined nowhere, defined but never used).
    const QList<Diagnostic> &warnings() const { return m_warnings; }
    // The first error, with its file, line and column; empty message when load() succeeded.
    const Diagnostic &error() const { return m_error; }

    // The path an include statement of `includingFile` refers to ("" when %h cannot be expanded).
    static QString resolveIncludePath(const QString &includingFile, const QByteArray &written,
                                      const QString &shortHostName);

private:
    bool loadFile(const QString &path, int depth, QStringList &stack, const Reader &reader, const Lister &lister,
                  const Options &options, const Diagnostic &includedFrom);

    QList<SudoersFile> m_files;
    QList<int> m_depths;
    QList<Diagnostic> m_warnings;
    Diagnostic m_error;
};

} // namespace Bulwark::Sudoers
