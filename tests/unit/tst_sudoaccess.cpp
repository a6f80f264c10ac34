// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/SudoAccess.h"
#include "core/sudoers/SudoersTree.h"

#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Plan;

namespace {

using Files = QList<std::pair<QString, QByteArray>>;

// /etc/sudoers (first) and drop-ins, loaded the way the host's tree would be.
Result<Sudoers::SudoersTree> load(const Files &files, const QString &host = QStringLiteral("lab"))
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
    options.shortHostName = host;
    return Sudoers::SudoersTree::load(files.first().first, reader, lister, options);
}

SudoIdentity identity(const QString &user, const QStringList &groups = {}, const QString &host = QStringLiteral("lab"))
{
    SudoIdentity id;
    id.user = user;
    id.groups = groups.isEmpty() ? QStringList{user} : groups;
    id.host = host;
    return id;
}

const QByteArray debianSudoers =
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

} // namespace

Q_DECLARE_METATYPE(Files)
Q_DECLARE_METATYPE(SudoIdentity)
Q_DECLARE_METATYPE(SudoAccess::Level)

class TestSudoAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void rootNeedsNoSudo();
    void reasonNamesTheRule();
    void otherCommand();
    void preflight_data();
    void preflight();
};

void TestSudoAccess::evaluate_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<SudoIdentity>("who");
    QTest::addColumn<SudoAccess::Level>("level");

    using L = SudoAccess::Level;
    const QString s = QStringLiteral("/etc/sudoers");
    const auto one = [&](const QByteArray &text) {
        return Files{{s, text}};
    };
    const SudoIdentity alice = identity(QStringLiteral("alice"));

    QTest::newRow("plain user, password") << one("alice ALL=(ALL:ALL) ALL\n") << alice << L::NeedsPassword;
    QTest::newRow("plain user, NOPASSWD") << one("alice ALL=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("another user only") << one("bob ALL=(ALL) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("empty") << one("# nothing\n") << alice << L::Denied;
    QTest::newRow("%group member") << one("%sudo ALL=(ALL:ALL) ALL\n")
                                   << identity(QStringLiteral("alice"),
                                               {QStringLiteral("alice"), QStringLiteral("sudo")})
                                   << L::NeedsPassword;
    QTest::newRow("%group, not a member") << one("%sudo ALL=(ALL:ALL) ALL\n") << alice << L::Denied;
    QTest::newRow("User_Alias") << one("User_Alias ADMINS = bob, alice\nADMINS ALL=(ALL) NOPASSWD: ALL\n") << alice
                                << L::NoPassword;
    QTest::newRow("User_Alias with !user")
        << one("User_Alias ADMINS = ALL, !alice\nADMINS ALL=(ALL) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("!user in the rule") << one("ALL, !alice ALL=(ALL) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("!user of someone else") << one("ALL, !bob ALL=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("!command /bin/sh") << one("alice ALL=(ALL) NOPASSWD: ALL, !/bin/sh\n") << alice << L::Denied;
    QTest::newRow("!command /usr/bin/sh (same file)")
        << one("alice ALL=(ALL) NOPASSWD: ALL, !/usr/bin/sh\n") << alice << L::Denied;
    QTest::newRow("!command before ALL") << one("alice ALL=(ALL) NOPASSWD: !/bin/sh, ALL\n") << alice << L::NoPassword;
    QTest::newRow("!command of another program")
        << one("alice ALL=(ALL) NOPASSWD: ALL, !/usr/bin/passwd\n") << alice << L::NoPassword;
    QTest::newRow("last match wins: NOPASSWD last")
        << one("alice ALL=(ALL) ALL\nalice ALL=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("last match wins: password last")
        << one("alice ALL=(ALL) NOPASSWD: ALL\nalice ALL=(ALL) ALL\n") << alice << L::NeedsPassword;
    QTest::newRow("last match wins: group rule after user rule")
        << one("alice ALL=(ALL) NOPASSWD: ALL\n%sudo ALL=(ALL:ALL) ALL\n")
        << identity(QStringLiteral("alice"), {QStringLiteral("sudo")}) << L::NeedsPassword;
    QTest::newRow("NOPASSWD carried over")
        << one("alice ALL=(ALL) NOPASSWD: /usr/bin/ls, ALL\n") << alice << L::NoPassword;
    QTest::newRow("PASSWD ends the carry-over")
        << one("alice ALL=(ALL) NOPASSWD: /usr/bin/ls, PASSWD: ALL\n") << alice << L::NeedsPassword;
    QTest::newRow("runas carried over") << one("alice ALL=(www-data) NOPASSWD: /usr/bin/ls, ALL\n") << alice
                                        << L::Denied;
    QTest::newRow("Defaults !authenticate")
        << one("Defaults !authenticate\nalice ALL=(ALL) ALL\n") << alice << L::NoPassword;
    QTest::newRow("Defaults:user !authenticate")
        << one("Defaults:alice !authenticate\nalice ALL=(ALL) ALL\n") << alice << L::NoPassword;
    QTest::newRow("Defaults:other !authenticate")
        << one("Defaults:bob !authenticate\nalice ALL=(ALL) ALL\n") << alice << L::NeedsPassword;
    QTest::newRow("Defaults>root !authenticate")
        << one("Defaults>root !authenticate\nalice ALL=(ALL) ALL\n") << alice << L::NoPassword;
    QTest::newRow("Defaults !authenticate, PASSWD tag wins")
        << one("Defaults !authenticate\nalice ALL=(ALL) PASSWD: ALL\n") << alice << L::NeedsPassword;
    QTest::newRow("Defaults! bound to a command")
        << one("Defaults!/bin/sh !authenticate\nalice ALL=(ALL) ALL\n") << alice << L::Unknown;
    QTest::newRow("Defaults rootpw") << one("Defaults rootpw\nalice ALL=(ALL) ALL\n") << alice << L::Unknown;
    QTest::newRow("runas not including root") << one("alice ALL=(www-data) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("runas ALL but !root") << one("alice ALL=(ALL, !root) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("runas only a group") << one("alice ALL=(:adm) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("runas root by name") << one("alice ALL=(root) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("no runas means root") << one("alice ALL = NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("Runas_Alias") << one("Runas_Alias OP = root, operator\nalice ALL=(OP) NOPASSWD: ALL\n") << alice
                                 << L::NoPassword;
    QTest::newRow("host list: own name") << one("alice lab=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("host list: another name") << one("alice web1=(ALL) NOPASSWD: ALL\n") << alice << L::Unknown;
    QTest::newRow("host list: !own name") << one("alice ALL, !lab=(ALL) NOPASSWD: ALL\n") << alice << L::Denied;
    QTest::newRow("host list: network") << one("alice 10.0.0.0/8=(ALL) NOPASSWD: ALL\n") << alice << L::Unknown;
    QTest::newRow("Host_Alias with own name")
        << one("Host_Alias HERE = lab\nalice HERE=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("Cmnd_Alias of ALL") << one("Cmnd_Alias EVERYTHING = ALL\nalice ALL=(ALL) NOPASSWD: EVERYTHING\n")
                                       << alice << L::NoPassword;
    QTest::newRow("negated Cmnd_Alias")
        << one("Cmnd_Alias SHELLS = /bin/sh, /bin/bash\nalice ALL=(ALL) NOPASSWD: ALL, !SHELLS\n") << alice
        << L::Denied;
    QTest::newRow("only a specific command")
        << one("alice ALL=(ALL) NOPASSWD: /usr/bin/systemctl status nginx\n") << alice << L::Denied;
    QTest::newRow("sh with fixed arguments")
        << one("alice ALL=(ALL) NOPASSWD: /bin/sh -c true\n") << alice << L::Denied;
    QTest::newRow("sh allowed") << one("alice ALL=(ALL) NOPASSWD: /bin/sh\n") << alice << L::NoPassword;
    QTest::newRow("wildcard that may match") << one("alice ALL=(ALL) NOPASSWD: /usr/bin/*\n") << alice << L::Unknown;
    QTest::newRow("directory with sh") << one("alice ALL=(ALL) NOPASSWD: /usr/bin/\n") << alice << L::NoPassword;
    QTest::newRow("netgroup user") << one("+admins ALL=(ALL) NOPASSWD: ALL\n") << alice << L::Unknown;
    QTest::newRow("netgroup before a later user rule")
        << one("+admins ALL=(ALL) ALL\nalice ALL=(ALL) NOPASSWD: ALL\n") << alice << L::NoPassword;
    QTest::newRow("non-Unix group") << one("%:admins ALL=(ALL) NOPASSWD: ALL\n") << alice << L::Unknown;

    QTest::newRow("#include ordering: drop-in after the main rule")
        << Files{{s, "alice ALL=(ALL) NOPASSWD: ALL\n@includedir /etc/sudoers.d\n"},
                 {QStringLiteral("/etc/sudoers.d/10-alice"), "alice ALL=(ALL) ALL\n"}}
        << alice << L::NeedsPassword;
    QTest::newRow("#include ordering: main rule after the includedir")
        << Files{{s, "@includedir /etc/sudoers.d\nalice ALL=(ALL) NOPASSWD: ALL\n"},
                 {QStringLiteral("/etc/sudoers.d/10-alice"), "alice ALL=(ALL) ALL\n"}}
        << alice << L::NoPassword;
    QTest::newRow("#include ordering: drop-ins in byte order")
        << Files{{s, "#includedir /etc/sudoers.d\n"},
                 {QStringLiteral("/etc/sudoers.d/20-b"), "alice ALL=(ALL) ALL\n"},
                 {QStringLiteral("/etc/sudoers.d/10-a"), "alice ALL=(ALL) NOPASSWD: ALL\n"}}
        << alice << L::NeedsPassword;
    QTest::newRow("#include of one file")
        << Files{{s, "alice ALL=(ALL) ALL\n#include /etc/sudoers.local\n"},
                 {QStringLiteral("/etc/sudoers.local"), "alice ALL=(ALL) NOPASSWD: ALL\n"}}
        << alice << L::NoPassword;
    QTest::newRow("drop-in with a dot is skipped")
        << Files{{s, "@includedir /etc/sudoers.d\n"},
                 {QStringLiteral("/etc/sudoers.d/10.alice"), "alice ALL=(ALL) NOPASSWD: ALL\n"}}
        << alice << L::Denied;
    QTest::newRow("lab: labadmin") << Files{{s, debianSudoers},
                                            {QStringLiteral("/etc/sudoers.d/90-labadmin"),
                                             "labadmin ALL=(ALL) NOPASSWD: ALL\n"}}
                                   << identity(QStringLiteral("labadmin"), {QStringLiteral("labadmin")})
                                   << L::NoPassword;
    QTest::newRow("lab: auditor")
        << Files{{s, debianSudoers},
                 {QStringLiteral("/etc/sudoers.d/90-labadmin"), "labadmin ALL=(ALL) NOPASSWD: ALL\n"}}
        << identity(QStringLiteral("auditor"), {QStringLiteral("auditor"), QStringLiteral("sudo")}) << L::NeedsPassword;
    QTest::newRow("lab: labadmin restricted")
        << Files{{s, debianSudoers},
                 {QStringLiteral("/etc/sudoers.d/90-labadmin"),
                  "labadmin ALL=(root) NOPASSWD: /usr/bin/systemctl status nginx\n"}}
        << identity(QStringLiteral("labadmin"), {QStringLiteral("labadmin")}) << L::Denied;
}

void TestSudoAccess::evaluate()
{
    QFETCH(Files, files);
    QFETCH(SudoIdentity, who);
    QFETCH(SudoAccess::Level, level);
    const Result<Sudoers::SudoersTree> tree = load(files, who.host);
    QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
    const SudoAccess::Answer answer = SudoAccess::evaluate(tree->files(), who);
    QVERIFY2(answer.level == level, qPrintable(QStringLiteral("got %1: %2").arg(int(answer.level)).arg(answer.reason)));
    QVERIFY(!answer.reason.isEmpty());
}

void TestSudoAccess::rootNeedsNoSudo()
{
    const auto tree = load({{QStringLiteral("/etc/sudoers"), "# empty\n"}});
    QVERIFY(tree.ok());
    SudoIdentity root = identity(QStringLiteral("root"));
    root.isRoot = true;
    QCOMPARE(SudoAccess::evaluate(tree->files(), root).level, SudoAccess::Level::NoPassword);
}

void TestSudoAccess::reasonNamesTheRule()
{
    const auto tree = load({{QStringLiteral("/etc/sudoers"), debianSudoers},
                            {QStringLiteral("/etc/sudoers.d/90-labadmin"), "labadmin ALL=(ALL) NOPASSWD: ALL\n"}});
    QVERIFY(tree.ok());
    const auto answer = SudoAccess::evaluate(tree->files(), identity(QStringLiteral("labadmin")));
    QCOMPARE(answer.file, QStringLiteral("/etc/sudoers.d/90-labadmin"));
    QCOMPARE(answer.line, 1);
    QCOMPARE(answer.reason, QStringLiteral("labadmin ALL=(ALL) NOPASSWD: ALL in /etc/sudoers.d/90-labadmin, line 1"));
}

void TestSudoAccess::otherCommand()
{
    const auto tree = load({{QStringLiteral("/etc/sudoers"),
                             "alice ALL=(root) NOPASSWD: /usr/bin/systemctl status nginx, /usr/sbin/visudo\n"}});
    QVERIFY(tree.ok());
    const SudoIdentity alice = identity(QStringLiteral("alice"));
    QCOMPARE(SudoAccess::evaluate(tree->files(), alice, QStringLiteral("/usr/bin/systemctl status nginx")).level,
             SudoAccess::Level::NoPassword);
    QCOMPARE(SudoAccess::evaluate(tree->files(), alice, QStringLiteral("/bin/systemctl status nginx")).level,
             SudoAccess::Level::NoPassword);
    QCOMPARE(SudoAccess::evaluate(tree->files(), alice, QStringLiteral("/usr/bin/systemctl stop nginx")).level,
             SudoAccess::Level::Denied);
    QCOMPARE(SudoAccess::evaluate(tree->files(), alice, QStringLiteral("/usr/sbin/visudo")).level,
             SudoAccess::Level::NoPassword);
}

void TestSudoAccess::preflight_data()
{
    QTest::addColumn<SudoAccess::Level>("before");
    QTest::addColumn<SudoAccess::Level>("after");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<bool>("isRoot");
    QTest::addColumn<bool>("ok");
    using L = SudoAccess::Level;
    QTest::newRow("keeps NOPASSWD") << L::NoPassword << L::NoPassword << false << false << true;
    QTest::newRow("loses sudo") << L::NoPassword << L::Denied << true << false << false;
    QTest::newRow("needs a password it does not have") << L::NoPassword << L::NeedsPassword << false << false << false;
    QTest::newRow("needs the password it has") << L::NoPassword << L::NeedsPassword << true << false << true;
    QTest::newRow("becomes unknown") << L::NoPassword << L::Unknown << true << false << false;
    QTest::newRow("stays unknown") << L::Unknown << L::Unknown << true << false << true;
    QTest::newRow("root") << L::NoPassword << L::Denied << false << true << true;
}

void TestSudoAccess::preflight()
{
    QFETCH(SudoAccess::Level, before);
    QFETCH(SudoAccess::Level, after);
    QFETCH(bool, hasPassword);
    QFETCH(bool, isRoot);
    QFETCH(bool, ok);
    SudoIdentity who = identity(QStringLiteral("labadmin"));
    who.hasSudoPassword = hasPassword;
    who.isRoot = isRoot;
    SudoAccess::Answer b;
    b.level = before;
    SudoAccess::Answer a;
    a.level = after;
    a.reason = QStringLiteral("the rule");
    const Result<void> result = SudoAccess::preflight(b, a, who);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QVERIFY(result.error().message().contains(QStringLiteral("labadmin")) ||
                result.error().message().contains(QStringLiteral("cannot tell")));
        QCOMPARE(result.error().detail(), QStringLiteral("the rule"));
    }
}

QTEST_GUILESS_MAIN(TestSudoAccess)
#include "tst_sudoaccess.moc"
