// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanPolicy.h"
#include "core/plan/SudoersPlanner.h"
#include "tests/common/Golden.h"
#include "tests/common/HostileArguments.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Plan;

namespace {

using Files = QList<std::pair<QString, QByteArray>>;

const QByteArray debianSudoers =
    "#\n"
    "# This file MUST be edited with the 'visudo' command as root.\n"
    "#\n"
    "Defaults\tenv_reset\n"
    "Defaults\tmail_badpass\n"
    "Defaults\tsecure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"
    "Defaults\tuse_pty\n"
    "\n"
    "# User privilege specification\n"
    "root\tALL=(ALL:ALL) ALL\n"
    "\n"
    "# Allow members of group sudo to execute any command\n"
    "%sudo\tALL=(ALL:ALL) ALL\n"
    "\n"
    "@includedir /etc/sudoers.d\n";

const QString root = QStringLiteral("/etc/sudoers");
const QString labadminDropIn = QStringLiteral("/etc/sudoers.d/90-labadmin");

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

Files labFiles()
{
    return {{root, debianSudoers},
            {QStringLiteral("/etc/sudoers.d/README"), "# sudo reads the files in this directory\n"},
            {labadminDropIn, "labadmin ALL=(ALL) NOPASSWD: ALL\n"}};
}

SudoIdentity labadmin()
{
    SudoIdentity id;
    id.user = QStringLiteral("labadmin");
    id.groups = {QStringLiteral("labadmin")};
    id.host = QStringLiteral("lab");
    return id;
}

SudoIdentity auditor()
{
    SudoIdentity id;
    id.user = QStringLiteral("auditor");
    id.groups = {QStringLiteral("auditor"), QStringLiteral("sudo")};
    id.host = QStringLiteral("lab");
    id.hasSudoPassword = true;
    return id;
}

SudoersChoice grant(const QString &principal, const QStringList &commands, bool noPassword = false)
{
    SudoersChoice c;
    c.action = SudoersChoice::Action::Grant;
    c.principal = principal;
    c.commands = commands;
    c.noPassword = noPassword;
    c.hostDisplayName = QStringLiteral("lab");
    return c;
}

SudoersChoice onRule(SudoersChoice::Action action, const QString &file, int line, const QStringList &commands = {})
{
    SudoersChoice c;
    c.action = action;
    c.file = file;
    c.line = line;
    c.commands = commands;
    c.hostDisplayName = QStringLiteral("lab");
    return c;
}

const FileEdit &onlyEdit(const ChangePlan &plan)
{
    static const FileEdit none;
    if (plan.changes().size() != 1 || !plan.changes().constFirst().fileEdit())
        return none;
    return *plan.changes().constFirst().fileEdit();
}

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/sudoers-plan/") + name;
}

} // namespace

Q_DECLARE_METATYPE(SudoersChoice)

class TestSudoersPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantCreatesDropIn();
    void grantAppendsToExistingDropIn();
    void grantForGroup();
    void restrictKeepsUsersAndMinimalDiff();
    void restrictKeepsTheHostList();
    void revokeLeavesOtherRules();
    void revokeDeletesEmptyDropIn();
    void revokeNeverDeletesMainFile();
    void lintWarningsOfTheNewRule();
    void golden_data();
    void golden();
    void refusals_data();
    void refusals();
    void jsonRoundTrip();
    void ruleText();
    void randomChoicesPassVisudo();
};

void TestSudoersPlanner::grantCreatesDropIn()
{
    const auto plan = SudoersPlanner::plan(
        load(labFiles()), grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/systemctl restart nginx")}),
        labadmin());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    const FileEdit &edit = onlyEdit(*plan);
    QCOMPARE(edit.path(), QStringLiteral("/etc/sudoers.d/50-bulwark-alice"));
    QVERIFY(!edit.beforeExists());
    QVERIFY(edit.afterExists());
    QCOMPARE(edit.after(), QByteArray("# Managed by Bulwark: sudo rules for alice\n"
                                      "alice ALL=(root) /usr/bin/systemctl restart nginx\n"));
    QCOMPARE(edit.mode(), QStringLiteral("0440"));
    QCOMPARE(edit.owner(), QStringLiteral("root"));
    QCOMPARE(edit.group(), QStringLiteral("root"));
    QCOMPARE(edit.validator(),
             QStringList({QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("{staged}")}));
    QCOMPARE(edit.verify(), QStringList({QStringLiteral("visudo"), QStringLiteral("-c")}));
    QVERIFY(PlanPolicy::check(*plan).ok());
}

void TestSudoersPlanner::grantAppendsToExistingDropIn()
{
    Files files = labFiles();
    files.append({QStringLiteral("/etc/sudoers.d/50-bulwark-alice"), "# mine\nalice ALL=(root) /usr/bin/true\n"});
    const auto plan =
        SudoersPlanner::plan(load(files), grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/id")}), labadmin());
    QVERIFY(plan.ok());
    const FileEdit &edit = onlyEdit(*plan);
    QVERIFY(edit.beforeExists());
    QCOMPARE(edit.before(), QByteArray("# mine\nalice ALL=(root) /usr/bin/true\n"));
    QCOMPARE(edit.after(), QByteArray("# mine\nalice ALL=(root) /usr/bin/true\nalice ALL=(root) /usr/bin/id\n"));
}

void TestSudoersPlanner::grantForGroup()
{
    SudoersChoice choice =
        grant(QStringLiteral("%dbadmins"), {QStringLiteral("/usr/bin/systemctl restart postgresql")}, true);
    choice.runAs = QStringLiteral("postgres");
    choice.noExec = true;
    const auto plan = SudoersPlanner::plan(load(labFiles()), choice, labadmin());
    QVERIFY(plan.ok());
    QCOMPARE(onlyEdit(*plan).path(), QStringLiteral("/etc/sudoers.d/50-bulwark-group-dbadmins"));
    QVERIFY(onlyEdit(*plan).after().endsWith(
        "%dbadmins ALL=(postgres) NOPASSWD: NOEXEC: /usr/bin/systemctl restart postgresql\n"));
}

void TestSudoersPlanner::restrictKeepsUsersAndMinimalDiff()
{
    Files files = labFiles();
    files[2].second = "# lab access\nlabadmin ALL=(ALL) NOPASSWD: ALL\n# keep me\n";
    SudoersChoice choice =
        onRule(SudoersChoice::Action::Restrict, labadminDropIn, 2, {QStringLiteral("/usr/bin/systemctl status nginx")});
    choice.noPassword = true;
    const auto plan = SudoersPlanner::plan(load(files), choice, auditor());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    const FileEdit &edit = onlyEdit(*plan);
    QCOMPARE(edit.after(),
             QByteArray("# lab access\nlabadmin ALL=(root) NOPASSWD: /usr/bin/systemctl status nginx\n# keep me\n"));
    QVERIFY(edit.beforeExists());
}

void TestSudoersPlanner::restrictKeepsTheHostList()
{
    Files files = labFiles();
    files[2].second = "labadmin db1, db2=(ALL) NOPASSWD: ALL\n";
    SudoersChoice choice =
        onRule(SudoersChoice::Action::Restrict, labadminDropIn, 1, {QStringLiteral("/usr/bin/systemctl status nginx")});
    const auto plan = SudoersPlanner::plan(load(files), choice, auditor());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    // Narrower in commands, never wider in hosts.
    QCOMPARE(onlyEdit(*plan).after(), QByteArray("labadmin db1, db2=(root) /usr/bin/systemctl status nginx\n"));

    // Several host sections: refused, the editor is the place for that.
    files[2].second = "labadmin db1=(ALL) ALL : db2=(ALL) /usr/bin/id\n";
    const auto refused = SudoersPlanner::plan(load(files), choice, auditor());
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().contains(QStringLiteral("several host lists")));
}

void TestSudoersPlanner::revokeLeavesOtherRules()
{
    Files files = labFiles();
    files.append({QStringLiteral("/etc/sudoers.d/50-bulwark-alice"),
                  "# Managed by Bulwark\nalice ALL=(root) /usr/bin/true\nalice ALL=(root) /usr/bin/id\n"});
    const auto plan = SudoersPlanner::plan(
        load(files), onRule(SudoersChoice::Action::Revoke, QStringLiteral("/etc/sudoers.d/50-bulwark-alice"), 2),
        labadmin());
    QVERIFY(plan.ok());
    QCOMPARE(onlyEdit(*plan).after(), QByteArray("# Managed by Bulwark\nalice ALL=(root) /usr/bin/id\n"));
}

void TestSudoersPlanner::revokeDeletesEmptyDropIn()
{
    Files files = labFiles();
    files.append({QStringLiteral("/etc/sudoers.d/50-bulwark-alice"),
                  "# Managed by Bulwark\n\nalice ALL=(root) /usr/bin/true\n"});
    const auto plan = SudoersPlanner::plan(
        load(files), onRule(SudoersChoice::Action::Revoke, QStringLiteral("/etc/sudoers.d/50-bulwark-alice"), 3),
        labadmin());
    QVERIFY(plan.ok());
    QVERIFY(!onlyEdit(*plan).afterExists());
    QVERIFY(onlyEdit(*plan).beforeExists());
    QVERIFY(PlanPolicy::check(*plan).ok());
}

void TestSudoersPlanner::revokeNeverDeletesMainFile()
{
    const Files files = {{root, "root ALL=(ALL:ALL) ALL\n"}, {QStringLiteral("/etc/sudoers.d/x"), "# nothing\n"}};
    // Only /etc/sudoers here, and auditor is root-less: log in as root to be allowed to remove the last rule.
    SudoIdentity asRoot = auditor();
    asRoot.isRoot = true;
    const auto plan = SudoersPlanner::plan(load(files), onRule(SudoersChoice::Action::Revoke, root, 1), asRoot);
    QVERIFY(plan.ok());
    QVERIFY(onlyEdit(*plan).afterExists());
    QCOMPARE(onlyEdit(*plan).after(), QByteArray());
}

void TestSudoersPlanner::lintWarningsOfTheNewRule()
{
    const auto plan = SudoersPlanner::plan(
        load(labFiles()), grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/vim")}, true), labadmin());
    QVERIFY(plan.ok());
    QVERIFY2(!plan->warnings().isEmpty(), "a NOPASSWD editor that can start a shell should be warned about");
    const auto quiet = SudoersPlanner::plan(
        load(labFiles()), grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/id")}), labadmin());
    QVERIFY(quiet.ok());
    QVERIFY2(quiet->warnings().isEmpty(), qPrintable(quiet->warnings().join(u'\n')));
}

void TestSudoersPlanner::golden_data()
{
    QTest::addColumn<SudoersChoice>("choice");
    QTest::addColumn<bool>("asAuditor");
    QTest::addColumn<QString>("file");
    SudoersChoice restrict =
        onRule(SudoersChoice::Action::Restrict, labadminDropIn, 1, {QStringLiteral("/usr/bin/systemctl status nginx")});
    restrict.noPassword = true;
    QTest::newRow("restrict labadmin") << restrict << true << QStringLiteral("restrict-labadmin.json");
    QTest::newRow("grant auditor") << grant(QStringLiteral("auditor"),
                                            {QStringLiteral("/usr/bin/systemctl restart nginx"),
                                             QStringLiteral("/usr/bin/journalctl -u nginx")},
                                            true)
                                   << false << QStringLiteral("grant-auditor.json");
    QTest::newRow("revoke labadmin") << onRule(SudoersChoice::Action::Revoke, labadminDropIn, 1) << true
                                     << QStringLiteral("revoke-labadmin.json");
}

void TestSudoersPlanner::golden()
{
    QFETCH(SudoersChoice, choice);
    QFETCH(bool, asAuditor);
    QFETCH(QString, file);
    auto plan = SudoersPlanner::plan(load(labFiles()), choice, asAuditor ? auditor() : labadmin());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    plan->setCreated(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const QString problem = Golden::check(dataPath(file), plan->toJsonBytes());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestSudoersPlanner::refusals_data()
{
    QTest::addColumn<SudoersChoice>("choice");
    QTest::addColumn<bool>("asAuditor");
    QTest::addColumn<QString>("expected"); // a part of the message

    SudoersChoice lockout =
        onRule(SudoersChoice::Action::Restrict, labadminDropIn, 1, {QStringLiteral("/usr/bin/systemctl status nginx")});
    lockout.noPassword = true;
    QTest::newRow("lockout: labadmin restricts its own NOPASSWD ALL") << lockout << false << QStringLiteral("labadmin");
    QTest::newRow("lockout: labadmin revokes its own NOPASSWD ALL")
        << onRule(SudoersChoice::Action::Revoke, labadminDropIn, 1) << false << QStringLiteral("could no longer");
    SudoersChoice passwordOnly = lockout;
    passwordOnly.commands = {QStringLiteral("ALL")};
    passwordOnly.allowAll = true;
    passwordOnly.noPassword = false;
    QTest::newRow("lockout: password needed, none given") << passwordOnly << false << QStringLiteral("password");
    QTest::newRow("ALL without allowAll")
        << grant(QStringLiteral("alice"), {QStringLiteral("ALL")}) << false << QStringLiteral("allow all");
    SudoersChoice runasAll = grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/id")});
    runasAll.runAs = QStringLiteral("ALL");
    QTest::newRow("runas ALL without allowAll") << runasAll << false << QStringLiteral("allow all");
    for (const char *bad : {"ALL", "alice;rm -rf /", "Alice", "%", "%ALL", "", "al ice", "+netgroup", "#0", "ADMINS"})
        QTest::newRow(qPrintable(QStringLiteral("invalid principal \"%1\"").arg(QLatin1String(bad))))
            << grant(QString::fromUtf8(bad), {QStringLiteral("/usr/bin/id")}) << false << QStringLiteral("user name");
    for (const char *bad : {"systemctl", "/usr/bin/../bin/sh", "/usr/bin/", "/bin/ls a,b", "/bin/ls *", "/bin/ls  a",
                            "/bin/ls a\nalice ALL=(ALL) NOPASSWD: ALL", "sudoedit /etc/hosts", "/bin/ls \\", ""})
        QTest::newRow(qPrintable(QStringLiteral("invalid command \"%1\"").arg(QString::fromUtf8(bad).left(20))))
            << grant(QStringLiteral("alice"), {QString::fromUtf8(bad)}) << false << QString();
    QTest::newRow("no command") << grant(QStringLiteral("alice"), {}) << false << QStringLiteral("No command");
    QTest::newRow("drop-in name with a dot")
        << grant(QStringLiteral("john.doe"), {QStringLiteral("/usr/bin/id")}) << false << QStringLiteral("dot");
    QTest::newRow("missing rule: no such line")
        << onRule(SudoersChoice::Action::Revoke, labadminDropIn, 9) << true << QStringLiteral("no line 9");
    QTest::newRow("missing rule: no such file")
        << onRule(SudoersChoice::Action::Revoke, QStringLiteral("/etc/sudoers.d/nope"), 1) << true
        << QStringLiteral("not part");
    QTest::newRow("not a user specification")
        << onRule(SudoersChoice::Action::Revoke, root, 4) << true << QStringLiteral("not a rule");
    QTest::newRow("comment line") << onRule(SudoersChoice::Action::Revoke, root, 1) << true
                                  << QStringLiteral("not a rule");
}

void TestSudoersPlanner::refusals()
{
    QFETCH(SudoersChoice, choice);
    QFETCH(bool, asAuditor);
    QFETCH(QString, expected);
    const auto plan = SudoersPlanner::plan(load(labFiles()), choice, asAuditor ? auditor() : labadmin());
    QVERIFY2(!plan.ok(), "the planner should have refused");
    QVERIFY2(plan.error().toString().contains(expected, Qt::CaseInsensitive), qPrintable(plan.error().toString()));
}

void TestSudoersPlanner::jsonRoundTrip()
{
    SudoersChoice restrict =
        onRule(SudoersChoice::Action::Restrict, labadminDropIn, 1, {QStringLiteral("/usr/bin/systemctl status nginx")});
    const QList<Result<ChangePlan>> plans = {
        SudoersPlanner::plan(load(labFiles()), restrict, auditor()),
        SudoersPlanner::plan(load(labFiles()), grant(QStringLiteral("auditor"), {QStringLiteral("/usr/bin/id")}),
                             labadmin()),
        SudoersPlanner::plan(load(labFiles()), onRule(SudoersChoice::Action::Revoke, labadminDropIn, 1), auditor()),
    };
    for (const auto &plan : plans) {
        QVERIFY(plan.ok());
        const auto back = ChangePlan::fromJsonBytes(plan->toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->toJsonBytes(), plan->toJsonBytes());
        QVERIFY(PlanPolicy::check(*back).ok());
    }
}

void TestSudoersPlanner::ruleText()
{
    SudoersChoice c = grant(QStringLiteral("alice"), {QStringLiteral("/usr/bin/systemctl restart nginx")}, true);
    QCOMPARE(SudoersPlanner::ruleText(c, QStringLiteral("alice")).value(),
             QByteArray("alice ALL=(root) NOPASSWD: /usr/bin/systemctl restart nginx"));
    QCOMPARE(SudoersPlanner::dropInPathFor(QStringLiteral("alice")), QStringLiteral("/etc/sudoers.d/50-bulwark-alice"));
    QCOMPARE(SudoersPlanner::dropInPathFor(QStringLiteral("%dbadmins")),
             QStringLiteral("/etc/sudoers.d/50-bulwark-group-dbadmins"));
}

// The acceptance criterion: no plan installs a file that visudo refuses. Random choices (fixed seed) from valid
// pieces and hostile strings; every after-file of every plan the planner produces goes through the real visudo.
void TestSudoersPlanner::randomChoicesPassVisudo()
{
    const QString visudo = QStringLiteral("/usr/sbin/visudo");
    if (!QFileInfo(visudo).isExecutable())
        QSKIP("visudo is not installed");
    if (::geteuid() != 0)
        QSKIP("visudo -c -f needs root to read the files it checks");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QStringList hostile;
    for (const QByteArray &h : hostileArguments("/tmp/bulwark-pwned"))
        hostile.append(QString::fromUtf8(h));
    const QStringList principals = {QStringLiteral("alice"), QStringLiteral("%dbadmins"), QStringLiteral("_svc"),
                                    QStringLiteral("web-deploy"), QStringLiteral("a1")};
    const QStringList commands = {QStringLiteral("/usr/bin/systemctl restart nginx"),
                                  QStringLiteral("/usr/bin/journalctl -u nginx --since today"),
                                  QStringLiteral("/usr/sbin/service apache2 reload"),
                                  QStringLiteral("/usr/bin/id"),
                                  QStringLiteral("/usr/bin/true \"\""),
                                  QStringLiteral("/opt/app-1.2/bin/run+x --flag=1"),
                                  QStringLiteral("/usr/bin/ls /var/log/nginx"),
                                  QStringLiteral("ALL")};
    const QStringList runas = {QStringLiteral("root"), QStringLiteral("postgres"), QStringLiteral("ALL")};

    QRandomGenerator random(20261125);
    // One field in six is hostile: a whole hostile string, or one glued to a valid value.
    auto pick = [&](const QStringList &from) -> QString {
        const QString valid = from.at(random.bounded(int(from.size())));
        if (random.bounded(6) != 0)
            return valid;
        const QString h = hostile.at(random.bounded(int(hostile.size())));
        switch (random.bounded(3)) {
        case 0:
            return h;
        case 1:
            return valid + u' ' + h;
        default:
            return valid + h;
        }
    };
    int produced = 0;
    int refused = 0;
    QStringList failures;
    const int n = 400;
    for (int i = 0; i < n; ++i) {
        SudoersChoice c;
        const bool restrict = random.bounded(3) == 0;
        c.action = restrict ? SudoersChoice::Action::Restrict : SudoersChoice::Action::Grant;
        c.principal = restrict && random.bounded(2) ? QString() : pick(principals);
        const int count = 1 + random.bounded(3);
        for (int k = 0; k < count; ++k)
            c.commands.append(pick(commands));
        c.runAs = pick(runas);
        c.noPassword = random.bounded(2);
        c.noExec = random.bounded(2);
        c.allowAll = random.bounded(2);
        c.file = labadminDropIn;
        c.line = 1;
        const auto plan = SudoersPlanner::plan(load(labFiles()), c, auditor());
        if (!plan) {
            if (qEnvironmentVariableIsSet("BULWARK_DEBUG_REFUSALS"))
                qInfo("%s", qPrintable(plan.error().toString()));
            ++refused;
            continue;
        }
        ++produced;
        for (const Change &change : plan->changes()) {
            const FileEdit *edit = change.fileEdit();
            QVERIFY(edit);
            if (!edit->afterExists())
                continue;
            const QString path = dir.filePath(QStringLiteral("plan-%1").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(edit->after());
            f.close();
            QProcess p;
            p.start(visudo, {QStringLiteral("-cf"), path});
            QVERIFY(p.waitForFinished(30000));
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                failures.append(
                    QStringLiteral("%1\n%2---\n%3")
                        .arg(QString::fromUtf8(p.readAll()), QString::fromUtf8(edit->after()), change.title()));
        }
    }
    qInfo("random sudoers choices: %d, plans produced %d (all checked with visudo), refused %d", n, produced, refused);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n=====\n"))));
    QVERIFY(produced >= 20);
    QVERIFY(refused >= 20);
}

QTEST_GUILESS_MAIN(TestSudoersPlanner)
#include "tst_sudoersplanner.moc"
