// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Applier.h"
#include "core/apply/Journal.h"
#include "core/facts/SudoersReader.h"
#include "core/plan/SudoersPlanner.h"
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Apply;
using namespace Bulwark::Transport;

// The sudoers editor's engine on the lab VM (Debian 12 under QEMU): read the configuration through sudo, restrict
// labadmin's NOPASSWD: ALL, grant and revoke a drop-in for auditor, refuse the change that would lock Bulwark out,
// and let the host's visudo stop an invalid file with nothing changed. Each test starts from the clean snapshot.
class TestLabSudoers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void readSnapshotAsAuditor();
    void restrictLabadminNoPasswordAll();
    void grantThenRevokeForAuditor();
    void labadminCannotRemoveItsOwnAccess();
    void invalidFileIsRefusedByVisudo();

private:
    SshCredentials auditorCredentials() const;
    std::unique_ptr<SshSession> open(const QString &user, const SshCredentials &credentials);
    QString run(Session &session, const QStringList &argv);
    ApplyOptions options(const QString &user, const SshCredentials &credentials) const;
    Facts::SudoersSnapshot read(Session &session, bool hasPassword);

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<Journal> m_journal;
};

namespace {

const QString labadminDropIn = QStringLiteral("/etc/sudoers.d/90-labadmin");

const Plan::FileEdit &onlyEdit(const Plan::ChangePlan &plan)
{
    static const Plan::FileEdit none;
    if (plan.changes().size() != 1 || !plan.changes().constFirst().fileEdit())
        return none;
    return *plan.changes().constFirst().fileEdit();
}

} // namespace

void TestLabSudoers::initTestCase()
{
    m_env = LabEnv::load();
    QVERIFY2(m_env.isValid(), "lab.env missing: the lab fixture did not start the VM");
    QVERIFY(!m_env.value(QStringLiteral("LAB_SUDO_USER")).isEmpty());
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

void TestLabSudoers::init()
{
    QVERIFY(LabEnv::resetVm());
    m_journal = std::make_unique<Journal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestLabSudoers::cleanupTestCase()
{
    LabEnv::resetVm();
}

SshCredentials TestLabSudoers::auditorCredentials() const
{
    SshCredentials credentials;
    credentials.password = m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")).toUtf8();
    credentials.sudoPassword = credentials.password;
    return credentials;
}

std::unique_ptr<SshSession> TestLabSudoers::open(const QString &user, const SshCredentials &credentials)
{
    SshTarget target = m_env.target(user, m_knownHosts);
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    auto session = std::make_unique<SshSession>(target, credentials);
    const auto opened = session->open({});
    if (!opened)
        qWarning().noquote() << opened.error().toString();
    return opened ? std::move(session) : nullptr;
}

QString TestLabSudoers::run(Session &session, const QStringList &argv)
{
    RemoteCommand command = RemoteCommand::fromArgs(argv);
    command.elevate = true;
    const auto result = session.run(command, {});
    if (!result)
        return QStringLiteral("<error: %1>").arg(result.error().toString());
    return QString::fromUtf8(result->stdOut + result->stdErr).trimmed();
}

ApplyOptions TestLabSudoers::options(const QString &user, const SshCredentials &credentials) const
{
    ApplyOptions options;
    options.localBackupRoot = m_dir.filePath(QStringLiteral("backups"));
    options.freshSession = [this, user, credentials]() -> std::unique_ptr<Session> {
        SshTarget target = m_env.target(user, m_knownHosts);
        target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
        return std::make_unique<SshSession>(target, credentials);
    };
    return options;
}

Facts::SudoersSnapshot TestLabSudoers::read(Session &session, bool hasPassword)
{
    auto snapshot = Facts::SudoersReader::read(session, hasPassword, {});
    if (!snapshot) {
        qWarning().noquote() << snapshot.error().toString();
        return {};
    }
    return *snapshot;
}

void TestLabSudoers::readSnapshotAsAuditor()
{
    auto session = open(QStringLiteral("auditor"), auditorCredentials());
    QVERIFY(session);
    const int commandsBefore = session->commandCount();
    const auto snapshot = Facts::SudoersReader::read(*session, true, {});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    QCOMPARE(session->commandCount() - commandsBefore, 1); // one prefetch
    QStringList paths;
    for (const auto &file : snapshot->tree.files())
        paths.append(file.path());
    QCOMPARE(paths.constFirst(), QStringLiteral("/etc/sudoers"));
    QVERIFY2(paths.contains(labadminDropIn), qPrintable(paths.join(u' ')));
    QCOMPARE(snapshot->identity.user, QStringLiteral("auditor"));
    QVERIFY2(snapshot->identity.groups.contains(QStringLiteral("sudo")),
             qPrintable(snapshot->identity.groups.join(u' ')));
    QVERIFY(!snapshot->identity.isRoot);
    QVERIFY(snapshot->identity.hasSudoPassword);
    QVERIFY(!snapshot->identity.host.isEmpty());
    QVERIFY(snapshot->users.contains(QStringLiteral("labadmin")));
    QVERIFY(snapshot->groups.contains(QStringLiteral("sudo")));
    QCOMPARE(snapshot->metadata.value(labadminDropIn).mode, 0440u);
    QCOMPARE(snapshot->metadata.value(labadminDropIn).uid, 0u);
    QCOMPARE(Plan::SudoAccess::evaluate(snapshot->tree.files(), snapshot->identity).level,
             Plan::SudoAccess::Level::NeedsPassword);
}

void TestLabSudoers::restrictLabadminNoPasswordAll()
{
    const SshCredentials credentials = auditorCredentials();
    auto session = open(QStringLiteral("auditor"), credentials);
    QVERIFY(session);
    const Facts::SudoersSnapshot snapshot = read(*session, true);
    QVERIFY(!snapshot.tree.files().isEmpty());

    Plan::SudoersChoice choice;
    choice.action = Plan::SudoersChoice::Action::Restrict;
    choice.file = labadminDropIn;
    choice.line = 1;
    choice.commands = {QStringLiteral("/usr/bin/systemctl status nginx")};
    choice.noPassword = true;
    auto plan = Plan::SudoersPlanner::plan(snapshot.tree, choice, snapshot.identity);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const Plan::FileEdit &edit = onlyEdit(*plan);
    QCOMPARE(edit.path(), labadminDropIn);
    QVERIFY(edit.before().contains("labadmin ALL=(ALL) NOPASSWD: ALL"));
    QVERIFY(edit.after().contains("labadmin ALL=(root) NOPASSWD: /usr/bin/systemctl status nginx\n"));
    QVERIFY(!edit.after().contains("NOPASSWD: ALL"));

    Applier applier(*session, *m_journal, options(QStringLiteral("auditor"), credentials));
    const auto prepared = applier.prepare(*plan, {});
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().toString()));
    const ApplyReport report = applier.apply(*prepared, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));

    const QString listed =
        run(*session, {QStringLiteral("sudo"), QStringLiteral("-l"), QStringLiteral("-U"), QStringLiteral("labadmin")});
    QVERIFY2(listed.contains(QStringLiteral("(root) NOPASSWD: /usr/bin/systemctl status nginx")), qPrintable(listed));
    QVERIFY2(!listed.contains(QStringLiteral("NOPASSWD: ALL")), qPrintable(listed));
    QCOMPARE(run(*session, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"), labadminDropIn}),
             QStringLiteral("440 root root"));
    QCOMPARE(run(*session, {QStringLiteral("visudo"), QStringLiteral("-c"), QStringLiteral("-q")}), QString());
}

void TestLabSudoers::grantThenRevokeForAuditor()
{
    const SshCredentials credentials = auditorCredentials();
    auto session = open(QStringLiteral("auditor"), credentials);
    QVERIFY(session);
    Plan::SudoersChoice grant;
    grant.action = Plan::SudoersChoice::Action::Grant;
    grant.principal = QStringLiteral("auditor");
    grant.commands = {QStringLiteral("/usr/bin/journalctl -u nginx")};
    grant.noPassword = true;
    auto plan = Plan::SudoersPlanner::plan(read(*session, true).tree, grant, read(*session, true).identity);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    const QString dropIn = QStringLiteral("/etc/sudoers.d/50-bulwark-auditor");
    QCOMPARE(onlyEdit(*plan).path(), dropIn);
    QVERIFY(!onlyEdit(*plan).beforeExists());
    {
        Applier applier(*session, *m_journal, options(QStringLiteral("auditor"), credentials));
        const ApplyReport report = applier.apply(*plan, {});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    }
    QCOMPARE(run(*session, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"), dropIn}),
             QStringLiteral("440 root root"));
    const QString listed =
        run(*session, {QStringLiteral("sudo"), QStringLiteral("-l"), QStringLiteral("-U"), QStringLiteral("auditor")});
    QVERIFY2(listed.contains(QStringLiteral("(root) NOPASSWD: /usr/bin/journalctl -u nginx")), qPrintable(listed));

    // Revoke the rule (line 2, after the header comment): nothing else is left, so the drop-in goes.
    const Facts::SudoersSnapshot now = read(*session, true);
    Plan::SudoersChoice revoke;
    revoke.action = Plan::SudoersChoice::Action::Revoke;
    revoke.file = dropIn;
    revoke.line = 2;
    auto undo = Plan::SudoersPlanner::plan(now.tree, revoke, now.identity);
    QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().toString()));
    QVERIFY(!onlyEdit(*undo).afterExists());
    {
        Applier applier(*session, *m_journal, options(QStringLiteral("auditor"), credentials));
        const ApplyReport report = applier.apply(*undo, {});
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    }
    QCOMPARE(run(*session, {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("test -e /etc/sudoers.d/50-bulwark-auditor && echo present || echo gone")}),
             QStringLiteral("gone"));
}

void TestLabSudoers::labadminCannotRemoveItsOwnAccess()
{
    auto session = open(QStringLiteral("labadmin"), SshCredentials{});
    QVERIFY(session);
    const Facts::SudoersSnapshot snapshot = read(*session, false);
    QCOMPARE(snapshot.identity.user, QStringLiteral("labadmin"));
    QCOMPARE(Plan::SudoAccess::evaluate(snapshot.tree.files(), snapshot.identity).level,
             Plan::SudoAccess::Level::NoPassword);
    Plan::SudoersChoice restrict;
    restrict.action = Plan::SudoersChoice::Action::Restrict;
    restrict.file = labadminDropIn;
    restrict.line = 1;
    restrict.commands = {QStringLiteral("/usr/bin/systemctl status nginx")};
    restrict.noPassword = true;
    const auto refused = Plan::SudoersPlanner::plan(snapshot.tree, restrict, snapshot.identity);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(QStringLiteral("labadmin")), qPrintable(refused.error().toString()));
    Plan::SudoersChoice revoke = restrict;
    revoke.action = Plan::SudoersChoice::Action::Revoke;
    QVERIFY(!Plan::SudoersPlanner::plan(snapshot.tree, revoke, snapshot.identity));
    // Nothing ran: the grant is still there.
    QCOMPARE(run(*session, {QStringLiteral("cat"), QStringLiteral("--"), labadminDropIn}),
             QStringLiteral("labadmin ALL=(ALL) NOPASSWD: ALL"));
}

void TestLabSudoers::invalidFileIsRefusedByVisudo()
{
    const SshCredentials credentials = auditorCredentials();
    auto session = open(QStringLiteral("auditor"), credentials);
    QVERIFY(session);
    const QString original = run(*session, {QStringLiteral("cat"), QStringLiteral("--"), labadminDropIn});
    const Facts::SudoersSnapshot snapshot = read(*session, true);
    Plan::SudoersChoice choice;
    choice.action = Plan::SudoersChoice::Action::Restrict;
    choice.file = labadminDropIn;
    choice.line = 1;
    choice.commands = {QStringLiteral("/usr/bin/id")};
    auto plan = Plan::SudoersPlanner::plan(snapshot.tree, choice, snapshot.identity);
    QVERIFY(plan);
    // A plan edited by hand after it was saved: the planner would never write this, the host's visudo stops it.
    Plan::FileEdit edit = onlyEdit(*plan);
    edit.setAfter("labadmin ALL=(root NOPASSWD: /usr/bin/id\n");
    Plan::ChangePlan tampered = *plan;
    tampered.setChanges({Plan::Change(QStringLiteral("tampered"), edit)});
    Applier applier(*session, *m_journal, options(QStringLiteral("auditor"), credentials));
    const ApplyReport report = applier.apply(tampered, {});
    QVERIFY(!report.succeeded());
    QVERIFY2(report.summary().contains(QStringLiteral("visudo")), qPrintable(report.summary()));
    QCOMPARE(run(*session, {QStringLiteral("cat"), QStringLiteral("--"), labadminDropIn}), original);
    QCOMPARE(run(*session, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"), labadminDropIn}),
             QStringLiteral("440 root root"));
}

QTEST_GUILESS_MAIN(TestLabSudoers)
#include "tst_labsudoers.moc"
