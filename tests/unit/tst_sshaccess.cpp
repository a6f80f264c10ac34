// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/SshAccess.h"

#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Plan;

// The SSH lock-out pre-flight over `sshd -T -C ...` output: would the operator's own login still work?
class TestSshAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data();
    void patterns();
    void logins_data();
    void logins();
    void parseEffectiveJoinsRepeats();
};

void TestSshAccess::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "alice"
                           << "alice" << true;
    QTest::newRow("star") << "alice"
                          << "a*" << true;
    QTest::newRow("star middle") << "admin-db1"
                                 << "admin-*1" << true;
    QTest::newRow("question") << "bob"
                              << "b?b" << true;
    QTest::newRow("case") << "Alice"
                          << "alice" << false;
    QTest::newRow("no match") << "carol"
                              << "a*" << false;
    QTest::newRow("all") << "x"
                         << "*" << true;
    QTest::newRow("backtrack") << "aXbXc"
                               << "a*b*c" << true;
    QTest::newRow("address") << "10.0.2.2"
                             << "10.0.*" << true;
}

void TestSshAccess::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(SshAccess::matchesPattern(text, pattern), matches);
}

void TestSshAccess::logins_data()
{
    QTest::addColumn<QByteArray>("sshdT");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("byKey");
    QTest::addColumn<bool>("allowed");
    const QByteArray base = "pubkeyauthentication yes\npasswordauthentication yes\nkbdinteractiveauthentication no\n"
                            "permitrootlogin prohibit-password\nauthenticationmethods any\n";
    QTest::newRow("defaults, key") << base << "labadmin" << true << true;
    QTest::newRow("passwords off, key user")
        << QByteArray(base + "passwordauthentication no\n").replace("passwordauthentication yes\n", "") << "labadmin"
        << true << true;
    QTest::newRow("passwords off, password user")
        << QByteArray(base).replace("passwordauthentication yes", "passwordauthentication no") << "auditor" << false
        << false;
    QTest::newRow("keys off, key user") << QByteArray(base).replace("pubkeyauthentication yes",
                                                                    "pubkeyauthentication no")
                                        << "labadmin" << true << false;
    QTest::newRow("in AllowUsers") << QByteArray(base + "allowusers labadmin\nallowusers auditor\n") << "labadmin"
                                   << true << true;
    QTest::newRow("not in AllowUsers") << QByteArray(base + "allowusers auditor\n") << "labadmin" << true << false;
    QTest::newRow("AllowUsers pattern with host")
        << QByteArray(base + "allowusers lab*@10.0.2.*\n") << "labadmin" << true << true;
    QTest::newRow("AllowUsers other host")
        << QByteArray(base + "allowusers labadmin@192.168.*\n") << "labadmin" << true << false;
    QTest::newRow("DenyUsers wins") << QByteArray(base + "denyusers labadmin\nallowusers labadmin\n") << "labadmin"
                                    << true << false;
    QTest::newRow("AllowGroups has sudo")
        << QByteArray(base + "allowgroups sudo ssh-users\n") << "labadmin" << true << true;
    QTest::newRow("AllowGroups without own group")
        << QByteArray(base + "allowgroups ssh-users\n") << "labadmin" << true << false;
    QTest::newRow("DenyGroups") << QByteArray(base + "denygroups sudo\n") << "labadmin" << true << false;
    QTest::newRow("root with key, prohibit-password") << base << "root" << true << true;
    QTest::newRow("root with password, prohibit-password") << base << "root" << false << false;
    QTest::newRow("root, no") << QByteArray(base).replace("permitrootlogin prohibit-password", "permitrootlogin no")
                              << "root" << true << false;
    QTest::newRow("two factors required")
        << QByteArray(base).replace("authenticationmethods any", "authenticationmethods publickey,password")
        << "labadmin" << true << false;
    QTest::newRow("key alone is one alternative")
        << QByteArray(base).replace("authenticationmethods any", "authenticationmethods publickey,password publickey")
        << "labadmin" << true << true;
    QTest::newRow("negated entry is not judged")
        << QByteArray(base + "allowusers !bob\n") << "labadmin" << true << false;
}

void TestSshAccess::logins()
{
    QFETCH(QByteArray, sshdT);
    QFETCH(QString, user);
    QFETCH(bool, byKey);
    QFETCH(bool, allowed);
    SshLogin login;
    login.user = user;
    login.groups = user == u"root" ? QStringList{QStringLiteral("root")} : QStringList{user, QStringLiteral("sudo")};
    login.clientAddress = QStringLiteral("10.0.2.2");
    login.method = byKey ? SshLogin::Method::PublicKey : SshLogin::Method::Password;
    const auto result = SshAccess::check(SshAccess::parseEffective(sshdT), login);
    QVERIFY2(result.ok() == allowed, qPrintable(result.error().message()));
    if (!allowed)
        QVERIFY(!result.error().message().isEmpty());
}

void TestSshAccess::parseEffectiveJoinsRepeats()
{
    const auto effective = SshAccess::parseEffective("Port 22\nallowusers a\nallowusers b\nBanner none\n");
    QCOMPARE(effective.value(QStringLiteral("port")), QStringLiteral("22"));
    QCOMPARE(effective.value(QStringLiteral("allowusers")), QStringLiteral("a,b"));
    QCOMPARE(effective.value(QStringLiteral("banner")), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestSshAccess)
#include "tst_sshaccess.moc"
