// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "ui/Format.h"

#include <QTest>

using namespace Bulwark::Ui;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(-1) << QString();
        QTest::newRow("zero") << qint64(0) << QStringLiteral("less than a minute");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("less than a minute");
        QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 minute");
        QTest::newRow("45 min") << qint64(45 * 60 + 59) << QStringLiteral("45 minutes");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 hour");
        QTest::newRow("1 h 1 min") << qint64(3660) << QStringLiteral("1 hour, 1 minute");
        QTest::newRow("3 h 5 min") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3 hours, 5 minutes");
        QTest::newRow("1 day") << qint64(86400 + 59 * 60) << QStringLiteral("1 day");
        QTest::newRow("12 days 4 h") << qint64(12 * 86400 + 4 * 3600 + 17 * 60) << QStringLiteral("12 days, 4 hours");
        QTest::newRow("400 days") << qint64(400) * 86400 << QStringLiteral("400 days");
    }
    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(Format::duration(seconds), text);
    }

    void keyTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("file");
        QTest::newRow("ed25519") << "ssh-ed25519"
                                 << "ED25519"
                                 << "/etc/ssh/ssh_host_ed25519_key.pub";
        QTest::newRow("ecdsa") << "ecdsa-sha2-nistp256"
                               << "ECDSA"
                               << "/etc/ssh/ssh_host_ecdsa_key.pub";
        QTest::newRow("rsa") << "ssh-rsa"
                             << "RSA"
                             << "/etc/ssh/ssh_host_rsa_key.pub";
        QTest::newRow("rsa-sha2") << "rsa-sha2-512"
                                  << "RSA"
                                  << "/etc/ssh/ssh_host_rsa_key.pub";
        QTest::newRow("unknown") << "sk-ssh-ed25519@openssh.com"
                                 << "sk-ssh-ed25519@openssh.com"
                                 << "/etc/ssh/ssh_host_*_key.pub";
        QTest::newRow("empty") << ""
                               << ""
                               << "/etc/ssh/ssh_host_*_key.pub";
    }
    void keyTypes()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QString, file);
        QCOMPARE(Format::keyTypeName(type), name);
        QCOMPARE(Format::serverKeyFile(type), file);
    }
};

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
