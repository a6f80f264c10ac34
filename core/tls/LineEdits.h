// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bulwark::Tls {

// An edit by original line numbers (1-based): lines first..last replaced by `lines` (each without '\n'); last ==
// first - 1 inserts before `first` without removing anything; empty `lines` removes.
struct LineEdit
{
    int first = 0;
    int last = 0;
    QList<QByteArray> lines;
};

// The file `text` (split into `lines` at '\n', each without it) with `edits` made; every other byte stays. At the same
// line, insertions (in the order given) go before the replacement. Each new line ends with `lineEnd` + '\n' ("\r" for
// a CRLF file). Overlapping or out-of-range edits are Bulwark's own mistake: an Internal error naming `path`. Pure;
// shared by the nginx and Apache configuration models.
Result<QByteArray> applyLineEdits(const QByteArray &text, const QList<QByteArray> &lines, QList<LineEdit> edits,
                                  const QString &path, const QByteArray &lineEnd = {});

} // namespace Bulwark::Tls
