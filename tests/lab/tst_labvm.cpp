// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/BasicFacts.h"
#include "core/plan/ChangePlan.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/Scanner.h"
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"
#include "tests/lab/LabExpectations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Transport;

// The whole path against the Debian 12 lab VM (QEMU, booted by the `lab` fixture): host key trust, key and
// password logins, sudo both ways, the first facts, and the planted weaknesses later issues must find.
class TestLabVm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownKeyThenTrust();
    void basicFacts();
    void sudoWithoutPassword();
    void sudoWithPassword();
    void rootPasswordLogin();
    void plantedWeaknesses_data();
    void plantedWeaknesses();
    void cliFacts();
    void scanFindsPlantedWeaknesses();
    void cliScanExitCodeAndReports();
    void cliPlanServicesChangesNothing();

private:
    std::unique_ptr<SshSession> openSession(const QString &user, const SshCredentials &credentials = {});
    QString run(SshSession &session, const QStringList &argv, bool elevate = false);

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
};

void TestLabVm::initTestCase()
{
    m_env = LabEnv::load();
    QVERIFY2(m_env.isValid(), "lab.env missing: the lab fixture did not start the VM");
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

std::unique_ptr<SshSession> TestLabVm::openSession(const QString &user, const SshCredentials &credentials)
{
    SshTarget target = m_env.target(user, m_knownHosts);
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    auto session = std::make_unique<SshSession>(target, credentials);
    const auto opened = session->open({});
    if (!opened)
        qWarning().noquote() << opened.error().toString();
    return opened ? std::move(session) : nullptr;
}

QString TestLabVm::run(SshSession &session, const QStringList &argv, bool elevate)
{
    RemoteCommand command = RemoteCommand::fromArgs(argv);
    command.elevate = elevate;
    const auto result = session.run(command, {});
    if (!result) {
        qWarning().noquote() << result.error().toString();
        return QStringLiteral("<error>");
    }
    return QString::fromUtf8(result->stdOut).trimmed();
}

void TestLabVm::unknownKeyThenTrust()
{
    QTemporaryDir dir;
    SshTarget target = m_env.target(QStringLiteral("labadmin"), dir.filePath(QStringLiteral("kh")));
    SshSession first(target, {});
    const auto refused = first.open({});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::HostKeyUnknown);
    QCOMPARE(refused.error().detail(), m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR")));

    target.acceptFingerprint = refused.error().detail();
    SshSession trusted(target, {});
    QVERIFY(trusted.open({}).ok());
    target.acceptFingerprint.clear();
    SshSession again(target, {});
    QVERIFY2(again.open({}).ok(), "the accepted key was not remembered");
}

void TestLabVm::basicFacts()
{
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    const auto facts = Facts::BasicFacts::probe(*session, {});
    QVERIFY2(facts.ok(), qPrintable(facts ? QString() : facts.error().toString()));
    QCOMPARE(facts->osId, QStringLiteral("debian"));
    QCOMPARE(facts->osVersionId, QStringLiteral("12"));
    QCOMPARE(facts->hostname, QStringLiteral("bulwark-lab"));
    QCOMPARE(facts->kernelName, QStringLiteral("Linux"));
    QCOMPARE(facts->remoteUser, QStringLiteral("labadmin"));
    QVERIFY(facts->uptimeSeconds >= 0);
}

void TestLabVm::sudoWithoutPassword()
{
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    QCOMPARE(run(*session, {QStringLiteral("id"), QStringLiteral("-u")}, true), QStringLiteral("0"));
}

void TestLabVm::sudoWithPassword()
{
    SshCredentials credentials;
    credentials.sudoPassword = m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")).toUtf8();
    auto session = openSession(m_env.value(QStringLiteral("LAB_SUDO_USER")), credentials);
    QVERIFY(session);
    QCOMPARE(run(*session, {QStringLiteral("id"), QStringLiteral("-u")}, true), QStringLiteral("0"));

    RemoteCommand cat = RemoteCommand::fromArgs({QStringLiteral("cat")});
    cat.elevate = true;
    cat.stdinData = QByteArray("after the password\n\0binary", 26);
    const auto echoed = session->run(cat, {});
    QVERIFY(echoed.ok());
    QCOMPARE(echoed->stdOut, cat.stdinData);

    SshCredentials wrong;
    wrong.sudoPassword = "not-the-password";
    auto wrongSession = openSession(m_env.value(QStringLiteral("LAB_SUDO_USER")), wrong);
    QVERIFY(wrongSession);
    RemoteCommand id = RemoteCommand::fromArgs({QStringLiteral("id")});
    id.elevate = true;
    const auto refused = wrongSession->run(id, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::SudoWrongPassword);
}

void TestLabVm::rootPasswordLogin()
{
    SshCredentials credentials;
    credentials.password = m_env.value(QStringLiteral("LAB_ROOT_PASSWORD")).toUtf8();
    SshTarget target = m_env.target(QStringLiteral("root"), m_knownHosts);
    target.identityFiles = {QStringLiteral("/nonexistent")};
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    SshSession session(target, credentials);
    const auto opened = session.open({});
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(session.authMethod(), QStringLiteral("password"));
}

void TestLabVm::plantedWeaknesses_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("avahi enabled") << QStringList{QStringLiteral("systemctl"), QStringLiteral("is-enabled"),
                                                  QStringLiteral("avahi-daemon")}
                                   << QStringLiteral("enabled");
    QTest::newRow("cups enabled") << QStringList{QStringLiteral("systemctl"), QStringLiteral("is-enabled"),
                                                 QStringLiteral("cups")}
                                  << QStringLiteral("enabled");
    QTest::newRow("root login") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("sshd -T | grep -i '^permitrootlogin '")}
                                << QStringLiteral("permitrootlogin yes");
    QTest::newRow("password auth") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("sshd -T | grep -i '^passwordauthentication '")}
                                   << QStringLiteral("passwordauthentication yes");
    QTest::newRow("NOPASSWD ALL") << QStringList{QStringLiteral("grep"), QStringLiteral("-rh"),
                                                 QStringLiteral("NOPASSWD: *ALL"), QStringLiteral("/etc/sudoers.d")}
                                  << QStringLiteral("labadmin ALL=(ALL) NOPASSWD: ALL");
    QTest::newRow("old TLS") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("grep -rhoE 'TLSv1 ' /etc/nginx | head -n1")}
                             << QStringLiteral("TLSv1");
    QTest::newRow("blank spare disk") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                     QStringLiteral(
                                                         "test -b /dev/vdb && ! blkid /dev/vdb && echo blank")}
                                      << QStringLiteral("blank");
    QTest::newRow("no firewall") << QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                QStringLiteral("nft list ruleset | wc -l")}
                                 << QStringLiteral("0");
}

void TestLabVm::plantedWeaknesses()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, expected);
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    QCOMPARE(run(*session, argv, true), expected);
}

void TestLabVm::cliFacts()
{
    const QString json = m_dir.filePath(QStringLiteral("facts.json"));
    QProcess cli;
    cli.start(qEnvironmentVariable("BULWARK_CLI"),
              {QStringLiteral("facts"), QStringLiteral("--host"),
               QStringLiteral("labadmin@127.0.0.1:%1").arg(m_env.sshPort()), QStringLiteral("--identity"),
               m_env.value(QStringLiteral("LAB_KEY")), QStringLiteral("--known-hosts"), m_knownHosts,
               QStringLiteral("--accept-host-key"), m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR")),
               QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("--no-agent"), QStringLiteral("--batch"),
               QStringLiteral("--json"), json});
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("facts")).toObject().value(QStringLiteral("hostname")).toString(),
             QStringLiteral("bulwark-lab"));
    QCOMPARE(root.value(QStringLiteral("hostKey")).toObject().value(QStringLiteral("fingerprint")).toString(),
             m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR")));
}

void TestLabVm::scanFindsPlantedWeaknesses()
{
    auto catalog = Rules::RuleCatalog::loadBuiltIn();
    QVERIFY(catalog.ok());
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    const int before = session->commandCount();
    Scan::Scanner::Options options;
    options.hostName = QStringLiteral("lab");
    const auto record = Scan::Scanner::run(*session, *catalog, options, {});
    QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().toString()));
    QCOMPARE(session->commandCount() - before, 1); // one remote command after authentication
    QCOMPARE(record->remoteCommands, 1);
    QVERIFY(record->facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("complete")).toBool());

    QHash<QString, QString> status;
    for (const Rules::Finding &finding : record->findings)
        status.insert(finding.ruleId(), Rules::Finding::statusKey(finding.status()));
    for (const QString &rule : LabExpectations::plantedWeaknesses)
        QVERIFY2(status.value(rule) == u"fail", qPrintable(rule + u' ' + status.value(rule)));
    for (const QString &rule : LabExpectations::cleanParts)
        QVERIFY2(status.value(rule) == u"pass", qPrintable(rule + u' ' + status.value(rule)));
    QVERIFY(record->score().value().has_value());
}

void TestLabVm::cliScanExitCodeAndReports()
{
    const QString json = m_dir.filePath(QStringLiteral("scan.json"));
    const QString html = m_dir.filePath(QStringLiteral("scan.html"));
    QProcess cli;
    cli.start(qEnvironmentVariable("BULWARK_CLI"),
              {QStringLiteral("scan"), QStringLiteral("--host"),
               QStringLiteral("labadmin@127.0.0.1:%1").arg(m_env.sshPort()), QStringLiteral("--identity"),
               m_env.value(QStringLiteral("LAB_KEY")), QStringLiteral("--known-hosts"), m_knownHosts,
               QStringLiteral("--accept-host-key"), m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR")),
               QStringLiteral("-F"), QStringLiteral("none"), QStringLiteral("--no-agent"), QStringLiteral("--batch"),
               QStringLiteral("--json"), json, QStringLiteral("--html"), html});
    QVERIFY(cli.waitForFinished(300000));
    QCOMPARE(cli.exitCode(), 1); // the lab has failing checks by design
    const QByteArray summary = cli.readAllStandardOutput();
    QVERIFY2(summary.contains("FAIL BW-LNX-SVC-001"), summary.constData());
    QFile report(html);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("BW-LNX-ACS-020"));
    QFile scan(json);
    QVERIFY(scan.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(scan.readAll()).object().value(QStringLiteral("remoteCommands")).toInt(), 1);
}

void TestLabVm::cliPlanServicesChangesNothing()
{
    const QString planFile = m_dir.filePath(QStringLiteral("plan.json"));
    const QStringList common{QStringLiteral("--host"),
                             QStringLiteral("labadmin@127.0.0.1:%1").arg(m_env.sshPort()),
                             QStringLiteral("--identity"),
                             m_env.value(QStringLiteral("LAB_KEY")),
                             QStringLiteral("--known-hosts"),
                             m_knownHosts,
                             QStringLiteral("--accept-host-key"),
                             m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR")),
                             QStringLiteral("-F"),
                             QStringLiteral("none"),
                             QStringLiteral("--no-agent"),
                             QStringLiteral("--batch")};
    QProcess cli;
    cli.start(qEnvironmentVariable("BULWARK_CLI"),
              QStringList{QStringLiteral("plan"), QStringLiteral("services")} + common +
                  QStringList{QStringLiteral("--disable"), QStringLiteral("avahi-daemon,cups"),
                              QStringLiteral("--diff"), QStringLiteral("--out"), planFile});
    QVERIFY(cli.waitForFinished(300000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QByteArray shown = cli.readAllStandardOutput();
    QVERIFY2(shown.contains("systemctl disable --now -- avahi-daemon.socket"), shown.constData());
    QVERIFY(shown.contains("cups.service: enabled+running -> disabled+stopped"));
    QFile file(planFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto plan = Plan::ChangePlan::fromJsonBytes(file.readAll());
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->changes().size(), 5); // avahi socket + service; cups socket + path + service

    // Planning is read-only: the services are still on.
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("avahi-daemon")}),
             QStringLiteral("enabled"));

    // The session's own path is refused.
    QProcess refused;
    refused.start(qEnvironmentVariable("BULWARK_CLI"),
                  QStringList{QStringLiteral("plan"), QStringLiteral("services")} + common +
                      QStringList{QStringLiteral("--disable"), QStringLiteral("ssh")});
    QVERIFY(refused.waitForFinished(300000));
    QCOMPARE(refused.exitCode(), 255);
    QVERIFY(refused.readAllStandardError().contains("would cut the connection"));
}

QTEST_GUILESS_MAIN(TestLabVm)
#include "tst_labvm.moc"
