// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "SshdFixture.h"
#include "core/apply/Applier.h"
#include "core/apply/TransactionLog.h"
#include "core/transport/SshSession.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Apply;
using Bulwark::Transport::SshCredentials;
using Bulwark::Transport::SshSession;

// Commit-confirmed applying against a real sshd (SshdFixture): an access-affecting plan arms an automatic undo on
// the host before its first change, and only a fresh login disarms it. The fixture has no systemd, so the undo
// waits in the fallback watchdog (setsid, nohup), which must survive the applying SSH session being SIGKILLed.
// Windows are a few seconds, so the whole test stays short. Files live in the test user's home (elevate off).

namespace {

constexpr uid_t TestUid = 4242;

const QByteArray aBefore = "ok = 1\n# the original\nlisten 80\n";
const QByteArray aAfter = "ok = 1\n# hardened\nlisten 443\n";
const QByteArray bAfter = "ok = created\n";

template<typename T>
QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

QByteArray readLocal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeLocal(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chown(QFile::encodeName(path).constData(), TestUid, TestUid) == 0 &&
           ::chown(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), TestUid, TestUid) == 0;
}

QStringList leftovers(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".bulwark-")) || path.endsWith(QLatin1String(".tmp")))
            found << path;
    }
    return found;
}

// Waits until `path` exists or `seconds` pass.
bool waitForFile(const QString &path, double seconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(path)) {
        if (clock.elapsed() > seconds * 1000)
            return false;
        QThread::msleep(100);
    }
    return true;
}

// The applying session; after command `killAfter` (1-based) has run on the host, the connection is SIGKILLed on the
// host before its answer arrives, as when the console dies. Counts the commands and names them for test rows.
class DyingSession : public Transport::Session
{
public:
    DyingSession(std::unique_ptr<Transport::Session> inner, SshdFixture &sshd, int killAfter)
        : m_inner(std::move(inner))
        , m_sshd(sshd)
        , m_killAfter(killAfter)
    {}

    Platform platform() const override { return m_inner->platform(); }
    QString displayName() const override { return m_inner->displayName(); }
    Result<void> open(const CancelToken &cancel) override { return m_inner->open(cancel); }
    void close() override { m_inner->close(); }
    bool isOpen() const override { return !m_killed && m_inner->isOpen(); }
    bool killed() const { return m_killed; }
    QStringList names() const { return m_names; }

    Result<Transport::CommandResult> run(const Transport::RemoteCommand &command, const CancelToken &cancel) override
    {
        if (m_killed)
            return lost();
        m_names << nameOf(command);
        auto result = m_inner->run(command, cancel);
        if (int(m_names.size()) != m_killAfter)
            return result;
        m_killed = true;
        m_sshd.killSessionProcesses(QString::fromLatin1(SshdFixture::User));
        m_inner->close();
        return lost();
    }

private:
    static Error lost() { return Error(Error::Code::Disconnected, QStringLiteral("connection killed by the test")); }
    // What a command does, told from its script (the Applier's scripts are constants) or its program.
    static QString nameOf(const Transport::RemoteCommand &command)
    {
        if (command.argv.size() < 3 || command.argv.at(0) != "sh" || command.argv.at(1) != "-c")
            return QString::fromUtf8(command.argv.value(0));
        const QByteArray &script = command.argv.at(2);
        static const std::pair<const char *, const char *> kinds[] = {
            {"systemd-run", "arm"},   {"echo marked", "mark"},     {"set -C", "stage"},          {".origin", "backup"},
            {"echo swapped", "swap"}, {"echo symlink", "inspect"}, {"echo restored", "restore"},
        };
        for (const auto &[needle, kind] : kinds) {
            if (script.contains(needle))
                return QString::fromLatin1(kind);
        }
        return QStringLiteral("sh");
    }

    std::unique_ptr<Transport::Session> m_inner;
    SshdFixture &m_sshd;
    int m_killAfter;
    bool m_killed = false;
    QStringList m_names;
};

} // namespace

class TestCommitConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void refusedWithoutFreshSession();
    void confirmedChangeStays();
    void consoleDiesAndTheHostReverts();
    void failedFreshLoginHasTheHostUndoItNow();
    void lateConfirmationFindsTheHostReverted();
    void consoleDiesAtAnyPoint_data();
    void consoleDiesAtAnyPoint();

private:
    QString root() const { return m_sshd.homeDir(QString::fromLatin1(SshdFixture::User)) + QStringLiteral("/etc"); }
    QString a() const { return root() + QStringLiteral("/sshd.conf"); }
    QString b() const { return root() + QStringLiteral("/conf.d/new.conf"); }
    QString marker() const { return root() + QStringLiteral("/marker"); }
    QString reloadLog() const { return root() + QStringLiteral("/reloads.log"); }
    QString backups() const { return root() + QStringLiteral("/../backups"); }
    QString hostFolder(const QString &transaction) const { return backups() + u'/' + transaction; }

    std::unique_ptr<SshSession> session() const
    {
        return std::make_unique<SshSession>(m_sshd.target(), SshCredentials{});
    }
    ApplyOptions options(int confirmSeconds) const
    {
        ApplyOptions options;
        options.elevate = false;
        options.hostBackupRoot = backups();
        options.localBackupRoot = m_work->path() + QStringLiteral("/local-backups");
        options.confirmSeconds = confirmSeconds;
        options.freshSession = [this]() -> std::unique_ptr<Transport::Session> {
            return session();
        };
        return options;
    }
    // A command step (a marker with its inverse), a created file and an access-affecting edit with a reload that
    // logs the content it would read, in that order.
    Plan::ChangePlan makePlan() const;
    bool watchdogRunning() const { return m_sshd.anyProcessMatches("bulwark-watchdog"); }

    SshdFixture m_sshd;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_journalPath;
};

Plan::ChangePlan TestCommitConfirm::makePlan() const
{
    Plan::ChangePlan plan;
    plan.setHostDisplayName(QStringLiteral("sshd fixture"));
    plan.setCreated(QDateTime::currentDateTimeUtc());

    Plan::CommandStep touch({QStringLiteral("touch"), QStringLiteral("--"), marker()},
                            QStringLiteral("Create the marker"));
    touch.setElevate(false);
    touch.setVerify({Plan::CommandCheck({QStringLiteral("test"), QStringLiteral("-e"), marker()}, {}, 0)});
    Plan::CommandStep remove({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), marker()},
                             QStringLiteral("Remove the marker"));
    remove.setElevate(false);
    touch.setInverse({remove});
    plan.append(Plan::Change(QStringLiteral("Create the marker"), touch));

    Plan::FileEdit created;
    created.setPath(b());
    created.setBeforeAbsent();
    created.setAfter(bAfter);
    plan.append(Plan::Change(QStringLiteral("Add conf.d/new.conf"), created));

    Plan::FileEdit edit;
    edit.setPath(a());
    edit.setBefore(aBefore);
    edit.setAfter(aAfter);
    edit.setVerify({QStringLiteral("test"), QStringLiteral("-s"), a()});
    edit.setReload({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sed -n 2p \"$1\" >> \"$2\""),
                    QStringLiteral("reload"), a(), reloadLog()});
    edit.setAccessAffecting(true);
    plan.append(Plan::Change(QStringLiteral("Harden sshd.conf"), edit));
    return plan;
}

void TestCommitConfirm::initTestCase()
{
    if (const QString reason = SshdFixture::unsupportedReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
}

void TestCommitConfirm::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_journalPath = m_work->path() + QStringLiteral("/journal.jsonl");
    QDir(root()).removeRecursively();
    QDir(backups()).removeRecursively();
    QVERIFY(writeLocal(a(), aBefore));
    QDir().mkpath(root() + QStringLiteral("/conf.d"));
    QVERIFY(::chown(QFile::encodeName(root() + QStringLiteral("/conf.d")).constData(), TestUid, TestUid) == 0);
    QVERIFY(!makePlan().changes().isEmpty() && makePlan().accessAffecting());
}

void TestCommitConfirm::cleanupTestCase()
{
    m_sshd.stop();
}

void TestCommitConfirm::refusedWithoutFreshSession()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    ApplyOptions noFresh = options(3);
    noFresh.freshSession = {};
    Applier applier(*ssh, journal, noFresh);
    const int before = ssh->commandCount();
    const ApplyReport report = applier.apply(makePlan(), {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QVERIFY2(report.error.message().contains(QStringLiteral("new login")), qPrintable(report.error.toString()));
    QCOMPARE(ssh->commandCount(), before);
    QVERIFY(!report.revertDeadline.isValid());
    QCOMPARE(readLocal(a()), aBefore);

    // A plan that is not access-affecting still applies without a fresh session.
    Plan::ChangePlan plain = makePlan();
    Plan::FileEdit edit = *plain.changes().at(2).fileEdit();
    edit.setAccessAffecting(false);
    plain.setChanges({Plan::Change(QStringLiteral("Harden sshd.conf"), edit)});
    const ApplyReport applied = applier.apply(plain, {});
    QVERIFY2(applied.succeeded(), qPrintable(applied.summary()));
    QVERIFY(!applied.revertDeadline.isValid());
}

void TestCommitConfirm::confirmedChangeStays()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options(3));
    QList<Phase> phases;
    QDateTime shownDeadline;
    applier.setProgressCallback([&](const ApplyProgress &progress) {
        phases << progress.phase;
        if (progress.phase == Phase::Confirm)
            shownDeadline = progress.revertDeadline;
    });
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const ApplyReport report = applier.apply(makePlan(), {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    QVERIFY(report.revertDeadline.isValid());
    QVERIFY(qAbs(start.secsTo(report.revertDeadline) - 3) <= 1);
    QCOMPARE(shownDeadline, report.revertDeadline);
    QVERIFY(!report.hostReverted);
    QVERIFY(!report.revertPending);
    QVERIFY(phases.indexOf(Phase::Arm) < phases.indexOf(Phase::Run));
    QVERIFY(phases.indexOf(Phase::Confirm) > phases.indexOf(Phase::FinalVerify));
    const QString folder = hostFolder(report.transactionId);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/disarmed")));
    QVERIFY(!watchdogRunning());

    // Past the window nothing fires: the new content stays.
    QThread::msleep(4500);
    QCOMPARE(readLocal(a()), aAfter);
    QCOMPARE(readLocal(b()), bAfter);
    QVERIFY(QFileInfo::exists(marker()));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/reverted")));
    QCOMPARE(readLocal(reloadLog()), QByteArray("# hardened\n"));

    QVERIFY(journal.verify());
    const auto record = TransactionLog::find(*journal.entries(), report.transactionId);
    QVERIFY(record);
    QCOMPARE(record->outcome, QStringLiteral("applied"));
    QCOMPARE(record->revertState, QStringLiteral("disarmed"));
    QCOMPARE(record->revertDeadline, report.revertDeadline);
    QStringList kinds;
    for (const JournalEntry &entry : record->entries)
        kinds << entry.kind();
    QCOMPARE(kinds.count(Applier::kindRevertArmed()), 2);
    QCOMPARE(kinds.count(Applier::kindRevertDisarmed()), 1);
    QVERIFY(kinds.indexOf(Applier::kindRevertArmed()) < kinds.indexOf(JournalEntry::kindStepApplied()));
    for (const JournalEntry &entry : record->entries) {
        if (entry.kind() == Applier::kindRevertDisarmed())
            QCOMPARE(entry.payload().value(QStringLiteral("via")).toString(), QStringLiteral("fresh-login"));
    }

    // Undoing it changes access again, so the rollback is commit-confirmed too.
    auto undo = Applier::rollbackPlan(journal, report.transactionId);
    QVERIFY2(undo, errorText(undo).constData());
    QVERIFY(undo->accessAffecting());
    const ApplyReport undone = applier.apply(*undo, {});
    QVERIFY2(undone.succeeded(), qPrintable(undone.summary()));
    QVERIFY(undone.revertDeadline.isValid());
    QVERIFY(QFileInfo::exists(hostFolder(undone.transactionId) + QStringLiteral("/disarmed")));
    QCOMPARE(readLocal(a()), aBefore);
    QVERIFY(!QFileInfo::exists(b()));
    QVERIFY(!QFileInfo::exists(marker()));
}

void TestCommitConfirm::consoleDiesAndTheHostReverts()
{
    constexpr int window = 4;
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options(window));
    bool killed = false;
    // The console dies once every change is in: its SSH session is SIGKILLed on the host while it checks the edit.
    applier.setProgressCallback([&](const ApplyProgress &progress) {
        if (killed || progress.phase != Phase::Verify || progress.changeIndex != 2)
            return;
        killed = m_sshd.killSessionProcesses(QString::fromLatin1(SshdFixture::User)) > 0;
    });
    const ApplyReport report = applier.apply(makePlan(), {});
    QVERIFY(killed);
    QCOMPARE(report.outcome, ApplyReport::Outcome::Interrupted);
    QVERIFY(report.revertPending);
    QVERIFY(!report.hostReverted);
    QVERIFY(report.revertDeadline.isValid());
    QVERIFY2(report.summary().contains(QStringLiteral("by itself")), qPrintable(report.summary()));

    // The change is live and the watchdog outlived the session.
    QCOMPARE(readLocal(a()), aAfter);
    QCOMPARE(readLocal(b()), bAfter);
    QVERIFY(QFileInfo::exists(marker()));
    QVERIFY(watchdogRunning());
    const QString folder = hostFolder(report.transactionId);
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/reverted")));
    const auto interrupted = TransactionLog::find(*journal.entries(), report.transactionId);
    QCOMPARE(interrupted->revertState, QStringLiteral("pending"));
    QVERIFY(interrupted->statusLine().contains(QStringLiteral("by itself")));

    // After the deadline the host has undone everything by itself.
    const double left = QDateTime::currentDateTimeUtc().msecsTo(report.revertDeadline) / 1000.0;
    QVERIFY2(waitForFile(folder + QStringLiteral("/reverted"), left + 10), "the host did not revert by itself");
    QVERIFY(QDateTime::currentDateTimeUtc() >= report.revertDeadline.addSecs(-1));
    QCOMPARE(readLocal(a()), aBefore);
    QVERIFY(!QFileInfo::exists(b()));
    QVERIFY(!QFileInfo::exists(marker()));
    // The daemon was told to read the original again.
    QCOMPARE(readLocal(reloadLog()), QByteArray("# hardened\n# the original\n"));
    QCOMPARE(leftovers(root()), QStringList());
    QVERIFY(readLocal(folder + QStringLiteral("/reverted")).contains("failed 0"));
    QVERIFY(!watchdogRunning());

    // The console comes back: recover() says the host reverted by itself.
    auto again = session();
    QVERIFY(again->open({}));
    Applier recovering(*again, journal, options(window));
    const ApplyReport recovered = recovering.recover(report.transactionId, {});
    QVERIFY2(recovered.hostReverted, qPrintable(recovered.summary()));
    QCOMPARE(recovered.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(!recovered.revertPending);
    QCOMPARE(recovered.revertDeadline, report.revertDeadline);
    for (const ChangeOutcome &change : recovered.changes)
        QVERIFY2(change.state == ChangeOutcome::State::Old, qPrintable(change.title));
    QVERIFY(journal.verify());
    const auto record = TransactionLog::find(*journal.entries(), report.transactionId);
    QCOMPARE(record->revertState, QStringLiteral("reverted"));
    QVERIFY2(record->statusLine().contains(QStringLiteral("undid it by itself")), qPrintable(record->statusLine()));
    // Nothing is left to roll back.
    QVERIFY(!Applier::rollbackPlan(journal, report.transactionId));
}

void TestCommitConfirm::failedFreshLoginHasTheHostUndoItNow()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    ApplyOptions broken = options(3);
    broken.freshSession = [this]() -> std::unique_ptr<Transport::Session> {
        Transport::SshTarget target = m_sshd.target();
        target.identityFiles.clear(); // the fresh login fails, as after a lock-out
        return std::make_unique<SshSession>(target, SshCredentials{});
    };
    Applier applier(*ssh, journal, broken);
    const ApplyReport report = applier.apply(makePlan(), {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(report.error.message().contains(QStringLiteral("new login")));
    QVERIFY(report.revertDeadline.isValid());
    // The console had the host run its armed undo at once (so a dropped connection could not stop it halfway).
    QVERIFY(report.hostReverted);
    QVERIFY(!report.revertPending);
    QCOMPARE(readLocal(a()), aBefore);
    QVERIFY(!QFileInfo::exists(b()));
    QVERIFY(!QFileInfo::exists(marker()));
    const QString folder = hostFolder(report.transactionId);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/reverted")));
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/disarmed")));
    QVERIFY(!watchdogRunning());

    // The undo ran once: the watchdog is gone and nothing runs again after the deadline.
    QThread::msleep(4000);
    QCOMPARE(readLocal(reloadLog()), QByteArray("# hardened\n# the original\n"));
    const auto record = TransactionLog::find(*journal.entries(), report.transactionId);
    QCOMPARE(record->outcome, QStringLiteral("rolled-back"));
    QCOMPARE(record->revertState, QStringLiteral("reverted"));
    bool undoneNow = false;
    for (const JournalEntry &entry : record->entries) {
        if (entry.kind() == Applier::kindRevertDisarmed())
            undoneNow = entry.payload().value(QStringLiteral("via")).toString() == QLatin1String("undo-now");
    }
    QVERIFY(undoneNow);
}

void TestCommitConfirm::lateConfirmationFindsTheHostReverted()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    ApplyOptions slow = options(3);
    // The fresh login works, but only after the window has closed.
    slow.freshSession = [this]() -> std::unique_ptr<Transport::Session> {
        QThread::msleep(4000);
        return session();
    };
    Applier applier(*ssh, journal, slow);
    const ApplyReport report = applier.apply(makePlan(), {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(report.hostReverted);
    QVERIFY2(report.error.message().contains(QStringLiteral("too late")), qPrintable(report.error.toString()));
    QCOMPARE(readLocal(a()), aBefore);
    QVERIFY(!QFileInfo::exists(b()));
    QVERIFY(!QFileInfo::exists(marker()));
    QVERIFY(QFileInfo::exists(hostFolder(report.transactionId) + QStringLiteral("/reverted")));
    for (const ChangeOutcome &change : report.changes)
        QCOMPARE(change.state, ChangeOutcome::State::RolledBack);
    QCOMPARE(TransactionLog::find(*journal.entries(), report.transactionId)->revertState, QStringLiteral("reverted"));
}

void TestCommitConfirm::consoleDiesAtAnyPoint_data()
{
    QTest::addColumn<int>("killAfter");
    // Name the remote commands of an undisturbed apply on the applying session; kill after each from the arming on.
    QStringList names;
    init();
    {
        Journal journal(m_work->path() + QStringLiteral("/count.jsonl"));
        DyingSession counting(session(), m_sshd, -1);
        if (!counting.open({})) {
            QTest::newRow("no sshd") << -1;
            return;
        }
        Applier applier(counting, journal, options(3));
        if (applier.apply(makePlan(), {}).succeeded())
            names = counting.names();
    }
    init();
    QVERIFY2(names.size() >= 10, "the undisturbed apply failed");
    QVERIFY(names.contains(QStringLiteral("arm")));
    // Read-only checks leave the host as the command before them did; every other command is a kill point.
    for (int k = names.indexOf(QStringLiteral("arm")) + 1; k <= int(names.size()); ++k) {
        if (names.at(k - 1) != QLatin1String("test"))
            QTest::addRow("after-%d-%s", k, qPrintable(names.at(k - 1))) << k;
    }
}

void TestCommitConfirm::consoleDiesAtAnyPoint()
{
    QFETCH(int, killAfter);
    QVERIFY(killAfter > 0);
    Journal journal(m_journalPath);
    DyingSession dying(session(), m_sshd, killAfter);
    QVERIFY(dying.open({}));
    Applier applier(dying, journal, options(2));
    const ApplyReport report = applier.apply(makePlan(), {});
    QVERIFY(dying.killed());
    const QString folder = hostFolder(report.transactionId);
    if (report.outcome == ApplyReport::Outcome::Applied) {
        // Killed after its last command: the fresh login still confirmed access and disarmed the undo.
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/disarmed")));
        QCOMPARE(readLocal(a()), aAfter);
        return;
    }
    QCOMPARE(report.outcome, ApplyReport::Outcome::Interrupted);
    QVERIFY(report.revertPending);

    // Wherever the console died, the host undoes exactly what was done, by itself, and leaves nothing behind.
    const double left = QDateTime::currentDateTimeUtc().msecsTo(report.revertDeadline) / 1000.0;
    QVERIFY2(waitForFile(folder + QStringLiteral("/reverted"), left + 10), "the host did not revert by itself");
    QCOMPARE(readLocal(a()), aBefore);
    QVERIFY(!QFileInfo::exists(b()));
    QVERIFY(!QFileInfo::exists(marker()));
    QCOMPARE(leftovers(root()), QStringList());
    QVERIFY(readLocal(folder + QStringLiteral("/reverted")).contains("failed 0"));
    // The daemon read the new file only if it was reloaded, and then the original again.
    const QByteArray reloads = readLocal(reloadLog());
    QVERIFY2(reloads.isEmpty() || reloads == "# the original\n" || reloads == "# hardened\n# the original\n",
             reloads.constData());
}

QTEST_GUILESS_MAIN(TestCommitConfirm)
#include "tst_commitconfirm.moc"
