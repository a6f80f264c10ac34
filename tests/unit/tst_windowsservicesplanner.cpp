// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Applier.h"
#include "core/plan/PlanPolicy.h"
#include "core/rules/Evaluator.h"
#include "core/transport/WinRmSession.h"
#include "core/windows/WindowsRuleIds.h"
#include "core/windows/WindowsServicesPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Windows;

namespace {

// A small Windows fact tree following resources/rules/FACTS-windows.md.
QJsonObject facts()
{
    return QJsonDocument::fromJson(R"json({
      "probe": {"version": 1, "platform": "windows", "complete": true, "elevated": true,
                "user": "PACS01\\pacs-ops", "userSid": "S-1-5-21-1004336348-1177238915-682003330-1001", "errors": []},
      "os": {"family": "windows", "productType": "server", "build": 17763},
      "host": {"hostname": "PACS01", "domain": "WORKGROUP", "partOfDomain": false},
      "services": [
        {"name": "Spooler", "displayName": "Print Spooler", "startMode": "Automatic", "delayedAutoStart": false,
         "state": "Running", "account": "LocalSystem", "path": "C:\\Windows\\System32\\spoolsv.exe", "on": true},
        {"name": "RemoteRegistry", "displayName": "Remote Registry", "startMode": "Automatic",
         "delayedAutoStart": true, "state": "Stopped", "account": "NT AUTHORITY\\LocalService",
         "path": "C:\\Windows\\system32\\svchost.exe -k localService -p", "on": true},
        {"name": "Fax", "displayName": "Fax", "startMode": "Manual", "delayedAutoStart": false, "state": "Running",
         "account": "NT AUTHORITY\\NetworkService", "path": "C:\\Windows\\system32\\fxssvc.exe", "on": true,
         "dependents": ["FaxHelper"]},
        {"name": "FaxHelper", "displayName": "Fax helper", "startMode": "Manual", "state": "Running", "on": true},
        {"name": "SNMPTRAP", "displayName": "SNMP Trap", "startMode": "Disabled", "state": "Stopped", "on": false},
        {"name": "OddOne", "displayName": "Odd", "startMode": "Disabled", "state": "Running", "on": true},
        {"name": "WinRM", "displayName": "Windows Remote Management (WS-Management)", "startMode": "Automatic",
         "state": "Running", "on": true},
        {"name": "TermService", "displayName": "Remote Desktop Services", "startMode": "Manual", "state": "Running",
         "on": true},
        {"name": "EventLog", "displayName": "Windows Event Log", "startMode": "Automatic", "state": "Running",
         "on": true},
        {"name": "disk", "displayName": "Disk Driver", "startMode": "Boot", "state": "Running", "on": true}
      ],
      "listening": [{"proto": "tcp", "address": "0.0.0.0", "port": 9100, "process": "spoolsv", "public": true}]
    })json")
        .object();
}

Plan::CommandStep onlyStep(const Plan::ChangePlan &plan, int index = 0)
{
    return *plan.changes().at(index).command();
}

QString script(const QStringList &argv)
{
    return argv.value(4);
}

} // namespace

class TestWindowsServicesPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disablesAndStops();
    void restoresDelayedStart();
    void keepsRunningWithoutStopNow();
    void runningDisabledService();
    void refuses_data();
    void refuses();
    void dependentsWarning();
    void valuesAreLiterals();
    void ruleIdsFromTheCatalog();
    void recommendations();
    void planPassesThePolicyAndTheTransport();
    void applierPlatformCheck();
};

void TestWindowsServicesPlanner::disablesAndStops()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("spooler")}; // Windows names are case-insensitive
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->hostDisplayName(), QStringLiteral("PACS01"));
    QCOMPARE(plan->changes().size(), 1);
    QCOMPARE(plan->changes().at(0).title(), QStringLiteral("Stop and disable Print Spooler"));
    const Plan::CommandStep step = onlyStep(*plan);
    QCOMPARE(step.argv().mid(0, 4), (QStringList{QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"),
                                                 QStringLiteral("-NonInteractive"), QStringLiteral("-Command")}));
    QVERIFY(!step.elevate());
    QVERIFY(!step.accessAffecting());
    const QString text = script(step.argv());
    QVERIFY2(text.startsWith(QLatin1String("# bulwark-step: disable-service\n$ErrorActionPreference = 'Stop'\n")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("$name = 'Spooler'\n"))); // the host's spelling
    QVERIFY(text.contains(QLatin1String("Set-Service -Name $name -StartupType Disabled\n")));
    QVERIFY(text.contains(QLatin1String("Stop-Service -Name $name -Force\n")));
    QCOMPARE(step.stateLabel(), QStringLiteral("Service Spooler (Print Spooler)"));
    QCOMPARE(step.stateBefore(), QStringLiteral("StartType: Automatic\nStatus: Running"));
    QCOMPARE(step.stateAfter(), QStringLiteral("StartType: Disabled\nStatus: Stopped"));
    QCOMPARE(step.verify().size(), 1);
    QCOMPARE(step.verify().at(0).expectedStdout(), QStringList{QStringLiteral("Disabled/Stopped")});
    QVERIFY(script(step.verify().at(0).argv()).contains(QLatin1String("Get-Service -Name 'Spooler'")));

    QCOMPARE(step.inverse().size(), std::size_t(1));
    const Plan::CommandStep undo = step.inverse().front();
    const QString undoText = script(undo.argv());
    QVERIFY(undoText.contains(QLatin1String("& sc.exe config $name start= auto | Out-Null\n")));
    QVERIFY(undoText.contains(QLatin1String("Start-Service -Name $name\n")));
    QCOMPARE(undo.verify().at(0).expectedStdout(), QStringList{QStringLiteral("Automatic/Running")});
    QCOMPARE(undo.stateBefore(), step.stateAfter());
    QCOMPARE(undo.stateAfter(), step.stateBefore());
    QVERIFY(plan->warnings().join(u'\n').contains(QLatin1String("depends on it")));
}

void TestWindowsServicesPlanner::restoresDelayedStart()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("RemoteRegistry")};
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const Plan::CommandStep step = onlyStep(*plan);
    QCOMPARE(step.stateBefore(), QStringLiteral("StartType: Automatic (delayed start)\nStatus: Stopped"));
    QCOMPARE(step.stateAfter(), QStringLiteral("StartType: Disabled\nStatus: Stopped"));
    QVERIFY(!script(step.argv()).contains(QLatin1String("Stop-Service"))); // not running
    const Plan::CommandStep undo = step.inverse().front();
    QVERIFY(script(undo.argv()).contains(QLatin1String("start= delayed-auto")));
    QVERIFY(!script(undo.argv()).contains(QLatin1String("Start-Service")));
    QCOMPARE(undo.verify().at(0).expectedStdout(), QStringList{QStringLiteral("Automatic (delayed start)/Stopped")});
    QVERIFY(plan->warnings().isEmpty());
}

void TestWindowsServicesPlanner::keepsRunningWithoutStopNow()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("Fax")};
    choice.stopNow = false;
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const Plan::CommandStep step = onlyStep(*plan);
    QCOMPARE(plan->changes().at(0).title(), QStringLiteral("Disable Fax"));
    QVERIFY(!script(step.argv()).contains(QLatin1String("Stop-Service")));
    QCOMPARE(step.stateAfter(), QStringLiteral("StartType: Disabled\nStatus: Running"));
    QVERIFY(step.verify().at(0).expectedStdout().contains(QStringLiteral("Disabled/Running")));
    const Plan::CommandStep undo = step.inverse().front();
    QVERIFY(script(undo.argv()).contains(QLatin1String("Set-Service -Name $name -StartupType Manual\n")));
    QVERIFY(!script(undo.argv()).contains(QLatin1String("Start-Service")));
    QVERIFY(plan->warnings().isEmpty());
}

void TestWindowsServicesPlanner::runningDisabledService()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("OddOne")};
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const Plan::CommandStep step = onlyStep(*plan);
    QVERIFY(!script(step.argv()).contains(QLatin1String("Set-Service")));
    QVERIFY(script(step.argv()).contains(QLatin1String("Stop-Service")));
    // Windows starts no disabled service: the undo goes through Manual and back.
    const QString undo = script(step.inverse().front().argv());
    QVERIFY(undo.indexOf(QLatin1String("-StartupType Manual")) < undo.indexOf(QLatin1String("Start-Service")));
    QVERIFY(undo.indexOf(QLatin1String("Start-Service")) < undo.indexOf(QLatin1String("-StartupType Disabled")));
    QCOMPARE(step.inverse().front().verify().at(0).expectedStdout(), QStringList{QStringLiteral("Disabled/Running")});

    choice.stopNow = false;
    QVERIFY(!WindowsServicesPlanner::plan(facts(), choice).ok()); // nothing to do
}

void TestWindowsServicesPlanner::refuses_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("why");
    QTest::newRow("none") << QStringList() << QStringLiteral("No service");
    QTest::newRow("unknown") << QStringList{QStringLiteral("Nope")} << QStringLiteral("did not list it");
    QTest::newRow("wildcard") << QStringList{QStringLiteral("Spool*")} << QStringLiteral("not a Windows service");
    QTest::newRow("path") << QStringList{QStringLiteral("a\\b")} << QStringLiteral("not a Windows service");
    QTest::newRow("winrm") << QStringList{QStringLiteral("winrm")} << QStringLiteral("own connection");
    QTest::newRow("rdp") << QStringList{QStringLiteral("TermService")} << QStringLiteral("Remote Desktop");
    QTest::newRow("essential") << QStringList{QStringLiteral("EventLog")} << QStringLiteral("Windows needs");
    QTest::newRow("driver") << QStringList{QStringLiteral("disk")} << QStringLiteral("kernel");
    QTest::newRow("already off") << QStringList{QStringLiteral("SNMPTRAP")} << QStringLiteral("already disabled");
    QTest::newRow("one bad of two") << QStringList{QStringLiteral("Spooler"), QStringLiteral("WinRM")}
                                    << QStringLiteral("own connection");
}

void TestWindowsServicesPlanner::refuses()
{
    QFETCH(const QStringList, services);
    QFETCH(const QString, why);
    WindowsServicesChoice choice;
    choice.disable = services;
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message().contains(why), qPrintable(plan.error().message()));

    // Linux facts are refused as a whole.
    QJsonObject linuxFacts = facts();
    linuxFacts.insert(QStringLiteral("probe"), QJsonObject{{QStringLiteral("platform"), QStringLiteral("linux")}});
    choice.disable = {QStringLiteral("Spooler")};
    QVERIFY(!WindowsServicesPlanner::plan(linuxFacts, choice).ok());
}

void TestWindowsServicesPlanner::dependentsWarning()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("Fax")};
    auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->warnings().size(), 1);
    QVERIFY2(plan->warnings().at(0).contains(QLatin1String("are running: FaxHelper")),
             qPrintable(plan->warnings().at(0)));

    // Dependents listed but none running: no warning.
    QJsonObject stopped = facts();
    QJsonArray services = stopped.value(QStringLiteral("services")).toArray();
    QJsonObject helper = services.at(3).toObject();
    helper.insert(QStringLiteral("state"), QStringLiteral("Stopped"));
    services.replace(3, helper);
    stopped.insert(QStringLiteral("services"), services);
    plan = WindowsServicesPlanner::plan(stopped, choice);
    QVERIFY(plan.ok());
    QVERIFY(plan->warnings().isEmpty());
}

void TestWindowsServicesPlanner::valuesAreLiterals()
{
    QJsonObject hostile = facts();
    QJsonArray services = hostile.value(QStringLiteral("services")).toArray();
    services.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("it's $(calc)")},
                                {QStringLiteral("startMode"), QStringLiteral("Manual")},
                                {QStringLiteral("state"), QStringLiteral("Running")}});
    hostile.insert(QStringLiteral("services"), services);
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("it's $(calc)")};
    const auto plan = WindowsServicesPlanner::plan(hostile, choice);
    QVERIFY(plan.ok());
    const Plan::CommandStep step = onlyStep(*plan);
    QVERIFY(script(step.argv()).contains(QLatin1String("$name = 'it''s $(calc)'\n")));
    QVERIFY(script(step.verify().at(0).argv()).contains(QLatin1String("Get-Service -Name 'it''s $(calc)'\n")));
    QVERIFY(script(step.inverse().front().argv()).contains(QLatin1String("$name = 'it''s $(calc)'\n")));
}

void TestWindowsServicesPlanner::ruleIdsFromTheCatalog()
{
    const Rules::RuleCatalog *catalog = WindowsRuleIds::builtInCatalog();
    QVERIFY(catalog);
    if (!catalog->rule(QStringLiteral("BW-WIN-SVC-001")))
        QSKIP("the catalog has no Windows services rules yet");
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("Spooler")};
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    QVERIFY2(plan->changes().at(0).ruleIds().contains(QStringLiteral("BW-WIN-SVC-001")),
             qPrintable(plan->changes().at(0).ruleIds().join(u',')));
    // Only the rules the change makes pass.
    for (const QString &id : plan->changes().at(0).ruleIds())
        QVERIFY(id.startsWith(QLatin1String("BW-WIN-SVC-")));
}

void TestWindowsServicesPlanner::recommendations()
{
    const QList<Rules::Finding> findings = {
        Rules::Finding(QStringLiteral("BW-WIN-SVC-001"), Rules::Finding::Status::Fail, Rules::Severity::High,
                       Rules::Area::Services, {QStringLiteral("Spooler (Print Spooler): Automatic, Running")}),
        Rules::Finding(QStringLiteral("BW-WIN-SVC-002"), Rules::Finding::Status::Pass, Rules::Severity::High,
                       Rules::Area::Services, {QStringLiteral("Fax (Fax): Manual, Running")}),
        // A protected service is never recommended, whatever the finding says.
        Rules::Finding(QStringLiteral("BW-WIN-SVC-001"), Rules::Finding::Status::Fail, Rules::Severity::High,
                       Rules::Area::Services, {QStringLiteral("WinRM (x): Automatic, Running")}),
    };
    const auto recommended = WindowsServicesPlanner::recommendations(facts(), findings);
    QCOMPARE(recommended.size(), 1);
    QCOMPARE(recommended.at(0).ruleId, QStringLiteral("BW-WIN-SVC-001"));
    QCOMPARE(recommended.at(0).unit, QStringLiteral("Spooler"));
    QVERIFY(recommended.at(0).running);
    QVERIFY(recommended.at(0).listening); // spoolsv listens on 9100
    QVERIFY(recommended.at(0).purpose.startsWith(QLatin1String("Print Spooler")));
}

void TestWindowsServicesPlanner::planPassesThePolicyAndTheTransport()
{
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("Spooler"), QStringLiteral("RemoteRegistry")};
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().size(), 2);
    QVERIFY(Plan::PlanPolicy::check(*plan).ok());
    QVERIFY(!plan->accessAffecting());
    const auto back = Plan::ChangePlan::fromJsonBytes(plan->toJsonBytes());
    QVERIFY(back.ok());
    QCOMPARE(back->toJsonBytes(), plan->toJsonBytes());
    QCOMPARE(back->changes(), plan->changes());
    // A saved plan edited to stop WinRM is refused before it runs.
    QString tampered = QString::fromUtf8(plan->toJsonBytes());
    tampered.replace(QStringLiteral("$name = 'Spooler'"), QStringLiteral("$name = 'winrm'"));
    const auto edited = Plan::ChangePlan::fromJsonBytes(tampered.toUtf8());
    QVERIFY(edited.ok());
    const auto refused = Plan::PlanPolicy::check(*edited);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(QLatin1String("winrm")), qPrintable(refused.error().message()));
    for (const Plan::Change &change : plan->changes()) {
        const Plan::CommandStep step = *change.command();
        QVERIFY(
            Transport::WinRmSession::readablePowershellScript(Transport::RemoteCommand::fromArgs(step.argv()).argv));
        for (const Plan::CommandCheck &check : step.verify())
            QVERIFY(Transport::WinRmSession::readablePowershellScript(
                Transport::RemoteCommand::fromArgs(check.argv()).argv));
    }
}

// The Applier runs command-only plans on Windows, refuses file edits and access-affecting steps there, and refuses
// PowerShell steps on a POSIX host, before anything runs.
void TestWindowsServicesPlanner::applierPlatformCheck()
{
    using Platform = Transport::Session::Platform;
    WindowsServicesChoice choice;
    choice.disable = {QStringLiteral("Spooler")};
    const auto plan = WindowsServicesPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    QVERIFY(Apply::Applier::checkPlatform(*plan, Platform::Windows).ok());
    const auto onLinux = Apply::Applier::checkPlatform(*plan, Platform::Posix);
    QVERIFY(!onLinux.ok());
    QVERIFY(onLinux.error().message().contains(QLatin1String("Windows host")));

    Plan::ChangePlan withFile = *plan;
    Plan::FileEdit edit;
    edit.setPath(QStringLiteral("/etc/motd"));
    edit.setBefore("a\n");
    edit.setAfter("b\n");
    withFile.append(Plan::Change(QStringLiteral("motd"), edit));
    QVERIFY(!Apply::Applier::checkPlatform(withFile, Platform::Windows).ok());

    Plan::ChangePlan access = *plan;
    Plan::CommandStep step = *plan->changes().at(0).command();
    step.setAccessAffecting(true);
    access.setChanges({Plan::Change(QStringLiteral("x"), step)});
    const auto refused = Apply::Applier::checkPlatform(access, Platform::Windows);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().contains(QLatin1String("automatic undo")));
}

QTEST_GUILESS_MAIN(TestWindowsServicesPlanner)
#include "tst_windowsservicesplanner.moc"
