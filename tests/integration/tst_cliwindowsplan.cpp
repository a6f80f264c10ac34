// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "CliRun.h"
#include "WinRmPeer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The scripted PACS server, tests/winrm/data/scenario-windows-host.json: the probe prints a Windows Server 2019 fact
// tree whose built-in Administrator and services follow the scenario's variables, and the Windows planners' steps
// and checks `set` and print them like Rename-LocalUser, Disable-LocalUser, Set-Service and Stop-Service would.
const QString AdminSid = QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-500");
const QByteArray ScanPassword = "Bulw4rk!scan"; // bulwark-admin, the account Bulwark logs in as

} // namespace

// bulwark-cli on a Windows host over WinRM, end to end: scan a scripted PACS server (the WinRM test peer on
// 127.0.0.1), plan renaming and disabling its built-in Administrator and disabling the Print Spooler (each shown as
// a diff of its state), apply the plans with their checks, see the next scan reflect them, and roll them back. The
// CLI's home is a temporary directory, so its journal and backups are the test's own.
class TestCliWindowsPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void administratorRenamedAndRolledBack();
    void serviceDisabledAndRolledBack();
    void refusals();
    void failedCheckIsRolledBack();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments) const;
    QStringList hostArgs(quint16 port = 0) const;
    // A rule's status ("pass", "fail") in a fresh scan of the host (bulwark-cli scan --json).
    QString scanStatus(const QString &ruleId) const;

    QTemporaryDir m_dir;
    QString m_cli;
    WinRmPeer m_peer;
};

TestCliWindowsPlan::Run TestCliWindowsPlan::cli(const QStringList &arguments) const
{
    return CliRun::run(m_cli, arguments, CliRun::environment(m_dir.filePath(QStringLiteral("home"))), 90000);
}

QStringList TestCliWindowsPlan::hostArgs(quint16 port) const
{
    return {QStringLiteral("--host"),
            QStringLiteral("winrm://bulwark-admin@127.0.0.1:%1").arg(port ? port : m_peer.port()),
            QStringLiteral("--allow-unencrypted"),
            QStringLiteral("--password-file"),
            m_dir.filePath(QStringLiteral("password")),
            QStringLiteral("--journal"),
            m_dir.filePath(QStringLiteral("journal.jsonl")),
            QStringLiteral("--backups"),
            m_dir.filePath(QStringLiteral("backups"))};
}

void TestCliWindowsPlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed for the WinRM test peer");
    QFile password(m_dir.filePath(QStringLiteral("password")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(ScanPassword + '\n');
    password.close();
    QVERIFY(m_peer.start(python, m_dir.path(), QStringLiteral("peer"),
                         WinRmPeer::scenarioPath(QStringLiteral("scenario-windows-host.json"))));
}

void TestCliWindowsPlan::cleanupTestCase()
{
    const QString stopped = m_peer.stop({ScanPassword});
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

// The acceptance: bulwark-cli scans a scripted Windows host and plans an Administrator rename shown as a
// diff; applying it makes the next scan pass the rule, and rolling back brings the account back.
void TestCliWindowsPlan::administratorRenamedAndRolledBack()
{
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-ACC-001")), QStringLiteral("fail")); // still called Administrator

    const QString planFile = m_dir.filePath(QStringLiteral("admin-plan.json"));
    const Run planned =
        cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--rename-admin"),
                        QStringLiteral("pacs-admin"), QStringLiteral("--out"), planFile} +
            hostArgs());
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const QByteArray label = "Built-in Administrator (SID " + AdminSid.toLatin1() + ")";
    const QByteArray diff = "--- " + label + " (now)\n+++ " + label +
                            " (after the change)\n"
                            "@@ -1,2 +1,2 @@\n"
                            "-Name: Administrator\n"
                            "-Enabled: True\n"
                            "+Name: pacs-admin\n"
                            "+Enabled: False\n";
    QVERIFY2(planned.out.contains(diff), planned.out.constData());
    QVERIFY(planned.out.contains("Rename the built-in Administrator to pacs-admin and disable it"));
    QVERIFY(planned.out.contains("Rename-LocalUser -SID $sid -NewName 'pacs-admin'"));
    QVERIFY2(!planned.out.contains("(sudo)"), planned.out.constData());
    const QJsonObject saved = [&] {
        QFile file(planFile);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }();
    const QJsonArray rules =
        saved.value(QStringLiteral("changes")).toArray().at(0).toObject().value(QStringLiteral("rules")).toArray();
    QVERIFY2(rules.contains(QStringLiteral("BW-WIN-ACC-001")), QJsonDocument(rules).toJson().constData());
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-ACC-001")), QStringLiteral("fail")); // planning changed nothing

    const QString reportFile = m_dir.filePath(QStringLiteral("admin-report.json"));
    const Run applied = cli(QStringList{QStringLiteral("apply"), planFile} + hostArgs() +
                            QStringList{QStringLiteral("--yes"), QStringLiteral("--json"), reportFile});
    QVERIFY2(applied.exitCode == 0, QByteArray(applied.err + "\n" + applied.out).constData());
    QVERIFY2(applied.out.contains("Applied and verified every change (1)"), applied.out.constData());
    QVERIFY(m_peer.log().contains(QStringLiteral("answer=windows-admin-rename-disable")));
    QVERIFY(m_peer.log().contains(QStringLiteral("answer=windows-admin-check")));
    QFile reportData(reportFile);
    QVERIFY(reportData.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportData.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
    const QString id = report.value(QStringLiteral("transaction")).toString();
    QCOMPARE(id.size(), 36);

    // A new scan sees the renamed account: the rule passes, and there is nothing left to plan.
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-ACC-001")), QStringLiteral("pass"));
    const Run again = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"),
                                      QStringLiteral("--rename-admin"), QStringLiteral("pacs-admin")} +
                          hostArgs());
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains("already disabled and keeps its name"), again.err.constData());

    // Rolled back: renamed back and enabled, checked by SID.
    const Run undone =
        cli(QStringList{QStringLiteral("rollback"), id.left(8)} + hostArgs() + QStringList{QStringLiteral("--yes")});
    QVERIFY2(undone.exitCode == 0, QByteArray(undone.err + "\n" + undone.out).constData());
    QVERIFY2(undone.out.contains("+Name: Administrator\n+Enabled: True\n"), undone.out.constData());
    QVERIFY(m_peer.log().contains(QStringLiteral("answer=windows-admin-restore-enable")));
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-ACC-001")), QStringLiteral("fail"));
}

void TestCliWindowsPlan::serviceDisabledAndRolledBack()
{
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-SVC-001")), QStringLiteral("fail")); // the spooler runs
    const QString planFile = m_dir.filePath(QStringLiteral("services-plan.json"));
    const Run planned = cli(QStringList{QStringLiteral("plan"), QStringLiteral("services"), QStringLiteral("--disable"),
                                        QStringLiteral("Spooler,RemoteRegistry"), QStringLiteral("--out"), planFile} +
                            hostArgs());
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    QVERIFY2(planned.out.contains("--- Service Spooler (Print Spooler) (now)\n"
                                  "+++ Service Spooler (Print Spooler) (after the change)\n"
                                  "@@ -1,2 +1,2 @@\n"
                                  "-StartType: Automatic\n-Status: Running\n+StartType: Disabled\n+Status: Stopped\n"),
             planned.out.contains("--- Service Spooler") ? planned.out.constData() : planned.err.constData());
    QVERIFY(planned.out.contains("--- Service RemoteRegistry (Remote Registry) (now)\n"));

    const QString reportFile = m_dir.filePath(QStringLiteral("services-report.json"));
    const Run applied = cli(QStringList{QStringLiteral("apply"), planFile} + hostArgs() +
                            QStringList{QStringLiteral("--yes"), QStringLiteral("--json"), reportFile});
    QVERIFY2(applied.exitCode == 0, QByteArray(applied.err + "\n" + applied.out).constData());
    QVERIFY2(applied.out.contains("Applied and verified every change (2)"), applied.out.constData());
    QFile reportData(reportFile);
    QVERIFY(reportData.open(QIODevice::ReadOnly));
    const QString id =
        QJsonDocument::fromJson(reportData.readAll()).object().value(QStringLiteral("transaction")).toString();

    // A new scan sees them disabled and stopped.
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-SVC-001")), QStringLiteral("pass"));
    const Run again = cli(QStringList{QStringLiteral("plan"), QStringLiteral("services"), QStringLiteral("--disable"),
                                      QStringLiteral("Spooler")} +
                          hostArgs());
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains("already disabled and stopped"), again.err.constData());

    const Run undone =
        cli(QStringList{QStringLiteral("rollback"), id.left(8)} + hostArgs() + QStringList{QStringLiteral("--yes")});
    QVERIFY2(undone.exitCode == 0, QByteArray(undone.err + "\n" + undone.out).constData());
    QVERIFY(m_peer.log().contains(QStringLiteral("answer=windows-Spooler-restore-start")));
    QVERIFY(m_peer.log().contains(QStringLiteral("answer=windows-RemoteRegistry-restore-start")));
    QCOMPARE(scanStatus(QStringLiteral("BW-WIN-SVC-001")), QStringLiteral("fail"));
}

void TestCliWindowsPlan::refusals()
{
    // WinRM carries this very connection.
    Run run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("services"), QStringLiteral("--disable"),
                              QStringLiteral("WinRM")} +
                  hostArgs());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Bulwark's own connection"), run.err.constData());
    // Linux options on a Windows host.
    run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--lock"),
                          QStringLiteral("bob")} +
              hostArgs());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--rename-admin"), run.err.constData());
    // An invalid new name, and the name of another account.
    run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--rename-admin"),
                          QStringLiteral("bad/name")} +
              hostArgs());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("not a name Windows accepts"), run.err.constData());
    run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--rename-admin"),
                          QStringLiteral("Bulwark-Admin")} +
              hostArgs());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("already exists"), run.err.constData());
    // Disabling only keeps the name.
    run = cli(QStringList{QStringLiteral("plan"), QStringLiteral("accounts"), QStringLiteral("--disable-admin")} +
              hostArgs());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(" Name: Administrator\n-Enabled: True\n+Enabled: False\n"), run.out.constData());
}

// A host where Stop-Service and Set-Service report success but change nothing: the check after the step fails, and
// the Applier undoes the step with its inverse over WinRM (a rolled-back transaction, exit 1).
void TestCliWindowsPlan::failedCheckIsRolledBack()
{
    QJsonObject scenario = WinRmPeer::readScenario(QStringLiteral("scenario-windows-host.json"));
    QJsonArray answers = scenario.value(QStringLiteral("answers")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QJsonObject answer = answers.at(i).toObject();
        if (answer.value(QStringLiteral("name")).toString() != u"windows-Spooler-disable-stop")
            continue;
        answer.remove(QStringLiteral("set"));
        answers.replace(i, answer);
        found = true;
    }
    QVERIFY(found);
    scenario.insert(QStringLiteral("answers"), answers);
    const QString stubborn = WinRmPeer::writeScenario(scenario, m_dir.path(), QStringLiteral("stubborn"));
    QVERIFY(!stubborn.isEmpty());
    WinRmPeer peer;
    QVERIFY(peer.start(QStandardPaths::findExecutable(QStringLiteral("python3")), m_dir.path(),
                       QStringLiteral("stubborn"), stubborn));

    const QString planFile = m_dir.filePath(QStringLiteral("stubborn-plan.json"));
    const Run planned = cli(QStringList{QStringLiteral("plan"), QStringLiteral("services"), QStringLiteral("--disable"),
                                        QStringLiteral("Spooler"), QStringLiteral("--out"), planFile} +
                            hostArgs(peer.port()));
    QVERIFY2(planned.exitCode == 0, planned.err.constData());
    const QString reportFile = m_dir.filePath(QStringLiteral("stubborn-report.json"));
    const Run applied = cli(QStringList{QStringLiteral("apply"), planFile} + hostArgs(peer.port()) +
                            QStringList{QStringLiteral("--yes"), QStringLiteral("--json"), reportFile});
    QCOMPARE(applied.exitCode, 1);
    QFile reportData(reportFile);
    QVERIFY(reportData.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportData.readAll()).object();
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("rolled-back"));
    QVERIFY2(QJsonDocument(report).toJson().contains("Automatic/Running"), QJsonDocument(report).toJson().constData());
    const QString log = peer.log();
    QVERIFY(log.indexOf(QStringLiteral("answer=windows-Spooler-disable-stop")) <
            log.indexOf(QStringLiteral("answer=windows-Spooler-restore-start")));
    const QString stopped = peer.stop({ScanPassword});
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

QString TestCliWindowsPlan::scanStatus(const QString &ruleId) const
{
    const QString file = m_dir.filePath(QStringLiteral("scan.json"));
    QFile::remove(file);
    const Run run = cli(QStringList{QStringLiteral("scan")} + hostArgs() + QStringList{QStringLiteral("--json"), file});
    QFile data(file);
    if (!data.open(QIODevice::ReadOnly))
        return QStringLiteral("(no scan: exit %1, %2)").arg(run.exitCode).arg(QString::fromUtf8(run.err));
    const QJsonObject record = QJsonDocument::fromJson(data.readAll()).object();
    for (const QJsonValue &finding : record.value(QStringLiteral("findings")).toArray()) {
        if (finding.toObject().value(QStringLiteral("rule")).toString() == ruleId)
            return finding.toObject().value(QStringLiteral("status")).toString();
    }
    return QStringLiteral("(no finding %1)").arg(ruleId);
}

QTEST_GUILESS_MAIN(TestCliWindowsPlan)
#include "tst_cliwindowsplan.moc"
