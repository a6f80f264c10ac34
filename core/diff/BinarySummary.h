// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Bulwark::Diff {

// What TextDiff reports instead of lines when either side is binary.
struct BinarySummary
{
    qint64 oldSize = 0;
    qint64 newSize = 0;
    QByteArray oldSha256; // raw 32 bytes; .toHex() for display
    QByteArray newSha256;

    bool identical() const { return oldSha256 == newSha256; }
    friend bool operator==(const BinarySummary &, const BinarySummary &) = default;
};

} // namespace Bulwark::Diff
