// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshAccessReader.h"
#include "core/ssh/SshPlanner.h"
#include "core/ssh/SshSetting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Plan;
using namespace Bulwark::Ssh;
using namespace Bulwark::Transport;

// The SSH planner (where it writes, what, minimal re-plans, refusals, the pre-flight on evaluated settings, crypto
// limited to the host's OpenSSH), the reader's parsing of what a host answers (a scripted session; cut, forged and
// garbage answers refused), and, where this machine has /usr/sbin/sshd, the real sshd accepting what is generated.
class TestSshPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropInOnDebian();
    void everyChoice_data();
    void everyChoice();
    void rulesSatisfiedReadsSshdT();
    void invalidValuesRefused_data();
    void invalidValuesRefused();
    void replanIsMinimal();
    void replanRemovesSetting();
    void nothingToChange();
    void allRemovedDeletesDropIn();
    void blockWhenNoInclude();
    void blockReadOrder();
    void blockWhenIncludeAfterMatch();
    void earlierSetterRefused();
    void earlierDropInRefused();
    void laterDropInIsFine();
    void matchOverrideWarned();
    void passwordOffLocksOutPasswordLogin();
    void passwordOffKeepsKeyLogin();
    void rootLogins_data();
    void rootLogins();
    void allowUsersNarrowedByReplanRefused();
    void cryptoFilteredBySupported();
    void cryptoWithoutUsableRefused();
    void bannerMustExist();
    void missingUnitRefused();
    void replaceLegacy();
    void unparsableMainRefused();

    void readerReadsState();
    void readerRefusesHostileAnswers_data();
    void readerRefusesHostileAnswers();
    void readerEvaluateArgvAndRefusal();
    void readerMissingSshConnection();

    void realSshdAcceptsGenerated();
    void realScriptsOnThisMachine();
};

namespace {

const QByteArray debianMain = "# sshd_config\n"
                              "Include /etc/ssh/sshd_config.d/*.conf\n"
                              "\n"
                              "KbdInteractiveAuthentication no\n"
                              "UsePAM yes\n"
                              "X11Forwarding yes\n"
                              "Subsystem sftp /usr/lib/openssh/sftp-server\n";

QHash<QString, QString> defaultsMap()
{
    return {{QStringLiteral("maxauthtries"), QStringLiteral("6")},
            {QStringLiteral("permitrootlogin"), QStringLiteral("without-password")},
            {QStringLiteral("passwordauthentication"), QStringLiteral("yes")},
            {QStringLiteral("kbdinteractiveauthentication"), QStringLiteral("yes")},
            {QStringLiteral("pubkeyauthentication"), QStringLiteral("yes")},
            {QStringLiteral("logingracetime"), QStringLiteral("120")},
            {QStringLiteral("x11forwarding"), QStringLiteral("no")},
            {QStringLiteral("banner"), QStringLiteral("none")}};
}

SshHostState debianState(const QByteArray &main = debianMain)
{
    SshHostState state;
    state.login.user = QStringLiteral("alice");
    state.login.groups = {QStringLiteral("alice"), QStringLiteral("sudo")};
    state.login.clientAddress = QStringLiteral("10.0.2.2");
    state.login.clientHost = QStringLiteral("10.0.2.2");
    state.login.method = SshLogin::Method::PublicKey;
    state.serverAddress = QStringLiteral("10.0.2.15");
    state.serverPort = QStringLiteral("22");
    state.effective = defaultsMap();
    state.effective.insert(QStringLiteral("kbdinteractiveauthentication"), QStringLiteral("no"));
    state.effective.insert(QStringLiteral("x11forwarding"), QStringLiteral("yes"));
    state.effective.insert(QStringLiteral("subsystem"), QStringLiteral("sftp /usr/lib/openssh/sftp-server"));
    state.defaults = defaultsMap();
    state.ciphers = QStringLiteral("3des-cbc aes128-cbc aes128-ctr aes192-ctr aes256-ctr aes128-gcm@openssh.com "
                                   "aes256-gcm@openssh.com chacha20-poly1305@openssh.com")
                        .split(u' ');
    state.macs = QStringLiteral("hmac-sha1 hmac-sha2-256 hmac-sha2-512 hmac-md5 umac-128@openssh.com "
                                "hmac-sha2-256-etm@openssh.com hmac-sha2-512-etm@openssh.com umac-128-etm@openssh.com")
                     .split(u' ');
    state.kex = QStringLiteral("diffie-hellman-group1-sha1 diffie-hellman-group14-sha256 diffie-hellman-group16-sha512 "
                               "diffie-hellman-group18-sha512 diffie-hellman-group-exchange-sha256 "
                               "curve25519-sha256 curve25519-sha256@libssh.org sntrup761x25519-sha512@openssh.com")
                    .split(u' ');
    state.unit = QStringLiteral("ssh.service");
    state.files.insert(state.mainPath, {main, QStringLiteral("644"), 0, 0});
    return state;
}

SshChoice choose(std::initializer_list<std::pair<const char *, const char *>> settings)
{
    SshChoice choice;
    for (const auto &[keyword, value] : settings)
        choice.settings.insert(QString::fromLatin1(keyword), QString::fromLatin1(value));
    choice.hostDisplayName = QStringLiteral("lab");
    return choice;
}

// What sshd -T -C would print with the draft's -o options on top of `base` (first value wins; lists add up).
SshAccessReader::Evaluation simulate(const SshHostState &state, const SshPlanner::Draft &draft)
{
    SshAccessReader::Evaluation evaluation;
    evaluation.effective = state.effective;
    for (const QString &option : draft.options) {
        const qsizetype eq = option.indexOf(u'=');
        const QString key = option.left(eq).toLower();
        const QString value = option.mid(eq + 1);
        if (key == u"allowusers" || key == u"allowgroups")
            evaluation.effective.insert(
                key, evaluation.effective.contains(key) ? evaluation.effective.value(key) + u',' + value : value);
        else
            evaluation.effective.insert(
                key == u"challengeresponseauthentication" ? QStringLiteral("kbdinteractiveauthentication") : key,
                value);
    }
    return evaluation;
}

Result<ChangePlan> planFor(const SshHostState &state, const SshChoice &choice, const QJsonObject &facts = {})
{
    auto draft = SshPlanner::draft(state, choice);
    if (!draft)
        return draft.error();
    return SshPlanner::plan(state, choice, facts, simulate(state, *draft));
}

SshPlanner::Draft draftOf(const SshHostState &state, const SshChoice &choice)
{
    auto draft = SshPlanner::draft(state, choice);
    if (!draft)
        qFatal("draft refused: %s", qPrintable(draft.error().toString()));
    return *draft;
}

const QByteArray header = "# Managed by Bulwark (SSH hardening): Bulwark rewrites this file, so change these "
                          "settings in Bulwark.\n"
                          "# sshd uses the first value it reads for a setting, and this file is read first.\n";

} // namespace

void TestSshPlanner::dropInOnDebian()
{
    const SshHostState state = debianState();
    const SshChoice choice = choose({{"PasswordAuthentication", "no"}, {"MaxAuthTries", "4"}});
    QString verdict;
    auto plan = SshPlanner::plan(state, choice, {}, simulate(state, draftOf(state, choice)), &verdict);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->changes().size(), 1);
    const Change change = plan->changes().constFirst();
    const FileEdit *edit = change.fileEdit();
    QVERIFY(edit);
    QCOMPARE(edit->path(), QStringLiteral("/etc/ssh/sshd_config.d/00-bulwark.conf"));
    QVERIFY(!edit->beforeExists());
    QCOMPARE(edit->after(), header + "PasswordAuthentication no\nKbdInteractiveAuthentication no\nMaxAuthTries 4\n");
    QCOMPARE(edit->mode(), QStringLiteral("0644"));
    QCOMPARE(edit->owner(), QStringLiteral("root"));
    QCOMPARE(edit->group(), QStringLiteral("root"));
    QCOMPARE(edit->validator(), (QStringList{QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"),
                                             QStringLiteral("{staged}")}));
    QCOMPARE(edit->verify(), (QStringList{QStringLiteral("sshd"), QStringLiteral("-t")}));
    QCOMPARE(edit->reload(), (QStringList{QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"),
                                          QStringLiteral("ssh.service")}));
    QVERIFY(edit->accessAffecting());
    QCOMPARE(change.ruleIds(), (QStringList{QStringLiteral("BW-LNX-ACS-001"), QStringLiteral("BW-LNX-ACS-003"),
                                            QStringLiteral("BW-LNX-ACS-005")}));
    QCOMPARE(verdict, QStringLiteral("You log in as alice with a key from 10.0.2.2: still allowed after this change."));
    QCOMPARE(plan->hostDisplayName(), QStringLiteral("lab"));
    // The pre-flight options say the same as the file.
    const auto draft = draftOf(state, choose({{"PasswordAuthentication", "no"}, {"MaxAuthTries", "4"}}));
    QVERIFY(draft.options.contains(QStringLiteral("PasswordAuthentication=no")));
    QVERIFY(draft.options.contains(QStringLiteral("KbdInteractiveAuthentication=no")));
    QVERIFY(draft.options.contains(QStringLiteral("MaxAuthTries=4")));
    // The JSON round trip keeps the access-affecting mark.
    auto back = ChangePlan::fromJsonBytes(plan->toJsonBytes());
    QVERIFY(back);
    QVERIFY(back->changes().constFirst().fileEdit()->accessAffecting());
}

void TestSshPlanner::everyChoice_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QStringList>("rules");
    const auto row = [](const char *name, const char *keyword, const char *value, const QByteArray &line,
                        QStringList rules) {
        QTest::newRow(name) << QString::fromLatin1(keyword) << QString::fromLatin1(value) << line << rules;
    };
    row("password yes", "PasswordAuthentication", "yes", "PasswordAuthentication yes\n", {});
    row("root no", "PermitRootLogin", "no", "PermitRootLogin no\n",
        {QStringLiteral("BW-LNX-ACS-001"), QStringLiteral("BW-LNX-ACS-002")});
    row("root prohibit", "permitrootlogin", "Prohibit-Password", "PermitRootLogin prohibit-password\n",
        {QStringLiteral("BW-LNX-ACS-001")});
    row("empty passwords", "PermitEmptyPasswords", "no", "PermitEmptyPasswords no\n",
        {QStringLiteral("BW-LNX-ACS-004")});
    row("allow users", "AllowUsers", "alice, bob@10.0.2.*", "AllowUsers alice bob@10.0.2.*\n", {});
    row("allow groups", "AllowGroups", "sudo ssh-users", "AllowGroups sudo ssh-users\n", {});
    row("max auth tries", "MaxAuthTries", "3", "MaxAuthTries 3\n", {QStringLiteral("BW-LNX-ACS-005")});
    row("max auth tries weak", "MaxAuthTries", "6", "MaxAuthTries 6\n", {});
    row("grace", "LoginGraceTime", "60", "LoginGraceTime 60\n", {QStringLiteral("BW-LNX-ACS-006")});
    row("x11", "X11Forwarding", "no", "X11Forwarding no\n", {QStringLiteral("BW-LNX-ACS-007")});
    row("agent", "AllowAgentForwarding", "no", "AllowAgentForwarding no\n", {});
    row("tcp", "AllowTcpForwarding", "no", "AllowTcpForwarding no\n", {QStringLiteral("BW-LNX-ACS-008")});
    row("alive", "ClientAliveInterval", "300", "ClientAliveInterval 300\n", {QStringLiteral("BW-LNX-ACS-009")});
    row("banner", "Banner", "/etc/issue.net", "Banner /etc/issue.net\n", {QStringLiteral("BW-LNX-ACS-010")});
    row("loglevel", "LogLevel", "verbose", "LogLevel VERBOSE\n", {QStringLiteral("BW-LNX-ACS-014")});
    row("hostbased", "HostbasedAuthentication", "no", "HostbasedAuthentication no\n",
        {QStringLiteral("BW-LNX-ACS-015")});
    row("rhosts", "IgnoreRhosts", "yes", "IgnoreRhosts yes\n", {QStringLiteral("BW-LNX-ACS-016")});
    row("user env", "PermitUserEnvironment", "no", "PermitUserEnvironment no\n", {QStringLiteral("BW-LNX-ACS-017")});
}

void TestSshPlanner::everyChoice()
{
    QFETCH(QString, keyword);
    QFETCH(QString, value);
    QFETCH(QByteArray, line);
    QFETCH(QStringList, rules);
    SshChoice choice;
    choice.settings.insert(keyword, value);
    SshHostState state = debianState();
    auto plan = planFor(state, choice);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const FileEdit *edit = plan->changes().constFirst().fileEdit();
    QCOMPARE(edit->after(), header + line);
    QCOMPARE(plan->changes().constFirst().ruleIds(), rules);
}

void TestSshPlanner::rulesSatisfiedReadsSshdT()
{
    // The values as sshd -T prints them, for the wizard's "now" column.
    const QStringList one{QStringLiteral("BW-LNX-ACS-001")};
    QCOMPARE(SshPlanner::rulesSatisfied(QStringLiteral("permitrootlogin"), QStringLiteral("without-password")), one);
    QCOMPARE(SshPlanner::rulesSatisfied(QStringLiteral("PermitRootLogin"), QStringLiteral("forced-commands-only")),
             one);
    QVERIFY(SshPlanner::rulesSatisfied(QStringLiteral("PermitRootLogin"), QStringLiteral("yes")).isEmpty());
    QVERIFY(SshPlanner::rulesSatisfied(QStringLiteral("maxauthtries"), QStringLiteral("6")).isEmpty());
    QCOMPARE(SshPlanner::rulesSatisfied(QStringLiteral("loglevel"), QStringLiteral("INFO")),
             QStringList{QStringLiteral("BW-LNX-ACS-014")});
    QVERIFY(SshPlanner::rulesSatisfied(QStringLiteral("banner"), QStringLiteral("none")).isEmpty());
    QVERIFY(SshPlanner::rulesSatisfied(QStringLiteral("UsePAM"), QStringLiteral("yes")).isEmpty());
    // Weak crypto as the rules count it.
    QCOMPARE(SshSetting::weakAlgorithms(QStringLiteral("ciphers"), QStringLiteral("aes128-ctr,aes128-cbc,3des-cbc")),
             (QStringList{QStringLiteral("aes128-cbc"), QStringLiteral("3des-cbc")}));
    QCOMPARE(SshSetting::weakAlgorithms(QStringLiteral("MACs"), QStringLiteral("hmac-sha1,hmac-md5-etm@openssh.com")),
             QStringList{QStringLiteral("hmac-md5-etm@openssh.com")});
    QVERIFY(SshSetting::weakAlgorithms(QStringLiteral("KexAlgorithms"), SshSetting::modernKex().join(u',')).isEmpty());
    QVERIFY(SshSetting::weakAlgorithms(QStringLiteral("Ciphers"), SshSetting::modernCiphers().join(u',')).isEmpty());
    QVERIFY(SshSetting::weakAlgorithms(QStringLiteral("MACs"), SshSetting::modernMacs().join(u',')).isEmpty());
}

void TestSshPlanner::invalidValuesRefused_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("value");
    QTest::newRow("tries zero") << "MaxAuthTries"
                                << "0";
    QTest::newRow("tries words") << "MaxAuthTries"
                                 << "four";
    QTest::newRow("grace unlimited") << "LoginGraceTime"
                                     << "0";
    QTest::newRow("root yes") << "PermitRootLogin"
                              << "yes";
    QTest::newRow("yes-no") << "X11Forwarding"
                            << "maybe";
    QTest::newRow("user injection") << "AllowUsers"
                                    << "alice;reboot";
    QTest::newRow("user quote") << "AllowUsers"
                                << "\"alice";
    QTest::newRow("negation") << "AllowGroups"
                              << "!wheel";
    QTest::newRow("newline") << "AllowUsers"
                             << "alice\nPermitRootLogin yes";
    QTest::newRow("relative banner") << "Banner"
                                     << "issue.net";
    QTest::newRow("banner spaces") << "Banner"
                                   << "/etc/my issue";
    QTest::newRow("unknown") << "UsePAM"
                             << "no";
}

void TestSshPlanner::invalidValuesRefused()
{
    QFETCH(QString, keyword);
    QFETCH(QString, value);
    SshChoice choice;
    choice.settings.insert(keyword, value);
    auto draft = SshPlanner::draft(debianState(), choice);
    QVERIFY(!draft);
    QCOMPARE(draft.error().code(), Error::Code::InvalidArgument);
}

void TestSshPlanner::replanIsMinimal()
{
    SshHostState state = debianState();
    const QByteArray current = header + "PasswordAuthentication no\nKbdInteractiveAuthentication no\nMaxAuthTries 4\n"
                                        "X11Forwarding no\n";
    state.files.insert(SshPlanner::dropInPath(), {current, QStringLiteral("644"), 0, 0});
    const auto draft = draftOf(state, choose({{"MaxAuthTries", "3"}}));
    QVERIFY(draft.edit.beforeExists());
    QCOMPARE(draft.edit.before(), current);
    QByteArray expected = current;
    expected.replace("MaxAuthTries 4\n", "MaxAuthTries 3\n");
    QCOMPARE(draft.edit.after(), expected);
    QVERIFY(draft.changesFile);
    QCOMPARE(draft.ruleIds, QStringList{QStringLiteral("BW-LNX-ACS-005")});
}

void TestSshPlanner::replanRemovesSetting()
{
    SshHostState state = debianState();
    state.files.insert(SshPlanner::dropInPath(),
                       {header + "MaxAuthTries 4\nX11Forwarding no\n", QStringLiteral("644"), 0, 0});
    // A later drop-in sets X11Forwarding: once Bulwark's line goes, that one counts.
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/50-local.conf"),
                       {"X11Forwarding yes\n", QStringLiteral("644"), 0, 0});
    const auto draft = draftOf(state, choose({{"MaxAuthTries", ""}, {"X11Forwarding", ""}}));
    QVERIFY(!draft.edit.afterExists());
    QVERIFY(draft.options.contains(QStringLiteral("MaxAuthTries=6")));    // sshd's built-in value
    QVERIFY(draft.options.contains(QStringLiteral("X11Forwarding=yes"))); // the next file's value
}

void TestSshPlanner::nothingToChange()
{
    SshHostState state = debianState();
    state.files.insert(SshPlanner::dropInPath(), {header + "MaxAuthTries 4\n", QStringLiteral("644"), 0, 0});
    const auto draft = draftOf(state, choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!draft.changesFile);
    auto plan = planFor(state, choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!plan);
    QVERIFY(plan.error().message().contains(QStringLiteral("nothing to change")));
}

void TestSshPlanner::allRemovedDeletesDropIn()
{
    SshHostState state = debianState();
    state.files.insert(SshPlanner::dropInPath(), {header + "MaxAuthTries 4\n", QStringLiteral("644"), 0, 0});
    auto plan = planFor(state, choose({{"MaxAuthTries", ""}}));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    const FileEdit *edit = plan->changes().constFirst().fileEdit();
    QVERIFY(edit->beforeExists());
    QVERIFY(!edit->afterExists());
    QVERIFY(edit->validator().isEmpty()); // nothing to validate
}

void TestSshPlanner::blockWhenNoInclude()
{
    const QByteArray main = "# RHEL 8\nPort 22\nPermitRootLogin yes\nSubsystem sftp /usr/libexec/openssh/sftp-server\n";
    SshHostState state = debianState(main);
    auto draft = SshPlanner::draft(state, choose({{"PermitRootLogin", "no"}}));
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
    QVERIFY(!draft->dropIn);
    QCOMPARE(draft->edit.path(), QStringLiteral("/etc/ssh/sshd_config"));
    QVERIFY(draft->edit.mode().isEmpty()); // the main file keeps its own mode and owner
    const QByteArray after = draft->edit.after();
    QCOMPARE(after, QByteArray("# RHEL 8\n# BEGIN Bulwark\n# Managed by Bulwark (SSH hardening); sshd uses the first "
                               "value it reads.\nPermitRootLogin no\n# END Bulwark\nPort 22\nPermitRootLogin yes\n"
                               "Subsystem sftp /usr/libexec/openssh/sftp-server\n"));
    // Re-planning edits the block where it is.
    state.files[state.mainPath].content = after;
    const auto again = draftOf(state, choose({{"MaxAuthTries", "4"}}));
    QByteArray expected = after;
    expected.replace("PermitRootLogin no\n# END", "PermitRootLogin no\nMaxAuthTries 4\n# END");
    QCOMPARE(again.edit.after(), expected);
    const auto removed = draftOf(state, choose({{"PermitRootLogin", ""}}));
    QCOMPARE(removed.edit.after(), main);
    QVERIFY(removed.options.contains(QStringLiteral("PermitRootLogin=yes"))); // the file's own line counts again
}

void TestSshPlanner::blockReadOrder()
{
    // A new block at the top comes before every include, known or not, and before drop-ins with Match blocks.
    const QByteArray main = "Include /opt/ssh/*.conf\nInclude /etc/ssh/sshd_config.d/*.cfg\nPort 22\n";
    SshHostState state = debianState(main);
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/10-x.cfg"),
                       {"MaxAuthTries 6\nMatch User x\n  MaxAuthTries 2\n", QStringLiteral("644"), 0, 0});
    const auto first = draftOf(state, choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!first.dropIn);
    QVERIFY(first.edit.after().startsWith("# BEGIN Bulwark\n"));
    QVERIFY(first.warnings.join(u'\n').contains(QStringLiteral("10-x.cfg line 3")));
    // An existing block below an include Bulwark cannot read: it cannot tell what is read first.
    state.files[state.mainPath].content = "Include /opt/ssh/*.conf\n# BEGIN Bulwark\nMaxAuthTries 4\n# END Bulwark\n";
    auto below = SshPlanner::draft(state, choose({{"MaxAuthTries", "3"}}));
    QVERIFY(!below);
    QVERIFY(below.error().message().contains(QStringLiteral("/opt/ssh/*.conf")));
    // Removing a setting when an unread include could set it: the value that would apply is unknown.
    state.files[state.mainPath].content = "# BEGIN Bulwark\nMaxAuthTries 4\n# END Bulwark\nInclude /opt/ssh/*.conf\n";
    QVERIFY(SshPlanner::draft(state, choose({{"MaxAuthTries", "3"}})));
    QVERIFY(!SshPlanner::draft(state, choose({{"MaxAuthTries", ""}})));
}

void TestSshPlanner::blockWhenIncludeAfterMatch()
{
    const QByteArray main = "Port 22\nMatch User backup\n  X11Forwarding yes\nInclude /etc/ssh/sshd_config.d/*.conf\n";
    const auto draft = draftOf(debianState(main), choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!draft.dropIn);
    QVERIFY(draft.edit.after().startsWith("# BEGIN Bulwark\n"));
}

void TestSshPlanner::earlierSetterRefused()
{
    const QByteArray main = "PasswordAuthentication yes\nInclude /etc/ssh/sshd_config.d/*.conf\n";
    auto draft = SshPlanner::draft(debianState(main), choose({{"PasswordAuthentication", "no"}}));
    QVERIFY(!draft);
    QVERIFY(draft.error().message().contains(QStringLiteral("/etc/ssh/sshd_config line 1")));
    // Other settings are fine.
    QVERIFY(SshPlanner::draft(debianState(main), choose({{"MaxAuthTries", "4"}})));
}

void TestSshPlanner::earlierDropInRefused()
{
    SshHostState state = debianState();
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/00-aaa.conf"),
                       {"MaxAuthTries 10\n", QStringLiteral("644"), 0, 0});
    auto draft = SshPlanner::draft(state, choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!draft);
    QVERIFY(draft.error().message().contains(QStringLiteral("00-aaa.conf line 1")));
    // A Match block in a file read before Bulwark's is refused too.
    state.files[QStringLiteral("/etc/ssh/sshd_config.d/00-aaa.conf")].content = "Match User x\n  X11Forwarding yes\n";
    QVERIFY(!SshPlanner::draft(state, choose({{"MaxAuthTries", "4"}})));
}

void TestSshPlanner::laterDropInIsFine()
{
    SshHostState state = debianState();
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/50-cloud-init.conf"),
                       {"PasswordAuthentication yes\n", QStringLiteral("600"), 0, 0});
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/README"), {"not read\n\"", QStringLiteral("644"), 0, 0});
    auto plan = planFor(state, choose({{"PasswordAuthentication", "no"}}));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
}

void TestSshPlanner::matchOverrideWarned()
{
    const QByteArray main = QByteArray(debianMain) + "Match User backup\n    PasswordAuthentication yes\n";
    auto plan = planFor(debianState(main), choose({{"PasswordAuthentication", "no"}}));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    bool warned = false;
    for (const QString &warning : plan->warnings())
        warned = warned ||
                 (warning.contains(QStringLiteral("line 9")) && warning.contains(QStringLiteral("Match User backup")));
    QVERIFY2(warned, qPrintable(plan->warnings().join(u'\n')));
}

void TestSshPlanner::passwordOffLocksOutPasswordLogin()
{
    SshHostState state = debianState();
    state.login.method = SshLogin::Method::Password;
    auto plan = planFor(state, choose({{"PasswordAuthentication", "no"}}));
    QVERIFY(!plan);
    QVERIFY(plan.error().message().contains(QStringLiteral("lock you out")));
    QVERIFY(plan.error().message().contains(QStringLiteral("with a password from 10.0.2.2")));
}

void TestSshPlanner::passwordOffKeepsKeyLogin()
{
    auto plan = planFor(debianState(), choose({{"PasswordAuthentication", "no"}}));
    QVERIFY(plan);
    bool warned = false;
    for (const QString &warning : plan->warnings())
        warned = warned || warning.contains(QStringLiteral("Everyone else who logs in with a password"));
    QVERIFY(warned);
}

void TestSshPlanner::rootLogins_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("root key, no") << true << "no" << false;
    QTest::newRow("root key, prohibit-password") << true << "prohibit-password" << true;
    QTest::newRow("root password, prohibit-password") << false << "prohibit-password" << false;
}

void TestSshPlanner::rootLogins()
{
    QFETCH(bool, byKey);
    QFETCH(QString, value);
    QFETCH(bool, allowed);
    SshHostState state = debianState();
    state.login.user = QStringLiteral("root");
    state.login.groups = {QStringLiteral("root")};
    state.login.method = byKey ? SshLogin::Method::PublicKey : SshLogin::Method::Password;
    SshChoice choice;
    choice.settings.insert(QStringLiteral("PermitRootLogin"), value);
    auto plan = planFor(state, choice);
    QCOMPARE(bool(plan), allowed);
}

void TestSshPlanner::allowUsersNarrowedByReplanRefused()
{
    SshHostState state = debianState();
    state.files.insert(SshPlanner::dropInPath(), {header + "AllowUsers alice bob\n", QStringLiteral("644"), 0, 0});
    state.effective.insert(QStringLiteral("allowusers"), QStringLiteral("alice bob"));
    const auto draft = draftOf(state, choose({{"AllowUsers", "carol"}}));
    QCOMPARE(draft.subtract.value(QStringLiteral("allowusers")),
             (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
    // sshd -T -o AllowUsers=carol still reads the old drop-in: it prints all three; the old entries are taken out.
    SshAccessReader::Evaluation evaluation;
    evaluation.effective = state.effective;
    evaluation.effective.insert(QStringLiteral("allowusers"), QStringLiteral("carol,alice,bob"));
    auto verdict = SshPlanner::preflight(draft, state, evaluation);
    QVERIFY(!verdict);
    QVERIFY(verdict.error().message().contains(QStringLiteral("AllowUsers")));
    // Keeping alice in the list passes.
    const auto keep = draftOf(state, choose({{"AllowUsers", "alice carol"}}));
    evaluation.effective.insert(QStringLiteral("allowusers"), QStringLiteral("alice,carol,alice,bob"));
    QVERIFY(SshPlanner::preflight(keep, state, evaluation));
    // A group list the login is not in.
    auto groups = planFor(debianState(), choose({{"AllowGroups", "ssh-users"}}));
    QVERIFY(!groups);
    QVERIFY(planFor(debianState(), choose({{"AllowGroups", "sudo"}})));
}

void TestSshPlanner::cryptoFilteredBySupported()
{
    SshHostState state = debianState();
    state.ciphers.removeAll(QStringLiteral("chacha20-poly1305@openssh.com"));
    SshChoice choice;
    choice.crypto = SshChoice::Crypto::Modern;
    const auto draft = draftOf(state, choice);
    QByteArray after = draft.edit.after();
    QVERIFY(after.contains("Ciphers aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr\n"));
    QVERIFY(after.contains("MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,umac-128-etm@openssh.com,"
                           "hmac-sha2-512,hmac-sha2-256\n"));
    QVERIFY(after.contains("KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,"
                           "curve25519-sha256@libssh.org,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,"
                           "diffie-hellman-group-exchange-sha256\n"));
    QVERIFY(!after.contains("mlkem")); // not in this OpenSSH
    QCOMPARE(draft.ruleIds, (QStringList{QStringLiteral("BW-LNX-ACS-011"), QStringLiteral("BW-LNX-ACS-012"),
                                         QStringLiteral("BW-LNX-ACS-013")}));
    // Unknown support: the preset as it is (the pre-flight's sshd -T refuses what the host lacks).
    state.ciphers.clear();
    QVERIFY(draftOf(state, choice).edit.after().contains("Ciphers chacha20-poly1305@openssh.com,"));
}

void TestSshPlanner::cryptoWithoutUsableRefused()
{
    SshHostState state = debianState();
    state.kex = {QStringLiteral("diffie-hellman-group1-sha1"), QStringLiteral("sntrup761x25519-sha512@openssh.com")};
    SshChoice choice;
    choice.crypto = SshChoice::Crypto::Modern;
    auto draft = SshPlanner::draft(state, choice);
    QVERIFY(!draft);
    QVERIFY(draft.error().message().contains(QStringLiteral("KexAlgorithms")));
}

void TestSshPlanner::bannerMustExist()
{
    const SshHostState state = debianState();
    const auto draft = draftOf(state, choose({{"Banner", "/etc/issue.net"}}));
    QCOMPARE(draft.bannerPath, QStringLiteral("/etc/issue.net"));
    SshAccessReader::Evaluation evaluation = simulate(state, draft);
    evaluation.bannerExists = false;
    auto verdict = SshPlanner::preflight(draft, state, evaluation);
    QVERIFY(!verdict);
    QVERIFY(verdict.error().message().contains(QStringLiteral("/etc/issue.net does not exist")));
}

void TestSshPlanner::missingUnitRefused()
{
    SshHostState state = debianState();
    state.unit.clear();
    QVERIFY(!planFor(state, choose({{"MaxAuthTries", "4"}})));
}

void TestSshPlanner::replaceLegacy()
{
    const QJsonObject facts{
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("lab")}}},
        {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("unit"), QStringLiteral("vsftpd.service")},
                                                            {QStringLiteral("name"), QStringLiteral("vsftpd")},
                                                            {QStringLiteral("enabled"), QStringLiteral("enabled")},
                                                            {QStringLiteral("active"), QStringLiteral("active")},
                                                            {QStringLiteral("sub"), QStringLiteral("running")}},
                                                QJsonObject{{QStringLiteral("unit"), QStringLiteral("ssh.service")},
                                                            {QStringLiteral("name"), QStringLiteral("ssh")},
                                                            {QStringLiteral("enabled"), QStringLiteral("enabled")},
                                                            {QStringLiteral("active"), QStringLiteral("active")}}}},
        {QStringLiteral("inetd"), QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("telnet")},
                                                         {QStringLiteral("file"), QStringLiteral("/etc/inetd.conf")},
                                                         {QStringLiteral("enabled"), true}}}},
    };
    QCOMPARE(SshPlanner::legacyUnits(facts), QStringList{QStringLiteral("vsftpd.service")});
    QCOMPARE(SshPlanner::legacyInetdServices(facts), QStringList{QStringLiteral("telnet")});
    SshChoice choice = choose({{"MaxAuthTries", "4"}});
    choice.replaceLegacy = true;
    auto plan = planFor(debianState(), choice, facts);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    QVERIFY(plan->changes().size() >= 3);
    bool vsftpd = false, telnet = false;
    for (const Change &change : plan->changes()) {
        if (const CommandStep *step = change.command())
            vsftpd = vsftpd || step->argv().contains(QStringLiteral("vsftpd.service"));
        if (const FileEdit *edit = change.fileEdit())
            telnet = telnet || edit->path() == u"/etc/inetd.conf";
    }
    QVERIFY(vsftpd);
    QVERIFY(telnet);
    // Without an sftp Subsystem the plan says so.
    SshHostState state = debianState();
    state.effective.remove(QStringLiteral("subsystem"));
    auto warned = planFor(state, choice, facts);
    QVERIFY(warned);
    QVERIFY(warned->warnings().join(u'\n').contains(QStringLiteral("sftp Subsystem")));
    // Nothing legacy on: only the SSH change and a note.
    choice.settings.clear();
    choice.settings.insert(QStringLiteral("MaxAuthTries"), QStringLiteral("4"));
    auto none = planFor(debianState(), choice, QJsonObject{});
    QVERIFY(none);
    QCOMPARE(none->changes().size(), 1);
}

void TestSshPlanner::unparsableMainRefused()
{
    auto draft = SshPlanner::draft(debianState("Banner \"/etc/issue.net\nPort 22\n"), choose({{"MaxAuthTries", "4"}}));
    QVERIFY(!draft);
    QCOMPARE(draft.error().code(), Error::Code::ParseError);
    SshHostState state = debianState();
    state.files.insert(QStringLiteral("/etc/ssh/sshd_config.d/10-broken.conf"),
                       {"Odd-Key x\n", QStringLiteral("644"), 0, 0});
    QVERIFY(!SshPlanner::draft(state, choose({{"MaxAuthTries", "4"}})));
}

// --- the reader --------------------------------------------------------------------------------------------------

namespace {

class ScriptedSession : public Session
{
public:
    using Answer = std::function<CommandResult(const RemoteCommand &)>;
    explicit ScriptedSession(Answer answer)
        : m_answer(std::move(answer))
    {}
    Platform platform() const override { return Platform::Posix; }
    QString displayName() const override { return QStringLiteral("scripted"); }
    Result<void> open(const CancelToken &) override { return {}; }
    void close() override {}
    bool isOpen() const override { return true; }
    Result<CommandResult> run(const RemoteCommand &command, const CancelToken &) override
    {
        countCommand();
        m_commands.append(command);
        return m_answer(command);
    }
    QList<RemoteCommand> commands() const { return m_commands; }

private:
    Answer m_answer;
    QList<RemoteCommand> m_commands;
};

const QByteArray sshdT = "port 22\npermitrootlogin without-password\npubkeyauthentication yes\n"
                         "passwordauthentication yes\nkbdinteractiveauthentication no\nallowusers alice\n"
                         "allowusers bob\nsubsystem sftp /usr/lib/openssh/sftp-server";

QByteArray section(const QByteArray &b, const QByteArray &title, const QByteArray &content)
{
    return b + ' ' + title + '\n' + content + '\n' + b + " .\n";
}

QByteArray loginAnswer(const QByteArray &b)
{
    return section(b, "conn", "10.0.2.2 51234 10.0.2.15 22") + section(b, "user", "alice\n") +
           section(b, "groups", "alice sudo\n") + b + " end\n";
}

QByteArray stateAnswer(const QByteArray &b)
{
    return section(b, "effective 0", sshdT) + section(b, "global 0", sshdT) + section(b, "defaults 0", sshdT) +
           section(b, "version", "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024\n") +
           section(b, "cipher", "aes128-ctr\nchacha20-poly1305@openssh.com\n") + section(b, "mac", "hmac-sha2-256\n") +
           section(b, "kex", "curve25519-sha256\n") +
           section(b, "unit", "Id=ssh.service\nLoadState=loaded\n\nId=ssh.service\nLoadState=loaded\n") +
           section(b, "file 644 0 0 /etc/ssh/sshd_config", debianMain) +
           section(b, "file 600 0 0 /etc/ssh/sshd_config.d/50-cloud-init.conf", "PasswordAuthentication yes\n") + b +
           " end\n";
}

CommandResult ok(const QByteArray &out, const QByteArray &err = {})
{
    CommandResult result;
    result.exitStatus = 0;
    result.stdOut = out;
    result.stdErr = err;
    return result;
}

} // namespace

void TestSshPlanner::readerReadsState()
{
    ScriptedSession session([](const RemoteCommand &command) {
        const QByteArray b = command.argv.value(4);
        return ok(command.elevate ? stateAnswer(b) : loginAnswer(b));
    });
    auto state = SshAccessReader::read(session, SshLogin::Method::Password, CancelToken());
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(session.commands().size(), 2);
    QVERIFY(!session.commands().at(0).elevate); // $SSH_CONNECTION: sudo would drop it
    QVERIFY(session.commands().at(1).elevate);
    QCOMPARE(session.commands().at(1).argv.value(5),
             QByteArray("user=alice,host=10.0.2.2,addr=10.0.2.2,laddr=10.0.2.15,lport=22"));
    QCOMPARE(state->login.user, QStringLiteral("alice"));
    QCOMPARE(state->login.groups, (QStringList{QStringLiteral("alice"), QStringLiteral("sudo")}));
    QCOMPARE(state->login.method, SshLogin::Method::Password); // not an SshSession: the caller's method
    QCOMPARE(state->effective.value(QStringLiteral("allowusers")), QStringLiteral("alice,bob"));
    QCOMPARE(state->global.value(QStringLiteral("permitrootlogin")), QStringLiteral("without-password"));
    QCOMPARE(state->ciphers,
             (QStringList{QStringLiteral("aes128-ctr"), QStringLiteral("chacha20-poly1305@openssh.com")}));
    QCOMPARE(state->unit, QStringLiteral("ssh.service"));
    QCOMPARE(state->files.size(), 2);
    QCOMPARE(state->files.value(QStringLiteral("/etc/ssh/sshd_config")).content, debianMain);
    QCOMPARE(state->files.value(QStringLiteral("/etc/ssh/sshd_config.d/50-cloud-init.conf")).mode,
             QStringLiteral("600"));
    QVERIFY(state->version.startsWith(QStringLiteral("OpenSSH_9.2")));
}

void TestSshPlanner::readerRefusesHostileAnswers_data()
{
    QTest::addColumn<int>("which"); // 0: the login answer, 1: the state answer
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("forged boundary") << 1 << QByteArray("BULWARK-") << QByteArray("BULWARK-X");
    QTest::newRow("cut short") << 1 << QByteArray(" end\n") << QByteArray();
    QTest::newRow("unknown section") << 1 << QByteArray(" version\n") << QByteArray(" shell\n");
    QTest::newRow("garbage in sshd -T") << 1 << QByteArray("port 22\n") << QByteArray("PORT: 22!\n");
    QTest::newRow("control chars in sshd -T") << 1 << QByteArray("port 22\n") << QByteArray("port 2\x1b[2J2\n");
    QTest::newRow("sshd -T failed") << 1 << QByteArray("effective 0") << QByteArray("effective 255");
    QTest::newRow("garbage global") << 1 << QByteArray("global 0\nport 22") << QByteArray("global 0\nport:22");
    QTest::newRow("file outside /etc/ssh")
        << 1 << QByteArray("/etc/ssh/sshd_config.d/50-cloud-init.conf") << QByteArray("/etc/shadow");
    QTest::newRow("file climbing out") << 1 << QByteArray("/etc/ssh/sshd_config.d/50-cloud-init.conf")
                                       << QByteArray("/etc/ssh/sshd_config.d/../../shadow");
    QTest::newRow("bad algorithm") << 1 << QByteArray("aes128-ctr\n") << QByteArray("aes128 ctr; rm\n");
    QTest::newRow("bad unit") << 1 << QByteArray("Id=ssh.service\nLoadState=loaded\n\n")
                              << QByteArray("Id=ssh service;x\nLoadState=loaded\n\n");
    QTest::newRow("no main file") << 1 << QByteArray("/etc/ssh/sshd_config\n")
                                  << QByteArray("/etc/ssh/sshd_config.d/x\n");
    QTest::newRow("output after end") << 1 << QByteArray(" end\n") << QByteArray(" end\nmore\n");
    QTest::newRow("bad user") << 0 << QByteArray("alice\n") << QByteArray("alice,addr=1.2.3.4\n");
    QTest::newRow("bad group") << 0 << QByteArray("alice sudo") << QByteArray("alice su\x01do");
    QTest::newRow("bad address") << 0 << QByteArray("10.0.2.2 51234") << QByteArray("10.0.2.2,x 51234");
    QTest::newRow("bad port") << 0 << QByteArray("10.0.2.15 22") << QByteArray("10.0.2.15 99999");
}

void TestSshPlanner::readerRefusesHostileAnswers()
{
    QFETCH(int, which);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    ScriptedSession session([&](const RemoteCommand &command) {
        const QByteArray b = command.argv.value(4);
        QByteArray out = command.elevate ? stateAnswer(b) : loginAnswer(b);
        if ((command.elevate ? 1 : 0) == which) {
            const qsizetype at = out.indexOf(from);
            if (at >= 0)
                out.replace(at, from.size(), to);
        }
        return ok(out);
    });
    auto state = SshAccessReader::read(session, SshLogin::Method::PublicKey, CancelToken());
    QVERIFY(!state);
}

void TestSshPlanner::readerEvaluateArgvAndRefusal()
{
    SshHostState state = debianState();
    QByteArrayList seen;
    ScriptedSession session([&](const RemoteCommand &command) {
        seen = command.argv;
        const QByteArray b = command.argv.value(4);
        if (command.argv.contains("Ciphers=bogus"))
            return ok(section(b, "effective 255", "") + b + " end\n",
                      "command-line line 0: Bad SSH2 cipher spec 'bogus'.\n");
        return ok(section(b, "banner", "yes") + section(b, "effective 0", sshdT) + b + " end\n");
    });
    auto evaluation = SshAccessReader::evaluate(
        session, state, {QStringLiteral("PasswordAuthentication=no"), QStringLiteral("AllowUsers=alice bob")},
        QStringLiteral("/etc/issue.net"), CancelToken());
    QVERIFY2(evaluation, evaluation ? "" : qPrintable(evaluation.error().toString()));
    QVERIFY(evaluation->bannerExists);
    // Each option is its own argv element after "-o": no shell string is ever built from values.
    QCOMPARE(seen.mid(5),
             (QByteArrayList{"user=alice,host=10.0.2.2,addr=10.0.2.2,laddr=10.0.2.15,lport=22", "/etc/issue.net", "-o",
                             "PasswordAuthentication=no", "-o", "AllowUsers=alice bob"}));
    auto bad = SshAccessReader::evaluate(session, state, {QStringLiteral("Ciphers=bogus")}, {}, CancelToken());
    QVERIFY(!bad);
    QVERIFY(bad.error().detail().contains(QStringLiteral("Bad SSH2 cipher spec")));
    // A banner answer that was not asked for, or garbage in it, is refused.
    QVERIFY(!SshAccessReader::parseEvaluation(
        section("B", "banner", "yes") + section("B", "effective 0", sshdT) + "B end\n", "B", {}, false));
    QVERIFY(!SshAccessReader::parseEvaluation(
        section("B", "banner", "maybe") + section("B", "effective 0", sshdT) + "B end\n", "B", {}, true));
}

void TestSshPlanner::readerMissingSshConnection()
{
    SshHostState state;
    const QByteArray b = "B";
    auto parsed = SshAccessReader::parseLogin(
        section(b, "conn", "") + section(b, "user", "alice") + section(b, "groups", "alice") + "B end\n", b, state);
    QVERIFY(!parsed);
    QVERIFY(parsed.error().message().contains(QStringLiteral("SSH_CONNECTION")));
}

// --- the real sshd -----------------------------------------------------------------------------------------------

void TestSshPlanner::realSshdAcceptsGenerated()
{
    const QString sshd = QStringLiteral("/usr/sbin/sshd");
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (!QFile::exists(sshd) || keygen.isEmpty())
        QSKIP("no /usr/sbin/sshd or ssh-keygen on this machine");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("hostkey"));
    QCOMPARE(QProcess::execute(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                        QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}),
             0);
    const auto run = [&](const QStringList &arguments, QByteArray *out = nullptr) {
        QProcess process;
        process.start(sshd, arguments);
        process.waitForFinished(30000);
        if (out)
            *out = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning("sshd %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };

    // Every setting at once, with the modern crypto from this machine's OpenSSH.
    SshHostState state = debianState();
    const auto query = [](const char *what) {
        QProcess process;
        process.start(QStringLiteral("ssh"), {QStringLiteral("-Q"), QString::fromLatin1(what)});
        process.waitForFinished(10000);
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    };
    state.ciphers = query("cipher");
    state.macs = query("mac");
    state.kex = query("kex");
    SshChoice choice = choose({{"PasswordAuthentication", "no"},
                               {"PermitRootLogin", "no"},
                               {"PermitEmptyPasswords", "no"},
                               {"AllowUsers", "alice bob@10.0.2.*"},
                               {"AllowGroups", "sudo"},
                               {"MaxAuthTries", "4"},
                               {"LoginGraceTime", "60"},
                               {"X11Forwarding", "no"},
                               {"AllowAgentForwarding", "no"},
                               {"AllowTcpForwarding", "no"},
                               {"ClientAliveInterval", "300"},
                               {"ClientAliveCountMax", "3"},
                               {"Banner", "/etc/issue.net"},
                               {"LogLevel", "VERBOSE"},
                               {"HostbasedAuthentication", "no"},
                               {"IgnoreRhosts", "yes"},
                               {"PermitUserEnvironment", "no"}});
    choice.crypto = SshChoice::Crypto::Modern;
    const auto draft = draftOf(state, choice);
    write(QStringLiteral("00-bulwark.conf"), draft.edit.after());
    // The validator the Applier runs on the staged drop-in.
    QCOMPARE(run({QStringLiteral("-t"), QStringLiteral("-f"), dir.filePath(QStringLiteral("00-bulwark.conf")),
                  QStringLiteral("-h"), key}),
             0);

    // A main file that includes the drop-in directory first and has a Match block for alice: the -o options give
    // what the drop-in gives, and the Match block still wins for alice.
    const QByteArray main = "Include " + dir.path().toUtf8() + "/d/*.conf\nHostKey " + key.toUtf8() +
                            "\nPasswordAuthentication yes\nX11Forwarding yes\n"
                            "Match User alice\n    X11Forwarding yes\n";
    write(QStringLiteral("main"), main);
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("d")));
    QByteArray viaOptions;
    QStringList arguments = {QStringLiteral("-T"), QStringLiteral("-f"), dir.filePath(QStringLiteral("main")),
                             QStringLiteral("-C"), state.connectionSpec()};
    for (const QString &option : draft.options)
        arguments << QStringLiteral("-o") << option;
    QCOMPARE(run(arguments, &viaOptions), 0);
    write(QStringLiteral("d/00-bulwark.conf"), draft.edit.after());
    QByteArray viaDropIn;
    QCOMPARE(run({QStringLiteral("-T"), QStringLiteral("-f"), dir.filePath(QStringLiteral("main")),
                  QStringLiteral("-C"), state.connectionSpec()},
                 &viaDropIn),
             0);
    QCOMPARE(viaOptions, viaDropIn);
    auto effective = SshAccessReader::parseEffective(viaOptions);
    QVERIFY(effective);
    QCOMPARE(effective->value(QStringLiteral("passwordauthentication")), QStringLiteral("no"));
    QCOMPARE(effective->value(QStringLiteral("x11forwarding")), QStringLiteral("yes")); // the Match block
    QCOMPARE(effective->value(QStringLiteral("maxauthtries")), QStringLiteral("4"));
    QCOMPARE(effective->value(QStringLiteral("ciphers")), draft.block.at(draft.block.size() - 3).second);
    QVERIFY(SshAccess::check(*effective, state.login));

    // The Bulwark block in a main file without the include passes sshd -t as a whole.
    SshHostState rhel = debianState("HostKey " + key.toUtf8() + "\nPermitRootLogin yes\n");
    const auto block = draftOf(rhel, choice);
    QVERIFY(!block.dropIn);
    write(QStringLiteral("rhel"), block.edit.after());
    QByteArray rhelOut;
    QCOMPARE(run({QStringLiteral("-T"), QStringLiteral("-f"), dir.filePath(QStringLiteral("rhel")),
                  QStringLiteral("-C"), rhel.connectionSpec()},
                 &rhelOut),
             0);
    QVERIFY(rhelOut.contains("permitrootlogin no\n"));
}

namespace {

// Runs commands on this machine: the reader's shell scripts against the real sh, id, sshd, ssh and stat.
class LocalSession : public Session
{
public:
    Platform platform() const override { return Platform::Posix; }
    QString displayName() const override { return QStringLiteral("local"); }
    Result<void> open(const CancelToken &) override { return {}; }
    void close() override {}
    bool isOpen() const override { return true; }
    Result<CommandResult> run(const RemoteCommand &command, const CancelToken &) override
    {
        QProcess process;
        QStringList arguments;
        for (qsizetype i = 1; i < command.argv.size(); ++i)
            arguments << QString::fromUtf8(command.argv.at(i));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_CONNECTION"), QStringLiteral("127.0.0.1 50000 127.0.0.1 22"));
        process.setProcessEnvironment(environment);
        process.start(QString::fromUtf8(command.argv.constFirst()), arguments);
        process.waitForFinished(60000);
        CommandResult result;
        result.exitStatus = process.exitCode();
        result.stdOut = process.readAllStandardOutput();
        result.stdErr = process.readAllStandardError();
        return result;
    }
};

} // namespace

void TestSshPlanner::realScriptsOnThisMachine()
{
    // Elevated commands run as they are, so this needs root, and an sshd with its configuration and host keys.
    if (::geteuid() != 0 || !QFile::exists(QStringLiteral("/usr/sbin/sshd")) ||
        !QFile::exists(QStringLiteral("/etc/ssh/sshd_config")))
        QSKIP("needs root and an installed OpenSSH server");
    QProcess probe;
    probe.start(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-T")});
    probe.waitForFinished(30000);
    if (probe.exitCode() != 0)
        QSKIP("sshd -T does not work on this machine");
    LocalSession session;
    auto state = SshAccessReader::read(session, SshLogin::Method::PublicKey, CancelToken());
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(state->login.user, QStringLiteral("root"));
    QCOMPARE(state->login.clientAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(state->serverPort, QStringLiteral("22"));
    QVERIFY(state->effective.contains(QStringLiteral("permitrootlogin")));
    QVERIFY(state->global.contains(QStringLiteral("permitrootlogin")));
    QVERIFY(state->defaults.contains(QStringLiteral("maxauthtries")));
    QVERIFY(state->files.contains(QStringLiteral("/etc/ssh/sshd_config")));
    QVERIFY(state->ciphers.contains(QStringLiteral("aes256-ctr")));
    // The pre-flight's command: the new values on sshd's command line, a banner check.
    SshChoice choice = choose({{"MaxAuthTries", "3"}, {"PermitRootLogin", "prohibit-password"}});
    choice.crypto = SshChoice::Crypto::Modern;
    auto draft = SshPlanner::draft(*state, choice);
    QVERIFY2(draft, draft ? "" : qPrintable(draft.error().toString()));
    auto evaluation = SshAccessReader::evaluate(session, *state, draft->options, QStringLiteral("/nonexistent/banner"),
                                                CancelToken());
    QVERIFY2(evaluation, evaluation ? "" : qPrintable(evaluation.error().toString()));
    QVERIFY(!evaluation->bannerExists);
    QCOMPARE(evaluation->effective.value(QStringLiteral("maxauthtries")), QStringLiteral("3"));
    QCOMPARE(evaluation->effective.value(QStringLiteral("ciphers")), SshSetting::modernCiphers().join(u','));
    // sshd refuses a value it does not know: the refusal carries its words.
    auto bad =
        SshAccessReader::evaluate(session, *state, {QStringLiteral("Ciphers=nonsense-cipher")}, {}, CancelToken());
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), Error::Code::InvalidArgument);
    QVERIFY2(bad.error().detail().contains(QStringLiteral("nonsense-cipher")), qPrintable(bad.error().detail()));
}

QTEST_GUILESS_MAIN(TestSshPlanner)
#include "tst_sshplanner.moc"
