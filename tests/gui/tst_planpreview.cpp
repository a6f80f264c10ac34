// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "core/plan/ServicesPlanner.h"
#include "ui/diff/DiffLineModel.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/PlanChangesModel.h"
#include "ui/diff/PlanPreview.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

QJsonObject labFacts()
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux/lab-debian12.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Plan::ChangePlan servicesPlan(const QJsonObject &facts)
{
    Plan::ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon"), QStringLiteral("cups.service")};
    auto plan = Plan::ServicesPlanner::plan(facts, choice);
    if (!plan)
        qFatal("services plan: %s", qPrintable(plan.error().toString()));
    return *plan;
}

QStringList tokens(QWidget *argv)
{
    QStringList out;
    const QList<QLabel *> labels = argv->findChildren<QLabel *>(QStringLiteral("argvToken"));
    for (const QLabel *label : labels)
        out << label->property("argument").toString();
    return out;
}

Plan::Change sshdEdit()
{
    Plan::FileEdit edit;
    edit.setPath(QStringLiteral("/etc/ssh/sshd_config"));
    edit.setBefore("Port 22\nPermitRootLogin yes\nX11Forwarding yes\n");
    edit.setAfter("Port 22\nPermitRootLogin no\nX11Forwarding no\n");
    edit.setMode(QStringLiteral("0600"));
    edit.setOwner(QStringLiteral("root"));
    edit.setGroup(QStringLiteral("root"));
    edit.setValidator(
        {QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"), Plan::FileEdit::stagedPlaceholder()});
    edit.setVerify({QStringLiteral("sshd"), QStringLiteral("-t")});
    return Plan::Change(QStringLiteral("Refuse root logins over SSH"), edit, {QStringLiteral("BW-LNX-ACS-001")});
}

} // namespace

class TestPlanPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void commandSteps()
    {
        const QJsonObject facts = labFacts();
        const Plan::ChangePlan plan = servicesPlan(facts);
        PlanPreview preview;
        QCOMPARE(preview.objectName(), QStringLiteral("planPreview"));
        QAbstractItemModelTester tester(preview.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.resize(1100, 720);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.setPlan(plan, facts);

        const int count = int(plan.changes().size());
        QVERIFY(count >= 2);
        QVERIFY(!child<QLabel>(&preview, "planCommitConfirm")->isVisible()); // services: no automatic undo
        auto *list = child<QListView>(&preview, "planChanges");
        QCOMPARE(list->model()->rowCount(), count);
        QCOMPARE(preview.currentChange(), 0);
        QVERIFY(child<QLabel>(&preview, "planSummary")->text().startsWith(QString::number(count) + u' '));
        QVERIFY(child<QLabel>(&preview, "planSummary")->text().contains(QStringLiteral("file edit")));
        const QString firstRow = list->model()->index(0, 0).data().toString();
        QVERIFY2(firstRow.contains(plan.changes().at(0).title()), qPrintable(firstRow));
        for (const QString &rule : plan.changes().at(0).ruleIds())
            QVERIFY2(firstRow.contains(rule), qPrintable(firstRow));
        QCOMPARE(list->model()->index(0, 0).data(PlanChangesModel::KindRole).toString(), QStringLiteral("command"));

        auto *warnings = child<QLabel>(&preview, "planWarnings");
        QCOMPARE(warnings->isVisible(), !plan.warnings().isEmpty());
        for (const QString &warning : plan.warnings())
            QVERIFY(warnings->text().contains(warning.toHtmlEscaped()));

        for (int i = 0; i < count; ++i) {
            const Plan::CommandStep *step = plan.changes().at(i).command();
            QVERIFY(step);
            preview.setCurrentChange(i);
            QCOMPARE(preview.currentChange(), i);
            QCOMPARE(tokens(child<QWidget>(&preview, "commandArgv")), step->argv());
            QCOMPARE(child<QLabel>(&preview, "commandEffect")->text(), step->describeEffect(facts));
            QVERIFY(child<QLabel>(&preview, "commandEffect")->text().contains(QStringLiteral("->")) ||
                    !step->argv().contains(QStringLiteral("systemctl")));
            const QString shell = child<QLabel>(&preview, "commandShell")->text();
            QVERIFY2(shell.startsWith(step->argv().first()), qPrintable(shell));
            const QList<QWidget *> verify = preview.findChildren<QWidget *>(QStringLiteral("verifyArgv"));
            QCOMPARE(verify.size(), step->verify().size());
            for (int c = 0; c < verify.size(); ++c)
                QCOMPARE(tokens(verify.at(c)), step->verify().at(c).argv());
            const QList<QWidget *> undo = preview.findChildren<QWidget *>(QStringLiteral("undoArgv"));
            QCOMPARE(undo.size(), int(step->inverse().size()));
            if (i == 0)
                GuiTest::screenshot(&preview, QStringLiteral("planpreview-command"));
        }
    }

    void fileEdit()
    {
        Plan::ChangePlan plan;
        plan.append(sshdEdit());
        plan.addWarning(QStringLiteral("You are connected over SSH: keep this session open until you have tested a "
                                       "new login."));
        PlanPreview preview;
        preview.resize(1100, 640);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.setPlan(plan, QJsonObject());
        QVERIFY(child<QLabel>(&preview, "planWarnings")->isVisible());
        // sshd_config decides logins: commit-confirmed even though the edit is not marked, and the window is named.
        auto *confirm = child<QLabel>(&preview, "planCommitConfirm");
        QVERIFY(confirm->isVisible());
        QVERIFY2(confirm->text().contains(QStringLiteral("2 minutes")), qPrintable(confirm->text()));
        preview.setConfirmSeconds(90);
        preview.setPlan(plan, QJsonObject());
        QVERIFY2(confirm->text().contains(QStringLiteral("90 seconds")), qPrintable(confirm->text()));
        QCOMPARE(preview.model()->index(0, 0).data(PlanChangesModel::KindRole).toString(), QStringLiteral("file"));
        auto *diff = child<DiffView>(&preview, "planDiffView");
        QCOMPARE(diff->path(), QStringLiteral("/etc/ssh/sshd_config"));
        QCOMPARE(diff->display()->addedCount(), 2);
        QCOMPARE(diff->display()->removedCount(), 2);
        QVERIFY(diff->model()->rowCount() > 0);
        QCOMPARE(tokens(child<QWidget>(&preview, "validatorArgv")),
                 (QStringList{QStringLiteral("sshd"), QStringLiteral("-t"), QStringLiteral("-f"),
                              QStringLiteral("{staged}")}));
        QCOMPARE(tokens(child<QWidget>(&preview, "verifyArgv")),
                 (QStringList{QStringLiteral("sshd"), QStringLiteral("-t")}));
        const QString ownership = child<QLabel>(&preview, "fileOwnership")->text();
        QVERIFY2(ownership.contains(QStringLiteral("0600")) && ownership.contains(QStringLiteral("root:root")),
                 qPrintable(ownership));
        GuiTest::screenshot(&preview, QStringLiteral("planpreview-fileedit"));
    }

    // A Windows step: its script as written (no POSIX shell line, no sudo badge) and its state change in the diff
    // view file edits use.
    void windowsStateChange()
    {
        Plan::CommandStep step(
            {QStringLiteral("powershell.exe"), QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
             QStringLiteral("-Command"),
             QStringLiteral("# bulwark-step: disable-service\nSet-Service -Name 'Spooler' -StartupType Disabled\n")},
            QStringLiteral("Spooler: Automatic, Running -> Disabled, Stopped"));
        step.setElevate(false);
        step.setStateChange(QStringLiteral("Service Spooler (Print Spooler)"),
                            QStringLiteral("StartType: Automatic\nStatus: Running"),
                            QStringLiteral("StartType: Disabled\nStatus: Stopped"));
        Plan::ChangePlan plan;
        plan.append(Plan::Change(QStringLiteral("Stop and disable Print Spooler"), step));
        PlanPreview preview;
        preview.resize(1100, 640);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.setPlan(plan, QJsonObject());
        auto *diff = child<DiffView>(&preview, "planStateDiffView");
        QCOMPARE(diff->path(), QStringLiteral("Service Spooler (Print Spooler)"));
        QCOMPARE(diff->display()->addedCount(), 2);
        QCOMPARE(diff->display()->removedCount(), 2);
        QCOMPARE(child<QLabel>(&preview, "powershellScript")->text(),
                 QStringLiteral("# bulwark-step: disable-service\nSet-Service -Name 'Spooler' -StartupType Disabled"));
        QVERIFY(!preview.findChild<QLabel *>(QStringLiteral("commandShell")));
        GuiTest::screenshot(&preview, QStringLiteral("planpreview-windows"));
    }

    void fileEditNeedsRead()
    {
        QJsonObject facts = labFacts();
        facts.insert(QStringLiteral("inetd"),
                     QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("telnet")},
                                            {QStringLiteral("file"), QStringLiteral("/etc/inetd.conf")},
                                            {QStringLiteral("enabled"), true}}});
        Plan::ServicesChoice choice;
        choice.inetdServices = {QStringLiteral("telnet")};
        const auto plan = Plan::ServicesPlanner::plan(facts, choice);
        QVERIFY(plan.ok());
        PlanPreview preview;
        preview.resize(900, 500);
        preview.show();
        preview.setPlan(*plan, facts);
        QVERIFY(child<QLabel>(&preview, "fileNeedsRead")->text().contains(QStringLiteral("read from the host")));
        QVERIFY(!preview.findChild<DiffView *>(QStringLiteral("planDiffView")));
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        GuiTest::screenshot(&preview, QStringLiteral("planpreview-needsread"));
    }

    void mixedSummaryAndClear()
    {
        const QJsonObject facts = labFacts();
        Plan::ChangePlan plan = servicesPlan(facts);
        const int commands = int(plan.changes().size());
        plan.append(sshdEdit());
        PlanPreview preview;
        QAbstractItemModelTester tester(preview.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setPlan(plan, facts);
        const QString summary = child<QLabel>(&preview, "planSummary")->text();
        QVERIFY2(summary.contains(QString::number(commands + 1)) && summary.contains(QString::number(commands)),
                 qPrintable(summary));
        preview.setCurrentChange(commands);
        QCOMPARE(preview.currentChange(), commands);
        QVERIFY(preview.findChild<DiffView *>(QStringLiteral("planDiffView")));
        preview.setCurrentChange(0);
        QVERIFY(!preview.findChild<DiffView *>(QStringLiteral("planDiffView")));
        preview.setCurrentChange(99);
        QCOMPARE(preview.currentChange(), -1);
        preview.clear();
        QCOMPARE(preview.model()->rowCount(), 0);
        QCOMPARE(preview.currentChange(), -1);
        QVERIFY(!child<QLabel>(&preview, "planWarnings")->isVisible());
    }

    void hostileArgumentsStaySeparate()
    {
        Plan::CommandStep step({QStringLiteral("printf"), QStringLiteral("%s\\n"), QStringLiteral("two words"),
                                QStringLiteral("$(reboot)"), QString()},
                               QStringLiteral("Prints"));
        Plan::ChangePlan plan;
        plan.append(Plan::Change(QStringLiteral("Print"), step));
        PlanPreview preview;
        preview.setPlan(plan, QJsonObject());
        QCOMPARE(tokens(child<QWidget>(&preview, "commandArgv")), step.argv());
        QCOMPARE(child<QLabel>(&preview, "commandShell")->text(),
                 QStringLiteral("printf '%s\\n' 'two words' '$(reboot)' ''"));
    }
};

QTEST_MAIN(TestPlanPreview)
#include "tst_planpreview.moc"
