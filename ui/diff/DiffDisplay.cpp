// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/diff/DiffDisplay.h"

#include "core/diff/IntraLine.h"
#include "core/diff/SideBySide.h"

#include <QStringDecoder>

namespace Bulwark::Ui {

using Diff::DiffHunk;
using Diff::DiffLine;

namespace {

bool validUtf8(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(content);
    Q_UNUSED(decoded)
    return !decoder.hasError();
}

// The first old line a hunk covers (1-based); for a hunk that only adds, the line after its start.
int firstOldLine(const DiffHunk &hunk)
{
    return hunk.oldCount == 0 ? hunk.oldStart + 1 : hunk.oldStart;
}

} // namespace

int DiffDisplay::countLines(const QByteArray &content)
{
    if (content.isEmpty())
        return 0;
    return int(content.count('\n')) + (content.endsWith('\n') ? 0 : 1);
}

void DiffDisplay::addSkipped(QList<Row> &rows, int lines) const
{
    if (lines > 0)
        rows.append(Row{RowKind::Skipped, -1, -1, -1, lines});
}

QList<Diff::ByteRange> DiffDisplay::changedRanges(int hunk, int index) const
{
    if (hunk < 0 || hunk >= m_ranges.size())
        return {};
    return m_ranges.at(hunk).value(index);
}

DiffDisplay DiffDisplay::build(const QByteArray &before, const QByteArray &after, bool wholeFile)
{
    DiffDisplay display;
    display.m_wholeFile = wholeFile;
    display.m_oldLines = countLines(before);
    display.m_newLines = countLines(after);
    display.m_created = before.isEmpty() && !after.isEmpty();
    display.m_deleted = !before.isEmpty() && after.isEmpty();

    Diff::DiffOptions options;
    if (wholeFile)
        options.contextLines = std::max(display.m_oldLines, display.m_newLines) + 1;
    auto computed = Diff::TextDiff::compute(before, after, options);
    if (!computed) {
        display.m_error = computed.error().toString();
        return display;
    }
    display.m_diff = std::move(computed).value();
    if (display.m_diff.isBinary())
        return display;
    display.m_invalidUtf8 = !validUtf8(before) || !validUtf8(after);

    const QList<DiffHunk> &hunks = display.m_diff.hunks();
    display.m_ranges.reserve(hunks.size());
    int shownOld = 0; // the last old line a hunk showed
    for (int h = 0; h < hunks.size(); ++h) {
        const DiffHunk &hunk = hunks.at(h);
        display.addSkipped(display.m_unified, firstOldLine(hunk) - 1 - shownOld);
        shownOld = firstOldLine(hunk) + hunk.oldCount - 1;
        QHash<int, QList<Diff::ByteRange>> ranges;
        const QList<Diff::IntraLineChange> changes = Diff::IntraLine::forHunk(hunk);
        for (const Diff::IntraLineChange &change : changes) {
            if (change.removedIndex >= 0 && !change.oldRanges.isEmpty())
                ranges.insert(change.removedIndex, change.oldRanges);
            if (change.addedIndex >= 0 && !change.newRanges.isEmpty())
                ranges.insert(change.addedIndex, change.newRanges);
        }
        display.m_ranges.append(ranges);
        for (int i = 0; i < hunk.lines.size(); ++i) {
            const DiffLine &line = hunk.lines.at(i);
            display.m_longestLine = std::max(display.m_longestLine, int(line.text.size()));
            switch (line.kind) {
            case DiffLine::Kind::Context:
                display.m_unified.append(Row{RowKind::Context, h, i, i, 0});
                break;
            case DiffLine::Kind::Removed:
                ++display.m_removed;
                display.m_unified.append(Row{RowKind::Removed, h, i, -1, 0});
                break;
            case DiffLine::Kind::Added:
                ++display.m_added;
                display.m_unified.append(Row{RowKind::Added, h, -1, i, 0});
                break;
            }
        }
    }
    if (!hunks.isEmpty())
        display.addSkipped(display.m_unified, display.m_oldLines - shownOld);

    // Side by side: the pairing of core's SideBySide, with the same skipped rows between hunks.
    const QList<Diff::SideBySideRow> rows = Diff::SideBySide::rows(display.m_diff);
    display.m_sideBySide.reserve(rows.size() + hunks.size() + 1);
    int previousHunk = -1;
    shownOld = 0;
    for (const Diff::SideBySideRow &row : rows) {
        if (row.hunk != previousHunk) {
            const DiffHunk &hunk = hunks.at(row.hunk);
            display.addSkipped(display.m_sideBySide, firstOldLine(hunk) - 1 - shownOld);
            shownOld = firstOldLine(hunk) + hunk.oldCount - 1;
            previousHunk = row.hunk;
        }
        RowKind kind = RowKind::Context;
        switch (row.kind) {
        case Diff::SideBySideRow::Kind::Context:
            kind = RowKind::Context;
            break;
        case Diff::SideBySideRow::Kind::Changed:
            kind = RowKind::Changed;
            break;
        case Diff::SideBySideRow::Kind::Removed:
            kind = RowKind::Removed;
            break;
        case Diff::SideBySideRow::Kind::Added:
            kind = RowKind::Added;
            break;
        }
        display.m_sideBySide.append(Row{kind, row.hunk, row.oldIndex, row.newIndex, 0});
    }
    if (!hunks.isEmpty())
        display.addSkipped(display.m_sideBySide, display.m_oldLines - shownOld);
    return display;
}

} // namespace Bulwark::Ui
