// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/BasicFacts.h"
#include "core/facts/ProbeOutput.h"
#include "tests/common/Golden.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Bulwark::Facts;

namespace {
const QByteArray Boundary = "BULWARK-0123456789abcdef0123456789abcdef";

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/") + name;
}
} // namespace

// Golden files: tests/data/facts/<case>.out is probe output (captured from real hosts or made by hand), and
// <case>.json the expected facts. BULWARK_UPDATE_GOLDEN=1 rewrites the .json files; review them with git diff.
class TestBasicFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void forgedBoundaryCannotEndTheProbe();
    void probeArgvCarriesTheScriptAsOneArgument();
    void windows_data();
    void windows();
    void windowsScanFacts();
};

void TestBasicFacts::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"local-debian12", "lab-debian12", "empty", "truncated", "hostile"})
        if (QFile::exists(dataPath(QString::fromLatin1(name) + QStringLiteral(".out"))))
            QTest::newRow(name) << QString::fromLatin1(name);
}

void TestBasicFacts::golden()
{
    QFETCH(QString, name);
    QFile input(dataPath(name + QStringLiteral(".out")));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray actual = QJsonDocument(BasicFacts::parse(input.readAll(), Boundary).toJson()).toJson();
    const QString failure = Golden::check(dataPath(name + QStringLiteral(".json")), actual);
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        QFAIL("parsed facts differ from the golden file");
    }
}

void TestBasicFacts::forgedBoundaryCannotEndTheProbe()
{
    const QByteArray output = Boundary + " os-release\nID=x\nBULWARK-ffff end\n";
    const BasicFacts facts = BasicFacts::parse(output, Boundary);
    QVERIFY(!facts.complete);
    QCOMPARE(facts.osId, QStringLiteral("x"));
}

void TestBasicFacts::probeArgvCarriesTheScriptAsOneArgument()
{
    const QByteArrayList argv = BasicFacts::probeArgv(Boundary);
    QCOMPARE(argv.size(), 5);
    QCOMPARE(argv.at(0), QByteArray("sh"));
    QCOMPARE(argv.at(1), QByteArray("-c"));
    QVERIFY(argv.at(2).contains("probe-version"));
    QCOMPARE(argv.at(4), Boundary);
}

void TestBasicFacts::windows_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("pretty");
    QTest::addColumn<QString>("release");
    QTest::addColumn<qint64>("uptime");
    QTest::newRow("server 2019") << QByteArray(
                                        R"({"version":1,"caption":"Microsoft Windows Server 2019 Standard",)"
                                        R"("version":"10.0.17763","build":17763,"uptimeSeconds":86400,"ubr":5206,)"
                                        R"("domain":"WORKGROUP","partOfDomain":false,"hostname":"PACS-WIN01",)"
                                        R"("architecture":"AMD64","user":"pacs-win01\\bulwark-admin","end":true})"
                                        "\r\n")
                                 << true << QStringLiteral("Microsoft Windows Server 2019 Standard")
                                 << QStringLiteral("10.0.17763.5206") << qint64(86400);
    QTest::newRow("no ubr, escaped") << QByteArray(R"({"caption":"Microsoft Windows Server 2016 \u00c9dition",)"
                                                   R"("version":"10.0.14393","hostname":"X","end":true})")
                                     << true << QStringLiteral("Microsoft Windows Server 2016 \u00c9dition")
                                     << QStringLiteral("10.0.14393") << qint64(-1);
    QTest::newRow("cut") << QByteArray(R"({"caption":"Microsoft Windows Server 2019 Standard","ver)") << false
                         << QString() << QString() << qint64(-1);
    QTest::newRow("no end") << QByteArray(R"({"caption":"Windows","version":"10.0.1"})") << false
                            << QStringLiteral("Windows") << QStringLiteral("10.0.1") << qint64(-1);
    QTest::newRow("wrong types") << QByteArray(R"({"caption":7,"version":["x"],"uptimeSeconds":"9","end":true})")
                                 << true << QString() << QString() << qint64(-1);
    QTest::newRow("not json") << QByteArray("The term 'Get-CimInstance' is not recognized") << false << QString()
                              << QString() << qint64(-1);
}

void TestBasicFacts::windows()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, complete);
    QFETCH(QString, pretty);
    QFETCH(QString, release);
    QFETCH(qint64, uptime);
    const BasicFacts facts = BasicFacts::parseWindows(output);
    QCOMPARE(facts.complete, complete);
    QCOMPARE(facts.osPrettyName, pretty);
    QCOMPARE(facts.kernelRelease, release);
    QCOMPARE(facts.uptimeSeconds, uptime);
    if (complete)
        QCOMPARE(facts.osId, QStringLiteral("windows"));
    if (QTest::currentDataTag() == QByteArrayView("server 2019")) {
        QCOMPARE(facts.hostname, QStringLiteral("PACS-WIN01"));
        QCOMPARE(facts.remoteUser, QStringLiteral("pacs-win01\\bulwark-admin"));
        QCOMPARE(facts.machine, QStringLiteral("AMD64"));
        QCOMPARE(facts.osVersionId, QStringLiteral("10.0.17763"));
    }
}

void TestBasicFacts::windowsScanFacts()
{
    const QJsonObject tree{
        {QStringLiteral("probe"), QJsonObject{{QStringLiteral("platform"), QStringLiteral("windows")},
                                              {QStringLiteral("complete"), true},
                                              {QStringLiteral("user"), QStringLiteral("PACS01\\bulwark-admin")}}},
        {QStringLiteral("os"), QJsonObject{{QStringLiteral("caption"), QStringLiteral("Microsoft Windows Server 2022")},
                                           {QStringLiteral("version"), QStringLiteral("10.0.20348")},
                                           {QStringLiteral("ubr"), 2227}}},
        {QStringLiteral("host"),
         QJsonObject{{QStringLiteral("hostname"), QStringLiteral("PACS01")}, {QStringLiteral("uptimeSeconds"), 3600}}},
    };
    const BasicFacts facts = BasicFacts::fromWindowsFacts(tree);
    QVERIFY(facts.complete);
    QCOMPARE(facts.osPrettyName, QStringLiteral("Microsoft Windows Server 2022"));
    QCOMPARE(facts.kernelRelease, QStringLiteral("10.0.20348.2227"));
    QCOMPARE(facts.hostname, QStringLiteral("PACS01"));
    QCOMPARE(facts.uptimeSeconds, qint64(3600));
    QCOMPARE(facts.remoteUser, QStringLiteral("PACS01\\bulwark-admin"));
}

QTEST_GUILESS_MAIN(TestBasicFacts)
#include "tst_basicfacts.moc"
