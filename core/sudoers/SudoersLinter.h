// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/LintFinding.h"
#include "core/sudoers/SudoersFile.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace Bulwark::Sudoers {

// Explained findings over a parsed sudoers configuration (the files of a SudoersTree, in sudo's order). Pure: file
// metadata and the host's users and groups are inputs.
class SudoersLinter
{
public:
    struct FileMetadata
    {
        uint mode = 0440; // permission bits
        uint uid = 0;
        uint gid = 0;
    };
    struct Context
    {
        QHash<QString, FileMetadata> metadata; // by path; files without an entry are not checked
        std::optional<QSet<QString>> users;    // known user names; unset: not checked
        std::optional<QSet<QString>> groups;   // known group names; unset: not checked
    };

    static QList<LintFinding> lint(const QList<SudoersFile> &files, const Context &context);
    static QList<LintFinding> lint(const QList<SudoersFile> &files) { return lint(files, Context()); }

    // Basenames of programs that can start a shell or run arbitrary commands (GTFOBins-style escapes).
    static bool canEscapeToShell(const QByteArray &commandPath);
    // The same for a command with its sudoers arguments: systemctl and journalctl are safe with fixed arguments that
    // start no pager or editor ("systemctl restart nginx", "journalctl --no-pager -u nginx"), and escape otherwise
    // (no arguments given, a wildcard, "systemctl status ...", which pages through less).
    static bool canEscapeToShell(const Member &command);
};

} // namespace Bulwark::Sudoers
