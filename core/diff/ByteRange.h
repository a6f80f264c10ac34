// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Bulwark::Diff {

// A half-open range of bytes [start, start + length) inside one line's text.
struct ByteRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const ByteRange &, const ByteRange &) = default;
};

} // namespace Bulwark::Diff
