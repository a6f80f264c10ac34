// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/BinarySummary.h"
#include "core/diff/DiffHunk.h"
#include "core/diff/DiffOptions.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Bulwark::Diff {

// The line diff of two versions of a file, computed by libgit2 (xdiff, Myers). A pure value: safe to compute on
// any thread and to hand across threads.
class TextDiff
{
public:
    TextDiff() = default;

    // Compares before and after. An empty side is a created or deleted file. Fails only when libgit2 does.
    static Result<TextDiff> compute(const QByteArray &before, const QByteArray &after, const DiffOptions &options = {});

    // True when either side is binary; hunks() is then empty and binarySummary() says what changed.
    bool isBinary() const { return m_binary.has_value(); }
    const std::optional<BinarySummary> &binarySummary() const { return m_binary; }
    const QList<DiffHunk> &hunks() const { return m_hunks; }
    // No difference at all (text or binary).
    bool isIdentical() const;
    int addedCount() const;
    int removedCount() const;

    // The text diff -u / git diff prints, headers included. The labels are printed verbatim after "--- " and
    // "+++ " (pass "a/etc/ssh/sshd_config", "b/etc/ssh/sshd_config", or "/dev/null" for a missing side). Empty
    // when nothing differs; "Binary files X and Y differ" for binary sides.
    QByteArray unified(const QString &pathBefore, const QString &pathAfter) const;

    // Whether content counts as binary under options (exposed for callers that must decide before diffing).
    static bool looksBinary(const QByteArray &content, const DiffOptions &options = {});

private:
    std::optional<BinarySummary> m_binary;
    QList<DiffHunk> m_hunks;
};

} // namespace Bulwark::Diff
