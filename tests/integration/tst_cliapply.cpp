// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Journal.h"
#include "core/plan/ChangePlan.h"
#include "tests/integration/CliRun.h"
#include "tests/integration/SshdFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bulwark;

// bulwark-cli apply, rollback, journal and the journaled exec, end to end against a real sshd (SshdFixture). The plan
// edits files in the test user's home (--no-sudo), like tst_applier: the CLI's flow, confirmation and exit codes
// are under test here, the transaction itself in tst_applier. The binary comes from $BULWARK_CLI (set by CTest).
namespace {

constexpr uid_t TestUid = 4242;

const QByteArray confBefore = "ok = 1\n# the original\nlisten 80\n";
const QByteArray confAfter = "ok = 1\n# hardened\nlisten 443\n";
const QByteArray createdContent = "ok = created\n";

QByteArray readLocal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeLocal(const QString &path, const QByteArray &content, bool asTestUser = true)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    if (!asTestUser)
        return true;
    return ::chown(QFile::encodeName(path).constData(), TestUid, TestUid) == 0 &&
           ::chown(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), TestUid, TestUid) == 0;
}

} // namespace

class TestCliApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void appliesListsAndRollsBack();
    void batchWithoutYesChangesNothing();
    void fileChangedSinceIsRefused();
    void malformedPlanIsRejected();
    void execIsJournaled();
    void tamperedJournalFailsVerify();

private:
    using Run = CliRun::Result;
    Run cli(const QStringList &arguments) const;
    QStringList connectArgs() const;
    QStringList changeArgs() const; // connectArgs + --no-sudo, the journal and both backup folders
    QString conf() const { return m_root + QStringLiteral("/app.conf"); }
    QString created() const { return m_root + QStringLiteral("/conf.d/new.conf"); }
    QString marker() const { return m_root + QStringLiteral("/marker"); }
    Plan::ChangePlan makePlan() const;
    QString writePlan(const Plan::ChangePlan &plan) const;

    QString m_cli;
    QTemporaryDir m_home;
    SshdFixture m_sshd;
    QString m_root; // in the test user's home
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_journal;
};

void TestCliApply::initTestCase()
{
    m_cli = qEnvironmentVariable("BULWARK_CLI");
    if (m_cli.isEmpty())
        QSKIP("BULWARK_CLI is not set; run this test through ctest");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    const QString unsupported = SshdFixture::unsupportedReason();
    if (!unsupported.isEmpty())
        QSKIP(qPrintable(unsupported));
    QVERIFY(m_home.isValid());
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    m_root = m_sshd.homeDir(QString::fromLatin1(SshdFixture::User)) + QStringLiteral("/cli-etc");
}

void TestCliApply::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_journal = m_work->path() + QStringLiteral("/journal.jsonl");
    QDir(m_root).removeRecursively();
    QDir(m_root + QStringLiteral("/../cli-backups")).removeRecursively();
    QVERIFY(writeLocal(conf(), confBefore));
    QDir().mkpath(m_root + QStringLiteral("/conf.d"));
    QVERIFY(::chown(QFile::encodeName(m_root + QStringLiteral("/conf.d")).constData(), TestUid, TestUid) == 0);
}

void TestCliApply::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "sshd log (last lines):\n"
                             << QString::fromLocal8Bit(m_sshd.log().right(4000).replace('\r', QByteArray()));
}

void TestCliApply::cleanupTestCase()
{
    m_sshd.stop();
}

TestCliApply::Run TestCliApply::cli(const QStringList &arguments) const
{
    return CliRun::run(m_cli, arguments, CliRun::sshEnvironment(m_home.path()), 30000);
}

QStringList TestCliApply::connectArgs() const
{
    return {
        QStringLiteral("--host"),
        QStringLiteral("%1@%2:%3").arg(QString::fromLatin1(SshdFixture::User), SshdFixture::host()).arg(m_sshd.port()),
        QStringLiteral("-i"),
        m_sshd.clientKey(),
        QStringLiteral("--known-hosts"),
        m_sshd.knownHostsFile(),
        QStringLiteral("-F"),
        QStringLiteral("none"),
        QStringLiteral("--no-agent"),
        QStringLiteral("--batch")};
}

QStringList TestCliApply::changeArgs() const
{
    return connectArgs() + QStringList{QStringLiteral("--no-sudo"),
                                       QStringLiteral("--journal"),
                                       m_journal,
                                       QStringLiteral("--backups"),
                                       m_work->path() + QStringLiteral("/local-backups"),
                                       QStringLiteral("--host-backups"),
                                       m_root + QStringLiteral("/../cli-backups")};
}

Plan::ChangePlan TestCliApply::makePlan() const
{
    Plan::ChangePlan plan;
    plan.setHostDisplayName(
        QStringLiteral("%1@%2:%3").arg(QString::fromLatin1(SshdFixture::User), SshdFixture::host()).arg(m_sshd.port()));
    plan.setCreated(QDateTime::currentDateTimeUtc());

    Plan::FileEdit edit;
    edit.setPath(conf());
    edit.setBefore(confBefore);
    edit.setAfter(confAfter);
    edit.setValidator(
        {QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral("^ok"), Plan::FileEdit::stagedPlaceholder()});
    plan.append(Plan::Change(QStringLiteral("Harden app.conf"), edit));

    Plan::CommandStep touch({QStringLiteral("touch"), QStringLiteral("--"), marker()},
                            QStringLiteral("Create the marker"));
    touch.setElevate(false);
    touch.setVerify({Plan::CommandCheck({QStringLiteral("test"), QStringLiteral("-e"), marker()}, {}, 0)});
    Plan::CommandStep remove({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), marker()},
                             QStringLiteral("Remove the marker"));
    remove.setElevate(false);
    touch.setInverse({remove});
    plan.append(Plan::Change(QStringLiteral("Create the marker"), touch));

    Plan::FileEdit create;
    create.setPath(created());
    create.setBeforeAbsent();
    create.setAfter(createdContent);
    plan.append(Plan::Change(QStringLiteral("Add conf.d/new.conf"), create));
    return plan;
}

QString TestCliApply::writePlan(const Plan::ChangePlan &plan) const
{
    const QString path = m_work->path() + QStringLiteral("/plan.json");
    return writeLocal(path, plan.toJsonBytes(), false) ? path : QString();
}

void TestCliApply::appliesListsAndRollsBack()
{
    const QString planFile = writePlan(makePlan());
    const QString reportFile = m_work->path() + QStringLiteral("/report.json");
    const Run applied = cli(QStringList{QStringLiteral("apply"), planFile} + changeArgs() +
                            QStringList{QStringLiteral("--yes"), QStringLiteral("--json"), reportFile});
    QVERIFY2(applied.exitCode == 0, applied.err.constData());
    // The plan as it runs, with the diff, then the report.
    QVERIFY2(applied.out.contains("+listen 443"), applied.out.constData());
    QVERIFY(applied.out.contains("-listen 80"));
    QVERIFY(applied.out.contains("touch -- "));
    QVERIFY2(applied.out.contains("Applied and verified every change (3)"), applied.out.constData());
    QVERIFY2(applied.err.contains("[1/3] stage "), applied.err.constData());
    QVERIFY(applied.err.contains("final-verify"));
    QCOMPARE(readLocal(conf()), confAfter);
    QCOMPARE(readLocal(created()), createdContent);
    QVERIFY(QFileInfo::exists(marker()));

    const QJsonObject report = QJsonDocument::fromJson(readLocal(reportFile)).object();
    QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
    const QString id = report.value(QStringLiteral("transaction")).toString();
    QCOMPARE(id.size(), 36);

    const QStringList journalArgs{QStringLiteral("--journal"), m_journal};
    const Run verified = cli(QStringList{QStringLiteral("journal"), QStringLiteral("verify")} + journalArgs);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY2(verified.out.startsWith("Journal intact: "), verified.out.constData());

    const Run listed = cli(QStringList{QStringLiteral("journal"), QStringLiteral("list")} + journalArgs);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QByteArray(id.left(8).toLatin1() + "  Applied (changes: 3)")), listed.out.constData());

    const Run shown = cli(QStringList{QStringLiteral("journal"), QStringLiteral("show"), id.left(8)} + journalArgs);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY(shown.out.contains(id.toLatin1()));
    QVERIFY2(shown.out.contains("+listen 443"), shown.out.constData());
    QVERIFY(shown.out.contains("apply-finished"));

    // Recovery finds every change on the host, and says so.
    const Run recovered = cli(QStringList{QStringLiteral("recover"), id.left(8)} + changeArgs());
    QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
    QVERIFY2(recovered.out.contains("Host state: 3 new, 0 original, 0 unknown."), recovered.out.constData());
    QVERIFY(recovered.out.contains("1. Harden app.conf: new"));

    // A transaction is undone only on the host it ran on.
    QStringList otherHost = changeArgs();
    otherHost[1] = QStringLiteral("%1@%2:%3")
                       .arg(QString::fromLatin1(SshdFixture::NopassUser), SshdFixture::host())
                       .arg(m_sshd.port());
    const Run elsewhere =
        cli(QStringList{QStringLiteral("rollback"), id.left(8)} + otherHost + QStringList{QStringLiteral("--yes")});
    QCOMPARE(elsewhere.exitCode, 2);
    QVERIFY2(elsewhere.err.contains("nothing was changed"), elsewhere.err.constData());
    QCOMPARE(readLocal(conf()), confAfter);

    // Rolling back shows the inverse plan and, with --yes, applies it: everything is as before.
    const Run undone =
        cli(QStringList{QStringLiteral("rollback"), id.left(8)} + changeArgs() + QStringList{QStringLiteral("--yes")});
    QVERIFY2(undone.exitCode == 0, undone.err.constData());
    QVERIFY2(undone.out.contains("-listen 443"), undone.out.constData());
    QVERIFY(undone.out.contains(QByteArray("Rollback of transaction " + id.toLatin1())));
    QCOMPARE(readLocal(conf()), confBefore);
    QVERIFY(!QFileInfo::exists(created()));
    QVERIFY(!QFileInfo::exists(marker()));

    const Run again = cli(QStringList{QStringLiteral("journal"), QStringLiteral("verify")} + journalArgs);
    QCOMPARE(again.exitCode, 0);
    const Run relisted = cli(QStringList{QStringLiteral("journal"), QStringLiteral("list")} + journalArgs);
    QVERIFY2(relisted.out.contains(QByteArray("Rollback of " + id.left(8).toLatin1())), relisted.out.constData());
}

void TestCliApply::batchWithoutYesChangesNothing()
{
    const QString planFile = writePlan(makePlan());
    const Run run = cli(QStringList{QStringLiteral("apply"), planFile} + changeArgs());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("nothing was changed"), run.err.constData());
    // The plan was still shown.
    QVERIFY(run.out.contains("+listen 443"));
    QCOMPARE(readLocal(conf()), confBefore);
    QVERIFY(!QFileInfo::exists(created()));
    QVERIFY(!QFileInfo::exists(marker()));
    QVERIFY(readLocal(m_journal).isEmpty());
}

void TestCliApply::fileChangedSinceIsRefused()
{
    const QString planFile = writePlan(makePlan());
    const QByteArray edited = confBefore + "# edited by someone else\n";
    QVERIFY(writeLocal(conf(), edited));
    const Run run =
        cli(QStringList{QStringLiteral("apply"), planFile} + changeArgs() + QStringList{QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains("changed on the host since the preview"), run.out.constData());
    QCOMPARE(readLocal(conf()), edited);
    QVERIFY(!QFileInfo::exists(created()));
    QVERIFY(!QFileInfo::exists(marker()));
    const Run listed = cli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--journal"), m_journal});
    QVERIFY2(listed.out.contains("Refused; nothing changed"), listed.out.constData());
}

void TestCliApply::malformedPlanIsRejected()
{
    const QString broken = m_work->path() + QStringLiteral("/broken.json");
    QVERIFY(writeLocal(broken, "{\"formatVersion\": 1, \"changes\": [ {\"title\": ", false));
    const Run run =
        cli(QStringList{QStringLiteral("apply"), broken} + changeArgs() + QStringList{QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is not a plan"), run.err.constData());

    const Run missing = cli(QStringList{QStringLiteral("apply"), m_work->path() + QStringLiteral("/none.json")} +
                            changeArgs() + QStringList{QStringLiteral("--yes")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("cannot read the plan"), missing.err.constData());
    QCOMPARE(readLocal(conf()), confBefore);
    QVERIFY(!QFileInfo::exists(m_journal));
}

void TestCliApply::execIsJournaled()
{
    const Run run = cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                        QStringList{QStringLiteral("--journal"), m_journal, QStringLiteral("--"), QStringLiteral("sh"),
                                    QStringLiteral("-c"), QStringLiteral("printf hi; exit 3")});
    QCOMPARE(run.out, QByteArray("hi"));
    QCOMPARE(run.exitCode, 3);
    const auto entries = Apply::Journal(m_journal).entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).kind(), QStringLiteral("operator-command"));
    QCOMPARE(entries->at(0).payload().value(QStringLiteral("phase")).toString(), QStringLiteral("started"));
    QCOMPARE(entries->at(0).payload().value(QStringLiteral("argv")).toArray().at(0).toString(), QStringLiteral("sh"));
    QCOMPARE(entries->at(1).payload().value(QStringLiteral("phase")).toString(), QStringLiteral("finished"));
    QCOMPARE(entries->at(1).payload().value(QStringLiteral("exitStatus")).toInt(), 3);
    QVERIFY(!entries->at(1).payload().contains(QStringLiteral("stdout")));
}

void TestCliApply::tamperedJournalFailsVerify()
{
    for (int i = 0; i < 2; ++i) {
        const Run run =
            cli(QStringList{QStringLiteral("exec")} + connectArgs() +
                QStringList{QStringLiteral("--journal"), m_journal, QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.exitCode, 0);
    }
    const QStringList verify{QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"),
                             m_journal};
    QCOMPARE(cli(verify).exitCode, 0);

    // Someone rewrites what the third entry says was run.
    QList<QByteArray> lines = readLocal(m_journal).split('\n');
    QVERIFY(lines.size() >= 4);
    QVERIFY(lines[2].contains("\"true\""));
    lines[2].replace("\"true\"", "\"false\"");
    QVERIFY(writeLocal(m_journal, lines.join('\n'), false));

    const Run run = cli(verify);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Journal line 3"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cliapply.moc"
