// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <algorithm>

// Golden files: a parser's output compared with a committed expectation, with a readable diff on failure.
// BULWARK_UPDATE_GOLDEN=1 rewrites the expectation instead; review the result with git diff.
namespace Golden {

// The lines that differ, with a little context: "- " expected, "+ " actual.
inline QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    QString out;
    const qsizetype from = std::max<qsizetype>(0, head - 3);
    for (qsizetype i = from; i < head; ++i)
        out += QStringLiteral("  ") + QString::fromUtf8(a.at(i)) + u'\n';
    for (qsizetype i = head; i < a.size() - tail && i < head + 40; ++i)
        out += QStringLiteral("- ") + QString::fromUtf8(a.at(i)) + u'\n';
    for (qsizetype i = head; i < b.size() - tail && i < head + 40; ++i)
        out += QStringLiteral("+ ") + QString::fromUtf8(b.at(i)) + u'\n';
    for (qsizetype i = b.size() - tail; i < b.size() && i < b.size() - tail + 3; ++i)
        out += QStringLiteral("  ") + QString::fromUtf8(b.at(i)) + u'\n';
    return out;
}

// Empty when `actual` matches (or was written, when updating); otherwise what to print.
inline QString check(const QString &expectedPath, const QByteArray &actual)
{
    QFile expectedFile(expectedPath);
    if (qEnvironmentVariableIntValue("BULWARK_UPDATE_GOLDEN")) {
        if (!expectedFile.open(QIODevice::WriteOnly) || expectedFile.write(actual) != actual.size())
            return QStringLiteral("cannot write ") + expectedPath;
        return {};
    }
    if (!expectedFile.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1; run with BULWARK_UPDATE_GOLDEN=1").arg(expectedPath);
    const QByteArray expected = expectedFile.readAll();
    if (actual == expected)
        return {};
    return QStringLiteral("output differs from %1 (- expected, + actual; BULWARK_UPDATE_GOLDEN=1 rewrites it):\n%2")
        .arg(expectedPath, lineDiff(expected, actual));
}

} // namespace Golden
