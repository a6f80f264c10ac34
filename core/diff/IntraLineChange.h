// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/ByteRange.h"

#include <QList>

namespace Bulwark::Diff {

// The changed parts of one Removed/Added line pair. removedIndex and addedIndex index DiffHunk::lines (-1 when the
// change was computed for two free-standing lines).
struct IntraLineChange
{
    int removedIndex = -1;
    int addedIndex = -1;
    QList<ByteRange> oldRanges; // in the removed line's text
    QList<ByteRange> newRanges; // in the added line's text
};

} // namespace Bulwark::Diff
