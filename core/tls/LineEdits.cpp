// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/LineEdits.h"

#include <QCoreApplication>
#include <algorithm>

namespace Bulwark::Tls {

Result<QByteArray> applyLineEdits(const QByteArray &text, const QList<QByteArray> &lines, QList<LineEdit> edits,
                                  const QString &path, const QByteArray &lineEnd)
{
    const int lineCount = int(lines.size());
    // By line; at the same line, insertions (in the order given) before the replacement.
    std::stable_sort(edits.begin(), edits.end(), [](const LineEdit &a, const LineEdit &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.last < a.first && b.last >= b.first;
    });
    int covered = 0; // the last original line an edit replaces
    for (const LineEdit &edit : std::as_const(edits)) {
        if (edit.first < 1 || edit.first > lineCount + 1 || edit.last < edit.first - 1 || edit.last > lineCount ||
            edit.first <= covered)
            return Error(Error::Code::Internal, QCoreApplication::translate("Bulwark::Tls::LineEdits",
                                                                            "Bulwark made overlapping changes to %1.")
                                                    .arg(path));
        covered = std::max(covered, edit.last);
    }
    QByteArray out;
    const bool finalNewline = text.endsWith('\n') || text.isEmpty();
    qsizetype next = 0;
    for (int number = 1; number <= lineCount + 1; ++number) {
        bool skip = false;
        if (number == lineCount + 1 && next < edits.size() && !finalNewline)
            out += lineEnd + '\n';
        while (next < edits.size() && edits.at(next).first == number) {
            const LineEdit &edit = edits.at(next);
            for (const QByteArray &added : edit.lines)
                out += added + lineEnd + '\n';
            if (edit.last >= number) {
                number = edit.last;
                skip = true;
            }
            ++next;
            if (skip)
                break;
        }
        if (skip || number > lineCount)
            continue;
        out += lines.at(number - 1);
        if (number < lineCount || finalNewline)
            out += '\n';
    }
    return out;
}

} // namespace Bulwark::Tls
