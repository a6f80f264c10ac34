// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "SshdFixture.h"
#include "core/apply/Applier.h"
#include "core/apply/RemoteFiles.h"
#include "core/apply/TransactionLog.h"
#include "core/transport/SshSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Apply;
using Bulwark::Transport::SshCredentials;
using Bulwark::Transport::SshSession;

// The Applier against a real sshd (SshdFixture): a plan of file edits and a command, applied, validated, verified
// from a fresh login, rolled back; refusals; and fault injection: the connection is killed (the test SIGKILLs the
// session's sshd processes) before, after and in the middle of every remote command of an apply, and each time
// every file must be exactly the original or exactly the new content, every original must still exist, the journal
// must record where it stopped, and recover() + rollbackPlan() must bring the originals back.
//
// The files live in the test user's home (elevate off): the transaction, not sudo, is under test here; the lab VM
// tests run the same Applier through sudo on system files.

namespace {

constexpr uid_t TestUid = 4242;

struct Files
{
    QString root; // <home>/etc
    QString a() const { return root + QStringLiteral("/app.conf"); }
    QString b() const { return root + QStringLiteral("/conf.d/new.conf"); }
    QString c() const { return root + QStringLiteral("/big.conf"); }
    QString marker() const { return root + QStringLiteral("/marker"); }
};

const QByteArray aBefore = "ok = 1\n# the original\nlisten 80\n";
const QByteArray aAfter = "ok = 1\n# hardened\nlisten 443\n";
const QByteArray bAfter = "ok = created\n";

QByteArray bigContent(char fill)
{
    QByteArray data;
    for (int i = 0; i < 20000; ++i)
        data += "ok line " + QByteArray::number(i) + ' ' + QByteArray(40, fill) + '\n';
    return data;
}

// For QVERIFY2, which evaluates its message even when the check passes.
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

// Staged or temporary copies left anywhere under root.
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

Plan::ChangePlan makePlan(const Files &files)
{
    Plan::ChangePlan plan;
    plan.setHostDisplayName(QStringLiteral("sshd fixture"));
    plan.setCreated(QDateTime::currentDateTimeUtc());

    Plan::FileEdit a;
    a.setPath(files.a());
    a.setBefore(aBefore);
    a.setAfter(aAfter);
    a.setValidator({QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral("^ok"), QStringLiteral("{staged}")});
    a.setVerify({QStringLiteral("test"), QStringLiteral("-s"), files.a()});
    plan.append(Plan::Change(QStringLiteral("Harden app.conf"), a));

    Plan::CommandStep touch({QStringLiteral("touch"), QStringLiteral("--"), files.marker()},
                            QStringLiteral("Create the marker"));
    touch.setElevate(false);
    touch.setVerify({Plan::CommandCheck({QStringLiteral("test"), QStringLiteral("-e"), files.marker()}, {}, 0)});
    Plan::CommandStep remove({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), files.marker()},
                             QStringLiteral("Remove the marker"));
    remove.setElevate(false);
    touch.setInverse({remove});
    plan.append(Plan::Change(QStringLiteral("Create the marker"), touch));

    Plan::FileEdit b;
    b.setPath(files.b());
    b.setBeforeAbsent();
    b.setAfter(bAfter);
    b.setMode(QStringLiteral("0640"));
    plan.append(Plan::Change(QStringLiteral("Add conf.d/new.conf"), b));

    Plan::FileEdit c;
    c.setPath(files.c());
    c.setBefore(bigContent('o'));
    c.setAfter(bigContent('n'));
    plan.append(Plan::Change(QStringLiteral("Rewrite big.conf"), c));
    return plan;
}

// A session that kills its own connection at one chosen remote command.
class FaultySession : public Transport::Session
{
public:
    enum class Mode
    {
        Before,    // the connection dies before the command is sent
        After,     // the command ran to completion on the host; the connection dies before its result arrives
        MidUpload, // half of the command's stdin arrives, then the connection dies
    };

    FaultySession(std::unique_ptr<Transport::Session> inner, SshdFixture &sshd, int killAt, Mode mode)
        : m_inner(std::move(inner))
        , m_sshd(sshd)
        , m_killAt(killAt)
        , m_mode(mode)
    {}

    Platform platform() const override { return m_inner->platform(); }
    QString displayName() const override { return m_inner->displayName(); }
    Result<void> open(const CancelToken &cancel) override { return m_inner->open(cancel); }
    void close() override { m_inner->close(); }
    bool isOpen() const override { return !m_killed && m_inner->isOpen(); }
    bool killed() const { return m_killed; }
    // A Before kill that the command survived would not test anything.
    bool ranAfterKill() const { return m_ranAfterKill; }
    int commands() const { return m_commands; }
    // The commands (1-based) that carried stdin: the uploads.
    QList<int> uploads() const { return m_uploads; }

    Result<Transport::CommandResult> run(const Transport::RemoteCommand &command, const CancelToken &cancel) override
    {
        ++m_commands;
        if (!command.stdinData.isEmpty())
            m_uploads.append(m_commands);
        if (m_killed)
            return lost();
        if (m_commands != m_killAt)
            return m_inner->run(command, cancel);
        m_killed = true;
        switch (m_mode) {
        case Mode::Before: {
            kill();
            auto result = m_inner->run(command, cancel);
            m_ranAfterKill = bool(result);
            return lost();
        }
        case Mode::After: {
            auto result = m_inner->run(command, cancel);
            kill();
            return lost();
        }
        case Mode::MidUpload: {
            Transport::RemoteCommand partial = command;
            partial.stdinData.truncate(command.stdinData.size() / 2);
            auto result = m_inner->run(partial, cancel);
            kill();
            return lost();
        }
        }
        return lost();
    }

private:
    static Error lost() { return Error(Error::Code::Disconnected, QStringLiteral("connection killed by the test")); }
    void kill()
    {
        m_sshd.killSessionProcesses(QString::fromLatin1(SshdFixture::User));
        m_inner->close();
    }

    std::unique_ptr<Transport::Session> m_inner;
    SshdFixture &m_sshd;
    int m_killAt;
    Mode m_mode;
    int m_commands = 0;
    QList<int> m_uploads;
    bool m_killed = false;
    bool m_ranAfterKill = false;
};

} // namespace

class TestApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void appliesVerifiesAndRollsBack();
    void validatorFailureRollsBack();
    void irreversibleStepSaysItStaysDone();
    void fileChangedSincePreviewIsRefused();
    void symlinkIsRefused();
    void policyRefusesBeforeAnythingRuns();
    void failedFreshLoginRollsBack();
    void prepareReadsAndTransforms();
    void reloadRunsAfterSwapAndAfterRestore();
    void faultInjection_data();
    void faultInjection();

private:
    std::unique_ptr<SshSession> session() const
    {
        SshCredentials credentials;
        return std::make_unique<SshSession>(m_sshd.target(), credentials);
    }
    ApplyOptions options() const
    {
        ApplyOptions options;
        options.elevate = false;
        options.hostBackupRoot = m_files.root + QStringLiteral("/../backups");
        options.localBackupRoot = m_work->path() + QStringLiteral("/local-backups");
        options.freshSession = [this]() -> std::unique_ptr<Transport::Session> {
            return session();
        };
        return options;
    }
    void resetFiles();
    // Every file is exactly old or exactly new; returns how many are new.
    int checkOldOrNew(const Plan::ChangePlan &plan);

    SshdFixture m_sshd;
    std::unique_ptr<QTemporaryDir> m_work;
    Files m_files;
    QString m_journalPath;
};

void TestApplier::initTestCase()
{
    if (const QString reason = SshdFixture::unsupportedReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_files.root = m_sshd.homeDir(QString::fromLatin1(SshdFixture::User)) + QStringLiteral("/etc");
}

void TestApplier::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    m_journalPath = m_work->path() + QStringLiteral("/journal.jsonl");
    resetFiles();
}

void TestApplier::cleanupTestCase()
{
    m_sshd.stop();
}

void TestApplier::resetFiles()
{
    QDir(m_files.root).removeRecursively();
    QDir(m_files.root + QStringLiteral("/../backups")).removeRecursively();
    QVERIFY(writeLocal(m_files.a(), aBefore));
    QVERIFY(writeLocal(m_files.c(), bigContent('o')));
    QDir().mkpath(m_files.root + QStringLiteral("/conf.d"));
    QVERIFY(::chown(QFile::encodeName(m_files.root + QStringLiteral("/conf.d")).constData(), TestUid, TestUid) == 0);
}

int TestApplier::checkOldOrNew(const Plan::ChangePlan &plan)
{
    int newCount = 0;
    for (const Plan::Change &change : plan.changes()) {
        const Plan::FileEdit *edit = change.fileEdit();
        if (!edit)
            continue;
        const bool exists = QFileInfo::exists(edit->path());
        const QByteArray content = readLocal(edit->path());
        const bool isOld = edit->beforeExists() ? exists && content == edit->before() : !exists;
        const bool isNew = exists && content == edit->after();
        if (!isOld && !isNew)
            qWarning() << edit->path() << "is neither old nor new:" << content.size() << "bytes";
        if (!isOld && !isNew)
            return -1;
        newCount += isNew ? 1 : 0;
    }
    return newCount;
}

void TestApplier::appliesVerifiesAndRollsBack()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    QList<Phase> phases;
    applier.setProgressCallback([&](const ApplyProgress &progress) { phases << progress.phase; });

    const Plan::ChangePlan plan = makePlan(m_files);
    const ApplyReport report = applier.apply(plan, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary()));
    QCOMPARE(readLocal(m_files.a()), aAfter);
    QCOMPARE(readLocal(m_files.b()), bAfter);
    QCOMPARE(readLocal(m_files.c()), bigContent('n'));
    QVERIFY(QFileInfo::exists(m_files.marker()));
    QCOMPARE(QFileInfo(m_files.b()).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                                QFileDevice::ReadGroup);
    QCOMPARE(QFileInfo(m_files.a()).ownerId(), TestUid);
    QCOMPARE(leftovers(m_files.root), QStringList());
    QVERIFY(phases.contains(Phase::Validate));
    QVERIFY(phases.contains(Phase::FinalVerify));

    // Originals on the host and on the workstation.
    const QString hostBackup = m_files.root + QStringLiteral("/../backups/") + report.transactionId;
    QCOMPARE(readLocal(hostBackup + QStringLiteral("/0-app.conf")), aBefore);
    QCOMPARE(readLocal(hostBackup + QStringLiteral("/0-app.conf.origin")).trimmed(), m_files.a().toUtf8());
    QCOMPARE(readLocal(options().localBackupRoot + u'/' + report.transactionId + QStringLiteral("/0.before")), aBefore);

    // The journal tells the story and is intact.
    QVERIFY(journal.verify());
    const auto record = TransactionLog::find(*journal.entries(), report.transactionId);
    QVERIFY(record);
    QCOMPARE(record->outcome, QStringLiteral("applied"));
    QCOMPARE(record->changeCount(), 4);
    QVERIFY(record->files.at(0)
                .toObject()
                .value(QStringLiteral("diff"))
                .toString()
                .contains(QStringLiteral("+listen 443")));

    // Roll back from the journal: the plan is the inverse, shown as a diff, and applying it restores everything.
    auto undo = Applier::rollbackPlan(journal, report.transactionId);
    QVERIFY2(undo, errorText(undo).constData());
    QCOMPARE(undo->rollbackOf(), report.transactionId);
    QCOMPARE(undo->changes().size(), 4);
    QCOMPARE(undo->changes().at(0).fileEdit()->after(), bigContent('o'));
    QVERIFY(!undo->changes().at(1).fileEdit()->afterExists());
    QCOMPARE(undo->changes().at(2).command()->argv().constFirst(), QStringLiteral("rm"));
    QCOMPARE(undo->changes().at(3).fileEdit()->before(), aAfter);
    QCOMPARE(undo->changes().at(3).fileEdit()->after(), aBefore);
    const ApplyReport undone = applier.apply(*undo, {});
    QVERIFY2(undone.succeeded(), qPrintable(undone.summary()));
    QCOMPARE(readLocal(m_files.a()), aBefore);
    QVERIFY(!QFileInfo::exists(m_files.b()));
    QVERIFY(!QFileInfo::exists(m_files.marker()));
    QCOMPARE(readLocal(m_files.c()), bigContent('o'));
    QVERIFY(journal.verify());
    const auto rollbackRecord = TransactionLog::find(*journal.entries(), undone.transactionId);
    QCOMPARE(rollbackRecord->rollbackOf, report.transactionId);
}

void TestApplier::validatorFailureRollsBack()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    Plan::ChangePlan plan = makePlan(m_files);
    QList<Plan::Change> changes = plan.changes();
    // The marker first, then an edit the validator rejects.
    Plan::FileEdit broken = *changes.at(0).fileEdit();
    broken.setAfter("not ok\n");
    plan.setChanges({changes.at(1), Plan::Change(QStringLiteral("Break app.conf"), broken)});

    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(report.error.toString().contains(QStringLiteral("grep")));
    QCOMPARE(report.changes.at(0).state, ChangeOutcome::State::RolledBack);
    QCOMPARE(report.changes.at(1).state, ChangeOutcome::State::Failed);
    QCOMPARE(readLocal(m_files.a()), aBefore);
    QVERIFY(!QFileInfo::exists(m_files.marker()));
    QCOMPARE(leftovers(m_files.root), QStringList());
    const auto record = TransactionLog::find(*journal.entries(), report.transactionId);
    QCOMPARE(record->outcome, QStringLiteral("rolled-back"));
    // Nothing to roll back from the journal: the host is as it was.
    QVERIFY(!Applier::rollbackPlan(journal, report.transactionId));
}

void TestApplier::irreversibleStepSaysItStaysDone()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    Plan::ChangePlan plan = makePlan(m_files);
    QList<Plan::Change> changes = plan.changes();
    // A step with no undo that the plan marks irreversible (as luksFormat is), then an edit the validator rejects.
    const QString stamp = m_files.root + QStringLiteral("/formatted");
    Plan::CommandStep format({QStringLiteral("touch"), QStringLiteral("--"), stamp}, QStringLiteral("Format"));
    format.setElevate(false);
    format.setIrreversible(true);
    Plan::FileEdit broken = *changes.at(0).fileEdit();
    broken.setAfter("not ok\n");
    plan.setChanges({Plan::Change(QStringLiteral("Format the disk"), format),
                     Plan::Change(QStringLiteral("Break app.conf"), broken)});

    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(report.changes.at(0).irreversibleRan);
    QVERIFY(!report.changes.at(1).irreversibleRan);
    QVERIFY(QFileInfo::exists(stamp));
    QVERIFY2(report.summary().contains(QStringLiteral("cannot be undone: Format the disk")),
             qPrintable(report.summary()));
    QVERIFY(!report.summary().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(report.toJson()
                .value(QStringLiteral("changes"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("irreversibleRan"))
                .toBool());
    QFile::remove(stamp);
}

void TestApplier::fileChangedSincePreviewIsRefused()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    const Plan::ChangePlan plan = makePlan(m_files);
    const QByteArray edited = aBefore + "# edited by someone else\n";
    QVERIFY(writeLocal(m_files.a(), edited));

    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QVERIFY2(report.error.message().contains(QStringLiteral("changed on the host since the preview")),
             qPrintable(report.error.toString()));
    QCOMPARE(readLocal(m_files.a()), edited);
    QVERIFY(!QFileInfo::exists(m_files.marker()));
    QVERIFY(!QFileInfo::exists(m_files.b()));
    QCOMPARE(readLocal(m_files.c()), bigContent('o'));
    QCOMPARE(TransactionLog::find(*journal.entries(), report.transactionId)->outcome, QStringLiteral("refused"));

    // A file the plan creates that appeared meanwhile is refused too.
    QVERIFY(writeLocal(m_files.a(), aBefore));
    QVERIFY(writeLocal(m_files.b(), "someone else's\n"));
    QCOMPARE(applier.apply(plan, {}).outcome, ApplyReport::Outcome::Refused);
    QCOMPARE(readLocal(m_files.b()), QByteArray("someone else's\n"));
}

void TestApplier::symlinkIsRefused()
{
    QVERIFY(QFile::remove(m_files.a()));
    QVERIFY(QFile::link(m_files.c(), m_files.a()));
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    const ApplyReport report = applier.apply(makePlan(m_files), {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QVERIFY(report.error.message().contains(QStringLiteral("symbolic link")));
    QCOMPARE(readLocal(m_files.c()), bigContent('o'));
}

void TestApplier::policyRefusesBeforeAnythingRuns()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    Plan::ChangePlan plan;
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.append(
        Plan::Change(QStringLiteral("Stop ssh"),
                     Plan::CommandStep({QStringLiteral("systemctl"), QStringLiteral("disable"), QStringLiteral("--now"),
                                        QStringLiteral("--"), QStringLiteral("ssh.service")},
                                       QStringLiteral("Stop ssh"))));
    const int before = ssh->commandCount();
    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QCOMPARE(ssh->commandCount(), before);
    QVERIFY(report.error.message().contains(QStringLiteral("ssh.service")));
    QVERIFY(journal.verify());
}

void TestApplier::failedFreshLoginRollsBack()
{
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    ApplyOptions broken = options();
    broken.freshSession = [this]() -> std::unique_ptr<Transport::Session> {
        Transport::SshTarget target = m_sshd.target();
        target.identityFiles.clear(); // no key, no password: the fresh login fails as after a lock-out
        return std::make_unique<SshSession>(target, SshCredentials{});
    };
    Applier applier(*ssh, journal, broken);
    const ApplyReport report = applier.apply(makePlan(m_files), {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QVERIFY(report.error.message().contains(QStringLiteral("new login")));
    QCOMPARE(checkOldOrNew(makePlan(m_files)), 0);
    QVERIFY(!QFileInfo::exists(m_files.marker()));
}

void TestApplier::prepareReadsAndTransforms()
{
    QVERIFY(writeLocal(m_files.root + QStringLiteral("/inetd.conf"),
                       "# comment\ntelnet stream tcp nowait root /usr/sbin/tcpd in.telnetd\nftp stream tcp\n"));
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    Plan::FileEdit edit;
    edit.setPath(m_files.root + QStringLiteral("/inetd.conf"));
    edit.setNeedsRead(true);
    edit.setTransform(Plan::FileEdit::Transform::CommentOutInetdService, QStringLiteral("telnet"));
    Plan::ChangePlan plan;
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.append(Plan::Change(QStringLiteral("Comment out telnet"), edit));

    // Unprepared plans are refused: the user has not seen the diff.
    QCOMPARE(applier.apply(plan, {}).outcome, ApplyReport::Outcome::Refused);
    auto prepared = applier.prepare(plan, {});
    QVERIFY2(prepared, errorText(prepared).constData());
    QCOMPARE(prepared->changes().at(0).fileEdit()->after(),
             QByteArray("# comment\n#telnet stream tcp nowait root /usr/sbin/tcpd in.telnetd\nftp stream tcp\n"));
    QVERIFY(applier.apply(*prepared, {}).succeeded());
}

void TestApplier::reloadRunsAfterSwapAndAfterRestore()
{
    const QString log = m_files.root + QStringLiteral("/reloads.log");
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Journal journal(m_journalPath);
    Applier applier(*ssh, journal, options());
    Plan::ChangePlan plan = makePlan(m_files);
    Plan::FileEdit edit = *plan.changes().at(0).fileEdit();
    // The "daemon" records each reload with the content it would read.
    edit.setReload({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sed -n 2p \"$1\" >> \"$2\""),
                    QStringLiteral("reload"), m_files.a(), log});
    Plan::CommandStep failing({QStringLiteral("false")}, QStringLiteral("A step that fails"));
    failing.setElevate(false);
    plan.setChanges(
        {Plan::Change(QStringLiteral("Harden app.conf"), edit), Plan::Change(QStringLiteral("Fail"), failing)});

    const ApplyReport report = applier.apply(plan, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::RolledBack);
    QCOMPARE(readLocal(m_files.a()), aBefore);
    // Reloaded once with the new content, once more with the original after the rollback.
    QCOMPARE(readLocal(log), QByteArray("# hardened\n# the original\n"));
}

void TestApplier::faultInjection_data()
{
    QTest::addColumn<int>("killAt");
    QTest::addColumn<int>("mode");
    // Count the remote commands of an undisturbed apply on the applying session.
    resetFiles();
    int total = 0;
    QList<int> uploads;
    {
        QTemporaryDir work;
        Journal journal(work.path() + QStringLiteral("/journal.jsonl"));
        auto counting = std::make_unique<FaultySession>(session(), m_sshd, -1, FaultySession::Mode::Before);
        if (!counting->open({})) {
            QTest::newRow("no sshd") << -1 << 0;
            return;
        }
        m_work = std::make_unique<QTemporaryDir>();
        Applier applier(*counting, journal, options());
        if (applier.apply(makePlan(m_files), {}).succeeded()) {
            total = counting->commands();
            uploads = counting->uploads();
        }
    }
    resetFiles();
    QVERIFY2(total >= 10, "the undisturbed apply failed");
    int points = 0;
    for (int k = 1; k <= total; ++k) {
        QTest::addRow("before-%d", k) << k << int(FaultySession::Mode::Before);
        QTest::addRow("after-%d", k) << k << int(FaultySession::Mode::After);
        ++ ++points;
    }
    // The commands that upload content (the staging of each file): half an upload must never reach a target.
    QCOMPARE(uploads.size(), 3);
    for (int k : std::as_const(uploads)) {
        QTest::addRow("mid-upload-%d", k) << k << int(FaultySession::Mode::MidUpload);
        ++points;
    }
    QVERIFY2(points >= 20, "fewer than 20 kill points");
}

void TestApplier::faultInjection()
{
    QFETCH(int, killAt);
    QFETCH(int, mode);
    QVERIFY(killAt > 0);
    const Plan::ChangePlan plan = makePlan(m_files);
    Journal journal(m_journalPath);

    QString transaction;
    {
        FaultySession faulty(session(), m_sshd, killAt, FaultySession::Mode(mode));
        QVERIFY(faulty.open({}));
        Applier applier(faulty, journal, options());
        const ApplyReport report = applier.apply(plan, {});
        transaction = report.transactionId;
        QVERIFY(faulty.killed());
        QVERIFY(!faulty.ranAfterKill());
        QCOMPARE(report.outcome, ApplyReport::Outcome::Interrupted);
    }

    // Zero partial files: each target is the original or the new content.
    const int newFiles = checkOldOrNew(plan);
    QVERIFY2(newFiles >= 0, "a file is neither the original nor the new version");
    // Zero lost originals: whatever is on the host, the originals are kept where the journal says.
    const auto record = TransactionLog::find(*journal.entries(), transaction);
    QVERIFY(record);
    QVERIFY(journal.verify());
    QCOMPARE(record->outcome, QStringLiteral("interrupted"));
    QVERIFY(!record->lastPhase.isEmpty());
    for (const QJsonValue &value : record->files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(QStringLiteral("path")).toString();
        const QByteArray current = readLocal(path);
        if (file.value(QStringLiteral("beforeSha256")).toString() == QLatin1String("absent"))
            continue;
        const bool isOriginal = Plan::FileEdit::sha256Hex(current).toStdString() ==
                                file.value(QStringLiteral("beforeSha256")).toString().toStdString();
        if (!isOriginal) {
            // Changed: the original must be in the host backup and on the workstation.
            const QByteArray hostCopy = readLocal(file.value(QStringLiteral("hostBackup")).toString());
            const QByteArray localCopy = readLocal(file.value(QStringLiteral("localBefore")).toString());
            QCOMPARE(Plan::FileEdit::sha256Hex(hostCopy).toStdString(),
                     file.value(QStringLiteral("beforeSha256")).toString().toStdString());
            QCOMPARE(localCopy, hostCopy);
        }
    }

    // Reconnect: recover() finds the state, removes staged copies and journals it.
    auto ssh = session();
    QVERIFY(ssh->open({}));
    Applier applier(*ssh, journal, options());
    const ApplyReport recovered = applier.recover(transaction, {});
    QCOMPARE(recovered.outcome, ApplyReport::Outcome::Recovered);
    int reportedNew = 0;
    for (const ChangeOutcome &change : recovered.changes) {
        QVERIFY2(change.state != ChangeOutcome::State::Unknown, qPrintable(change.detail));
        if (plan.changes().at(change.index).isFileEdit() && change.state == ChangeOutcome::State::New)
            ++reportedNew;
    }
    QCOMPARE(reportedNew, newFiles);
    QCOMPARE(leftovers(m_files.root), QStringList());
    QVERIFY(TransactionLog::find(*journal.entries(), transaction)->recoveredState.contains(QStringLiteral("new")));

    // Roll back what took effect; afterwards everything is the original.
    auto undo = Applier::rollbackPlan(journal, transaction);
    if (undo) {
        const ApplyReport undone = applier.apply(*undo, {});
        QVERIFY2(undone.succeeded(), qPrintable(undone.summary()));
    } else {
        QCOMPARE(newFiles, 0);
    }
    QCOMPARE(checkOldOrNew(plan), 0);
    QVERIFY(!QFileInfo::exists(m_files.marker()));
    QVERIFY(journal.verify());
}

QTEST_GUILESS_MAIN(TestApplier)
#include "tst_applier.moc"
