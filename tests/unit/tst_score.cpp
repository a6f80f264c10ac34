// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalog.h"
#include "core/rules/Score.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Bulwark::Rules;
using Status = Finding::Status;

namespace {

Finding finding(Status status, Severity severity, Area area = Area::Services)
{
    static int counter = 0;
    return Finding(QStringLiteral("BW-LNX-TST-%1").arg(++counter, 3, 10, QLatin1Char('0')), status, severity, area);
}

} // namespace

class TestScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weights();
    void percent_data();
    void percent();
    void formula();
    void notApplicableAndUnknownAreExcludedAndCounted();
    void perArea();
    void nothingEvaluatedIsNull();
    void onlyInfoRulesIsNull();
    void extremes();
    void labVmScore();
};

void TestScore::weights()
{
    QCOMPARE(severityWeight(Severity::Critical), 10);
    QCOMPARE(severityWeight(Severity::High), 5);
    QCOMPARE(severityWeight(Severity::Medium), 3);
    QCOMPARE(severityWeight(Severity::Low), 1);
    QCOMPARE(severityWeight(Severity::Info), 0);
}

void TestScore::percent_data()
{
    QTest::addColumn<int>("pass");
    QTest::addColumn<int>("fail");
    QTest::addColumn<int>("expected"); // -1: null
    QTest::newRow("all pass") << 10 << 0 << 100;
    QTest::newRow("all fail") << 0 << 7 << 0;
    QTest::newRow("half") << 1 << 1 << 50;
    QTest::newRow("12.5 rounds up") << 1 << 7 << 13;
    QTest::newRow("33.3 rounds down") << 1 << 2 << 33;
    QTest::newRow("66.7 rounds up") << 2 << 1 << 67;
    QTest::newRow("99.5 rounds up") << 199 << 1 << 100;
    QTest::newRow("0.4 rounds down") << 1 << 249 << 0;
    QTest::newRow("0.5 rounds up") << 1 << 199 << 1;
    QTest::newRow("nothing") << 0 << 0 << -1;
    QTest::newRow("large") << 1000000 << 1000000 << 50;
}

void TestScore::percent()
{
    QFETCH(int, pass);
    QFETCH(int, fail);
    QFETCH(int, expected);
    const std::optional<int> score = Score::percent(pass, fail);
    if (expected < 0)
        QVERIFY(!score.has_value());
    else
        QCOMPARE(score, std::optional<int>(expected));
}

void TestScore::formula()
{
    // P = 10 (critical) + 3 (medium) + 0 (info) = 13, F = 5 (high) + 1 (low) = 6: round(100 * 13 / 19) = round(68.4)
    const Score score = Score::compute({
        finding(Status::Pass, Severity::Critical),
        finding(Status::Fail, Severity::High),
        finding(Status::Pass, Severity::Medium),
        finding(Status::Fail, Severity::Low),
        finding(Status::Pass, Severity::Info),
    });
    QCOMPARE(score.total().passWeight, 13);
    QCOMPARE(score.total().failWeight, 6);
    QCOMPARE(score.total().passed, 3);
    QCOMPARE(score.total().failed, 2);
    QCOMPARE(score.value(), std::optional<int>(68));
}

void TestScore::notApplicableAndUnknownAreExcludedAndCounted()
{
    const QList<Finding> base{finding(Status::Pass, Severity::High), finding(Status::Fail, Severity::Medium)};
    QList<Finding> more = base;
    more.append(finding(Status::NotApplicable, Severity::Critical));
    more.append(finding(Status::Unknown, Severity::Critical));
    more.append(finding(Status::Unknown, Severity::Low));
    const Score plain = Score::compute(base);
    const Score withExtras = Score::compute(more);
    QCOMPARE(withExtras.value(), plain.value());
    QCOMPARE(withExtras.value(), std::optional<int>(63)); // 5 / (5 + 3) = 62.5 -> 63
    QCOMPARE(withExtras.total().notApplicable, 1);
    QCOMPARE(withExtras.total().unknown, 2);
    QCOMPARE(withExtras.total().evaluated(), 2);
    QCOMPARE(withExtras.total().total(), 5);
}

void TestScore::perArea()
{
    const Score score = Score::compute({
        finding(Status::Pass, Severity::High, Area::Access),
        finding(Status::Fail, Severity::Critical, Area::Access),
        finding(Status::Pass, Severity::Low, Area::Web),
        finding(Status::Unknown, Severity::High, Area::Logging),
    });
    QCOMPARE(score.areas(), (QList<Area>{Area::Access, Area::Logging, Area::Web}));
    QCOMPARE(score.areaValue(Area::Access), std::optional<int>(33)); // 5 / 15
    QCOMPARE(score.areaValue(Area::Web), std::optional<int>(100));
    QVERIFY(!score.areaValue(Area::Logging).has_value()); // only unknown: could not be checked
    QCOMPARE(score.area(Area::Logging).unknown, 1);
    QVERIFY(!score.areaValue(Area::Malware).has_value()); // no rules at all
    QCOMPARE(score.area(Area::Malware).total(), 0);
    QCOMPARE(score.value(), std::optional<int>(38)); // 6 / 16 = 37.5 -> 38
}

void TestScore::nothingEvaluatedIsNull()
{
    QVERIFY(!Score::compute({}).value().has_value());
    const Score onlyExcluded =
        Score::compute({finding(Status::NotApplicable, Severity::High), finding(Status::Unknown, Severity::Critical)});
    QVERIFY(!onlyExcluded.value().has_value());
    QCOMPARE(onlyExcluded.total().notApplicable, 1);
    QCOMPARE(onlyExcluded.total().unknown, 1);
}

void TestScore::onlyInfoRulesIsNull()
{
    const Score score = Score::compute({finding(Status::Pass, Severity::Info), finding(Status::Fail, Severity::Info)});
    QVERIFY(!score.value().has_value());
    QCOMPARE(score.total().passed, 1);
    QCOMPARE(score.total().failed, 1);
}

void TestScore::extremes()
{
    QCOMPARE(Score::compute({finding(Status::Pass, Severity::Low)}).value(), std::optional<int>(100));
    QCOMPARE(Score::compute({finding(Status::Fail, Severity::Critical), finding(Status::Pass, Severity::Info)}).value(),
             std::optional<int>(0));
}

void TestScore::labVmScore()
{
    const Bulwark::Result<RuleCatalog> catalog = RuleCatalog::loadBuiltIn();
    QVERIFY(catalog.ok());
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/rules/lab-debian12.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject lab = QJsonDocument::fromJson(file.readAll()).object();
    const Score score = Score::compute(Evaluator::evaluate(lab, catalog->rules(Platform::Linux)));
    QVERIFY(score.value().has_value());
    QVERIFY(*score.value() > 0 && *score.value() < 60); // a deliberately weak host
    QCOMPARE(score.total().total(), catalog->rules(Platform::Linux).size());
    QVERIFY(score.total().unknown > 0);       // the lab cannot report pending updates offline
    QVERIFY(score.total().notApplicable > 0); // no Apache, no auditd, no ClamAV
    // Every area has a sub-score on the lab.
    for (Area area : allAreas())
        QVERIFY2(score.areaValue(area).has_value(), qPrintable(areaKey(area)));
}

QTEST_GUILESS_MAIN(TestScore)
#include "tst_score.moc"
