// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanPrinter.h"
#include "core/windows/PowerShellStep.h"

#include <QTest>

using namespace Bulwark;

// bulwark-cli plan's text for steps with a state change (Windows steps): the PowerShell script as indented lines,
// the state as a unified diff of its "Key: value" lines.
class TestPlanPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateChangeAsDiff();
    void unchangedState();
    void linuxStepsUnchanged();
};

void TestPlanPrinter::stateChangeAsDiff()
{
    Plan::CommandStep step = Windows::PowerShellStep::step(
        QStringLiteral("# bulwark-step: builtin-administrator\nDisable-LocalUser -SID $sid"), QStringLiteral("x"));
    step.setStateChange(QStringLiteral("Built-in Administrator"), QStringLiteral("Name: Administrator\nEnabled: True"),
                        QStringLiteral("Name: pacs-admin\nEnabled: False"));
    step.setVerify(
        {Windows::PowerShellStep::check(QStringLiteral("Get-LocalUser"), {QStringLiteral("pacs-admin/False")})});
    Plan::CommandStep undo =
        Windows::PowerShellStep::step(QStringLiteral("Enable-LocalUser -SID $sid"), QStringLiteral("undo"));
    step.setInverse({undo});
    Plan::ChangePlan plan;
    plan.append(Plan::Change(QStringLiteral("Rename"), step));

    QCOMPARE(PlanPrinter::stateDiff(step), QStringLiteral("--- Built-in Administrator (now)\n"
                                                          "+++ Built-in Administrator (after the change)\n"
                                                          "@@ -1,2 +1,2 @@\n"
                                                          "-Name: Administrator\n"
                                                          "-Enabled: True\n"
                                                          "+Name: pacs-admin\n"
                                                          "+Enabled: False\n"));
    const QString text = PlanPrinter::render(plan, QStringLiteral("Plan"), {}, true);
    QVERIFY2(text.contains(QLatin1String("   runs:    powershell.exe -NoProfile -NonInteractive -Command:\n"
                                         "            | # bulwark-step: builtin-administrator\n"
                                         "            | Disable-LocalUser -SID $sid\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("(sudo)")));
    QVERIFY(text.contains(QLatin1String("--- Built-in Administrator (now)\n")));
    QVERIFY(text.contains(QLatin1String("   verify:  (must print pacs-admin/False) powershell.exe")));
    QVERIFY(text.contains(QLatin1String("   undo:    powershell.exe -NoProfile -NonInteractive -Command:\n"
                                        "            | Enable-LocalUser -SID $sid\n")));
    // A state change is a few lines: shown also without --diff.
    QVERIFY(
        PlanPrinter::render(plan, QStringLiteral("Plan"), {}, false).contains(QLatin1String("+Name: pacs-admin\n")));
}

void TestPlanPrinter::unchangedState()
{
    Plan::CommandStep step = Windows::PowerShellStep::step(QStringLiteral("x"), QStringLiteral("x"));
    step.setStateChange(QStringLiteral("Service Fax"), QStringLiteral("StartType: Manual"),
                        QStringLiteral("StartType: Manual"));
    QCOMPARE(PlanPrinter::stateDiff(step), QStringLiteral("   (Service Fax stays as it is)\n"));
    QCOMPARE(PlanPrinter::stateDiff(Plan::CommandStep({QStringLiteral("true")}, QStringLiteral("t"))), QString());
}

void TestPlanPrinter::linuxStepsUnchanged()
{
    Plan::CommandStep step({QStringLiteral("systemctl"), QStringLiteral("disable"), QStringLiteral("--now"),
                            QStringLiteral("--"), QStringLiteral("cups.service")},
                           QStringLiteral("d"));
    Plan::ChangePlan plan;
    plan.append(Plan::Change(QStringLiteral("Stop cups"), step));
    const QString text = PlanPrinter::render(plan, QStringLiteral("Plan"), {}, true);
    QVERIFY2(text.contains(QLatin1String("   runs:    (sudo) systemctl disable --now -- cups.service\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("---")));
}

QTEST_GUILESS_MAIN(TestPlanPrinter)
#include "tst_planprinter.moc"
