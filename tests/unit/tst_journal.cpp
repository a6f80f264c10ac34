// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Journal.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark::Apply;

// Concurrent appends are out of scope: the journal is written from the GUI/CLI thread only.
class TestJournal : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> readLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }

    static void writeLines(const QString &path, const QList<QByteArray> &lines, bool finalNewline = true)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray bytes = lines.join('\n');
        if (finalNewline)
            bytes += '\n';
        file.write(bytes);
    }

    static QJsonObject payload(int step)
    {
        return QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("result"), QStringLiteral("ok")}};
    }

    // A journal of three entries at `path`.
    static void makeThree(const QString &path)
    {
        Journal journal(path);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(journal.append(JournalEntry::kindStepApplied(), QStringLiteral("web01"), payload(i)).ok());
    }

    static void expectFailureAtLine(const QString &path, int line)
    {
        const auto verified = Journal(path).verify();
        QVERIFY(!verified.ok());
        const QString message = verified.error().message();
        QVERIFY2(message.contains(QStringLiteral("line %1:").arg(line)), qPrintable(message));
    }

private Q_SLOTS:
    void appendAndVerify()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/journal.jsonl"));
        Journal journal(path);
        QVERIFY(journal.verify().ok()); // missing file: empty journal
        auto first = journal.append(JournalEntry::kindPlanPreviewed(), QStringLiteral("web01"), payload(1));
        QVERIFY(first.ok());
        QCOMPARE(first->sequence(), 1);
        QCOMPARE(first->previousHash(), JournalEntry::genesisHash());
        QCOMPARE(first->hash().size(), 64);
        QVERIFY(first->hashMatches());
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!first->operatorName().isEmpty());
        QCOMPARE(first->timestamp().timeSpec(), Qt::UTC);
        auto second = journal.append(JournalEntry::kindStepApplied(), QStringLiteral("web01"), payload(2));
        QVERIFY(second.ok());
        auto third = journal.append(JournalEntry::kindStepVerified(), QStringLiteral("db02"), payload(3));
        QVERIFY(third.ok());
        QCOMPARE(second->previousHash(), first->hash());
        QCOMPARE(third->previousHash(), second->hash());
        QCOMPARE(third->sequence(), 3);
        const auto verified = journal.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
        QCOMPARE(readLines(path).size(), 3);

        // Reload from disk through a fresh object.
        auto loaded = Journal(path).entries();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 3);
        QCOMPARE(loaded->at(0), *first);
        QCOMPARE(loaded->at(1), *second);
        QCOMPARE(loaded->at(2), *third);
        QCOMPARE(loaded->at(2).host(), QStringLiteral("db02"));
        QCOMPARE(loaded->at(2).kind(), JournalEntry::kindStepVerified());
    }

    void entryJsonRoundTrip()
    {
        const JournalEntry entry =
            JournalEntry::create(7, QDateTime::currentDateTimeUtc(), QStringLiteral("alice"), QStringLiteral("web01"),
                                 JournalEntry::kindRolledBack(), payload(7), JournalEntry::genesisHash());
        auto parsed = JournalEntry::fromJsonLine(entry.toJsonLine());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, entry);
        QVERIFY(parsed->hashMatches());
        QVERIFY(!JournalEntry::fromJsonLine("{\"seq\":1}").ok());
        QVERIFY(!JournalEntry::fromJsonLine("not json").ok());
    }

    void editedPayloadIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        QVERIFY(lines[1].contains("\"result\":\"ok\""));
        lines[1].replace("\"result\":\"ok\"", "\"result\":\"no\"");
        writeLines(path, lines);
        expectFailureAtLine(path, 2);
    }

    void editedPayloadWithRecomputedHashBreaksTheChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        const JournalEntry original = *JournalEntry::fromJsonLine(lines[0]);
        const JournalEntry forged =
            JournalEntry::create(original.sequence(), original.timestamp(), original.operatorName(), original.host(),
                                 original.kind(), payload(99), original.previousHash());
        lines[0] = forged.toJsonLine();
        writeLines(path, lines);
        expectFailureAtLine(path, 2);
    }

    void deletedLineIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        lines.removeAt(1);
        writeLines(path, lines);
        expectFailureAtLine(path, 2);
    }

    void swappedLinesAreDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        lines.swapItemsAt(1, 2);
        writeLines(path, lines);
        expectFailureAtLine(path, 2);
    }

    void changedHashIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        const QByteArray hash = JournalEntry::fromJsonLine(lines[0])->hash().toLatin1();
        QByteArray changed = hash;
        changed[0] = changed[0] == 'a' ? 'b' : 'a';
        lines[0].replace(hash, changed);
        writeLines(path, lines);
        expectFailureAtLine(path, 1);
    }

    void truncatedLastLineIsReportedAndBlocksAppend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        lines[2].chop(lines[2].size() / 2);
        writeLines(path, lines, false);
        expectFailureAtLine(path, 3);
        QVERIFY(Journal(path).verify().error().message().contains(QStringLiteral("incomplete")));
        QVERIFY(!Journal(path).entries().ok());

        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        auto appended = Journal(path).append(JournalEntry::kindStepFailed(), QStringLiteral("web01"), payload(4));
        QVERIFY(!appended.ok());
        QVERIFY2(appended.error().message().contains(QStringLiteral("line 3:")),
                 qPrintable(appended.error().message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before); // nothing written
    }

    void completeButMissingNewlineIsTruncated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        writeLines(path, readLines(path), false); // the crash came just before the final '\n'
        expectFailureAtLine(path, 3);
        QVERIFY(!Journal(path).append(JournalEntry::kindStepApplied(), QStringLiteral("web01"), payload(4)).ok());
    }

    void damagedLastLineBlocksAppend()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        makeThree(path);
        QList<QByteArray> lines = readLines(path);
        lines[2] = "garbage";
        writeLines(path, lines);
        expectFailureAtLine(path, 3);
        QVERIFY(!Journal(path).append(JournalEntry::kindStepApplied(), QStringLiteral("web01"), payload(4)).ok());
    }

    void nonAsciiAndLargePayloadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal(path);
        const QString text = QStringLiteral("Größe ✓ 日本語 \"quoted\"\nnew line \U0001F512");
        QString large;
        large.reserve(1024 * 1024);
        while (large.size() < 1024 * 1024)
            large += QStringLiteral("line of a diff: +PermitRootLogin no\n");
        large.truncate(1024 * 1024);
        const QJsonObject body{{QStringLiteral("text"), text}, {QStringLiteral("diff"), large}};
        auto first = journal.append(JournalEntry::kindStepApplied(), QStringLiteral("wébserver ü"), body);
        QVERIFY(first.ok());
        auto second = journal.append(JournalEntry::kindStepVerified(), QStringLiteral("db"), payload(2));
        QVERIFY(second.ok());
        QCOMPARE(second->previousHash(), first->hash());
        QCOMPARE(readLines(path).size(), 2);

        const auto verified = journal.verify();
        QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
        auto loaded = journal.entries();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).payload().value(QStringLiteral("text")).toString(), text);
        QCOMPARE(loaded->at(0).payload().value(QStringLiteral("diff")).toString(), large);
        QCOMPARE(loaded->at(0).host(), QStringLiteral("wébserver ü"));
        QCOMPARE(loaded->at(0), *first);
    }

    void defaultPathIsJsonl() { QVERIFY(Journal::defaultPath().endsWith(QStringLiteral("/journal.jsonl"))); }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
