// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/AccountsPlanner.h"
#include "core/accounts/AccountsReader.h"
#include "core/facts/LinuxFacts.h"
#include "core/plan/PlanPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Plan;
using Kind = AccountAction::Kind;

namespace {

using Files = QList<std::pair<QString, QByteArray>>;

const QByteArray debianSudoers = "Defaults\tenv_reset\n"
                                 "root\tALL=(ALL:ALL) ALL\n"
                                 "%sudo\tALL=(ALL:ALL) ALL\n"
                                 "@includedir /etc/sudoers.d\n";

Sudoers::SudoersTree load(const Files &files)
{
    const auto reader = [&](const QString &path) -> Result<QByteArray> {
        for (const auto &[p, text] : files) {
            if (p == path)
                return text;
        }
        return Error(Error::Code::Io, QStringLiteral("no such file"));
    };
    const auto lister = [&](const QString &directory) -> Result<QStringList> {
        QStringList names;
        const QString prefix = directory.endsWith(u'/') ? directory : directory + u'/';
        for (const auto &[p, text] : files) {
            if (p.startsWith(prefix))
                names.append(p.mid(prefix.size()));
        }
        return names;
    };
    Sudoers::SudoersTree::Options options;
    options.shortHostName = QStringLiteral("lab");
    auto tree = Sudoers::SudoersTree::load(files.first().first, reader, lister, options);
    if (!tree)
        qFatal("test tree does not load: %s", qPrintable(tree.error().toString()));
    return *tree;
}

QJsonObject labFacts()
{
    QFile capture(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux/lab-debian12.out"));
    if (!capture.open(QIODevice::ReadOnly))
        qFatal("no lab capture");
    return Facts::LinuxFacts::parse(capture.readAll(), "BULWARK-0123456789abcdef0123456789abcdef");
}

QJsonObject makeAccount(const QString &name, int uid, int gid, const QString &home, const QString &shell,
                        const QString &password, bool system)
{
    QJsonObject a{{QStringLiteral("name"), name},    {QStringLiteral("uid"), uid},
                  {QStringLiteral("gid"), gid},      {QStringLiteral("home"), home},
                  {QStringLiteral("shell"), shell},  {QStringLiteral("loginShell"), !shell.endsWith(u"nologin")},
                  {QStringLiteral("system"), system}};
    if (!password.isEmpty())
        a.insert(QStringLiteral("password"), password);
    return a;
}

// The lab's facts with the weaknesses the wizard is for planted: a second uid 0, an empty password, a system account
// with a shell, and a user (alice) that things refer to by name.
QJsonObject plantedFacts()
{
    QJsonObject facts = labFacts();
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    accounts.append(makeAccount(QStringLiteral("toor"), 0, 0, QStringLiteral("/root"), QStringLiteral("/bin/sh"),
                                QStringLiteral("set"), true));
    accounts.append(makeAccount(QStringLiteral("guest"), 1002, 1002, QStringLiteral("/home/guest"),
                                QStringLiteral("/bin/bash"), QStringLiteral("empty"), false));
    accounts.append(makeAccount(QStringLiteral("postgres"), 110, 110, QStringLiteral("/var/lib/postgresql"),
                                QStringLiteral("/bin/bash"), QStringLiteral("none"), true));
    accounts.append(makeAccount(QStringLiteral("alice"), 1003, 1003, QStringLiteral("/home/alice"),
                                QStringLiteral("/bin/bash"), QStringLiteral("set"), false));
    facts.insert(QStringLiteral("accounts"), accounts);
    QJsonObject sshd = facts.value(QStringLiteral("sshd")).toObject();
    QJsonObject effective = sshd.value(QStringLiteral("effective")).toObject();
    effective.insert(QStringLiteral("allowusers"), QStringLiteral("labadmin auditor alice@10.0.0.0/8"));
    sshd.insert(QStringLiteral("effective"), effective);
    facts.insert(QStringLiteral("sshd"), sshd);
    return facts;
}

Facts::AccountsSnapshot labSnapshot(const QJsonObject &facts)
{
    Facts::AccountsSnapshot host;
    host.sudoers.tree = load({{QStringLiteral("/etc/sudoers"), debianSudoers},
                              {QStringLiteral("/etc/sudoers.d/90-labadmin"), "labadmin ALL=(ALL) NOPASSWD: ALL\n"},
                              {QStringLiteral("/etc/sudoers.d/50-alice"), "alice ALL=(root) /usr/bin/systemctl\n"}});
    host.sudoers.identity.user = QStringLiteral("labadmin");
    host.sudoers.identity.groups = {QStringLiteral("labadmin"), QStringLiteral("sudo")};
    host.sudoers.identity.host = QStringLiteral("lab");
    host.loginMethod = QStringLiteral("publickey (agent)");
    host.shadowRead = true;
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray())
        host.expiry.insert(value.toObject().value(QStringLiteral("name")).toString(), QString());
    host.groupsRead = true;
    host.groups = {{QStringLiteral("root"), 0, {}},
                   {QStringLiteral("sudo"), 27, {QStringLiteral("labadmin"), QStringLiteral("auditor")}},
                   {QStringLiteral("adm"), 4, {QStringLiteral("alice")}},
                   {QStringLiteral("labadmin"), 1000, {}},
                   {QStringLiteral("auditor"), 1001, {}},
                   {QStringLiteral("guest"), 1002, {}},
                   {QStringLiteral("alice"), 1003, {}},
                   {QStringLiteral("postgres"), 110, {}}};
    host.crontabs = {QStringLiteral("/var/spool/cron/crontabs/alice")};
    host.mailSpools = {QStringLiteral("/var/mail/alice")};
    host.processesRead = true;
    host.processUids = {0, 1003};
    host.nologinShells = {QStringLiteral("/usr/sbin/nologin")};
    return host;
}

AccountsChoice choose(Kind kind, const QString &name, const QString &argument = {}, bool moveHome = false)
{
    AccountsChoice choice;
    choice.actions.append({kind, name, argument, moveHome});
    return choice;
}

// The awk program of a check (argv: awk -F: -v n=.. -v m=.. PROGRAM FILE).
QString programOf(const CommandCheck &check)
{
    return check.argv().value(6);
}

CommandStep stepAt(const ChangePlan &plan, int index)
{
    return *plan.changes().at(index).command();
}

QString fileOf(const CommandCheck &check)
{
    return check.argv().value(7);
}

} // namespace

class TestAccountsPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesOnTheLab()
    {
        const QJsonObject facts = labFacts();
        const Facts::AccountsSnapshot host = labSnapshot(facts);
        // The lab has only root's usable password while labadmin and auditor have sudo.
        for (const Facts::AccountsSnapshot *snapshot : {&host, static_cast<const Facts::AccountsSnapshot *>(nullptr)}) {
            const QList<AccountCandidate> found = AccountsPlanner::candidates(facts, snapshot);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().name, QStringLiteral("root"));
            QCOMPARE(found.first().ruleIds, QStringList{QStringLiteral("BW-LNX-ACC-005")});
            QVERIFY(found.first().suggestLock);
            QVERIFY(!found.first().suggestNologin);
        }
        QCOMPARE(AccountsPlanner::workingAdmins(facts, host),
                 (QStringList{QStringLiteral("labadmin"), QStringLiteral("auditor")}));
        QCOMPARE(AccountsPlanner::nologinShell(facts, Facts::AccountsSnapshot()), QStringLiteral("/usr/sbin/nologin"));
    }

    void candidatesPlanted()
    {
        QJsonObject facts = plantedFacts();
        Facts::AccountsSnapshot host = labSnapshot(facts);
        const QList<AccountCandidate> found = AccountsPlanner::candidates(facts, &host);
        QStringList names;
        for (const AccountCandidate &c : found)
            names.append(c.name);
        QCOMPARE(names, (QStringList{QStringLiteral("toor"), QStringLiteral("guest"), QStringLiteral("postgres"),
                                     QStringLiteral("root")}));
        QCOMPARE(found.at(0).ruleIds,
                 (QStringList{QStringLiteral("BW-LNX-ACC-002"), QStringLiteral("BW-LNX-ACC-003")}));
        QVERIFY(found.at(0).suggestLock && found.at(0).suggestExpire && found.at(0).suggestNologin);
        QCOMPARE(found.at(1).ruleIds, QStringList{QStringLiteral("BW-LNX-ACC-001")});
        QVERIFY(found.at(1).suggestLock);
        QCOMPARE(found.at(2).ruleIds, QStringList{QStringLiteral("BW-LNX-ACC-003")});
        QVERIFY(found.at(2).suggestNologin);
        QVERIFY(found.at(2).finding.contains(QStringLiteral("never logged in")));

        // Bulwark's own account is listed greyed out with the reason when it is a candidate.
        host.sudoers.identity.user = QStringLiteral("guest");
        const QList<AccountCandidate> again = AccountsPlanner::candidates(facts, &host);
        QCOMPARE(again.at(1).name, QStringLiteral("guest"));
        QVERIFY(again.at(1).isOperator);
        QCOMPARE(again.at(1).refusal, QStringLiteral("you are logged in as this account"));
        QVERIFY(!again.at(1).suggestLock);
    }

    void lockPassword()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan =
            AccountsPlanner::plan(facts, choose(Kind::LockPassword, QStringLiteral("auditor")), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->changes().size(), 1);
        const Change change = plan->changes().first();
        QCOMPARE(change.title(), QStringLiteral("Lock the password of auditor"));
        QVERIFY(change.command());
        const CommandStep step = *change.command();
        QCOMPARE(step.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-L"), QStringLiteral("--"),
                                           QStringLiteral("auditor")}));
        QVERIFY(step.accessAffecting());
        QVERIFY(step.elevate());
        QCOMPARE(step.describeEffect(facts), QStringLiteral("auditor: password usable -> password locked"));
        QCOMPARE(step.verify().size(), 1);
        QCOMPARE(fileOf(step.verify().first()), QStringLiteral("/etc/shadow"));
        QCOMPARE(step.verify().first().expectedStdout(), QStringList{QStringLiteral("locked")});
        QCOMPARE(step.inverse().size(), size_t(1));
        const CommandStep undo = step.inverse().front();
        QCOMPARE(undo.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-U"), QStringLiteral("--"),
                                           QStringLiteral("auditor")}));
        QVERIFY(undo.accessAffecting());
        QCOMPARE(undo.verify().first().expectedStdout(), QStringList{QStringLiteral("set")});
        // auditor uses sudo with its password: said so.
        QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("auditor uses sudo with its password")));
    }

    void lockEmptyPasswordUndoesWithPasswdD()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan =
            AccountsPlanner::plan(facts, choose(Kind::LockPassword, QStringLiteral("guest")), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        const CommandStep step = stepAt(*plan, 0);
        QCOMPARE(plan->changes().first().ruleIds(), QStringList{QStringLiteral("BW-LNX-ACC-001")});
        // "!" alone: the probe's class for it is "none".
        QCOMPARE(step.verify().first().expectedStdout(), QStringList{QStringLiteral("none")});
        const CommandStep undo = step.inverse().front();
        QCOMPARE(undo.argv(), (QStringList{QStringLiteral("passwd"), QStringLiteral("-d"), QStringLiteral("--"),
                                           QStringLiteral("guest")}));
        QCOMPARE(undo.verify().first().expectedStdout(), QStringList{QStringLiteral("empty")});
        QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("empty password")));
    }

    void lockAlreadyLockedIsLeftOut()
    {
        const QJsonObject facts = plantedFacts();
        AccountsChoice choice = choose(Kind::LockPassword, QStringLiteral("postgres")); // password none
        auto plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().message().startsWith(QStringLiteral("Nothing to change")));
        choice.actions.append({Kind::SetNologin, QStringLiteral("postgres"), {}, false});
        plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes().size(), 1);
        QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("Left out: the password of postgres")));
    }

    void expire_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("undoArgument");
        QTest::newRow("never") << QString() << QString();
        QTest::newRow("a date") << QStringLiteral("40000") << QStringLiteral("2079-07-08");
    }
    void expire()
    {
        QFETCH(QString, before);
        QFETCH(QString, undoArgument);
        const QJsonObject facts = plantedFacts();
        Facts::AccountsSnapshot host = labSnapshot(facts);
        host.expiry.insert(QStringLiteral("toor"), before);
        const auto plan = AccountsPlanner::plan(facts, choose(Kind::Expire, QStringLiteral("toor")), host);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        const CommandStep step = stepAt(*plan, 0);
        QCOMPARE(plan->changes().first().ruleIds(), QStringList{QStringLiteral("BW-LNX-ACC-002")});
        QCOMPARE(step.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-e"), QStringLiteral("1"),
                                           QStringLiteral("--"), QStringLiteral("toor")}));
        QVERIFY(step.accessAffecting());
        QCOMPARE(step.verify().first().expectedStdout(), QStringList{QStringLiteral("1")});
        QCOMPARE(programOf(step.verify().first()), QStringLiteral("$1 == n || $1 == m { print $8 }"));
        const CommandStep undo = step.inverse().front();
        QCOMPARE(undo.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-e"), undoArgument,
                                           QStringLiteral("--"), QStringLiteral("toor")}));
        QCOMPARE(undo.verify().first().expectedStdout(), QStringList{before});
        QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("toor has user id 0")));
    }

    void nologin()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan =
            AccountsPlanner::plan(facts, choose(Kind::SetNologin, QStringLiteral("postgres")), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        const CommandStep step = stepAt(*plan, 0);
        QCOMPARE(plan->changes().first().ruleIds(), QStringList{QStringLiteral("BW-LNX-ACC-003")});
        QCOMPARE(step.argv(),
                 (QStringList{QStringLiteral("usermod"), QStringLiteral("-s"), QStringLiteral("/usr/sbin/nologin"),
                              QStringLiteral("--"), QStringLiteral("postgres")}));
        QCOMPARE(step.describeEffect(facts), QStringLiteral("postgres: shell /bin/bash -> /usr/sbin/nologin"));
        QCOMPARE(fileOf(step.verify().first()), QStringLiteral("/etc/passwd"));
        QCOMPARE(step.verify().first().expectedStdout(), QStringList{QStringLiteral("/usr/sbin/nologin")});
        const CommandStep undo = step.inverse().front();
        QCOMPARE(undo.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-s"), QStringLiteral("/bin/bash"),
                                           QStringLiteral("--"), QStringLiteral("postgres")}));
        QCOMPARE(undo.verify().first().expectedStdout(), QStringList{QStringLiteral("/bin/bash")});
    }

    void renameWithHomeAndGroup()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan = AccountsPlanner::plan(
            facts, choose(Kind::Rename, QStringLiteral("alice"), QStringLiteral("alicia"), true), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->changes().size(), 2);
        const CommandStep user = stepAt(*plan, 0);
        QCOMPARE(user.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-l"), QStringLiteral("alicia"),
                                           QStringLiteral("-d"), QStringLiteral("/home/alicia"), QStringLiteral("-m"),
                                           QStringLiteral("--"), QStringLiteral("alice")}));
        QVERIFY(user.accessAffecting());
        QCOMPARE(user.verify().first().expectedStdout(), QStringList{QStringLiteral("alicia:/home/alicia")});
        QCOMPARE(user.inverse().front().argv(),
                 (QStringList{QStringLiteral("usermod"), QStringLiteral("-l"), QStringLiteral("alice"),
                              QStringLiteral("-d"), QStringLiteral("/home/alice"), QStringLiteral("-m"),
                              QStringLiteral("--"), QStringLiteral("alicia")}));
        QCOMPARE(user.inverse().front().verify().first().expectedStdout(),
                 QStringList{QStringLiteral("alice:/home/alice")});
        const CommandStep group = stepAt(*plan, 1);
        QCOMPARE(group.argv(), (QStringList{QStringLiteral("groupmod"), QStringLiteral("-n"), QStringLiteral("alicia"),
                                            QStringLiteral("--"), QStringLiteral("alice")}));
        QCOMPARE(group.verify().first().expectedStdout(), QStringList{QStringLiteral("alicia:1003")});
        QCOMPARE(group.inverse().front().argv(),
                 (QStringList{QStringLiteral("groupmod"), QStringLiteral("-n"), QStringLiteral("alice"),
                              QStringLiteral("--"), QStringLiteral("alicia")}));
        QCOMPARE(group.inverse().front().verify().first().expectedStdout(), QStringList{QStringLiteral("alice:1003")});

        const QString warnings = plan->warnings().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("/etc/sudoers.d/50-alice, line 1 names alice")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("sshd's AllowUsers names alice")));
        QVERIFY(warnings.contains(QStringLiteral("alice is a member of adm")));
        QVERIFY(warnings.contains(QStringLiteral("/var/spool/cron/crontabs/alice")));
        QVERIFY(warnings.contains(QStringLiteral("/var/mail/alice")));
        QVERIFY(warnings.contains(QStringLiteral("usermod refuses to rename an account that is in use")));
        QVERIFY(warnings.contains(QStringLiteral("user id 1003")));
    }

    void renameKeepsHome()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan = AccountsPlanner::plan(
            facts, choose(Kind::Rename, QStringLiteral("guest"), QStringLiteral("visitor")), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        const CommandStep user = stepAt(*plan, 0);
        QCOMPARE(user.argv(), (QStringList{QStringLiteral("usermod"), QStringLiteral("-l"), QStringLiteral("visitor"),
                                           QStringLiteral("--"), QStringLiteral("guest")}));
        QCOMPARE(user.verify().first().expectedStdout(), QStringList{QStringLiteral("visitor:/home/guest")});
    }

    // Checks of an account renamed later in the same plan match either name, so they hold before and after.
    void combinedActionsOrderAndChecks()
    {
        const QJsonObject facts = plantedFacts();
        AccountsChoice choice;
        choice.actions = {{Kind::Rename, QStringLiteral("guest"), QStringLiteral("visitor"), false},
                          {Kind::SetNologin, QStringLiteral("guest"), {}, false},
                          {Kind::LockPassword, QStringLiteral("guest"), {}, false},
                          {Kind::LockPassword, QStringLiteral("guest"), {}, false}};
        const auto plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        QStringList programs;
        for (const Change &change : plan->changes())
            programs.append(change.command()->argv().first() + u' ' + change.command()->argv().at(1));
        QCOMPARE(programs, (QStringList{QStringLiteral("usermod -L"), QStringLiteral("usermod -s"),
                                        QStringLiteral("usermod -l"), QStringLiteral("groupmod -n")}));
        const CommandCheck lockCheck = plan->changes().first().command()->verify().first();
        QCOMPARE(lockCheck.argv().at(3), QStringLiteral("n=guest"));
        QCOMPARE(lockCheck.argv().at(5), QStringLiteral("m=visitor"));
        // The undo runs before the rename's undo... in reverse order, so it uses the old name.
        QCOMPARE(plan->changes().first().command()->inverse().front().argv().last(), QStringLiteral("guest"));
    }

    void rootLockAllowed()
    {
        const QJsonObject facts = plantedFacts();
        const auto plan =
            AccountsPlanner::plan(facts, choose(Kind::LockPassword, QStringLiteral("root")), labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->changes().first().ruleIds(), QStringList{QStringLiteral("BW-LNX-ACC-005")});
        QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("Accounts that keep working sudo: labadmin, "
                                                                     "auditor.")));
        // Bulwark as root with an SSH key may lock root's password too.
        Facts::AccountsSnapshot host = labSnapshot(facts);
        host.sudoers.identity.user = QStringLiteral("root");
        host.sudoers.identity.isRoot = true;
        QVERIFY(AccountsPlanner::plan(facts, choose(Kind::LockPassword, QStringLiteral("root")), host).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("reason");
        const int lock = int(Kind::LockPassword);
        const int expire = int(Kind::Expire);
        const int nologin = int(Kind::SetNologin);
        const int rename = int(Kind::Rename);
        QTest::newRow("lock own account") << lock << "labadmin"
                                          << ""
                                          << ""
                                          << "Bulwark logs in as labadmin";
        QTest::newRow("expire own account") << expire << "labadmin"
                                            << ""
                                            << ""
                                            << "Bulwark logs in as labadmin";
        QTest::newRow("nologin own account") << nologin << "labadmin"
                                             << ""
                                             << ""
                                             << "Bulwark logs in as labadmin";
        QTest::newRow("rename own account") << rename << "labadmin"
                                            << "admin2"
                                            << ""
                                            << "Bulwark logs in as labadmin";
        QTest::newRow("expire root") << expire << "root"
                                     << ""
                                     << ""
                                     << "root is never expired";
        QTest::newRow("nologin root") << nologin << "root"
                                      << ""
                                      << ""
                                      << "root keeps its shell";
        QTest::newRow("rename root") << rename << "root"
                                     << "admin"
                                     << ""
                                     << "root is never renamed";
        QTest::newRow("root by password") << lock << "root"
                                          << ""
                                          << "operator root password"
                                          << "Bulwark logs in as root with \"password\"";
        QTest::newRow("root by unknown method") << lock << "root"
                                                << ""
                                                << "operator root unknown"
                                                << "by a method it cannot tell";
        QTest::newRow("root without sudoers") << lock << "root"
                                              << ""
                                              << "no sudoers"
                                              << "No other account";
        QTest::newRow("root, admins expired") << lock << "root"
                                              << ""
                                              << "admins expired"
                                              << "No other account";
        QTest::newRow("rename uid 0 of the operator") << rename << "toor"
                                                      << "toor2"
                                                      << "operator root key"
                                                      << "has the user id Bulwark logs in with (0)";
        QTest::newRow("new name exists") << rename << "alice"
                                         << "auditor"
                                         << ""
                                         << "An account named auditor exists";
        QTest::newRow("new group exists") << rename << "alice"
                                          << "sudo"
                                          << ""
                                          << "A group named sudo exists";
        QTest::newRow("same name") << rename << "alice"
                                   << "alice"
                                   << ""
                                   << "the same as the old one";
        QTest::newRow("bad new name") << rename << "alice"
                                      << "-rf"
                                      << ""
                                      << "is not a name Bulwark gives";
        QTest::newRow("new name with space") << rename << "alice"
                                             << "a b"
                                             << ""
                                             << "is not a name Bulwark gives";
        QTest::newRow("bad account name") << lock << "-rf"
                                          << ""
                                          << ""
                                          << "is not a valid account name";
        QTest::newRow("unknown account") << lock << "nobody2"
                                         << ""
                                         << ""
                                         << "is not an account on this host";
        QTest::newRow("home not named after it") << int(Kind::Rename) << "postgres"
                                                 << "pg"
                                                 << "move home"
                                                 << "not named after the account";
        QTest::newRow("password unknown") << lock << "alice"
                                          << ""
                                          << "no shadow"
                                          << "password state of alice";
        QTest::newRow("expiry unknown") << expire << "alice"
                                        << ""
                                        << "no shadow"
                                        << "expiry date of alice";
        QTest::newRow("groups unknown") << rename << "alice"
                                        << "alicia"
                                        << "no groups"
                                        << "/etc/group was not read";
        QTest::newRow("bad shell") << nologin << "alice"
                                   << "/bin/sh"
                                   << ""
                                   << "not a nologin or false program";
        QTest::newRow("no nologin") << nologin << "alice"
                                    << ""
                                    << "no nologin"
                                    << "no nologin program";
        QTest::newRow("operator unknown") << lock << "alice"
                                          << ""
                                          << "operator unknown"
                                          << "does not know which";
    }
    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, account);
        QFETCH(QString, argument);
        QFETCH(QString, setup);
        QFETCH(QString, reason);
        QJsonObject facts = plantedFacts();
        Facts::AccountsSnapshot host = labSnapshot(facts);
        if (setup.startsWith(QStringLiteral("operator root"))) {
            host.sudoers.identity.user = QStringLiteral("root");
            host.sudoers.identity.isRoot = true;
            host.loginMethod = setup.endsWith(QStringLiteral("password")) ? QStringLiteral("password")
                               : setup.endsWith(QStringLiteral("key"))    ? QStringLiteral("publickey (agent)")
                                                                          : QString();
        } else if (setup == u"no sudoers") {
            host.sudoers.tree = Sudoers::SudoersTree();
        } else if (setup == u"admins expired") {
            host.expiry.insert(QStringLiteral("auditor"), QStringLiteral("1"));
            host.expiry.insert(QStringLiteral("labadmin"), QStringLiteral("1"));
            host.loginMethod = QStringLiteral("publickey (agent)");
            host.sudoers.identity.user = QStringLiteral("root");
            host.sudoers.identity.isRoot = true;
        } else if (setup == u"no shadow") {
            host.shadowRead = false;
            QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
            for (qsizetype i = 0; i < accounts.size(); ++i) {
                QJsonObject a = accounts.at(i).toObject();
                a.remove(QStringLiteral("password"));
                accounts.replace(i, a);
            }
            facts.insert(QStringLiteral("accounts"), accounts);
        } else if (setup == u"no groups") {
            host.groupsRead = false;
            host.groups.clear();
        } else if (setup == u"no nologin") {
            host.nologinShells.clear();
            facts.insert(QStringLiteral("accounts"),
                         QJsonArray{plantedFacts().value(QStringLiteral("accounts")).toArray().last()});
            QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
            accounts.append(makeAccount(QStringLiteral("labadmin"), 1000, 1000, QStringLiteral("/home/labadmin"),
                                        QStringLiteral("/bin/bash"), QStringLiteral("set"), false));
            facts.insert(QStringLiteral("accounts"), accounts);
        } else if (setup == u"operator unknown") {
            host.sudoers.identity = SudoIdentity();
        }
        const AccountsChoice choice = choose(Kind(kind), account, argument, setup == u"move home");
        const auto plan = AccountsPlanner::plan(facts, choice, host);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));
        QCOMPARE(AccountsPlanner::refusal(facts, choice.actions.first(), host).isEmpty(), false);
    }

    // Locking root while the same plan takes away the last other admin is refused.
    void rootLockWithAdminsInThePlan()
    {
        const QJsonObject facts = plantedFacts();
        Facts::AccountsSnapshot host = labSnapshot(facts);
        host.sudoers.identity.user = QStringLiteral("root");
        host.sudoers.identity.isRoot = true;
        AccountsChoice choice = choose(Kind::LockPassword, QStringLiteral("root"));
        choice.actions.append({Kind::Expire, QStringLiteral("labadmin"), {}, false});
        auto plan = AccountsPlanner::plan(facts, choice, host);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString())); // auditor keeps sudo
        // alice's rule is /usr/bin/systemctl only, not a way to root: with auditor expired too, nobody is left.
        choice.actions.append({Kind::Expire, QStringLiteral("auditor"), {}, false});
        plan = AccountsPlanner::plan(facts, choice, host);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message().contains(QStringLiteral("leave nobody able to become root")),
                 qPrintable(plan.error().message()));
    }

    void twoRenamesToOneName()
    {
        const QJsonObject facts = plantedFacts();
        AccountsChoice choice = choose(Kind::Rename, QStringLiteral("alice"), QStringLiteral("x1"));
        choice.actions.append({Kind::Rename, QStringLiteral("guest"), QStringLiteral("x1"), false});
        const auto plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().message().contains(QStringLiteral("cannot both be renamed")));
    }

    void jsonRoundTripAndPolicy()
    {
        const QJsonObject facts = plantedFacts();
        AccountsChoice choice;
        choice.hostDisplayName = QStringLiteral("lab");
        choice.actions = {{Kind::LockPassword, QStringLiteral("root"), {}, false},
                          {Kind::LockPassword, QStringLiteral("toor"), {}, false},
                          {Kind::Expire, QStringLiteral("toor"), {}, false},
                          {Kind::SetNologin, QStringLiteral("toor"), {}, false},
                          {Kind::LockPassword, QStringLiteral("guest"), {}, false},
                          {Kind::SetNologin, QStringLiteral("postgres"), {}, false},
                          {Kind::Rename, QStringLiteral("alice"), QStringLiteral("alicia"), true}};
        const auto plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->changes().size(), 8);
        QCOMPARE(plan->hostDisplayName(), QStringLiteral("lab"));
        const auto policy = PlanPolicy::check(*plan);
        QVERIFY2(policy.ok(), qPrintable(policy ? QString() : policy.error().toString()));
        const auto back = ChangePlan::fromJsonBytes(plan->toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->toJsonBytes(), plan->toJsonBytes());
        QVERIFY(back->changes() == plan->changes());
        QCOMPARE(back->warnings(), plan->warnings());
        for (const Change &change : plan->changes()) {
            const CommandStep step = *change.command();
            QVERIFY(step.accessAffecting());
            QVERIFY(!step.verify().isEmpty());
            QVERIFY(!step.inverse().empty());
            for (const CommandStep &undo : step.inverse()) {
                QVERIFY(undo.accessAffecting());
                QVERIFY(!undo.verify().isEmpty());
            }
            // Names always follow "--".
            QCOMPARE(step.argv().at(step.argv().size() - 2), QStringLiteral("--"));
        }
    }

    // No check ever prints a password hash: every program that reads /etc/shadow prints a class or field 8.
    void checksNeverPrintHashes()
    {
        const QJsonObject facts = plantedFacts();
        AccountsChoice choice;
        choice.actions = {{Kind::LockPassword, QStringLiteral("guest"), {}, false},
                          {Kind::LockPassword, QStringLiteral("auditor"), {}, false},
                          {Kind::Expire, QStringLiteral("toor"), {}, false}};
        const auto plan = AccountsPlanner::plan(facts, choice, labSnapshot(facts));
        QVERIFY(plan.ok());
        QList<CommandCheck> checks;
        for (const Change &change : plan->changes()) {
            checks += change.command()->verify();
            for (const CommandStep &undo : change.command()->inverse())
                checks += undo.verify();
        }
        for (const CommandCheck &check : checks) {
            QCOMPARE(check.argv().first(), QStringLiteral("awk"));
            QVERIFY(!programOf(check).contains(QStringLiteral("print $2")));
            QVERIFY(!programOf(check).contains(QStringLiteral("print $0")));
            QVERIFY(!programOf(check).contains(QStringLiteral("print }")));
        }
    }

    // The checks' awk programs on real files: the class the probe would report, never a hash.
    void passwordClassProgram()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("awk")).isEmpty())
            QSKIP("no awk");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString shadow = dir.filePath(QStringLiteral("shadow"));
        QFile file(shadow);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alice:$6$salt$hashhashhash:20000:0:99999:7:::\n"
                   "bob:!$6$salt$hashhashhash:20000:0:99999:7:::\n"
                   "guest::20000:0:99999:7:::\n"
                   "locked:!:20000:0:99999:7:::\n"
                   "daemon:*:20000:0:99999:7:::\n"
                   "old:abcdefghijklm:20000:0:99999:7::20001:\n");
        file.close();
        const QList<std::pair<QString, QString>> cases = {
            {QStringLiteral("alice"), QStringLiteral("set")},   {QStringLiteral("bob"), QStringLiteral("locked")},
            {QStringLiteral("guest"), QStringLiteral("empty")}, {QStringLiteral("locked"), QStringLiteral("none")},
            {QStringLiteral("daemon"), QStringLiteral("none")}, {QStringLiteral("old"), QStringLiteral("set")},
        };
        const QJsonObject facts = plantedFacts();
        const auto plan =
            AccountsPlanner::plan(facts, choose(Kind::LockPassword, QStringLiteral("auditor")), labSnapshot(facts));
        QVERIFY(plan.ok());
        const CommandCheck check = plan->changes().first().command()->verify().first();
        for (const auto &[name, expected] : cases) {
            QStringList argv = check.argv();
            argv[3] = QStringLiteral("n=") + name;
            argv[5] = QStringLiteral("m=") + name;
            argv[7] = shadow;
            QProcess awk;
            awk.start(argv.first(), argv.mid(1));
            QVERIFY(awk.waitForFinished());
            const QByteArray out = awk.readAllStandardOutput();
            QCOMPARE(QString::fromUtf8(out.trimmed()), expected);
            QVERIFY(!out.contains("hash"));
        }
    }

    // The plan's own commands against a copy of a passwd database (usermod/groupmod -P, passwd -R): each change
    // verifies, and the undo steps in reverse order give back the files byte for byte. Needs root and shadow's tools;
    // never touches the machine's own /etc.
    void realToolsInPrefix()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("usermod")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("groupmod")).isEmpty())
            QSKIP("needs root and usermod/groupmod");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString prefix = dir.path();
        QVERIFY(QDir(prefix).mkpath(QStringLiteral("etc")));
        QVERIFY(QDir(prefix).mkpath(QStringLiteral("home/alice")));
        const QList<std::pair<QString, QByteArray>> files = {
            {QStringLiteral("etc/passwd"), "root:x:0:0:root:/root:/bin/bash\n"
                                           "toor:x:0:0::/root:/bin/sh\n"
                                           "postgres:x:110:110::/var/lib/postgresql:/bin/bash\n"
                                           "guest:x:1002:1002::/home/guest:/bin/bash\n"
                                           "alice:x:1003:1003::/home/alice:/bin/bash\n"},
            {QStringLiteral("etc/shadow"), "root:$6$salt$roothash:20000:0:99999:7:::\n"
                                           "toor:$6$salt$toorhash:20000:0:99999:7:::\n"
                                           "postgres:*:20000:0:99999:7:::\n"
                                           "guest::20000:0:99999:7:::\n"
                                           "alice:$6$salt$alicehash:20000:0:99999:7::40000:\n"},
            {QStringLiteral("etc/group"), "root:x:0:\nadm:x:4:alice\npostgres:x:110:\nguest:x:1002:\nalice:x:1003:\n"},
            {QStringLiteral("etc/gshadow"), "root:*::\nadm:*::alice\npostgres:!::\nguest:!::\nalice:!::\n"},
        };
        for (const auto &[path, text] : files) {
            QFile f(dir.filePath(path));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        QFile(dir.filePath(QStringLiteral("etc/shadow"))).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        const QJsonObject facts = plantedFacts();
        Facts::AccountsSnapshot host = labSnapshot(facts);
        host.expiry.insert(QStringLiteral("alice"), QStringLiteral("40000"));
        host.sudoers.identity.user = QStringLiteral("root");
        host.sudoers.identity.isRoot = true; // key login: root's password may be locked (labadmin keeps sudo)
        AccountsChoice choice;
        choice.actions = {{Kind::LockPassword, QStringLiteral("toor"), {}, false},
                          {Kind::Expire, QStringLiteral("toor"), {}, false},
                          {Kind::SetNologin, QStringLiteral("toor"), {}, false},
                          {Kind::LockPassword, QStringLiteral("guest"), {}, false},
                          {Kind::SetNologin, QStringLiteral("postgres"), {}, false},
                          {Kind::Expire, QStringLiteral("alice"), {}, false},
                          {Kind::LockPassword, QStringLiteral("alice"), {}, false},
                          {Kind::Rename, QStringLiteral("alice"), QStringLiteral("alicia"), true}};
        host.sudoers.identity.user = QStringLiteral("labadmin");
        host.sudoers.identity.isRoot = false;
        const auto plan = AccountsPlanner::plan(facts, choice, host);
        QVERIFY2(plan.ok(), qPrintable(plan ? QString() : plan.error().toString()));

        QHash<QString, QByteArray> original;
        for (const auto &[path, text] : files)
            original.insert(path, text);

        // Runs a plan argv inside the prefix: usermod/groupmod -P, passwd -R, awk on the prefixed file.
        const auto run = [&](QStringList argv) -> std::pair<int, QByteArray> {
            const QString program = argv.takeFirst();
            if (program == u"usermod" || program == u"groupmod")
                argv = QStringList{QStringLiteral("-P"), prefix} + argv;
            else if (program == u"passwd")
                argv = QStringList{QStringLiteral("-R"), prefix} + argv;
            else if (program == u"awk")
                argv.last() = prefix + argv.last();
            QProcess process;
            process.start(program, argv);
            if (!process.waitForFinished(20000))
                return {-1, {}};
            return {process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError()};
        };
        const auto verify = [&](const CommandStep &step) {
            for (const CommandCheck &check : step.verify()) {
                const auto [code, out] = run(check.argv());
                if (!check.matches(code, out))
                    return QStringLiteral("%1 printed \"%2\"").arg(check.argv().join(u' '), QString::fromUtf8(out));
            }
            return QString();
        };
        for (const Change &change : plan->changes()) {
            const auto [code, out] = run(change.command()->argv());
            QVERIFY2(code == 0, qPrintable(change.title() + QStringLiteral(": ") + QString::fromUtf8(out)));
            const QString failed = verify(*change.command());
            QVERIFY2(failed.isEmpty(), qPrintable(change.title() + QStringLiteral(": ") + failed));
        }
        QVERIFY(QFileInfo(prefix + QStringLiteral("/home/alicia")).isDir());
        // The final check after everything ran, as the Applier makes it.
        for (const Change &change : plan->changes()) {
            const QString failed = verify(*change.command());
            QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("final: ") + failed));
        }
        const QList<Change> changes = plan->changes();
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            for (const CommandStep &undo : it->command()->inverse()) {
                const auto [code, out] = run(undo.argv());
                QVERIFY2(code == 0, qPrintable(undo.description() + QStringLiteral(": ") + QString::fromUtf8(out)));
                const QString failed = verify(undo);
                QVERIFY2(failed.isEmpty(), qPrintable(undo.description() + QStringLiteral(": ") + failed));
            }
        }
        QVERIFY(QFileInfo(prefix + QStringLiteral("/home/alice")).isDir());
        for (const auto &[path, text] : files) {
            QFile f(dir.filePath(path));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), text);
        }
    }

    void readerParse()
    {
        const QByteArray b = "BULWARK-00112233";
        const QByteArray output = b + " shadow\nroot::\nalice::40000\n" + b + " shadow-ok\n" + b +
                                  " group\nsudo:27:labadmin,auditor\nalice:1003:\n" + b + " group-ok\n" + b +
                                  " cron\n/var/spool/cron/crontabs/alice\n" + b + " mail\n/var/mail/alice\n" + b +
                                  " processes\n0\n1003\n" + b + " processes-ok\n" + b + " shells\n/usr/sbin/nologin\n" +
                                  b + " end\n";
        Facts::AccountsSnapshot snapshot;
        QVERIFY(Facts::AccountsReader::parse(output, b, snapshot).ok());
        QVERIFY(snapshot.shadowRead && snapshot.groupsRead && snapshot.processesRead);
        QCOMPARE(snapshot.expiry.value(QStringLiteral("alice")), QStringLiteral("40000"));
        QCOMPARE(snapshot.expiry.value(QStringLiteral("root"), QStringLiteral("x")), QString());
        QCOMPARE(snapshot.group(QStringLiteral("sudo"))->members,
                 (QStringList{QStringLiteral("labadmin"), QStringLiteral("auditor")}));
        QCOMPARE(snapshot.groupById(1003)->name, QStringLiteral("alice"));
        QCOMPARE(snapshot.crontabs, QStringList{QStringLiteral("/var/spool/cron/crontabs/alice")});
        QCOMPARE(snapshot.mailSpools, QStringList{QStringLiteral("/var/mail/alice")});
        QCOMPARE(snapshot.processUids, (QSet<qint64>{0, 1003}));
        QCOMPARE(snapshot.nologinShells, QStringList{QStringLiteral("/usr/sbin/nologin")});

        // A cut answer is refused whole; shadow unreadable is simply not read.
        Facts::AccountsSnapshot cut;
        QVERIFY(!Facts::AccountsReader::parse(output.left(output.size() - 30), b, cut).ok());
        Facts::AccountsSnapshot noShadow;
        QVERIFY(Facts::AccountsReader::parse(b + " shadow\n" + b + " group\n" + b + " end\n", b, noShadow).ok());
        QVERIFY(!noShadow.shadowRead);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("existing");
        QTest::addColumn<bool>("fresh");
        QTest::newRow("plain") << "alice" << true << true;
        QTest::newRow("underscore") << "_apt" << true << true;
        QTest::newRow("dash inside") << "www-data" << true << true;
        QTest::newRow("machine") << "host$" << true << true;
        QTest::newRow("upper") << "Alice" << true << false;
        QTest::newRow("dot") << "a.b" << true << false;
        QTest::newRow("leading dash") << "-rf" << false << false;
        QTest::newRow("space") << "a b" << false << false;
        QTest::newRow("colon") << "a:b" << false << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("too long") << QString(33, u'a') << false << false;
        QTest::newRow("digit first") << "1abc" << true << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, existing);
        QFETCH(bool, fresh);
        QCOMPARE(AccountsPlanner::isValidAccountName(name), existing);
        QCOMPARE(AccountsPlanner::isValidNewName(name), fresh);
    }
};

QTEST_GUILESS_MAIN(TestAccountsPlanner)
#include "tst_accountsplanner.moc"
