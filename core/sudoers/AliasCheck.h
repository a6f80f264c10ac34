// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sudoers/Diagnostic.h"
#include "core/sudoers/Statement.h"

#include <QList>
#include <QString>
#include <utility>

namespace Bulwark::Sudoers {

// visudo's alias checks over statements from one or more files (in sudo's order): a second definition of the same
// name and type is an error, and so (stricter than visudo, which only warns) is an alias that refers to itself;
// an alias used but never defined, or defined but never used, is a warning.
class AliasCheck
{
public:
    using FileStatements = std::pair<QString, const QList<Statement> *>;
    static QList<Diagnostic> run(const QList<FileStatements> &files);
};

} // namespace Bulwark::Sudoers
