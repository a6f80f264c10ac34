// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Applier.h"
#include "core/apply/TransactionLog.h"
#include "core/plan/ServicesPlanner.h"
#include "core/rules/RuleCatalog.h"
#include "core/scan/Scanner.h"
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Bulwark;
using namespace Bulwark::Apply;
using namespace Bulwark::Transport;

// The change engine on the lab VM (Debian 12 under QEMU), through sudo on real system files and units:
// disabling avahi and cups survives a reboot and raises the score, a validator failure rolls back the steps before
// it, a file changed between preview and apply is refused, and rollback from the journal turns everything back on.
// Each test starts from the VM's clean snapshot (labvm.sh reset).
class TestLabApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void disableAvahiAndCupsSurvivesReboot();
    void validatorFailureRollsBack();
    void fileChangedBetweenPreviewAndApplyIsRefused();
    void sudoersEditKeepsModeAndValidates();

private:
    std::unique_ptr<SshSession> openSession();
    QString run(Session &session, const QStringList &argv);
    ApplyOptions options() const;
    Scan::ScanRecord scan(Session &session);

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<Journal> m_journal;
};

void TestLabApply::initTestCase()
{
    m_env = LabEnv::load();
    QVERIFY2(m_env.isValid(), "lab.env missing: the lab fixture did not start the VM");
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

void TestLabApply::init()
{
    QVERIFY(LabEnv::resetVm());
    m_journal = std::make_unique<Journal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestLabApply::cleanupTestCase()
{
    LabEnv::resetVm();
}

std::unique_ptr<SshSession> TestLabApply::openSession()
{
    SshTarget target = m_env.target(QStringLiteral("labadmin"), m_knownHosts);
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    auto session = std::make_unique<SshSession>(target, SshCredentials{});
    const auto opened = session->open({});
    if (!opened)
        qWarning().noquote() << opened.error().toString();
    return opened ? std::move(session) : nullptr;
}

QString TestLabApply::run(Session &session, const QStringList &argv)
{
    RemoteCommand command = RemoteCommand::fromArgs(argv);
    command.elevate = true;
    const auto result = session.run(command, {});
    if (!result)
        return QStringLiteral("<error: %1>").arg(result.error().toString());
    return QString::fromUtf8(result->stdOut).trimmed();
}

ApplyOptions TestLabApply::options() const
{
    ApplyOptions options;
    options.localBackupRoot = m_dir.filePath(QStringLiteral("backups"));
    options.freshSession = [this]() -> std::unique_ptr<Session> {
        SshTarget target = m_env.target(QStringLiteral("labadmin"), m_knownHosts);
        return std::make_unique<SshSession>(target, SshCredentials{});
    };
    return options;
}

Scan::ScanRecord TestLabApply::scan(Session &session)
{
    auto catalog = Rules::RuleCatalog::loadBuiltIn();
    Scan::Scanner::Options scanOptions;
    scanOptions.hostName = QStringLiteral("lab");
    auto record = Scan::Scanner::run(session, *catalog, scanOptions, {});
    if (!record)
        qWarning().noquote() << record.error().toString();
    return record ? *record : Scan::ScanRecord();
}

namespace {

QString status(const Scan::ScanRecord &record, const QString &ruleId)
{
    for (const Rules::Finding &finding : record.findings) {
        if (finding.ruleId() == ruleId)
            return Rules::Finding::statusKey(finding.status());
    }
    return {};
}

} // namespace

void TestLabApply::disableAvahiAndCupsSurvivesReboot()
{
    auto session = openSession();
    QVERIFY(session);
    const Scan::ScanRecord before = scan(*session);
    QCOMPARE(status(before, QStringLiteral("BW-LNX-SVC-001")), QStringLiteral("fail"));
    QCOMPARE(status(before, QStringLiteral("BW-LNX-SVC-002")), QStringLiteral("fail"));

    Plan::ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon"), QStringLiteral("cups")};
    auto plan = Plan::ServicesPlanner::plan(before.facts, choice);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    Applier applier(*session, *m_journal, options());
    auto prepared = applier.prepare(*plan, {});
    QVERIFY(prepared);
    const ApplyReport report = applier.apply(*prepared, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));

    // After a reboot the units are still off, and nothing (cups.path, avahi's socket) started them again.
    RemoteCommand reboot = RemoteCommand::fromArgs({QStringLiteral("systemctl"), QStringLiteral("reboot")});
    reboot.elevate = true;
    reboot.timeout = std::chrono::seconds(20);
    session->run(reboot, {}); // the connection drops as the VM goes down
    session.reset();
    QThread::sleep(5);
    QDeadlineTimer deadline(std::chrono::minutes(4));
    while (!session && !deadline.hasExpired()) {
        QThread::sleep(3);
        SshTarget target = m_env.target(QStringLiteral("labadmin"), m_knownHosts);
        auto candidate = std::make_unique<SshSession>(target, SshCredentials{});
        if (candidate->open({}))
            session = std::move(candidate);
    }
    QVERIFY2(session, "the lab VM did not come back after the reboot");
    // Wait until boot finished (is-system-running blocks with --wait; "degraded" is fine for the lab).
    run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-system-running"), QStringLiteral("--wait")});
    for (const QString &unit :
         {QStringLiteral("avahi-daemon.service"), QStringLiteral("avahi-daemon.socket"), QStringLiteral("cups.service"),
          QStringLiteral("cups.socket"), QStringLiteral("cups.path")}) {
        QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("--"), unit}),
                 QStringLiteral("disabled"));
        QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--"), unit}),
                 QStringLiteral("inactive"));
    }

    // The rescan shows the findings fixed and the score up.
    const Scan::ScanRecord after = scan(*session);
    QCOMPARE(status(after, QStringLiteral("BW-LNX-SVC-001")), QStringLiteral("pass"));
    QCOMPARE(status(after, QStringLiteral("BW-LNX-SVC-002")), QStringLiteral("pass"));
    QVERIFY(after.score().value().has_value() && before.score().value().has_value());
    QVERIFY2(*after.score().value() > *before.score().value(),
             qPrintable(QStringLiteral("%1 -> %2").arg(*before.score().value()).arg(*after.score().value())));

    // Rollback from the journal turns them back on.
    auto undo = Applier::rollbackPlan(*m_journal, report.transactionId);
    QVERIFY(undo);
    Applier again(*session, *m_journal, options());
    const ApplyReport undone = again.apply(*undo, {});
    QVERIFY2(undone.succeeded(), qPrintable(undone.summary()));
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("--"),
                            QStringLiteral("cups.service")}),
             QStringLiteral("enabled"));
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--"),
                            QStringLiteral("avahi-daemon.service")}),
             QStringLiteral("active"));
    QVERIFY(m_journal->verify());
}

void TestLabApply::validatorFailureRollsBack()
{
    auto session = openSession();
    QVERIFY(session);
    const Scan::ScanRecord before = scan(*session);
    Plan::ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon")};
    auto plan = Plan::ServicesPlanner::plan(before.facts, choice);
    QVERIFY(plan);

    // Then a sudoers drop-in visudo rejects (as a buggy planner might write it).
    const QString path = QStringLiteral("/etc/sudoers.d/90-labadmin");
    RemoteCommand read = RemoteCommand::fromArgs({QStringLiteral("cat"), QStringLiteral("--"), path});
    read.elevate = true;
    const QByteArray original = session->run(read, {})->stdOut;
    Plan::FileEdit edit;
    edit.setPath(path);
    edit.setBefore(original);
    edit.setAfter("labadmin ALL=(ALL NOPASSWD: ALL\n");
    edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("{staged}")});
    plan->append(Plan::Change(QStringLiteral("Break sudoers"), edit));
    Applier applier(*session, *m_journal, options());

    const ApplyReport report = applier.apply(*plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY2(report.error.toString().contains(QStringLiteral("visudo")), qPrintable(report.error.toString()));
    QCOMPARE(session->run(read, {})->stdOut, original);
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("--"),
                            QStringLiteral("avahi-daemon.service")}),
             QStringLiteral("enabled"));
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--"),
                            QStringLiteral("avahi-daemon.service")}),
             QStringLiteral("active"));
    // No staged copy is left in sudoers.d, and sudo still works.
    QVERIFY(!run(*session, {QStringLiteral("ls"), QStringLiteral("-A"), QStringLiteral("/etc/sudoers.d")})
                 .contains(QStringLiteral("bulwark")));
    QCOMPARE(run(*session, {QStringLiteral("id"), QStringLiteral("-u")}), QStringLiteral("0"));
    const auto record = TransactionLog::find(*m_journal->entries(), report.transactionId);
    QCOMPARE(record->outcome, QStringLiteral("rolled-back"));
}

void TestLabApply::fileChangedBetweenPreviewAndApplyIsRefused()
{
    auto session = openSession();
    QVERIFY(session);
    const QString path = QStringLiteral("/etc/ssh/sshd_config");
    Plan::FileEdit edit;
    edit.setPath(path);
    Applier applier(*session, *m_journal, options());
    RemoteCommand read = RemoteCommand::fromArgs({QStringLiteral("cat"), QStringLiteral("--"), path});
    read.elevate = true;
    const QByteArray original = session->run(read, {})->stdOut;
    edit.setBefore(original);
    edit.setAfter(QByteArray(original).replace("PermitRootLogin yes", "PermitRootLogin no"));
    edit.setValidator({QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), QStringLiteral("{staged}")});
    Plan::ChangePlan plan;
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.append(Plan::Change(QStringLiteral("No root login"), edit));

    // Someone edits the file after the preview.
    run(*session, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo '# edited meanwhile' >> \"$1\""),
                   QStringLiteral("edit"), path});
    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QVERIFY(report.error.message().contains(QStringLiteral("since the preview")));
    const QByteArray now = session->run(read, {})->stdOut;
    QCOMPARE(now, original + "# edited meanwhile\n");
}

void TestLabApply::sudoersEditKeepsModeAndValidates()
{
    auto session = openSession();
    QVERIFY(session);
    const QString path = QStringLiteral("/etc/sudoers.d/90-labadmin");
    RemoteCommand read = RemoteCommand::fromArgs({QStringLiteral("cat"), QStringLiteral("--"), path});
    read.elevate = true;
    const QByteArray original = session->run(read, {})->stdOut;
    Plan::FileEdit edit;
    edit.setPath(path);
    edit.setBefore(original);
    edit.setAfter(original + "Defaults:labadmin use_pty\n");
    edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("{staged}")});
    edit.setVerify({QStringLiteral("visudo"), QStringLiteral("-c")});
    Plan::ChangePlan plan;
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.append(Plan::Change(QStringLiteral("use_pty for labadmin"), edit));
    Applier applier(*session, *m_journal, options());
    const ApplyReport report = applier.apply(plan, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    QCOMPARE(run(*session, {QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a %U %G"), path}),
             QStringLiteral("440 root root"));
    QCOMPARE(session->run(read, {})->stdOut, original + "Defaults:labadmin use_pty\n");
    // The original is on the host, in the transaction's backup folder.
    QCOMPARE(run(*session, {QStringLiteral("cat"), QStringLiteral("--"),
                            QStringLiteral("/var/backups/bulwark/%1/0-90-labadmin").arg(report.transactionId)}),
             QString::fromUtf8(original).trimmed());
}

QTEST_GUILESS_MAIN(TestLabApply)
#include "tst_labapply.moc"
