// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Turning host-supplied values into short, safe evidence strings. Everything shown to a user from the fact tree goes
// through here: control and bidirectional-override characters are replaced, long text is cut, deep structures are
// summarised rather than walked.
namespace Bulwark::Rules::Evidence {

constexpr qsizetype MaxTextLength = 200; // characters per evidence string
constexpr qsizetype MaxItems = 20;       // evidence strings per finding

// Replaces line breaks and tabs by a space and other control, format and bidi characters by U+FFFD, then cuts the
// text to maxLength characters (ending with an ellipsis).
QString sanitize(const QString &text, qsizetype maxLength = MaxTextLength);

// A scalar as text ("yes", "22", "true"); lists and objects become a short summary.
QString render(const QJsonValue &value);

// One line describing a list element: `templ` with {field} / {a.b} placeholders filled from the element
// ("{file}:{line}: {text}"); without a template the first of name, unit, path, text, ... that the element has.
QString label(const QJsonValue &element, const QString &templ);

// A count for a translated "%n" text, clamped to int.
int count(qsizetype n);

// Appends `text` while `list` holds fewer than MaxItems strings; the first text beyond that becomes a single "…"
// marker. Appending a list to an empty list keeps it whole when it has at most MaxItems + 1 lines (so a closing
// "… and N more" survives).
void append(QStringList &list, const QString &text);
void append(QStringList &list, const QStringList &texts);
// Cuts `list` to MaxItems strings plus one "… and N more" line; `total` is how many items there were in all
// (-1: as many as the list holds, or unknown when it ends with the "…" marker).
QStringList capped(const QStringList &list, qsizetype total = -1);

} // namespace Bulwark::Rules::Evidence
