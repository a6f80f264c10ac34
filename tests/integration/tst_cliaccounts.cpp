// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ChangePlan.h"
#include "tests/integration/CliRun.h"
#include "tests/integration/SshdFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;

// bulwark-cli plan accounts against a real sshd (SshdFixture): the account data read through the real sudo, the
// lock-out refusal, and the plan's undo checks run on the host. Bulwark logs in as bwnopass (key, sudo without a
// password) and plans for bwtest. Applying is not tested here: the fixture bind-mounts /etc/passwd and /etc/shadow
// as single files, which usermod cannot replace (it renames a new file over them). The binary comes from
// $BULWARK_CLI (set by CTest).
class TestCliAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void ownAccountIsRefused();
    void planChangesNothingAndUndoChecksHold();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments) const;
    QStringList connectArgs() const;
    QByteArray etc(const char *name) const;
    QByteArray line(const char *file, const QByteArray &user) const;

    SshdFixture m_sshd;
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    QString m_cli;
};

void TestCliAccounts::initTestCase()
{
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    const QString unsupported = SshdFixture::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    QVERIFY(m_home.isValid() && m_work.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestCliAccounts::cleanupTestCase()
{
    m_sshd.stop();
}

TestCliAccounts::Run TestCliAccounts::cli(const QStringList &arguments) const
{
    return CliRun::run(m_cli, arguments, CliRun::sshEnvironment(m_home.path()), 120000);
}

QStringList TestCliAccounts::connectArgs() const
{
    return {QStringLiteral("--host"),
            QStringLiteral("%1@%2:%3")
                .arg(QString::fromLatin1(SshdFixture::NopassUser), SshdFixture::host())
                .arg(m_sshd.port()),
            QStringLiteral("-i"),
            m_sshd.clientKey(),
            QStringLiteral("--known-hosts"),
            m_sshd.knownHostsFile(),
            QStringLiteral("-F"),
            QStringLiteral("none"),
            QStringLiteral("--no-agent"),
            QStringLiteral("--batch"),
            QStringLiteral("--journal"),
            m_work.path() + QStringLiteral("/journal.jsonl"),
            QStringLiteral("--backups"),
            m_work.path() + QStringLiteral("/backups")};
}

QByteArray TestCliAccounts::etc(const char *name) const
{
    QFile file(m_sshd.dir() + QStringLiteral("/etc/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TestCliAccounts::line(const char *file, const QByteArray &user) const
{
    for (const QByteArray &entry : etc(file).split('\n')) {
        if (entry.startsWith(QByteArray(user + ':')))
            return entry;
    }
    return {};
}

void TestCliAccounts::ownAccountIsRefused()
{
    const QByteArray before = etc("shadow");
    const Run refused = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--lock"),
                                        QString::fromLatin1(SshdFixture::NopassUser)} +
                            connectArgs());
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("Bulwark logs in as bwnopass"), refused.err.constData());
    QCOMPARE(etc("shadow"), before);
}

void TestCliAccounts::planChangesNothingAndUndoChecksHold()
{
    const QByteArray passwd = etc("passwd");
    const QByteArray shadow = etc("shadow");
    const QByteArray user = QByteArray(SshdFixture::User);
    QVERIFY2(line("passwd", user).endsWith(":/bin/sh"), line("passwd", user).constData());

    const QString planFile = m_work.path() + QStringLiteral("/accounts.json");
    const Run planned = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--lock"),
                                        QString::fromLatin1(user), QStringLiteral("--nologin"),
                                        QString::fromLatin1(user), QStringLiteral("-o"), planFile} +
                            connectArgs());
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    QVERIFY2(planned.out.contains("usermod -L -- bwtest"), planned.out.constData());
    QVERIFY(planned.out.contains("bwtest: password usable -> password locked"));
    QVERIFY(planned.out.contains("usermod -U -- bwtest"));
    QVERIFY(planned.out.contains("bwtest uses sudo with its password"));
    QVERIFY(!planned.out.contains("$6$"));
    // Planning changed nothing.
    QCOMPARE(etc("passwd"), passwd);
    QCOMPARE(etc("shadow"), shadow);
    QFile file(planFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto plan = Plan::ChangePlan::fromJsonBytes(file.readAll());
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().size(), 2);

    // The undo steps' checks describe the host as it is now, read through the real sudo, and print no hash.
    for (const Plan::Change &change : plan->changes()) {
        for (const Plan::CommandStep &undo : change.command()->inverse()) {
            for (const Plan::CommandCheck &check : undo.verify()) {
                const Run read = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                                     QStringList{QStringLiteral("--sudo"), QStringLiteral("--")} + check.argv());
                QVERIFY2(read.exitCode == 0, read.err.constData());
                QVERIFY2(check.matches(read.exitCode, read.out), read.out.constData());
                QVERIFY(!read.out.contains('$'));
            }
        }
    }
    QCOMPARE(etc("shadow"), shadow);
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
