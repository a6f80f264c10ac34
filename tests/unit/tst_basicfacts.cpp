// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/BasicFacts.h"
#include "core/facts/ProbeOutput.h"
#include "tests/common/Golden.h"

#include <QFile>
#include <QJsonDocument>
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

QTEST_GUILESS_MAIN(TestBasicFacts)
#include "tst_basicfacts.moc"
