// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/JournalEntry.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Bulwark::Apply {

// The append-only, hash-chained record of everything Bulwark did to servers.
//
// One journal per workstation (not per host): a single chain orders every action across all hosts, and each entry
// names its host. The file is JSON Lines: one JournalEntry per line, each ending in '\n'. An append writes one line
// and fsyncs it before returning, so a returned entry survives a crash.
//
// verify() detects an edited entry (its hash no longer matches), a deleted, inserted or reordered line (the sequence
// numbers or the chain break) and a final line cut off mid-write. It cannot detect that the newest entries were
// removed whole (the file cut at a line boundary): that needs an anchor kept elsewhere, e.g. the last hash shown to
// the user or exported. A journal whose last line is incomplete refuses further appends until someone repairs it;
// chaining onto a damaged line would hide the damage.
//
// Appends are serialised across threads (a process-wide mutex) and across processes (a lock file next to the
// journal), so hosts' workers and a CLI next to the console can all write. Reads take no lock: a reader may see a
// line being written as a torn last line, and reads again.
class Journal
{
public:
    // QStandardPaths::AppDataLocation + "/journal.jsonl".
    static QString defaultPath();

    explicit Journal(QString path);

    QString path() const { return m_path; }

    // Adds an entry for `host` (display name) by the local user, now, chained to the last entry.
    // Refuses (and writes nothing) if the last line is missing its newline or is not a valid entry.
    Result<JournalEntry> append(const QString &kind, const QString &host, const QJsonObject &payload);

    // Every entry in file order. A missing file is an empty journal. Fails, naming the line, on a line that does not
    // parse; does not check hashes (see verify()).
    Result<QList<JournalEntry>> entries() const;

    // Recomputes every hash and checks the sequence numbers and the chain. The Error names the first bad line
    // (1-based).
    Result<void> verify() const;

    // The local user name recorded as the operator.
    static QString currentOperator();

private:
    QString m_path;
};

} // namespace Bulwark::Apply
