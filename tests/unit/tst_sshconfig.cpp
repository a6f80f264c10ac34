// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Bulwark::Transport;

class TestSshConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void identityFilesAccumulateAndExpand();
    void matchBlocksAreReportedNotApplied();
    void explicitValuesWin();
    void hostPatterns_data();
    void hostPatterns();
    void hostileInputDoesNotCrash();

private:
    SshConfig m_config;
};

void TestSshConfig::initTestCase()
{
    const QString dir = qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/transport");
    QFile file(dir + QStringLiteral("/ssh_config"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_config = SshConfig::parse(file.readAll(), file.fileName(), dir);
}

void TestSshConfig::resolve_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("hostName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("proxyJump");
    QTest::newRow("alias with HostName") << "db1"
                                         << "10.20.30.40"
                                         << "dba" << 2200 << "";
    QTest::newRow("second pattern on Host line") << "db1.example.org"
                                                 << "10.20.30.40"
                                                 << "dba" << 2200 << "";
    QTest::newRow("wildcard with '=' syntax") << "app.lab"
                                              << "app.lab"
                                              << "labadmin" << 22 << "bastion.example.org";
    QTest::newRow("negated pattern falls through") << "bad.lab"
                                                   << "bad.lab"
                                                   << "fallback" << 22 << "";
    QTest::newRow("included file") << "web"
                                   << "web.internal"
                                   << "fallback" << 22 << "";
    QTest::newRow("only the catch-all") << "other"
                                        << "other"
                                        << "fallback" << 22 << "";
}

void TestSshConfig::resolve()
{
    QFETCH(QString, alias);
    QFETCH(QString, hostName);
    QFETCH(QString, user);
    QFETCH(int, port);
    QFETCH(QString, proxyJump);
    SshTarget target;
    target.alias = alias;
    target.hostName = alias;
    const SshTarget resolved = m_config.resolve(target);
    QCOMPARE(resolved.hostName, hostName);
    QCOMPARE(resolved.user, user);
    QCOMPARE(int(resolved.effectivePort()), port);
    QCOMPARE(resolved.proxyJump, proxyJump);
    QCOMPARE(resolved.knownHostsFile, QDir::homePath() + QStringLiteral("/.ssh/known_hosts_bulwark"));
    QCOMPARE(resolved.connectTimeout, std::chrono::seconds(7));
}

void TestSshConfig::identityFilesAccumulateAndExpand()
{
    SshTarget target;
    target.hostName = QStringLiteral("app.lab");
    const SshTarget resolved = m_config.resolve(target);
    QCOMPARE(resolved.identityFiles, (QStringList{QDir::homePath() + QStringLiteral("/.ssh/lab key"),
                                                  QDir::homePath() + QStringLiteral("/.ssh/id_default")}));
    QVERIFY(resolved.useAgent);

    SshTarget web;
    web.hostName = QStringLiteral("web");
    QVERIFY(!m_config.resolve(web).useAgent); // IdentitiesOnly yes
}

void TestSshConfig::matchBlocksAreReportedNotApplied()
{
    SshTarget target;
    target.hostName = QStringLiteral("special");
    QCOMPARE(m_config.resolve(target).user, QStringLiteral("fallback"));
    QCOMPARE(m_config.warnings().size(), 1);
    QVERIFY(m_config.warnings().constFirst().contains(QStringLiteral("Match")));
}

void TestSshConfig::explicitValuesWin()
{
    auto target = SshTarget::parse(QStringLiteral("me@db1:2022"));
    QVERIFY(target.ok());
    const SshTarget resolved = m_config.resolve(*target);
    QCOMPARE(resolved.user, QStringLiteral("me"));
    QCOMPARE(int(resolved.port), 2022);
    QCOMPARE(resolved.hostName, QStringLiteral("10.20.30.40"));
}

void TestSshConfig::hostPatterns_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("patterns");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "a.b"
                           << "a.b" << true;
    QTest::newRow("star") << "a.b"
                          << "*.b" << true;
    QTest::newRow("question") << "ab"
                              << "a?" << true;
    QTest::newRow("question needs a char") << "a"
                                           << "a?" << false;
    QTest::newRow("negation wins") << "x.b"
                                   << "*.b,!x.b" << false;
    QTest::newRow("only negation never matches") << "y.b"
                                                 << "!x.b" << false;
    QTest::newRow("star backtracks") << "aXbXc"
                                     << "a*b*c" << true;
    QTest::newRow("no match") << "a.c"
                              << "*.b" << false;
}

void TestSshConfig::hostPatterns()
{
    QFETCH(QString, host);
    QFETCH(QString, patterns);
    QFETCH(bool, matches);
    QCOMPARE(SshConfig::hostMatches(host, patterns.split(u',')), matches);
}

void TestSshConfig::hostileInputDoesNotCrash()
{
    QByteArray junk;
    for (int i = 0; i < 5000; ++i)
        junk += "Host \"unterminated\n\xff\xfe=\n Include /nonexistent/*\n=\nIdentityFile %\n";
    const SshConfig config = SshConfig::parse(junk);
    SshTarget target;
    target.hostName = QStringLiteral("unterminated");
    QCOMPARE(config.resolve(target).hostName, QStringLiteral("unterminated"));
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
