// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Bulwark::Diff {

// One line of a hunk. text is the line's bytes without its line feed (a CR of a CRLF line stays in text).
struct DiffLine
{
    enum class Kind
    {
        Context,
        Added,
        Removed,
    };

    Kind kind = Kind::Context;
    int oldLine = -1; // 1-based line number in the old file; -1 for Added
    int newLine = -1; // 1-based line number in the new file; -1 for Removed
    QByteArray text;
    bool noNewlineAtEnd = false; // last line of its file, which lacks a final line feed ("\ No newline at end of file")

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

} // namespace Bulwark::Diff
