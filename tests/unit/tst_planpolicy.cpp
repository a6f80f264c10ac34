// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/PlanPolicy.h"

#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Plan;

// PlanPolicy: the checks every plan passes before the Applier runs it, whoever wrote it (a saved plan is untrusted).
class TestPlanPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void fileEdits_data();
    void fileEdits();
    void emptyPlanIsRefused();
    void inverseStepsAreCheckedToo();
    void absentSidesRoundTrip();
};

void TestPlanPolicy::commands_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("allowed");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };
    QTest::newRow("disable avahi") << l({"systemctl", "disable", "--now", "--", "avahi-daemon.service"}) << true;
    QTest::newRow("mask cups socket") << l({"systemctl", "mask", "--", "cups.socket"}) << true;
    QTest::newRow("enable ssh") << l({"systemctl", "enable", "--", "ssh.service"}) << true;
    QTest::newRow("stop ssh") << l({"systemctl", "stop", "ssh"}) << false;
    QTest::newRow("disable sshd.service") << l({"systemctl", "disable", "--now", "--", "sshd.service"}) << false;
    QTest::newRow("mask journald") << l({"/usr/bin/systemctl", "mask", "--", "systemd-journald.service"}) << false;
    QTest::newRow("restart networking") << l({"systemctl", "restart", "networking.service"}) << false;
    QTest::newRow("stop user@1000") << l({"systemctl", "stop", "--", "user@1000.service"}) << false;
    QTest::newRow("reboot") << l({"systemctl", "reboot"}) << false;
    QTest::newRow("isolate rescue") << l({"systemctl", "isolate", "rescue.target"}) << false;
    QTest::newRow("option before verb") << l({"systemctl", "--no-block", "poweroff"}) << false;
    QTest::newRow("empty argv") << QStringList() << false;
    QTest::newRow("empty program") << l({"", "x"}) << false;
    QTest::newRow("NUL in argument") << QStringList{QStringLiteral("echo"), QStringLiteral("a") + QChar(0)} << false;
    QTest::newRow("other program") << l({"update-rc.d", "telnetd", "disable"}) << true;
}

void TestPlanPolicy::commands()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, allowed);
    const auto checked = PlanPolicy::checkCommand(CommandStep(argv, QStringLiteral("test")));
    QCOMPARE(checked.ok(), allowed);
    if (!allowed)
        QVERIFY(!checked.error().message().isEmpty());
}

void TestPlanPolicy::fileEdits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("sshd_config") << "/etc/ssh/sshd_config"
                                 << ""
                                 << "" << true;
    QTest::newRow("drop-in 0440 root") << "/etc/sudoers.d/50-ops"
                                       << "0440"
                                       << "root" << true;
    QTest::newRow("relative") << "etc/passwd"
                              << ""
                              << "" << false;
    QTest::newRow("dot-dot") << "/etc/ssh/../shadow"
                             << ""
                             << "" << false;
    QTest::newRow("double slash") << "/etc//shadow"
                                  << ""
                                  << "" << false;
    QTest::newRow("trailing slash") << "/etc/ssh/"
                                    << ""
                                    << "" << false;
    QTest::newRow("root") << "/"
                          << ""
                          << "" << false;
    QTest::newRow("newline") << "/etc/a\nb"
                             << ""
                             << "" << false;
    QTest::newRow("bad mode") << "/etc/x"
                              << "u+rwx"
                              << "" << false;
    QTest::newRow("mode too long") << "/etc/x"
                                   << "07777"
                                   << "" << false;
    QTest::newRow("bad owner") << "/etc/x"
                               << ""
                               << "root;rm" << false;
    QTest::newRow("owner option") << "/etc/x"
                                  << ""
                                  << "-R" << false;
}

void TestPlanPolicy::fileEdits()
{
    QFETCH(QString, path);
    QFETCH(QString, mode);
    QFETCH(QString, owner);
    QFETCH(bool, allowed);
    FileEdit edit;
    edit.setPath(path);
    edit.setBefore("a\n");
    edit.setAfter("b\n");
    edit.setMode(mode);
    edit.setOwner(owner);
    QCOMPARE(PlanPolicy::checkFileEdit(edit).ok(), allowed);
}

void TestPlanPolicy::emptyPlanIsRefused()
{
    QVERIFY(!PlanPolicy::check(ChangePlan()).ok());
}

void TestPlanPolicy::inverseStepsAreCheckedToo()
{
    CommandStep step(
        {QStringLiteral("systemctl"), QStringLiteral("enable"), QStringLiteral("--"), QStringLiteral("cups.service")},
        QStringLiteral("enable"));
    step.setInverse({CommandStep(
        {QStringLiteral("systemctl"), QStringLiteral("mask"), QStringLiteral("--"), QStringLiteral("dbus.service")},
        QStringLiteral("mask dbus"))});
    ChangePlan plan;
    plan.append(Change(QStringLiteral("x"), step));
    QVERIFY(!PlanPolicy::check(plan).ok());
}

void TestPlanPolicy::absentSidesRoundTrip()
{
    FileEdit created;
    created.setPath(QStringLiteral("/etc/sudoers.d/50-ops"));
    created.setBeforeAbsent();
    created.setAfter("ops ALL=(root) /usr/bin/systemctl\n");
    const auto createdBack = FileEdit::fromJson(created.toJson());
    QVERIFY(createdBack);
    QCOMPARE(*createdBack, created);
    QVERIFY(!createdBack->beforeExists());

    FileEdit removed;
    removed.setPath(QStringLiteral("/etc/sudoers.d/90-labadmin"));
    removed.setBefore("labadmin ALL=(ALL) NOPASSWD: ALL\n");
    removed.setAfterAbsent();
    const auto removedBack = FileEdit::fromJson(removed.toJson());
    QVERIFY(removedBack);
    QVERIFY(!removedBack->afterExists());
    QCOMPARE(*removedBack, removed);

    // Absent with content is contradictory: refused.
    QJsonObject contradictory = created.toJson();
    contradictory.insert(QStringLiteral("before"), QStringLiteral("x"));
    QVERIFY(!FileEdit::fromJson(contradictory));

    ChangePlan plan;
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.setRollbackOf(QStringLiteral("1234"));
    plan.append(Change(QStringLiteral("drop-in"), created));
    const auto planBack = ChangePlan::fromJson(plan.toJson());
    QVERIFY(planBack);
    QCOMPARE(planBack->rollbackOf(), QStringLiteral("1234"));
}

QTEST_GUILESS_MAIN(TestPlanPolicy)
#include "tst_planpolicy.moc"
