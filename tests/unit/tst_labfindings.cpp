// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/LinuxFacts.h"
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalog.h"
#include "tests/lab/LabExpectations.h"

#include <QFile>
#include <QTest>

using namespace Bulwark;
using Rules::Finding;

// The shipped rule catalog against a recorded probe of the lab VM (tests/data/facts/linux/lab-debian12.out): the
// planted weaknesses fail and the healthy parts pass, without booting the VM. tst_labvm repeats this live.
class TestLabFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile capture(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux/lab-debian12.out"));
        QVERIFY(capture.open(QIODevice::ReadOnly));
        const QJsonObject facts =
            Facts::LinuxFacts::parse(capture.readAll(), "BULWARK-0123456789abcdef0123456789abcdef");
        auto catalog = Rules::RuleCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
        for (const Finding &finding : Rules::Evaluator::evaluate(facts, catalog->rules(Rules::Platform::Linux)))
            m_status.insert(finding.ruleId(), finding.status());
    }

    void plantedWeaknessesFail_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &rule : LabExpectations::plantedWeaknesses)
            QTest::newRow(qPrintable(rule)) << rule;
    }
    void plantedWeaknessesFail()
    {
        QFETCH(QString, rule);
        QVERIFY2(m_status.contains(rule), "rule missing from the catalog");
        QCOMPARE(Finding::statusKey(m_status.value(rule)), QStringLiteral("fail"));
    }

    void cleanPartsPass_data()
    {
        QTest::addColumn<QString>("rule");
        for (const QString &rule : LabExpectations::cleanParts)
            QTest::newRow(qPrintable(rule)) << rule;
    }
    void cleanPartsPass()
    {
        QFETCH(QString, rule);
        QVERIFY2(m_status.contains(rule), "rule missing from the catalog");
        QCOMPARE(Finding::statusKey(m_status.value(rule)), QStringLiteral("pass"));
    }

private:
    QHash<QString, Finding::Status> m_status;
};

QTEST_GUILESS_MAIN(TestLabFindings)
#include "tst_labfindings.moc"
