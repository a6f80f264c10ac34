// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/apply/JournalEntry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Apply {

// One apply transaction as the journal tells it, gathered from its entries. A value type.
struct TransactionRecord
{
    QString id;
    QString host;
    QString operatorName;
    QDateTime started;
    QDateTime finished; // invalid while the journal has no "apply-finished" for it
    QString outcome;    // outcomeKey(), or empty when the transaction never finished (crash, drop)
    QString error;      // the failure message, if any
    QString rollbackOf; // the transaction this one undid, if it is a rollback
    QJsonObject plan;   // ChangePlan JSON as journaled: file contents replaced by their hashes
    QJsonArray files;   // [{index, path, beforeSha256, afterSha256, beforeAbsent, diff, hostBackup, localBackup}]
    QList<JournalEntry> entries; // every entry of this transaction, in order
    QString recoveredState;      // after "recovered": "2 new, 1 old"
    QString lastPhase;           // "stage of change 2": where an unfinished transaction stopped
    // Commit-confirmed transactions: when the automatic undo fires (UTC; invalid when none was armed), and what became
    // of it as last journaled: HostRevert::stateKey() ("pending", "disarmed", "reverted", "lost" ...).
    QDateTime revertDeadline;
    QString revertState;

    int changeCount() const;
    QStringList changeTitles() const;

    bool isFinished() const { return finished.isValid(); }
    // One line: "Applied 3 changes" / "Interrupted during stage of change 2" / ...
    QString statusLine() const;
};

// Reads transactions out of journal entries.
class TransactionLog
{
public:
    // Newest first. Entries without a "transaction" in their payload are skipped.
    static QList<TransactionRecord> read(const QList<JournalEntry> &entries);
    static std::optional<TransactionRecord> find(const QList<JournalEntry> &entries, const QString &transactionId);
};

} // namespace Bulwark::Apply
