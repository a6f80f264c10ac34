// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/WinRmTarget.h"

#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Transport;

class TestWinRmTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void fingerprints();
};

void TestWinRmTarget::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("host") << QStringLiteral("win01") << true << QString() << QStringLiteral("win01") << 5986
                          << QStringLiteral("https://win01:5986/wsman");
    QTest::newRow("user host port") << QStringLiteral("Administrator@win01.example.org:15986") << true
                                    << QStringLiteral("Administrator") << QStringLiteral("win01.example.org") << 15986
                                    << QStringLiteral("https://win01.example.org:15986/wsman");
    QTest::newRow("http url") << QStringLiteral("http://admin@127.0.0.1/wsman") << false << QStringLiteral("admin")
                              << QStringLiteral("127.0.0.1") << 5985 << QStringLiteral("http://127.0.0.1:5985/wsman");
    QTest::newRow("ipv6 custom path") << QStringLiteral("https://[fd00::5]:5986/custom") << true << QString()
                                      << QStringLiteral("fd00::5") << 5986
                                      << QStringLiteral("https://[fd00::5]:5986/custom");
}

void TestWinRmTarget::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, https);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, endpoint);
    const auto target = WinRmTarget::parse(spec);
    QVERIFY(target.ok());
    QCOMPARE(target->scheme == WinRmTarget::Scheme::Https, https);
    QCOMPARE(target->user, user);
    QCOMPARE(target->hostName, host);
    QCOMPARE(int(target->effectivePort()), port);
    QCOMPARE(target->endpoint(), endpoint);
}

void TestWinRmTarget::refused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << QString();
    QTest::newRow("password") << QStringLiteral("https://admin:secret@win01/wsman");
    QTest::newRow("scheme") << QStringLiteral("ftp://win01");
    QTest::newRow("query") << QStringLiteral("https://win01/wsman?x=1");
    QTest::newRow("blank") << QStringLiteral("win 01");
    QTest::newRow("port") << QStringLiteral("win01:99999");
}

void TestWinRmTarget::refused()
{
    QFETCH(QString, spec);
    const auto target = WinRmTarget::parse(spec);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code(), Error::Code::InvalidArgument);
    QVERIFY(!target.error().toString().contains(QLatin1String("secret"))); // a password is never echoed
}

void TestWinRmTarget::fingerprints()
{
    const QString hex = QStringLiteral("E3:38:81:1D:0B:1A:92:AE:41:52:4A:4B:F0:C5:95:36:15:73:49:2A:2D:CB:C1:71:38:F0:"
                                       "72:D7:0D:F7:41:83");
    QVERIFY(WinRmTarget::sameFingerprint(QStringLiteral("SHA256:") + hex, hex.toLower()));
    QVERIFY(WinRmTarget::sameFingerprint(QStringLiteral("sha256:") + QString(hex).remove(u':'), hex));
    QVERIFY(!WinRmTarget::sameFingerprint(hex, QString(hex).replace(0, 1, u'F')));
    QVERIFY(!WinRmTarget::sameFingerprint(QString(), QString()));
    QVERIFY(!WinRmTarget::sameFingerprint(QStringLiteral("SHA256:abc"), QStringLiteral("SHA256:abc")));
}

QTEST_GUILESS_MAIN(TestWinRmTarget)
#include "tst_winrmtarget.moc"
