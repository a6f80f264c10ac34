// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ChangePlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Plan;

namespace {

ChangePlan samplePlan()
{
    ChangePlan plan;
    plan.setHostDisplayName(QStringLiteral("web-01"));
    plan.setCreated(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    CommandStep step({QStringLiteral("systemctl"), QStringLiteral("disable"), QStringLiteral("--now"),
                      QStringLiteral("--"), QStringLiteral("it's $(x).service")},
                     QStringLiteral("x"));
    step.setVerify(
        {CommandCheck({QStringLiteral("systemctl"), QStringLiteral("is-active")}, {QStringLiteral("inactive")}, 3)});
    std::vector<CommandStep> inverse;
    inverse.emplace_back(QStringList{QStringLiteral("systemctl"), QStringLiteral("start")}, QStringLiteral("undo"));
    step.setInverse(std::move(inverse));
    step.setAccessAffecting(true);
    step.setSecretSlot(QStringLiteral("luks-passphrase"));
    step.setIrreversible(true);
    plan.append(Change(QStringLiteral("Stop x"), step, {QStringLiteral("BW-LNX-SVC-001")}));

    FileEdit edit;
    edit.setPath(QStringLiteral("/etc/sudoers.d/90-x"));
    edit.setBefore(QByteArray("old\n\xff binary"));
    edit.setAfter("new\n");
    edit.setMode(QStringLiteral("0440"));
    edit.setOwner(QStringLiteral("root"));
    edit.setGroup(QStringLiteral("root"));
    edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), FileEdit::stagedPlaceholder()});
    edit.setVerify({QStringLiteral("visudo"), QStringLiteral("-c")});
    plan.append(Change(QStringLiteral("Edit sudoers"), edit, {}));

    FileEdit later;
    later.setPath(QStringLiteral("/etc/inetd.conf"));
    later.setNeedsRead(true);
    later.setTransform(FileEdit::Transform::CommentOutInetdService, QStringLiteral("telnet"));
    plan.append(Change(QStringLiteral("inetd"), later, {QStringLiteral("BW-LNX-SVC-009")}));

    CommandStep windows({QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"),
                         QStringLiteral("-NonInteractive"), QStringLiteral("-Command"),
                         QStringLiteral("Set-Service -Name 'Spooler' -StartupType Disabled")},
                        QStringLiteral("Disable Spooler"));
    windows.setElevate(false);
    windows.setStateChange(QStringLiteral("Service Spooler"), QStringLiteral("StartType: Automatic\nStatus: Running"),
                           QStringLiteral("StartType: Disabled\nStatus: Stopped"));
    std::vector<CommandStep> restore;
    restore.emplace_back(QStringList{QStringLiteral("powershell.exe")}, QStringLiteral("Restore Spooler"));
    restore.back().setStateChange(QStringLiteral("Service Spooler"), windows.stateAfter(), windows.stateBefore());
    windows.setInverse(std::move(restore));
    plan.append(Change(QStringLiteral("Disable Spooler"), windows, {}));
    plan.addWarning(QStringLiteral("careful"));
    return plan;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void loadsPlansWithoutStateChange();
    void accessAffectingWithoutTheMark();
    void hashAndValidator();
    void rejectsTamperedOrMalformed_data();
    void rejectsTamperedOrMalformed();
    void checkMatches();
};

void TestPlan::roundTrip()
{
    const ChangePlan plan = samplePlan();
    const QByteArray bytes = plan.toJsonBytes();
    const auto back = ChangePlan::fromJsonBytes(bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QVERIFY(*back == plan);
    QCOMPARE(back->toJsonBytes(), bytes);
    QCOMPARE(back->changes().at(0).command()->argv().at(4), QStringLiteral("it's $(x).service"));
    QCOMPARE(back->changes().at(0).command()->secretSlot(), QStringLiteral("luks-passphrase"));
    QVERIFY(back->changes().at(0).command()->irreversible());
    QVERIFY(back->changes().at(0).command()->inverse().front().secretSlot().isEmpty());
    QVERIFY(!back->changes().at(0).command()->inverse().front().irreversible());
    // Defaults are left out of the JSON.
    QCOMPARE(bytes.count("\"secretSlot\""), 1);
    QCOMPARE(bytes.count("\"irreversible\""), 1);
    QVERIFY(CommandStep::isValidSecretSlot(QStringLiteral("luks-passphrase")));
    QVERIFY(!CommandStep::isValidSecretSlot(QString()));
    QVERIFY(!CommandStep::isValidSecretSlot(QStringLiteral("Luks passphrase")));
    QCOMPARE(back->changes().at(1).fileEdit()->before(), QByteArray("old\n\xff binary"));
    QVERIFY(back->changes().at(2).fileEdit()->needsRead());
    QCOMPARE(back->summary().size(), 4);
    const CommandStep *windows = back->changes().at(3).command();
    QVERIFY(windows->hasStateChange());
    QCOMPARE(windows->stateLabel(), QStringLiteral("Service Spooler"));
    QCOMPARE(windows->stateBefore(), QStringLiteral("StartType: Automatic\nStatus: Running"));
    QCOMPARE(windows->stateAfter(), QStringLiteral("StartType: Disabled\nStatus: Stopped"));
    QCOMPARE(windows->inverse().front().stateAfter(), windows->stateBefore());
    QVERIFY(!back->changes().at(0).command()->hasStateChange());
    QCOMPARE(bytes.count("\"state\""), 2);
    // A step only differing in its state is another step.
    CommandStep other = *windows;
    other.setStateChange(windows->stateLabel(), windows->stateBefore(), QStringLiteral("StartType: Manual"));
    QVERIFY(!(other == *windows));
}

// Plans saved before steps had a state change still load, without one.
void TestPlan::loadsPlansWithoutStateChange()
{
    QJsonObject plan = samplePlan().toJson();
    QJsonArray changes = plan.value(QStringLiteral("changes")).toArray();
    QJsonObject change = changes.at(3).toObject();
    QJsonObject command = change.value(QStringLiteral("command")).toObject();
    QVERIFY(command.contains(QStringLiteral("state")));
    command.remove(QStringLiteral("state"));
    change.insert(QStringLiteral("command"), command);
    changes.replace(3, change);
    plan.insert(QStringLiteral("changes"), changes);
    const auto back = ChangePlan::fromJson(plan);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QVERIFY(!back->changes().at(3).command()->hasStateChange());
    QVERIFY(back->changes().at(3).command()->inverse().front().hasStateChange());
}

void TestPlan::hashAndValidator()
{
    FileEdit edit;
    edit.setNeedsRead(true);
    edit.setBefore("abc");
    QVERIFY(!edit.needsRead());
    QCOMPARE(edit.beforeSha256(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    edit.setValidator({QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("{staged}")});
    QCOMPARE(edit.validatorFor(QStringLiteral("/tmp/a b;c")),
             (QStringList{QStringLiteral("visudo"), QStringLiteral("-cf"), QStringLiteral("/tmp/a b;c")}));
}

void TestPlan::rejectsTamperedOrMalformed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    // The stored hash no longer describes the stored before content.
    QTest::newRow("hash") << QStringLiteral("\"beforeSha256\": \"") << QStringLiteral("\"beforeSha256\": \"0");
    QTest::newRow("format") << QStringLiteral("bulwark-change-plan") << QStringLiteral("other");
    QTest::newRow("version") << QStringLiteral("\"version\": 1") << QStringLiteral("\"version\": 2");
    QTest::newRow("argv type") << QStringLiteral("\"start\"") << QStringLiteral("5");
    QTest::newRow("relative path") << QStringLiteral("/etc/inetd.conf") << QStringLiteral("etc/inetd.conf");
    QTest::newRow("secret slot") << QStringLiteral("\"secretSlot\": \"luks-passphrase\"")
                                 << QStringLiteral("\"secretSlot\": \"a secret; rm -rf /\"");
    QTest::newRow("secret slot type") << QStringLiteral("\"secretSlot\": \"luks-passphrase\"")
                                      << QStringLiteral("\"secretSlot\": 1");
    QTest::newRow("irreversible type") << QStringLiteral("\"irreversible\": true")
                                       << QStringLiteral("\"irreversible\": \"yes\"");
    QTest::newRow("state type") << QStringLiteral("\"label\": \"Service Spooler\"") << QStringLiteral("\"label\": 7");
    QTest::newRow("state label empty") << QStringLiteral("\"label\": \"Service Spooler\"")
                                       << QStringLiteral("\"label\": \"\"");
    QTest::newRow("state before type") << QStringLiteral("\"before\": \"StartType: Automatic\\nStatus: Running\"")
                                       << QStringLiteral("\"before\": []");
    QTest::newRow("transform") << QStringLiteral("comment-out-inetd-service") << QStringLiteral("rm-rf");
}

void TestPlan::rejectsTamperedOrMalformed()
{
    QFETCH(const QString, from);
    QFETCH(const QString, to);
    QString text = QString::fromUtf8(samplePlan().toJsonBytes());
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(from, to);
    QVERIFY(!ChangePlan::fromJsonBytes(text.toUtf8()).ok());
}

void TestPlan::checkMatches()
{
    const CommandCheck check({QStringLiteral("x")}, {QStringLiteral("disabled"), QStringLiteral("masked")});
    QVERIFY(check.matches(1, "masked\n"));
    QVERIFY(!check.matches(0, "enabled"));
    const CommandCheck exitOnly({QStringLiteral("x")}, {}, 0);
    QVERIFY(exitOnly.matches(0, "anything"));
    QVERIFY(!exitOnly.matches(1, ""));
}

void TestPlan::accessAffectingWithoutTheMark()
{
    auto planWithEdit = [](const QString &path, bool marked) {
        FileEdit edit;
        edit.setPath(path);
        edit.setBefore("a\n");
        edit.setAfter("b\n");
        edit.setAccessAffecting(marked);
        ChangePlan plan;
        plan.append(Change(QStringLiteral("edit"), edit));
        return plan;
    };
    QVERIFY(!planWithEdit(QStringLiteral("/etc/sudoers.d/50-bulwark-alice"), false).accessAffecting());
    QVERIFY(planWithEdit(QStringLiteral("/etc/sudoers.d/50-bulwark-alice"), true).accessAffecting());
    for (const char *path :
         {"/etc/ssh/sshd_config", "/etc/ssh/sshd_config.d/00-bulwark.conf", "/etc/pam.d/sshd", "/etc/shadow",
          "/root/.ssh/authorized_keys", "/home/alice/.ssh/authorized_keys2", "/etc/nftables.conf"})
        QVERIFY2(planWithEdit(QString::fromLatin1(path), false).accessAffecting(), path);

    auto planWithCommand = [](const QStringList &argv) {
        ChangePlan plan;
        plan.append(Change(QStringLiteral("command"), CommandStep(argv, QStringLiteral("x"))));
        return plan;
    };
    QVERIFY(planWithCommand({QStringLiteral("/usr/sbin/usermod"), QStringLiteral("-L"), QStringLiteral("root")})
                .accessAffecting());
    QVERIFY(planWithCommand({QStringLiteral("nft"), QStringLiteral("-f"), QStringLiteral("/etc/nftables.conf")})
                .accessAffecting());
    QVERIFY(!planWithCommand({QStringLiteral("systemctl"), QStringLiteral("disable"), QStringLiteral("cups.service")})
                 .accessAffecting());
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
