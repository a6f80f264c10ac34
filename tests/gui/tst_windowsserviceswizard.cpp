// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "WindowsSample.h"
#include "ui/MainWindow.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/windows/WindowsServicesModel.h"
#include "ui/windows/WindowsServicesWizard.h"
#include "ui/wizards/ServicesFilterModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

// A window whose selected host is the sample Windows Server 2019 host, scanned; sessions are scripted (no network).
struct Fixture : WindowsSample::Console
{
    explicit Fixture(const QJsonObject &facts = WindowsSample::server2019Facts())
        : Console(facts)
    {}

    WindowsServicesWizard *open()
    {
        return Console::open("actionServicesWizard", &MainWindow::windowsServicesWizard, QSize(1180, 720));
    }

    // Every command a session ran; the choose page and the preview read nothing that changes the host.
    QList<QByteArrayList> commands() const { return script.control->commandLog(); }
};

} // namespace

class TestWindowsServicesWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void opensForWindowsHosts()
    {
        Fixture f;
        QVERIFY(child<QAction>(f.window.get(), "actionServicesWizard")->isEnabled());
        WindowsServicesWizard *wizard = f.open();
        QVERIFY(wizard);
        QVERIFY(!f.window->servicesWizard()); // not the Linux one
        QCOMPARE(wizard->objectName(), QStringLiteral("windowsServicesWizard"));
        QCOMPARE(wizard->currentPage(), PlanWizard::ChoosePage);
        QVERIFY(wizard->windowTitle().contains(QStringLiteral("PACS01")));
        // Asked again for the same host: the open one is raised, not a second one made.
        f.window->showServicesWizard();
        QCOMPARE(f.window->windowsServicesWizard(), wizard);
        wizard->reject();
    }

    void choosePageRecommendsAndProtects()
    {
        Fixture f;
        WindowsServicesWizard *wizard = f.open();
        QVERIFY(wizard);
        QAbstractItemModelTester modelTester(wizard->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(wizard->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        WindowsServicesModel *model = wizard->model();

        // The Print Spooler failed BW-WIN-SVC-001: recommended, checked, with the reason.
        const QStringList checked = model->checkedNames();
        QVERIFY2(checked.contains(QStringLiteral("Spooler")), qPrintable(checked.join(u' ')));
        const QModelIndex spooler = model->index(model->row(QStringLiteral("Spooler")), 0);
        QVERIFY(spooler.data(WindowsServicesModel::RecommendedRole).toBool());
        QVERIFY(
            spooler.data(WindowsServicesModel::RuleIdsRole).toStringList().contains(QStringLiteral("BW-WIN-SVC-001")));
        const QString advice = spooler.siblingAtColumn(WindowsServicesModel::AdviceColumn).data().toString();
        QVERIFY2(advice.startsWith(QStringLiteral("Recommended: ")) &&
                     advice.contains(QStringLiteral("BW-WIN-SVC-001")),
                 qPrintable(advice));
        QCOMPARE(spooler.siblingAtColumn(WindowsServicesModel::DisplayNameColumn).data().toString(),
                 QStringLiteral("Print Spooler"));
        QCOMPARE(spooler.siblingAtColumn(WindowsServicesModel::StartModeColumn).data().toString(),
                 QStringLiteral("Automatic"));
        QCOMPARE(spooler.siblingAtColumn(WindowsServicesModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        QCOMPARE(spooler.siblingAtColumn(WindowsServicesModel::AccountColumn).data().toString(),
                 QStringLiteral("LocalSystem"));
        QCOMPARE(model->index(model->row(QStringLiteral("MapsBroker")), WindowsServicesModel::StartModeColumn).data(),
                 QVariant(QStringLiteral("Automatic (delayed start)")));

        // Only the recommended ones show at first, the selected one's advice in full under the table.
        QVERIFY(child<QCheckBox>(wizard, "onlyRecommendedCheck")->isChecked());
        QCOMPARE(wizard->proxy()->rowCount(), model->recommendedCount());
        QVERIFY(!child<QLabel>(wizard, "serviceAdvice")->text().isEmpty());
        QVERIFY(child<QCheckBox>(wizard, "stopNowCheck")->isChecked());
        QVERIFY(child<QPushButton>(wizard, "previewButton")->isEnabled());
        QVERIFY(child<QLabel>(wizard, "chosenCountLabel")->text() ==
                QStringLiteral("Services chosen: %1.").arg(model->checkedCount()));
        GuiTest::screenshot(wizard, QStringLiteral("windows-services-wizard-choose"));

        // WinRM is Bulwark's own connection: listed, greyed, never checkable, and says why.
        child<QCheckBox>(wizard, "onlyRecommendedCheck")->setChecked(false);
        QCOMPARE(wizard->proxy()->rowCount(), model->rowCount());
        const QModelIndex winrm = model->index(model->row(QStringLiteral("WinRM")), 0);
        QVERIFY(winrm.isValid());
        QVERIFY(winrm.data(WindowsServicesModel::RefusedRole).toBool());
        QVERIFY(!(model->flags(winrm) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model->flags(winrm) & Qt::ItemIsEnabled));
        QVERIFY2(winrm.siblingAtColumn(WindowsServicesModel::AdviceColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Bulwark's own connection")),
                 qPrintable(winrm.siblingAtColumn(WindowsServicesModel::AdviceColumn).data().toString()));
        QVERIFY(winrm.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Bulwark's own connection")));
        QVERIFY(!model->setChecked(QStringLiteral("WinRM"), true));
        QVERIFY(!model->checkedNames().contains(QStringLiteral("WinRM")));
        // Already disabled and stopped: nothing to do, greyed too.
        QVERIFY(
            model->index(model->row(QStringLiteral("SSDPSRV")), 0).data(WindowsServicesModel::RefusedRole).toBool());
        // W32Time too: domain logons need the clock.
        QVERIFY(!model->setChecked(QStringLiteral("W32Time"), true));
        // Anything else may be chosen by hand.
        QVERIFY(model->setChecked(QStringLiteral("Themes"), true));
        QVERIFY(model->checkedNames().contains(QStringLiteral("Themes")));
        QVERIFY(model->setChecked(QStringLiteral("Themes"), false));
        GuiTest::screenshot(wizard, QStringLiteral("windows-services-wizard-all"));

        // The filter looks at the name, the display name and the advice.
        child<QLineEdit>(wizard, "serviceFilter")->setText(QStringLiteral("print"));
        QCOMPARE(wizard->proxy()->rowCount(), 1);
        QCOMPARE(wizard->proxy()->index(0, 0).data().toString(), QStringLiteral("Spooler"));
        child<QLineEdit>(wizard, "serviceFilter")->setText(QStringLiteral("winrm"));
        QCOMPARE(wizard->proxy()->rowCount(), 1);
        child<QLineEdit>(wizard, "serviceFilter")->clear();

        // Nothing chosen, nothing to preview.
        for (const QString &name : model->checkedNames())
            model->setChecked(name, false);
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        QCOMPARE(child<QLabel>(wizard, "chosenCountLabel")->text(), QStringLiteral("No service chosen."));
        QVERIFY(f.commands().isEmpty());
        wizard->reject();
    }

    void saysWhenTheServicesWereNotRead()
    {
        QJsonObject facts = WindowsSample::server2019Facts();
        facts.remove(QStringLiteral("services"));
        Fixture f(facts);
        WindowsServicesWizard *wizard = f.open();
        QVERIFY(wizard);
        QCOMPARE(wizard->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(wizard, "noScanNote")->isVisible());
        QVERIFY(child<QLabel>(wizard, "noScanNote")->text().contains(QStringLiteral("could not read the services")));
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        wizard->reject();
    }

    void fixWithChecksOnlyThatRule()
    {
        Fixture f;
        f.window->showServicesWizard(QStringLiteral("BW-WIN-SVC-001"));
        WindowsServicesWizard *wizard = f.window->windowsServicesWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->model()->checkedNames(), QStringList{QStringLiteral("Spooler")});
        wizard->reject();
    }

    void previewShowsTheStateChange()
    {
        Fixture f;
        WindowsServicesWizard *wizard = f.open();
        QVERIFY(wizard);
        for (const QString &name : wizard->model()->checkedNames()) {
            if (name != u"Spooler")
                wizard->model()->setChecked(name, false);
        }
        QCOMPARE(wizard->model()->checkedNames(), QStringList{QStringLiteral("Spooler")});

        child<QPushButton>(wizard, "previewButton")->click();
        QCOMPARE(wizard->currentPage(), PlanWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->panel()->isPreviewReady(), 10000);
        const Plan::ChangePlan plan = wizard->panel()->preparedPlan();
        QCOMPARE(plan.changes().size(), 1);
        const Plan::CommandStep *step = plan.changes().constFirst().command();
        QVERIFY(step);
        QCOMPARE(step->argv().constFirst(), QStringLiteral("powershell.exe"));
        QVERIFY(step->argv().constLast().contains(QStringLiteral("Spooler")));
        QVERIFY(!child<QWidget>(wizard, "previewBanner")->isVisible());
        auto *preview = child<PlanPreview>(wizard, "planPreview");
        QVERIFY(preview->isVisible());

        // The preview shows the service's start type and status before and after.
        const QString shown = WindowsSample::shownText(preview);
        QVERIFY2(shown.contains(QStringLiteral("StartType: Automatic")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("StartType: Disabled")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Status: Stopped")), qPrintable(shown));

        QPushButton *apply = child<QPushButton>(wizard, "applyButton");
        QVERIFY(apply->isVisible());
        QVERIFY(apply->isEnabled());
        QCOMPARE(apply->text(), QStringLiteral("&Apply Changes (1)"));
        GuiTest::screenshot(wizard, QStringLiteral("windows-services-wizard-preview"));
        // Nothing ran on the host before Apply.
        for (const QByteArrayList &argv : f.commands())
            QVERIFY2(argv.value(0) != "powershell.exe", argv.join(' ').constData());

        // Back to the choice, which is kept.
        child<QPushButton>(wizard, "backButton")->click();
        QCOMPARE(wizard->currentPage(), PlanWizard::ChoosePage);
        QCOMPARE(wizard->model()->checkedNames(), QStringList{QStringLiteral("Spooler")});
        wizard->reject();
    }
};

QTEST_MAIN(TestWindowsServicesWizard)
#include "tst_windowsserviceswizard.moc"
