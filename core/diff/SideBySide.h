// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/SideBySideRow.h"
#include "core/diff/TextDiff.h"

#include <QList>

namespace Bulwark::Diff {

// Rows for a two-column view, derived from the hunks of a TextDiff (no second diff). Within each change block the
// i-th removed line sits beside the i-th added line; the longer side continues against blank cells. Pure.
class SideBySide
{
public:
    static QList<SideBySideRow> rows(const TextDiff &diff);
};

} // namespace Bulwark::Diff
