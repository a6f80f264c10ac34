// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/report/HtmlReport.h"
#include "core/scan/ScanHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Scan;
using Rules::Finding;

namespace {

ScanRecord makeRecord(const QDateTime &when, Finding::Status sshStatus)
{
    ScanRecord record;
    record.hostName = QStringLiteral("lab <script>alert(1)</script>");
    record.target = QStringLiteral("labadmin@127.0.0.1:2222");
    record.startedAt = when;
    record.finishedAt = when.addSecs(20);
    record.remoteCommands = 1;
    record.elevated = true;
    record.catalogId = QStringLiteral("2-abc");
    record.rulesTotal = 3;
    record.facts = QJsonObject{
        {QStringLiteral("os"), QJsonObject{{QStringLiteral("prettyName"), QStringLiteral("Debian <b>12</b>")}}}};
    record.findings = {
        Finding(QStringLiteral("BW-LNX-ACS-001"), sshStatus, Rules::Severity::Critical, Rules::Area::Access,
                {QStringLiteral("permitrootlogin yes <img src=x>")}),
        Finding(QStringLiteral("BW-LNX-SVC-001"), Finding::Status::Pass, Rules::Severity::Medium,
                Rules::Area::Services),
        Finding(QStringLiteral("BW-LNX-LOG-004"), Finding::Status::Unknown, Rules::Severity::Medium,
                Rules::Area::Logging, {QStringLiteral("audit.auditdInstalled")}),
    };
    return record;
}

} // namespace

class TestScanHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordRoundTrip()
    {
        const ScanRecord record =
            makeRecord(QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC), Finding::Status::Fail);
        auto back = ScanRecord::fromJson(record.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), record.toJson());
        QCOMPARE(back->findings.size(), 3);
        QCOMPARE(back->score().value(), std::optional<int>(23)); // 3 / (3 + 10), unknown excluded
    }

    void historyKeepsOrderAndSummaries()
    {
        QTemporaryDir dir;
        ScanHistory history(dir.path());
        const QUuid host = QUuid::createUuid();
        const QDateTime first(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        QVERIFY(history.append(host, makeRecord(first.addDays(1), Finding::Status::Pass)).ok());
        QVERIFY(history.append(host, makeRecord(first, Finding::Status::Fail)).ok());
        const auto summaries = history.list(host);
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).startedAt, first);
        QCOMPARE(summaries.at(0).score, std::optional<int>(23));
        QCOMPARE(summaries.at(0).failedCritical, 1);
        QCOMPARE(summaries.at(1).score, std::optional<int>(100));
        auto latest = history.latest(host);
        QVERIFY(latest.ok());
        QCOMPARE(latest->startedAt, first.addDays(1));
        QVERIFY(history.list(QUuid::createUuid()).isEmpty());
        QVERIFY(!history.load(host, QStringLiteral("../../etc/passwd")).ok());
        history.forget(host);
        QVERIFY(history.list(host).isEmpty());
    }

    void htmlReportEscapesHostText()
    {
        const ScanRecord record = makeRecord(QDateTime::currentDateTimeUtc(), Finding::Status::Fail);
        const QByteArray html = Report::HtmlReport::render(record, Rules::RuleCatalog());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<b>12</b>"));
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(html.contains("BW-LNX-ACS-001"));
    }
};

QTEST_GUILESS_MAIN(TestScanHistory)
#include "tst_scanhistory.moc"
