// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Bulwark::Diff {

// How TextDiff compares. Nothing is ignored: whitespace, case and line endings all count.
struct DiffOptions
{
    int contextLines = 3;
    // A side is binary when it holds a NUL byte, or when more than this share (in percent) of its bytes is not
    // valid UTF-8, counted over at least 1 KiB: a short file may hold 10 stray bytes by default. A Latin-1 config
    // file with a few accented characters in comments stays text.
    int invalidUtf8Percent = 1;
};

} // namespace Bulwark::Diff
