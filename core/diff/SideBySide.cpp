// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/diff/SideBySide.h"

namespace Bulwark::Diff {

QList<SideBySideRow> SideBySide::rows(const TextDiff &diff)
{
    QList<SideBySideRow> out;
    const QList<DiffHunk> &hunks = diff.hunks();
    for (int h = 0; h < int(hunks.size()); ++h) {
        const QList<DiffLine> &lines = hunks.at(h).lines;
        const int count = int(lines.size());
        int i = 0;
        while (i < count) {
            if (lines.at(i).kind == DiffLine::Kind::Context) {
                out.append({SideBySideRow::Kind::Context, h, i, i});
                ++i;
                continue;
            }
            const int removedBegin = i;
            while (i < count && lines.at(i).kind == DiffLine::Kind::Removed)
                ++i;
            const int addedBegin = i;
            while (i < count && lines.at(i).kind == DiffLine::Kind::Added)
                ++i;
            const int removed = addedBegin - removedBegin;
            const int added = i - addedBegin;
            for (int k = 0; k < qMax(removed, added); ++k) {
                if (k < removed && k < added)
                    out.append({SideBySideRow::Kind::Changed, h, removedBegin + k, addedBegin + k});
                else if (k < removed)
                    out.append({SideBySideRow::Kind::Removed, h, removedBegin + k, -1});
                else
                    out.append({SideBySideRow::Kind::Added, h, -1, addedBegin + k});
            }
        }
    }
    return out;
}

} // namespace Bulwark::Diff
