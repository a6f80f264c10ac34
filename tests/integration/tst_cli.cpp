// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "tests/integration/CliRun.h"
#include "tests/integration/SshdFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

// bulwark-cli end to end against a real OpenSSH sshd on 127.0.0.1 (see SshdFixture): output, exit codes, sudo,
// facts as JSON and host key trust in batch mode. The binary comes from $BULWARK_CLI (set by CTest).
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void execPrintsOutput();
    void exitStatusPropagates();
    void argvArrivesUnchanged();
    void sudoWithPasswordOnStdin();
    void sudoWrongPassword();
    void factsAsJson();
    void unknownHostKeyInBatchMode();
    void acceptHostKey();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments, const QByteArray &input = {}) const;
    QStringList connectArgs(const QString &knownHosts = {}) const;

    QString m_cli;
    QTemporaryDir m_home;
    SshdFixture m_sshd;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    const QString unsupported = SshdFixture::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    QVERIFY(m_home.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestCli::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "sshd log (last lines):\n"
                             << QString::fromLocal8Bit(m_sshd.log().right(4000).replace('\r', QByteArray()));
}

void TestCli::cleanupTestCase()
{
    m_sshd.stop();
}

TestCli::Run TestCli::cli(const QStringList &arguments, const QByteArray &input) const
{
    return CliRun::run(m_cli, arguments, CliRun::sshEnvironment(m_home.path()), 60000, input);
}

QStringList TestCli::connectArgs(const QString &knownHosts) const
{
    return {
        QStringLiteral("--host"),
        QStringLiteral("%1@%2:%3").arg(QString::fromLatin1(SshdFixture::User), SshdFixture::host()).arg(m_sshd.port()),
        QStringLiteral("-i"),
        m_sshd.clientKey(),
        QStringLiteral("--known-hosts"),
        knownHosts.isEmpty() ? m_sshd.knownHostsFile() : knownHosts,
        QStringLiteral("-F"),
        QStringLiteral("none"),
        QStringLiteral("--no-agent"),
        QStringLiteral("--batch")};
}

void TestCli::execPrintsOutput()
{
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                        QStringList{QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("hi")});
    QCOMPARE(run.out, QByteArray("hi"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
}

void TestCli::exitStatusPropagates()
{
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                        QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo out; echo err >&2; exit 7")});
    QCOMPARE(run.out, QByteArray("out\n"));
    QCOMPARE(run.err, QByteArray("err\n"));
    QCOMPARE(run.exitCode, 7);
}

void TestCli::argvArrivesUnchanged()
{
    const QStringList hostile{QStringLiteral("two words"),    QStringLiteral("it's"),    QStringLiteral("$(id)"),
                              QStringLiteral("`id`"),         QStringLiteral("a;b|c&d"), QStringLiteral("--"),
                              QStringLiteral("\u00e9t\u00e9")};
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                        QStringList{QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("[%s]")} + hostile);
    QCOMPARE(run.exitCode, 0);
    QByteArray expected;
    for (const QString &argument : hostile)
        expected += '[' + argument.toUtf8() + ']';
    QCOMPARE(run.out, expected);
}

void TestCli::sudoWithPasswordOnStdin()
{
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                            QStringList{QStringLiteral("--sudo"), QStringLiteral("--password-stdin"),
                                        QStringLiteral("--"), QStringLiteral("id"), QStringLiteral("-u")},
                        SshdFixture::password() + '\n');
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.out, QByteArray("0\n"));
    QCOMPARE(run.exitCode, 0);
}

void TestCli::sudoWrongPassword()
{
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                            QStringList{QStringLiteral("--sudo"), QStringLiteral("--password-stdin"),
                                        QStringLiteral("--"), QStringLiteral("id"), QStringLiteral("-u")},
                        "not the password\n");
    QCOMPARE(run.exitCode, 255);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("sudo rejected the password"), run.err.constData());
    QVERIFY(!run.err.contains("not the password"));
}

void TestCli::factsAsJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString json = dir.path() + QStringLiteral("/facts.json");
    const Run run =
        cli(QStringList{QStringLiteral("facts")} + connectArgs() + QStringList{QStringLiteral("--json"), json});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject facts = root.value(QStringLiteral("facts")).toObject();
    // The namespace shares the host's UTS namespace, so the remote hostname is this machine's.
    QCOMPARE(facts.value(QStringLiteral("hostname")).toString(), QSysInfo::machineHostName());
    QCOMPARE(facts.value(QStringLiteral("remoteUser")).toString(), QString::fromLatin1(SshdFixture::User));
    QCOMPARE(facts.value(QStringLiteral("kernelName")).toString(), QStringLiteral("Linux"));
    QVERIFY(!facts.value(QStringLiteral("kernelRelease")).toString().isEmpty());
    QCOMPARE(facts.value(QStringLiteral("complete")).toBool(), true);
    QCOMPARE(root.value(QStringLiteral("hostKey")).toObject().value(QStringLiteral("fingerprint")).toString(),
             m_sshd.hostKeyFingerprint());
    QVERIFY(root.value(QStringLiteral("authMethod")).toString().startsWith(u"publickey"));
}

void TestCli::unknownHostKeyInBatchMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString knownHosts = dir.path() + QStringLiteral("/known_hosts");
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs(knownHosts) +
                        QStringList{QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("hi")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(m_sshd.hostKeyFingerprint().toLatin1()), run.err.constData());
    QVERIFY(!QFile::exists(knownHosts));
}

void TestCli::acceptHostKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString knownHosts = dir.path() + QStringLiteral("/known_hosts");
    const QStringList command{QStringLiteral("--"), QStringLiteral("printf"), QStringLiteral("hi")};

    const Run wrong =
        cli(QStringList{QStringLiteral("exec")} + connectArgs(knownHosts) +
            QStringList{QStringLiteral("--accept-host-key"), QStringLiteral("SHA256:") + QString(43, u'A')} + command);
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(!QFile::exists(knownHosts));

    const Run accepted = cli(QStringList{QStringLiteral("exec")} + connectArgs(knownHosts) +
                             QStringList{QStringLiteral("--accept-host-key"), m_sshd.hostKeyFingerprint()} + command);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QCOMPARE(accepted.out, QByteArray("hi"));
    QVERIFY(QFile::exists(knownHosts));

    const Run known = cli(QStringList{QStringLiteral("exec")} + connectArgs(knownHosts) + command);
    QVERIFY2(known.exitCode == 0, known.err.constData());
    QCOMPARE(known.out, QByteArray("hi"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
