// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/TransactionLog.h"

#include "core/apply/Applier.h"

#include <QCoreApplication>
#include <QHash>

namespace Bulwark::Apply {

namespace {

const char *const context = "Bulwark::Apply::TransactionLog";

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

void add(TransactionRecord &record, const JournalEntry &entry)
{
    const QJsonObject payload = entry.payload();
    record.entries.append(entry);
    const QString kind = entry.kind();
    if (kind == Applier::kindApplyStarted()) {
        record.host = entry.host();
        record.operatorName = entry.operatorName();
        record.started = entry.timestamp();
        record.plan = payload.value(QLatin1String("plan")).toObject();
        record.files = payload.value(QLatin1String("files")).toArray();
        record.rollbackOf = field(payload, "rollbackOf");
    } else if (kind == Applier::kindStepStarted()) {
        const int index = payload.value(QLatin1String("index")).toInt(-1);
        record.lastPhase =
            index < 0
                ? field(payload, "phase")
                : QCoreApplication::translate(context, "%1 of change %2").arg(field(payload, "phase")).arg(index + 1);
    } else if (kind == Applier::kindApplyFinished()) {
        record.finished = entry.timestamp();
        record.outcome = field(payload, "outcome");
        record.error = field(payload, "error");
    } else if (kind == Applier::kindRevertArmed()) {
        record.revertDeadline = QDateTime::fromString(field(payload, "deadline"), Qt::ISODateWithMs);
        record.revertState = QStringLiteral("pending");
    } else if (kind == Applier::kindRevertDisarmed()) {
        if (field(payload, "result") != QLatin1String("error"))
            record.revertState = field(payload, "result");
    } else if (kind == Applier::kindRecovered()) {
        if (payload.contains(QLatin1String("revert")))
            record.revertState = field(payload, "revert");
        int counts[3] = {};
        for (const QJsonValue &value : payload.value(QLatin1String("changes")).toArray()) {
            const QString state = value.toObject().value(QLatin1String("state")).toString();
            ++counts[state == QLatin1String("new") ? 0 : state == QLatin1String("old") ? 1 : 2];
        }
        record.recoveredState = QCoreApplication::translate(context, "%1 new, %2 original, %3 unknown")
                                    .arg(counts[0])
                                    .arg(counts[1])
                                    .arg(counts[2]);
    }
}

} // namespace

int TransactionRecord::changeCount() const
{
    return int(plan.value(QLatin1String("changes")).toArray().size());
}

QStringList TransactionRecord::changeTitles() const
{
    QStringList titles;
    for (const QJsonValue &change : plan.value(QLatin1String("changes")).toArray())
        titles.append(change.toObject().value(QLatin1String("title")).toString());
    return titles;
}

QString TransactionRecord::statusLine() const
{
    const int count = changeCount();
    QString line;
    if (outcome == QLatin1String("applied"))
        line = QCoreApplication::translate(context, "Applied (changes: %1)").arg(count);
    else if (outcome == QLatin1String("rolled-back"))
        line = QCoreApplication::translate(context, "Failed and rolled back");
    else if (outcome == QLatin1String("refused"))
        line = QCoreApplication::translate(context, "Refused; nothing changed");
    else if (outcome == QLatin1String("rollback-failed"))
        line = QCoreApplication::translate(context, "Failed; undoing it failed too");
    else if (outcome == QLatin1String("interrupted"))
        line = QCoreApplication::translate(context, "Interrupted during %1").arg(lastPhase);
    else
        line = QCoreApplication::translate(context, "Unfinished: stopped during %1").arg(lastPhase);
    if (!rollbackOf.isEmpty())
        line = QCoreApplication::translate(context, "Rollback of %1: %2").arg(rollbackOf.left(8), line);
    if (!recoveredState.isEmpty())
        line += QStringLiteral(" · ") + QCoreApplication::translate(context, "host: %1").arg(recoveredState);
    if (revertState == QLatin1String("reverted") || revertState == QLatin1String("reverting"))
        line += QStringLiteral(" · ") + QCoreApplication::translate(context, "the host undid it by itself");
    else if (revertState == QLatin1String("pending") && revertDeadline.isValid())
        line += QStringLiteral(" · ") + QCoreApplication::translate(context, "the host undoes it by itself at %1")
                                            .arg(revertTimeText(revertDeadline));
    else if (revertState == QLatin1String("lost"))
        line += QStringLiteral(" · ") + QCoreApplication::translate(context, "the automatic undo was lost");
    else if (revertState == QLatin1String("disarmed") && outcome == QLatin1String("applied"))
        line += QStringLiteral(" · ") + QCoreApplication::translate(context, "access confirmed by a new login");
    return line;
}

QList<TransactionRecord> TransactionLog::read(const QList<JournalEntry> &entries)
{
    QList<TransactionRecord> records;
    QHash<QString, qsizetype> byId;
    for (const JournalEntry &entry : entries) {
        const QString id = entry.payload().value(QLatin1String("transaction")).toString();
        if (id.isEmpty())
            continue;
        auto it = byId.constFind(id);
        if (it == byId.cend()) {
            TransactionRecord record;
            record.id = id;
            records.append(record);
            it = byId.insert(id, records.size() - 1);
        }
        add(records[*it], entry);
    }
    std::reverse(records.begin(), records.end());
    return records;
}

std::optional<TransactionRecord> TransactionLog::find(const QList<JournalEntry> &entries, const QString &transactionId)
{
    TransactionRecord record;
    record.id = transactionId;
    for (const JournalEntry &entry : entries) {
        if (entry.payload().value(QLatin1String("transaction")).toString() == transactionId)
            add(record, entry);
    }
    if (record.entries.isEmpty())
        return std::nullopt;
    return record;
}

} // namespace Bulwark::Apply
