// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/DiffHunk.h"
#include "core/diff/IntraLineChange.h"

#include <QByteArrayView>
#include <QList>

namespace Bulwark::Diff {

// Word-level changes inside changed lines, so a view can highlight "yes" -> "no" in "PermitRootLogin yes" rather
// than the whole line. Tokens are runs of word bytes (ASCII letters, digits, '_' and every byte >= 0x80, so a UTF-8
// sequence is never split), runs of blanks (space, tab), and single other bytes; changed tokens come from their
// longest common subsequence. Ranges are in bytes of the line text. Pure.
class IntraLine
{
public:
    // The changed ranges between two lines. Adjacent changed tokens merge into one range.
    static IntraLineChange compare(QByteArrayView oldText, QByteArrayView newText);
    // Within each change block of hunk (consecutive Removed lines followed by Added lines), pairs the i-th removed
    // line with the i-th added one and compares them. Unpaired lines (more removed than added, or the reverse) get
    // no entry: the whole line changed.
    static QList<IntraLineChange> forHunk(const DiffHunk &hunk);
    // Above this many token comparisons (old x new, after trimming the common prefix and suffix) the middle is
    // reported as one changed range instead of running the quadratic LCS.
    static constexpr qsizetype MaxLcsCells = 1 << 20;
};

} // namespace Bulwark::Diff
