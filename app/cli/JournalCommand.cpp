// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/JournalCommand.h"

#include "app/cli/CliIo.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Bulwark;
using namespace Bulwark::Apply;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitBad = 1;
constexpr int ExitUsage = 2;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QJsonObject recordJson(const TransactionRecord &record, bool full)
{
    QJsonObject object{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("host"), record.host},
        {QStringLiteral("operator"), record.operatorName},
        {QStringLiteral("started"), record.started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"),
         record.isFinished() ? record.finished.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("outcome"), record.outcome},
        {QStringLiteral("status"), record.statusLine()},
        {QStringLiteral("rollbackOf"), record.rollbackOf},
        {QStringLiteral("error"), record.error},
    };
    if (full) {
        object.insert(QStringLiteral("plan"), record.plan);
        object.insert(QStringLiteral("files"), record.files);
        QJsonArray entries;
        for (const JournalEntry &entry : record.entries)
            entries.append(entry.toJson());
        object.insert(QStringLiteral("entries"), entries);
    }
    return object;
}

void printError(const Error &error)
{
    CliIo::printErr(QStringLiteral("bulwark-cli: ") + error.message());
    if (!error.detail().isEmpty())
        CliIo::printErr(QStringLiteral("  ") + error.detail());
}

} // namespace

int JournalCommand::run(const QString &action, const QString &transaction, const QString &journalPath,
                        const QString &jsonPath)
{
    const Journal journal(journalPath.isEmpty() ? Journal::defaultPath() : journalPath);
    if (action == u"list")
        return list(journal, jsonPath);
    if (action == u"show")
        return show(journal, transaction, jsonPath);
    if (action == u"verify")
        return verify(journal, jsonPath);
    CliIo::printErr(tr("unknown journal command \"%1\"; use journal list, show TRANSACTION or verify").arg(action));
    return ExitUsage;
}

Result<TransactionRecord> JournalCommand::findTransaction(const Journal &journal, const QString &idOrPrefix)
{
    auto entries = journal.entries();
    if (!entries)
        return entries.error();
    if (idOrPrefix.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("No transaction id given."));
    std::optional<TransactionRecord> found;
    for (const TransactionRecord &record : TransactionLog::read(*entries)) {
        if (record.id == idOrPrefix)
            return record;
        if (!record.id.startsWith(idOrPrefix))
            continue;
        if (found)
            return Error(Error::Code::InvalidArgument,
                         tr("Several transactions start with %1; give more of the id.").arg(idOrPrefix));
        found = record;
    }
    if (!found)
        return Error(Error::Code::InvalidArgument,
                     tr("The journal %1 has no transaction %2.").arg(journal.path(), idOrPrefix));
    return *found;
}

int JournalCommand::list(const Journal &journal, const QString &jsonPath)
{
    auto entries = journal.entries();
    if (!entries) {
        printError(entries.error());
        return ExitBad;
    }
    const QList<TransactionRecord> records = TransactionLog::read(*entries);
    if (!jsonPath.isEmpty()) {
        QJsonArray array;
        for (const TransactionRecord &record : records)
            array.append(recordJson(record, false));
        if (!CliIo::writeOutput(jsonPath, QJsonDocument(array).toJson(QJsonDocument::Indented)))
            return ExitBad;
        if (jsonPath == u"-")
            return ExitOk;
    }
    if (records.isEmpty()) {
        CliIo::print(tr("The journal %1 has no transactions.\n").arg(journal.path()));
        return ExitOk;
    }
    QString out;
    for (const TransactionRecord &record : records)
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(localTime(record.started), record.host, record.operatorName, record.id.left(8),
                        record.statusLine());
    CliIo::print(out);
    return ExitOk;
}

int JournalCommand::show(const Journal &journal, const QString &transaction, const QString &jsonPath)
{
    const auto record = findTransaction(journal, transaction);
    if (!record) {
        printError(record.error());
        return ExitUsage;
    }
    if (!jsonPath.isEmpty()) {
        if (!CliIo::writeOutput(jsonPath, QJsonDocument(recordJson(*record, true)).toJson(QJsonDocument::Indented)))
            return ExitBad;
        if (jsonPath == u"-")
            return ExitOk;
    }
    QString out = tr("Transaction %1\n").arg(record->id);
    out += tr("  host:     %1\n").arg(record->host);
    out += tr("  operator: %1\n").arg(record->operatorName);
    out += tr("  started:  %1\n").arg(localTime(record->started));
    out += tr("  finished: %1\n").arg(localTime(record->finished));
    out += tr("  status:   %1\n").arg(record->statusLine());
    if (!record->error.isEmpty())
        out += tr("  error:    %1\n").arg(record->error);

    out += tr("\nPlan (changes: %1):\n").arg(record->changeCount());
    const QStringList titles = record->changeTitles();
    for (qsizetype i = 0; i < titles.size(); ++i)
        out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(titles.at(i));

    for (const QJsonValue &value : record->files) {
        const QJsonObject file = value.toObject();
        out += tr("\nChange %1: %2\n")
                   .arg(file.value(QStringLiteral("index")).toInt() + 1)
                   .arg(file.value(QStringLiteral("path")).toString());
        const QString diff = file.value(QStringLiteral("diff")).toString();
        out += diff.isEmpty() ? tr("  (no difference recorded)\n") : diff;
        if (!diff.isEmpty() && !diff.endsWith(u'\n'))
            out += u'\n';
    }

    out += tr("\nJournal entries:\n");
    for (const JournalEntry &entry : record->entries) {
        const QJsonObject payload = entry.payload();
        QString phase = payload.value(QStringLiteral("phase")).toString();
        const int index = payload.value(QStringLiteral("index")).toInt(-1);
        if (!phase.isEmpty() && index >= 0)
            phase = tr("%1 of change %2").arg(phase).arg(index + 1);
        else if (index >= 0)
            phase = tr("change %1").arg(index + 1);
        else if (phase.isEmpty() && payload.contains(QStringLiteral("outcome")))
            phase = payload.value(QStringLiteral("outcome")).toString();
        out += QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(entry.sequence(), 5)
                   .arg(localTime(entry.timestamp()), entry.kind(), phase);
    }
    CliIo::print(out);
    return ExitOk;
}

int JournalCommand::verify(const Journal &journal, const QString &jsonPath)
{
    const auto verified = journal.verify();
    const auto entries = verified ? journal.entries() : Result<QList<JournalEntry>>(verified.error());
    QJsonObject json{{QStringLiteral("journal"), journal.path()}, {QStringLiteral("intact"), bool(entries)}};
    int code = ExitOk;
    if (entries) {
        const QString last = entries->isEmpty() ? JournalEntry::genesisHash() : entries->constLast().hash();
        json.insert(QStringLiteral("entries"), int(entries->size()));
        json.insert(QStringLiteral("lastHash"), last);
        if (jsonPath != u"-")
            CliIo::print(tr("Journal intact: %1 entries; last hash %2\n").arg(entries->size()).arg(last));
    } else {
        json.insert(QStringLiteral("error"), entries.error().toString());
        printError(entries.error());
        code = ExitBad;
    }
    if (!jsonPath.isEmpty() && !CliIo::writeOutput(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented)))
        return ExitBad;
    return code;
}
