// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/diff/ByteRange.h"
#include "core/diff/TextDiff.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Bulwark::Ui {

// Everything the diff view shows for one file, computed in one pass so it can run on a worker thread: the line diff,
// the rows of both layouts (with "N unchanged lines" rows between hunks), the changed words of each changed line
// and what the view must say about the input (binary, not UTF-8, created, deleted). A value; built on any thread,
// then read-only on the GUI thread.
class DiffDisplay
{
public:
    enum class RowKind
    {
        Context,
        Removed,
        Added,
        Changed, // side by side: a removed line beside the added line that replaced it
        Skipped, // unchanged lines not shown
    };

    struct Row
    {
        RowKind kind = RowKind::Context;
        int hunk = -1;
        int oldIndex = -1; // into hunks()[hunk].lines; -1: no old line in this row
        int newIndex = -1;
        int skipped = 0; // Skipped rows: how many lines
    };

    static DiffDisplay build(const QByteArray &before, const QByteArray &after, bool wholeFile);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Diff::TextDiff &diff() const { return m_diff; }
    bool isBinary() const { return m_diff.isBinary(); }
    bool isIdentical() const { return m_diff.isIdentical(); }
    bool isCreated() const { return m_created; }
    bool isDeleted() const { return m_deleted; }
    // A text side with bytes that are not UTF-8 (shown as U+FFFD).
    bool hasInvalidUtf8() const { return m_invalidUtf8; }
    bool wholeFile() const { return m_wholeFile; }
    int addedCount() const { return m_added; }
    int removedCount() const { return m_removed; }
    int oldLineCount() const { return m_oldLines; }
    int newLineCount() const { return m_newLines; }
    // The longest line shown, in bytes (an upper bound of its width in characters).
    int longestLine() const { return m_longestLine; }

    const QList<Row> &unifiedRows() const { return m_unified; }
    const QList<Row> &sideBySideRows() const { return m_sideBySide; }
    const Diff::DiffLine &line(int hunk, int index) const { return m_diff.hunks().at(hunk).lines.at(index); }
    // The changed words of a Removed or Added line; empty when the whole line changed or none did.
    QList<Diff::ByteRange> changedRanges(int hunk, int index) const;

    // Lines in content as an editor counts them (a final line without line feed counts).
    static int countLines(const QByteArray &content);

private:
    void addSkipped(QList<Row> &rows, int lines) const;

    QString m_error;
    Diff::TextDiff m_diff;
    QList<Row> m_unified;
    QList<Row> m_sideBySide;
    QList<QHash<int, QList<Diff::ByteRange>>> m_ranges; // per hunk, by line index
    bool m_created = false;
    bool m_deleted = false;
    bool m_invalidUtf8 = false;
    bool m_wholeFile = false;
    int m_added = 0;
    int m_removed = 0;
    int m_oldLines = 0;
    int m_newLines = 0;
    int m_longestLine = 0;
};

} // namespace Bulwark::Ui
