// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/DiffLine.h"

#include <QList>

namespace Bulwark::Diff {

// One "@@ -oldStart,oldCount +newStart,newCount @@" block. Starts are as printed by diff -u: when a count is 0 the
// start is the line before the (empty) range, 0 for an empty file.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    friend bool operator==(const DiffHunk &, const DiffHunk &) = default;
};

} // namespace Bulwark::Diff
