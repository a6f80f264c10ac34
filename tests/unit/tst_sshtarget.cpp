// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshTarget.h"

#include <QTest>

using namespace Bulwark::Transport;

class TestSshTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << "db1" << true << ""
                              << "db1" << 0;
        QTest::newRow("user@host") << "admin@db1.example.org" << true << "admin"
                                   << "db1.example.org" << 0;
        QTest::newRow("port") << "admin@127.0.0.1:2222" << true << "admin"
                              << "127.0.0.1" << 2222;
        QTest::newRow("v6") << "root@[::1]:22" << true << "root"
                            << "::1" << 22;
        QTest::newRow("spaces trimmed") << "  a@b  " << true << "a"
                                        << "b" << 0;
        QTest::newRow("port zero") << "a@b:0" << false << ""
                                   << "" << 0;
        QTest::newRow("port too big") << "a@b:70000" << false << ""
                                      << "" << 0;
        QTest::newRow("shell chars") << "a@b;rm -rf /" << false << ""
                                     << "" << 0;
        QTest::newRow("option injection") << "-oProxyCommand=x" << false << ""
                                          << "" << 0;
        QTest::newRow("leading dash") << "-oFoo" << false << ""
                                      << "" << 0;
        QTest::newRow("empty") << "" << false << ""
                               << "" << 0;
    }
    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const auto target = SshTarget::parse(spec);
        QCOMPARE(target.ok(), valid);
        if (!valid) {
            QVERIFY(!target.error().message().isEmpty());
            return;
        }
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QCOMPARE(target->user, user);
        QCOMPARE(target->hostName, host);
        QCOMPARE(int(target->port), port);
    }
    void displayName()
    {
        auto target = SshTarget::parse(QStringLiteral("ops@[fe80::1]:2200"));
        QVERIFY(target.ok());
        QCOMPARE(target->displayName(), QStringLiteral("ops@[fe80::1]:2200"));
    }
};

QTEST_GUILESS_MAIN(TestSshTarget)
#include "tst_sshtarget.moc"
