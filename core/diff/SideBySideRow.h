// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Bulwark::Diff {

// One row of a side-by-side view. oldIndex/newIndex index TextDiff::hunks()[hunk].lines; -1 is a blank cell.
struct SideBySideRow
{
    enum class Kind
    {
        Context, // the same line on both sides
        Changed, // a removed line paired with an added line
        Removed, // old side only
        Added,   // new side only
    };

    Kind kind = Kind::Context;
    int hunk = 0;
    int oldIndex = -1;
    int newIndex = -1;

    friend bool operator==(const SideBySideRow &, const SideBySideRow &) = default;
};

} // namespace Bulwark::Diff
