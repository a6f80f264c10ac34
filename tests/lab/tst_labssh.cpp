// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/AccountsPlanner.h"
#include "core/accounts/AccountsReader.h"
#include "core/apply/Applier.h"
#include "core/apply/Journal.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/Scanner.h"
#include "core/ssh/SshAccessReader.h"
#include "core/ssh/SshPlanJob.h"
#include "core/ssh/SshPlanner.h"
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Bulwark;
using namespace Bulwark::Apply;
using namespace Bulwark::Transport;

// Lock-out protection on the lab VM (Debian 12 under QEMU, real systemd and OpenSSH): the SSH hardening that keeps
// key logins while password and root logins go, the pre-flight refusing a change that would lock the console out,
// and the commit-confirmed revert: a change that breaks logins in a way no pre-flight sees is undone by the console
// when it is alive, and by the host itself (a transient systemd timer) when the console is gone. In every test the
// console can log in again at the end. The accounts planner's changes go through the same commit-confirmed apply.
// Each test starts from the clean snapshot.
class TestLabSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void passwordAndRootLoginsOffKeyLoginsStay();
    void lockingChangesAreRefused();
    void brokenLoginIsUndoneByTheConsole();
    void brokenLoginIsUndoneByTheHostWhenTheConsoleIsGone();
    void accountsLockedThenRolledBack();

private:
    std::unique_ptr<SshSession> open(const QString &user, const SshCredentials &credentials = {});
    SshTarget target(const QString &user) const;
    QString run(Session &session, const QStringList &argv);
    ApplyOptions options(const QString &user, const SshCredentials &credentials = {}) const;
    // SshAccessReader + the facts + SshPlanJob, as the wizard and `bulwark-cli plan ssh` do it.
    Ssh::SshPlanOutcome planOn(Session &session, Plan::SshLogin::Method method, const Plan::SshChoice &choice);
    // Whether `user` can log in with `credentials` now.
    bool canLogIn(const QString &user, const SshCredentials &credentials = {});
    QString pendingReverts(Session &session);
    QJsonObject scanFacts(Session &session);
    // A plan the pre-flight would refuse, made by hand: a drop-in that lets nobody log in. sshd -t accepts it.
    Plan::ChangePlan lockEveryoneOut() const;
    // Polls until `user` can log in again, or `seconds` pass.
    bool waitForLogin(const QString &user, int seconds);

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<Journal> m_journal;
};

namespace {

const QString dropIn = QStringLiteral("/etc/ssh/sshd_config.d/00-bulwark.conf");

SshCredentials withPassword(const QString &password, bool forSudo = false)
{
    SshCredentials credentials;
    credentials.password = password.toUtf8();
    if (forSudo)
        credentials.sudoPassword = credentials.password;
    return credentials;
}

} // namespace

void TestLabSsh::initTestCase()
{
    m_env = LabEnv::load();
    QVERIFY2(m_env.isValid(), "lab.env missing: the lab fixture did not start the VM");
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

void TestLabSsh::init()
{
    QVERIFY(LabEnv::resetVm());
    m_journal = std::make_unique<Journal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestLabSsh::cleanupTestCase()
{
    LabEnv::resetVm();
}

SshTarget TestLabSsh::target(const QString &user) const
{
    SshTarget target = m_env.target(user, m_knownHosts);
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    return target;
}

std::unique_ptr<SshSession> TestLabSsh::open(const QString &user, const SshCredentials &credentials)
{
    auto session = std::make_unique<SshSession>(target(user), credentials);
    const auto opened = session->open({});
    if (!opened)
        qWarning().noquote() << opened.error().toString();
    return opened ? std::move(session) : nullptr;
}

QString TestLabSsh::run(Session &session, const QStringList &argv)
{
    RemoteCommand command = RemoteCommand::fromArgs(argv);
    command.elevate = true;
    const auto result = session.run(command, {});
    if (!result)
        return QStringLiteral("<error: %1>").arg(result.error().toString());
    return QString::fromUtf8(result->stdOut + result->stdErr).trimmed();
}

ApplyOptions TestLabSsh::options(const QString &user, const SshCredentials &credentials) const
{
    ApplyOptions options;
    options.localBackupRoot = m_dir.filePath(QStringLiteral("backups"));
    options.freshSession = [this, user, credentials]() -> std::unique_ptr<Session> {
        return std::make_unique<SshSession>(target(user), credentials);
    };
    return options;
}

Plan::ChangePlan TestLabSsh::lockEveryoneOut() const
{
    Plan::FileEdit edit;
    edit.setPath(dropIn);
    edit.setBeforeAbsent();
    edit.setAfter("# Test: a change that passes sshd -t and locks every login out.\nAllowUsers nobody-at-all\n");
    edit.setMode(QStringLiteral("0644"));
    edit.setOwner(QStringLiteral("root"));
    edit.setGroup(QStringLiteral("root"));
    edit.setValidator({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-t"), QStringLiteral("-f"),
                       Plan::FileEdit::stagedPlaceholder()});
    edit.setVerify({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-t")});
    edit.setReload(
        {QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"), QStringLiteral("ssh.service")});
    edit.setAccessAffecting(true);
    Plan::ChangePlan plan;
    plan.setHostDisplayName(QStringLiteral("lab"));
    plan.append(Plan::Change(QStringLiteral("Let nobody log in over SSH"), edit));
    return plan;
}

bool TestLabSsh::waitForLogin(const QString &user, int seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < seconds * 1000) {
        SshSession session(target(user), SshCredentials{});
        if (session.open({}))
            return true;
        QThread::msleep(2000);
    }
    return false;
}

Ssh::SshPlanOutcome TestLabSsh::planOn(Session &session, Plan::SshLogin::Method method, const Plan::SshChoice &choice)
{
    const auto state = Ssh::SshAccessReader::read(session, method, {});
    if (!state) {
        qWarning().noquote() << state.error().toString();
        return {};
    }
    const auto outcome = Ssh::SshPlanJob::planOnHost(session, *state, choice, scanFacts(session), {});
    if (!outcome) {
        qWarning().noquote() << outcome.error().toString();
        Ssh::SshPlanOutcome failed;
        failed.refusal = outcome.error();
        return failed;
    }
    return *outcome;
}

QJsonObject TestLabSsh::scanFacts(Session &session)
{
    auto catalog = Rules::RuleCatalog::loadBuiltIn();
    Scan::Scanner::Options scanOptions;
    scanOptions.hostName = QStringLiteral("lab");
    const auto record = Scan::Scanner::run(session, *catalog, scanOptions, {});
    if (!record) {
        qWarning().noquote() << record.error().toString();
        return {};
    }
    return record->facts;
}

bool TestLabSsh::canLogIn(const QString &user, const SshCredentials &credentials)
{
    SshTarget login = target(user);
    if (!credentials.password.isEmpty()) {
        login.identityFiles.clear();
        login.useAgent = false;
    }
    SshSession session(login, credentials);
    return bool(session.open({}));
}

QString TestLabSsh::pendingReverts(Session &session)
{
    return run(session, {QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("systemctl list-timers --all --no-legend 'bulwark-revert-*' | wc -l")});
}

void TestLabSsh::passwordAndRootLoginsOffKeyLoginsStay()
{
    const SshCredentials auditor = withPassword(m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")));
    const SshCredentials root = withPassword(QStringLiteral("root-lab-pass"));
    QVERIFY2(canLogIn(QStringLiteral("auditor"), auditor), "auditor's password login must work before the change");
    QVERIFY2(canLogIn(QStringLiteral("root"), root), "root's password login must work before the change");

    auto session = open(QStringLiteral("labadmin"));
    QVERIFY(session);
    Plan::SshChoice choice;
    choice.settings.insert(QStringLiteral("PasswordAuthentication"), QStringLiteral("no"));
    choice.settings.insert(QStringLiteral("PermitRootLogin"), QStringLiteral("prohibit-password"));
    choice.settings.insert(QStringLiteral("MaxAuthTries"), QStringLiteral("3"));
    choice.settings.insert(QStringLiteral("X11Forwarding"), QStringLiteral("no"));
    choice.crypto = Plan::SshChoice::Crypto::Modern;
    choice.hostDisplayName = QStringLiteral("lab");
    const Ssh::SshPlanOutcome outcome = planOn(*session, Plan::SshLogin::Method::PublicKey, choice);
    QVERIFY2(!outcome.refused(), qPrintable(outcome.refusal.toString()));
    QVERIFY2(outcome.verdict.contains(QStringLiteral("labadmin")), qPrintable(outcome.verdict));
    QVERIFY(!outcome.plan.isEmpty());
    const Plan::FileEdit *edit = outcome.plan.changes().constFirst().fileEdit();
    QVERIFY(edit);
    QCOMPARE(edit->path(), dropIn);
    QVERIFY(edit->accessAffecting());
    QVERIFY2(edit->after().contains("PasswordAuthentication no"), edit->after().constData());

    ApplyOptions applyOptions = options(QStringLiteral("labadmin"));
    applyOptions.confirmSeconds = 120;
    Applier applier(*session, *m_journal, applyOptions);
    const auto prepared = applier.prepare(outcome.plan, {});
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().toString()));
    const ApplyReport report = applier.apply(*prepared, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    QVERIFY(report.revertDeadline.isValid());
    QCOMPARE(pendingReverts(*session), QStringLiteral("0")); // disarmed by the fresh login

    const QString effective = run(*session, {QStringLiteral("sshd"), QStringLiteral("-T")});
    QVERIFY2(effective.contains(QStringLiteral("passwordauthentication no")), qPrintable(effective));
    QVERIFY2(effective.contains(QStringLiteral("permitrootlogin without-password")), qPrintable(effective));
    QVERIFY(canLogIn(QStringLiteral("labadmin")));
    QVERIFY2(!canLogIn(QStringLiteral("auditor"), auditor), "password logins must be off");
    QVERIFY2(!canLogIn(QStringLiteral("root"), root), "root's password login must be off");
}

void TestLabSsh::lockingChangesAreRefused()
{
    // auditor logs in with a password: switching passwords off would lock the console out.
    const SshCredentials auditor = withPassword(m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")), true);
    SshTarget auditorTarget = target(QStringLiteral("auditor"));
    auditorTarget.identityFiles.clear();
    auditorTarget.useAgent = false;
    SshSession byPassword(auditorTarget, auditor);
    QVERIFY(byPassword.open({}));
    Plan::SshChoice passwordsOff;
    passwordsOff.settings.insert(QStringLiteral("PasswordAuthentication"), QStringLiteral("no"));
    const Ssh::SshPlanOutcome refused = planOn(byPassword, Plan::SshLogin::Method::Password, passwordsOff);
    QVERIFY(refused.refused());
    QVERIFY2(refused.refusal.message().contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(refused.refusal.toString()));

    // labadmin (key) may not leave itself out of AllowUsers.
    auto labadmin = open(QStringLiteral("labadmin"));
    QVERIFY(labadmin);
    Plan::SshChoice othersOnly;
    othersOnly.settings.insert(QStringLiteral("AllowUsers"), QStringLiteral("auditor"));
    const Ssh::SshPlanOutcome notAllowed = planOn(*labadmin, Plan::SshLogin::Method::PublicKey, othersOnly);
    QVERIFY(notAllowed.refused());
    QVERIFY2(notAllowed.refusal.message().contains(QStringLiteral("labadmin")),
             qPrintable(notAllowed.refusal.toString()));

    // Nothing reached the host.
    QCOMPARE(
        run(*labadmin, {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("test -e \"$1\" && echo present || echo gone"), QStringLiteral("sh"), dropIn}),
        QStringLiteral("gone"));
    QVERIFY(canLogIn(QStringLiteral("auditor"), withPassword(m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")))));
}

void TestLabSsh::brokenLoginIsUndoneByTheConsole()
{
    auto session = open(QStringLiteral("labadmin"));
    QVERIFY(session);
    ApplyOptions applyOptions = options(QStringLiteral("labadmin"));
    applyOptions.confirmSeconds = 90;
    Applier applier(*session, *m_journal, applyOptions);
    const ApplyReport report = applier.apply(lockEveryoneOut(), {});
    // The fresh login failed, so the console disarmed the host's timer and undid the change itself.
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY2(report.error.isError(), qPrintable(report.summary()));
    QVERIFY(report.revertDeadline.isValid());
    QCOMPARE(
        run(*session, {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("test -e \"$1\" && echo present || echo gone"), QStringLiteral("sh"), dropIn}),
        QStringLiteral("gone"));
    QVERIFY(waitForLogin(QStringLiteral("labadmin"), 10));
    // No revert is left pending on the host.
    QCOMPARE(run(*session, {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("systemctl list-timers --all --no-legend 'bulwark-revert-*' | wc -l")}),
             QStringLiteral("0"));
}

void TestLabSsh::brokenLoginIsUndoneByTheHostWhenTheConsoleIsGone()
{
    auto session = open(QStringLiteral("labadmin"));
    QVERIFY(session);
    constexpr int window = 40;
    ApplyOptions applyOptions = options(QStringLiteral("labadmin"));
    applyOptions.confirmSeconds = window;
    // The console "dies" once the change is in: its connection goes (every labadmin sshd process is killed from the
    // applying session itself) and it never logs in again (the fresh login goes to a port nobody listens on).
    applyOptions.freshSession = [this]() -> std::unique_ptr<Session> {
        SshTarget dead = target(QStringLiteral("labadmin"));
        dead.port = 9; // discard: closed on the workstation
        return std::make_unique<SshSession>(dead, SshCredentials{});
    };
    Applier applier(*session, *m_journal, applyOptions);
    bool killed = false;
    applier.setProgressCallback([&](const ApplyProgress &progress) {
        if (killed || progress.phase != Phase::FinalVerify)
            return;
        killed = true;
        RemoteCommand kill = RemoteCommand::fromArgs({QStringLiteral("pkill"), QStringLiteral("-KILL"),
                                                      QStringLiteral("-f"), QStringLiteral("^sshd: labadmin")});
        kill.elevate = true;
        session->run(kill, {}); // takes the connection down with it
    });
    QElapsedTimer clock;
    clock.start();
    const ApplyReport report = applier.apply(lockEveryoneOut(), {});
    QVERIFY(killed);
    QCOMPARE(report.outcome, ApplyReport::Outcome::Interrupted);
    QVERIFY(report.revertDeadline.isValid());
    const QString transaction = report.transactionId;

    // The change is live: nobody can log in now.
    SshSession blocked(target(QStringLiteral("labadmin")), SshCredentials{});
    QVERIFY(!blocked.open({}));

    // Within the window the host restores the original (no drop-in) and reloads sshd by itself.
    QVERIFY2(waitForLogin(QStringLiteral("labadmin"), window + 60),
             "the host did not revert the change within the window");
    qInfo() << "login possible again after" << clock.elapsed() / 1000 << "s (window" << window << "s)";
    auto after = open(QStringLiteral("labadmin"));
    QVERIFY(after);
    QCOMPARE(run(*after, {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("test -e \"$1\" && echo present || echo gone"), QStringLiteral("sh"), dropIn}),
             QStringLiteral("gone"));
    QCOMPARE(run(*after, {QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("test -e \"$1/reverted\" && echo reverted || echo not"), QStringLiteral("sh"),
                          QStringLiteral("/var/backups/bulwark/") + transaction}),
             QStringLiteral("reverted"));

    // The console comes back: recover() finds the original on the host and says the host reverted by itself.
    Applier recovering(*after, *m_journal, options(QStringLiteral("labadmin")));
    const ApplyReport recovered = recovering.recover(transaction, {});
    QVERIFY2(recovered.succeeded() || recovered.outcome == ApplyReport::Outcome::RolledBack,
             qPrintable(recovered.summary()));
    QVERIFY2(recovered.hostReverted, qPrintable(recovered.summary()));
}

void TestLabSsh::accountsLockedThenRolledBack()
{
    const SshCredentials auditor = withPassword(m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")));
    const SshCredentials root = withPassword(QStringLiteral("root-lab-pass"));
    auto session = open(QStringLiteral("labadmin"));
    QVERIFY(session);
    const QJsonObject facts = scanFacts(*session);
    QVERIFY(!facts.isEmpty());
    const auto host = Facts::AccountsReader::read(*session, false, {});
    QVERIFY2(host, qPrintable(host ? QString() : host.error().toString()));

    // Bulwark's own account is never locked.
    Plan::AccountsChoice own;
    own.actions = {{Plan::AccountAction::Kind::LockPassword, QStringLiteral("labadmin"), {}, false}};
    const auto refused = Plan::AccountsPlanner::plan(facts, own, *host);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QStringLiteral("labadmin")), qPrintable(refused.error().toString()));

    // root's password and auditor's account: labadmin keeps NOPASSWD sudo, so both may go.
    Plan::AccountsChoice choice;
    choice.actions = {{Plan::AccountAction::Kind::LockPassword, QStringLiteral("root"), {}, false},
                      {Plan::AccountAction::Kind::LockPassword, QStringLiteral("auditor"), {}, false},
                      {Plan::AccountAction::Kind::SetNologin, QStringLiteral("auditor"), {}, false}};
    const auto plan = Plan::AccountsPlanner::plan(facts, choice, *host);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(plan->accessAffecting());
    ApplyOptions applyOptions = options(QStringLiteral("labadmin"));
    QString transaction;
    {
        Applier applier(*session, *m_journal, applyOptions);
        const ApplyReport report = applier.apply(*plan, {});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QVERIFY(report.revertDeadline.isValid());
        transaction = report.transactionId;
    }
    QCOMPARE(pendingReverts(*session), QStringLiteral("0"));
    QVERIFY2(!canLogIn(QStringLiteral("root"), root), "root's password must be locked");
    QVERIFY2(!canLogIn(QStringLiteral("auditor"), auditor), "auditor must be locked");
    QCOMPARE(
        run(*session, {QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("auditor")}).section(u':', 6),
        QStringLiteral("/usr/sbin/nologin"));
    QVERIFY(canLogIn(QStringLiteral("labadmin")));

    // The journal's rollback plan gives both back exactly.
    const auto undo = Applier::rollbackPlan(*m_journal, transaction, applyOptions.localBackupRoot);
    QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().toString()));
    {
        Applier applier(*session, *m_journal, applyOptions);
        const ApplyReport report = applier.apply(*undo, {});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    }
    QVERIFY(canLogIn(QStringLiteral("root"), root));
    QVERIFY(canLogIn(QStringLiteral("auditor"), auditor));
    QCOMPARE(
        run(*session, {QStringLiteral("getent"), QStringLiteral("passwd"), QStringLiteral("auditor")}).section(u':', 6),
        QStringLiteral("/bin/bash"));
}

QTEST_GUILESS_MAIN(TestLabSsh)
#include "tst_labssh.moc"
