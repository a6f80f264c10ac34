// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanPolicy.h"
#include "core/windows/WindowsAdminPlanner.h"
#include "core/windows/WindowsRuleIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Windows;

namespace {

const QString AdminSid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-500");

// A workgroup server: the built-in Administrator (renamed once to "Administrator" again, enabled), the operator
// account Bulwark logs in as (an enabled local administrator), a disabled old administrator and a user called
// "Admin" that is NOT the built-in one.
QJsonObject facts()
{
    return QJsonDocument::fromJson(R"json({
      "probe": {"version": 1, "platform": "windows", "complete": true, "elevated": true,
                "user": "PACS01\\pacs-ops", "userSid": "S-1-5-21-1004336348-1177238915-682003330-1001", "errors": []},
      "host": {"hostname": "PACS01", "domain": "WORKGROUP", "partOfDomain": false},
      "accounts": [
        {"name": "Admin", "sid": "S-1-5-21-1004336348-1177238915-682003330-1003", "rid": 1003,
         "builtinAdministrator": false, "enabled": true, "administrator": false},
        {"name": "Administrator", "sid": "S-1-5-21-1004336348-1177238915-682003330-500", "rid": 500,
         "builtinAdministrator": true, "builtinGuest": false, "enabled": true, "administrator": true},
        {"name": "Guest", "sid": "S-1-5-21-1004336348-1177238915-682003330-501", "rid": 501,
         "builtinGuest": true, "enabled": false},
        {"name": "pacs-ops", "sid": "S-1-5-21-1004336348-1177238915-682003330-1001", "rid": 1001,
         "enabled": true, "administrator": true},
        {"name": "old-admin", "sid": "S-1-5-21-1004336348-1177238915-682003330-1002", "rid": 1002,
         "enabled": false, "administrator": true}
      ],
      "groups": {"administrators": [
        {"name": "PACS01\\Administrator", "sid": "S-1-5-21-1004336348-1177238915-682003330-500", "class": "User",
         "source": "Local"},
        {"name": "PACS01\\pacs-ops", "sid": "S-1-5-21-1004336348-1177238915-682003330-1001", "class": "User",
         "source": "Local"},
        {"name": "PACS01\\old-admin", "sid": "S-1-5-21-1004336348-1177238915-682003330-1002", "class": "User",
         "source": "Local"}
      ], "remoteDesktopUsers": []},
      "services": [
        {"name": "PacsBackup", "startMode": "Automatic", "state": "Running", "account": ".\\Administrator"}
      ]
    })json")
        .object();
}

// `facts` with a change to one accounts[] element (by name).
QJsonObject withAccount(QJsonObject facts, const QString &name, const QString &key, const QJsonValue &value)
{
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        if (account.value(QStringLiteral("name")).toString() == name) {
            account.insert(key, value);
            accounts.replace(i, account);
        }
    }
    facts.insert(QStringLiteral("accounts"), accounts);
    return facts;
}

QString script(const QStringList &argv)
{
    return argv.value(4);
}

} // namespace

class TestWindowsAdminPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheBuiltinByRid();
    void renamesAndDisablesBySid();
    void renameOnly();
    void accountNames_data();
    void accountNames();
    void refusesTheSessionAccount();
    void refusesTheLastAdministrator();
    void domainMemberKeepsItsDomainAdmins();
    void warnings();
    void nothingToDo();
    void ruleIdsFromTheCatalog();
    void disablesTheGuest();
};

void TestWindowsAdminPlanner::findsTheBuiltinByRid()
{
    auto admin = WindowsAdminPlanner::builtinAdministrator(facts());
    QVERIFY(admin);
    QCOMPARE(admin->value(QStringLiteral("sid")).toString(), AdminSid);
    // Renamed: still found, by RID; the account called "Admin" is not it.
    QJsonObject renamed =
        withAccount(facts(), QStringLiteral("Administrator"), QStringLiteral("name"), QStringLiteral("pacs-admin"));
    admin = WindowsAdminPlanner::builtinAdministrator(renamed);
    QVERIFY(admin);
    QCOMPARE(admin->value(QStringLiteral("name")).toString(), QStringLiteral("pacs-admin"));
    // Without "rid", the SID's last part says it.
    QJsonObject noRid = facts();
    QJsonArray accounts = noRid.value(QStringLiteral("accounts")).toArray();
    QJsonObject entry = accounts.at(1).toObject();
    entry.remove(QStringLiteral("rid"));
    accounts.replace(1, entry);
    noRid.insert(QStringLiteral("accounts"), accounts);
    QVERIFY(WindowsAdminPlanner::builtinAdministrator(noRid));
    QVERIFY(!WindowsAdminPlanner::builtinAdministrator(QJsonObject()));
}

void TestWindowsAdminPlanner::renamesAndDisablesBySid()
{
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    const auto plan = WindowsAdminPlanner::plan(facts(), choice);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->changes().size(), 1);
    QCOMPARE(plan->changes().at(0).title(),
             QStringLiteral("Rename the built-in Administrator to pacs-admin and disable it"));
    const Plan::CommandStep step = *plan->changes().at(0).command();
    QVERIFY(!step.accessAffecting());
    QVERIFY(!step.elevate());
    const QString text = script(step.argv());
    QVERIFY2(text.contains(QStringLiteral("$sid = '%1'\n").arg(AdminSid)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("if ($account.Name -cne 'pacs-admin') { Rename-LocalUser -SID $sid -NewName "
                                        "'pacs-admin' }\n")));
    QVERIFY(text.contains(QLatin1String("Disable-LocalUser -SID $sid\n")));
    QVERIFY(!text.contains(QLatin1String("-Name "))); // never by name
    QCOMPARE(step.stateLabel(), QStringLiteral("Built-in Administrator (SID %1)").arg(AdminSid));
    QCOMPARE(step.stateBefore(), QStringLiteral("Name: Administrator\nEnabled: True"));
    QCOMPARE(step.stateAfter(), QStringLiteral("Name: pacs-admin\nEnabled: False"));
    QCOMPARE(step.verify().at(0).expectedStdout(), QStringList{QStringLiteral("pacs-admin/False")});
    QVERIFY(script(step.verify().at(0).argv()).contains(QStringLiteral("Get-LocalUser -SID '%1'").arg(AdminSid)));

    const Plan::CommandStep undo = step.inverse().front();
    const QString undoText = script(undo.argv());
    QVERIFY(undoText.contains(QLatin1String("Rename-LocalUser -SID $sid -NewName 'Administrator'")));
    QVERIFY(undoText.contains(QLatin1String("Enable-LocalUser -SID $sid\n")));
    QCOMPARE(undo.verify().at(0).expectedStdout(), QStringList{QStringLiteral("Administrator/True")});
    QCOMPARE(undo.stateAfter(), step.stateBefore());
    QVERIFY(Plan::PlanPolicy::check(*plan).ok());
    QVERIFY(!plan->accessAffecting());
}

void TestWindowsAdminPlanner::renameOnly()
{
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    choice.disable = false;
    const auto plan = WindowsAdminPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const Plan::CommandStep step = *plan->changes().at(0).command();
    QVERIFY(!script(step.argv()).contains(QLatin1String("Disable-LocalUser")));
    QVERIFY(!script(step.inverse().front().argv()).contains(QLatin1String("Enable-LocalUser")));
    QCOMPARE(step.stateAfter(), QStringLiteral("Name: pacs-admin\nEnabled: True"));

    // Disabled already: renaming it keeps it disabled, and the undo does not enable it.
    const QJsonObject disabled =
        withAccount(facts(), QStringLiteral("Administrator"), QStringLiteral("enabled"), false);
    choice.disable = true;
    const auto again = WindowsAdminPlanner::plan(disabled, choice);
    QVERIFY(again.ok());
    const Plan::CommandStep renaming = *again->changes().at(0).command();
    QVERIFY(!script(renaming.inverse().front().argv()).contains(QLatin1String("Enable-LocalUser")));
    QCOMPARE(renaming.inverse().front().verify().at(0).expectedStdout(),
             QStringList{QStringLiteral("Administrator/False")});
}

void TestWindowsAdminPlanner::accountNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("refusal"); // on the sample host
    QTest::newRow("plain") << QStringLiteral("pacs-admin") << true << QString();
    QTest::newRow("20 chars") << QString(20, u'a') << true << QString();
    QTest::newRow("21 chars") << QString(21, u'a') << false << QStringLiteral("not a name");
    QTest::newRow("empty") << QString() << false << QStringLiteral("not a name");
    QTest::newRow("dots") << QStringLiteral("...") << false << QStringLiteral("not a name");
    QTest::newRow("dots and blanks") << QStringLiteral(". .") << false << QStringLiteral("not a name");
    QTest::newRow("blank edge") << QStringLiteral(" x") << false << QStringLiteral("not a name");
    QTest::newRow("inner blank") << QStringLiteral("pacs admin") << true << QString();
    QTest::newRow("at") << QStringLiteral("a@b") << false << QStringLiteral("not a name");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false << QStringLiteral("not a name");
    QTest::newRow("quote") << QStringLiteral("a\"b") << false << QStringLiteral("not a name");
    QTest::newRow("control") << QStringLiteral("a\tb") << false << QStringLiteral("not a name");
    QTest::newRow("existing") << QStringLiteral("PACS-OPS") << true << QStringLiteral("already exists");
    QTest::newRow("group") << QStringLiteral("administrators") << true << QStringLiteral("built-in group");
    QTest::newRow("computer") << QStringLiteral("pacs01") << true << QStringLiteral("computer's own name");
    QTest::newRow("itself") << QStringLiteral("administrator") << true << QString();
}

void TestWindowsAdminPlanner::accountNames()
{
    QFETCH(const QString, name);
    QFETCH(const bool, valid);
    QFETCH(const QString, refusal);
    QCOMPARE(WindowsAdminPlanner::isValidAccountName(name), valid);
    const QString why = WindowsAdminPlanner::newNameRefusal(facts(), name);
    if (refusal.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(refusal), qPrintable(why));
}

void TestWindowsAdminPlanner::refusesTheSessionAccount()
{
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    QJsonObject asAdmin = facts();
    QJsonObject probe = asAdmin.value(QStringLiteral("probe")).toObject();
    probe.insert(QStringLiteral("userSid"), AdminSid);
    probe.insert(QStringLiteral("user"), QStringLiteral("PACS01\\Administrator"));
    asAdmin.insert(QStringLiteral("probe"), probe);
    auto plan = WindowsAdminPlanner::plan(asAdmin, choice);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message().contains(QLatin1String("logs in")), qPrintable(plan.error().message()));

    // No SID: the user name on this computer says it (case-insensitive, "." or the computer's name).
    probe.remove(QStringLiteral("userSid"));
    for (const QString &user : {QStringLiteral("pacs01\\ADMINISTRATOR"), QStringLiteral(".\\Administrator"),
                                QStringLiteral("Administrator")}) {
        probe.insert(QStringLiteral("user"), user);
        asAdmin.insert(QStringLiteral("probe"), probe);
        QVERIFY2(!WindowsAdminPlanner::plan(asAdmin, choice).ok(), qPrintable(user));
    }
    // A domain account of the same name is another account.
    probe.insert(QStringLiteral("user"), QStringLiteral("HOSPITAL\\Administrator"));
    asAdmin.insert(QStringLiteral("probe"), probe);
    QVERIFY(WindowsAdminPlanner::plan(asAdmin, choice).ok());
    // Unknown who logs in: refused.
    probe.remove(QStringLiteral("user"));
    asAdmin.insert(QStringLiteral("probe"), probe);
    plan = WindowsAdminPlanner::plan(asAdmin, choice);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message().contains(QLatin1String("does not say")));
}

void TestWindowsAdminPlanner::refusesTheLastAdministrator()
{
    QJsonObject alone = withAccount(facts(), QStringLiteral("pacs-ops"), QStringLiteral("enabled"), false);
    QCOMPARE(WindowsAdminPlanner::otherEnabledAdministrators(facts()), QStringList{QStringLiteral("pacs-ops")});
    QVERIFY(WindowsAdminPlanner::otherEnabledAdministrators(alone).isEmpty());
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    const auto plan = WindowsAdminPlanner::plan(alone, choice);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message().contains(QLatin1String("No other enabled local administrator")),
             qPrintable(plan.error().message()));
    // Renaming only keeps it enabled: allowed.
    choice.disable = false;
    QVERIFY(WindowsAdminPlanner::plan(alone, choice).ok());
}

void TestWindowsAdminPlanner::domainMemberKeepsItsDomainAdmins()
{
    QJsonObject domain = withAccount(facts(), QStringLiteral("pacs-ops"), QStringLiteral("enabled"), false);
    domain.insert(QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("PACS01")},
                                                      {QStringLiteral("domain"), QStringLiteral("HOSPITAL.local")},
                                                      {QStringLiteral("partOfDomain"), true}});
    QJsonObject groups = domain.value(QStringLiteral("groups")).toObject();
    QJsonArray admins = groups.value(QStringLiteral("administrators")).toArray();
    admins.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("HOSPITAL\\Domain Admins")},
                              {QStringLiteral("sid"), QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-512")},
                              {QStringLiteral("class"), QStringLiteral("Group")},
                              {QStringLiteral("source"), QStringLiteral("ActiveDirectory")}});
    groups.insert(QStringLiteral("administrators"), admins);
    domain.insert(QStringLiteral("groups"), groups);
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    const auto plan = WindowsAdminPlanner::plan(domain, choice);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QVERIFY2(plan->warnings().join(u'\n').contains(QLatin1String("HOSPITAL\\Domain Admins")),
             qPrintable(plan->warnings().join(u'\n')));
}

void TestWindowsAdminPlanner::warnings()
{
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("root");
    auto plan = WindowsAdminPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const QString all = plan->warnings().join(u'\n');
    QVERIFY2(all.contains(QLatin1String("first names attackers try")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("PacsBackup")), qPrintable(all)); // logs on as .\Administrator
    QVERIFY(WindowsAdminPlanner::isGuessableName(QStringLiteral("Admin2")));
    QVERIFY(!WindowsAdminPlanner::isGuessableName(QStringLiteral("pacs-admin")));
}

void TestWindowsAdminPlanner::nothingToDo()
{
    WindowsAdminChoice choice;
    choice.disable = false;
    QVERIFY(!WindowsAdminPlanner::plan(facts(), choice).ok());
    choice.newName = QStringLiteral("Administrator");
    QVERIFY(!WindowsAdminPlanner::plan(facts(), choice).ok());
    const QJsonObject disabled =
        withAccount(facts(), QStringLiteral("Administrator"), QStringLiteral("enabled"), false);
    choice.newName.clear();
    choice.disable = true;
    QVERIFY(!WindowsAdminPlanner::plan(disabled, choice).ok());
    // Disable only.
    const auto plan = WindowsAdminPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().at(0).title(), QStringLiteral("Disable the built-in Administrator"));
    QVERIFY(!script(plan->changes().at(0).command()->argv()).contains(QLatin1String("-NewName 'pacs")));
}

void TestWindowsAdminPlanner::ruleIdsFromTheCatalog()
{
    const Rules::RuleCatalog *catalog = WindowsRuleIds::builtInCatalog();
    QVERIFY(catalog);
    if (!catalog->rule(QStringLiteral("BW-WIN-ACC-001")))
        QSKIP("the catalog has no Windows accounts rules yet");
    WindowsAdminChoice choice;
    choice.newName = QStringLiteral("pacs-admin");
    const auto plan = WindowsAdminPlanner::plan(facts(), choice);
    QVERIFY(plan.ok());
    const QStringList ids = plan->changes().at(0).ruleIds();
    QVERIFY2(!ids.isEmpty(), "the rename and disable address at least one accounts rule");
    for (const QString &id : ids)
        QVERIFY(id.startsWith(QLatin1String("BW-WIN-ACC-")));
}

void TestWindowsAdminPlanner::disablesTheGuest()
{
    const QString guestSid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-501");
    const QJsonObject guestOn = withAccount(facts(), QStringLiteral("Guest"), QStringLiteral("enabled"), true);
    WindowsAdminChoice choice;
    choice.disable = false;
    choice.disableGuest = true;

    // Guest alone: one change, by SID, checked and undone; the Administrator is left alone.
    auto plan = WindowsAdminPlanner::plan(guestOn, choice);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
    QCOMPARE(plan->changes().size(), 1);
    const Plan::CommandStep *step = plan->changes().at(0).command();
    QVERIFY(step);
    QVERIFY(script(step->argv()).contains(QLatin1String("Disable-LocalUser -SID $sid")));
    QVERIFY(script(step->argv()).contains(QLatin1String("'") + guestSid + QLatin1String("'")));
    QCOMPARE(step->stateBefore(), QStringLiteral("Name: Guest\nEnabled: True"));
    QCOMPARE(step->stateAfter(), QStringLiteral("Name: Guest\nEnabled: False"));
    QCOMPARE(step->verify().at(0).expectedStdout(), QStringList{QStringLiteral("Guest/False")});
    QCOMPARE(step->inverse().size(), size_t(1));
    QVERIFY(script(step->inverse().at(0).argv()).contains(QLatin1String("Enable-LocalUser -SID $sid")));

    // With the Administrator's rename: two changes, the Administrator first.
    choice.newName = QStringLiteral("pacs-admin");
    choice.disable = true;
    plan = WindowsAdminPlanner::plan(guestOn, choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().size(), 2);
    QCOMPARE(plan->changes().at(1).title(), QStringLiteral("Disable the built-in Guest account"));

    // Already disabled and nothing else asked: nothing to do. Guest unknown: refused.
    choice.newName.clear();
    choice.disable = false;
    QVERIFY(!WindowsAdminPlanner::plan(facts(), choice).ok());
    QJsonObject noGuest = guestOn;
    QJsonArray accounts = noGuest.value(QStringLiteral("accounts")).toArray();
    accounts.removeAt(2);
    noGuest.insert(QStringLiteral("accounts"), accounts);
    QVERIFY(!WindowsAdminPlanner::plan(noGuest, choice).ok());

    // Bulwark logging in as the built-in Administrator does not block disabling the Guest.
    QJsonObject asAdmin = guestOn;
    QJsonObject probe = asAdmin.value(QStringLiteral("probe")).toObject();
    probe.insert(QStringLiteral("userSid"), AdminSid);
    asAdmin.insert(QStringLiteral("probe"), probe);
    QVERIFY(WindowsAdminPlanner::plan(asAdmin, choice).ok());
}

QTEST_GUILESS_MAIN(TestWindowsAdminPlanner)
#include "tst_windowsadminplanner.moc"
