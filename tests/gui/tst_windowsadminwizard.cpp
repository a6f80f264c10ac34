// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "WindowsSample.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/windows/WindowsAdminWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

// A window whose selected host is the sample Windows Server 2019 host, scanned with `facts`.
struct Fixture : WindowsSample::Console
{
    using Console::Console;

    WindowsAdminWizard *open()
    {
        return Console::open("actionAccountsWizard", &MainWindow::windowsAdminWizard, QSize(1100, 780));
    }
};

QString text(QWidget *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

} // namespace

class TestWindowsAdminWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void showsTheBuiltinAdministrator()
    {
        Fixture f(WindowsSample::server2019Facts());
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        QVERIFY(!f.window->accountsWizard()); // not the Linux one
        QCOMPARE(wizard->objectName(), QStringLiteral("windowsAdminWizard"));
        QVERIFY(wizard->administrator());
        QCOMPARE(wizard->administrator()->value(QStringLiteral("sid")).toString(), WindowsSample::AdministratorSid);
        QVERIFY(text(wizard, "adminNameLabel").contains(QStringLiteral("Administrator")));
        QCOMPARE(text(wizard, "adminSidLabel"), WindowsSample::AdministratorSid);
        QCOMPARE(text(wizard, "adminEnabledLabel"), QStringLiteral("Yes"));
        QCOMPARE(text(wizard, "adminLastLogonLabel"), QStringLiteral("41 days ago"));
        QCOMPARE(text(wizard, "adminPasswordLabel"), QStringLiteral("912 days ago"));
        QVERIFY(!child<QLabel>(wizard, "sessionAccountNote")->isVisible());

        // The other administrator: bulwark-admin (local, enabled); not the built-in one again.
        const QAbstractItemModel *others = child<QTableView>(wizard, "administratorsTable")->model();
        QCOMPARE(others->rowCount(), 1);
        QCOMPARE(others->index(0, 0).data().toString(), QStringLiteral("PACS01\\bulwark-admin"));
        QCOMPARE(others->index(0, 1).data().toString(), QStringLiteral("Local user"));
        QCOMPARE(others->index(0, 2).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(others->index(0, 3).data().toString(), QStringLiteral("Today"));
        QVERIFY(text(wizard, "administratorsNote").contains(QStringLiteral("besides the built-in one: 1")));

        // Disable is on by default; with no new name, Preview disables only.
        QVERIFY(child<QCheckBox>(wizard, "disableCheck")->isChecked());
        QVERIFY(wizard->refusal().isEmpty());
        QVERIFY(!child<ErrorBanner>(wizard, "refusalBanner")->isVisible());
        QVERIFY(child<QPushButton>(wizard, "previewButton")->isEnabled());
        wizard->reject();
    }

    void refusesBulwarksOwnAccount()
    {
        // Bulwark signs in as the built-in Administrator: renaming or disabling it would lock Bulwark out.
        Fixture f(WindowsSample::signedInAsAdministrator());
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        QVERIFY(child<QLabel>(wizard, "sessionAccountNote")->isVisible());
        QVERIFY(text(wizard, "sessionAccountNote").contains(QStringLiteral("signs in to PACS01 with this account")));
        auto *banner = child<ErrorBanner>(wizard, "refusalBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(!wizard->refusal().isEmpty());
        QCOMPARE(banner->message(), wizard->refusal());
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Critical);
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-own-account"));

        QVERIFY(banner->message().contains(QStringLiteral("logs in to PACS01 as the built-in Administrator")));
        // Nothing can be chosen for it; the Guest is disabled already.
        QVERIFY(!child<QLineEdit>(wizard, "newNameEdit")->isEnabled());
        QVERIFY(!child<QCheckBox>(wizard, "disableCheck")->isEnabled());
        QVERIFY(!child<QCheckBox>(wizard, "disableCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(wizard, "disableGuestCheck")->isEnabled());
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        // Preview pressed anyway (a shortcut): nothing is planned.
        wizard->showPreview();
        QCOMPARE(wizard->currentPage(), PlanWizard::ChoosePage);
        wizard->reject();
    }

    void disablesOnlyTheGuestWhenSignedInAsAdministrator()
    {
        Fixture f(WindowsSample::withGuestEnabled(WindowsSample::signedInAsAdministrator()));
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        auto *guest = child<QCheckBox>(wizard, "disableGuestCheck");
        QVERIFY(guest->isEnabled());
        QVERIFY(guest->isChecked());
        QVERIFY(!child<QLineEdit>(wizard, "newNameEdit")->isEnabled());
        // The banner still says why the Administrator stays as it is, as a warning: the Guest can be disabled.
        auto *banner = child<ErrorBanner>(wizard, "refusalBanner");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Warning);
        QPushButton *preview = child<QPushButton>(wizard, "previewButton");
        QVERIFY(preview->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-guest-only"));

        preview->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->panel()->isPreviewReady(), 10000);
        const QList<Plan::Change> changes = wizard->panel()->preparedPlan().changes();
        QCOMPARE(changes.size(), 1);
        const Plan::CommandStep *step = changes.constFirst().command();
        QVERIFY(step);
        QVERIFY2(step->stateLabel().contains(QStringLiteral("Guest")), qPrintable(step->stateLabel()));
        QVERIFY(step->stateBefore().contains(QStringLiteral("Enabled: True")));
        QVERIFY(step->stateAfter().contains(QStringLiteral("Enabled: False")));
        QVERIFY(!step->argv().constLast().contains(WindowsSample::AdministratorSid));
        wizard->reject();

        // Unticked, nothing is left to do.
        Fixture g(WindowsSample::withGuestEnabled(WindowsSample::signedInAsAdministrator()));
        wizard = g.open();
        child<QCheckBox>(wizard, "disableGuestCheck")->setChecked(false);
        QCOMPARE(child<ErrorBanner>(wizard, "refusalBanner")->severity(), ErrorBanner::Severity::Critical);
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        wizard->reject();
    }

    void fixWithFollowsTheRule()
    {
        // From the Guest's check: only the Guest is disabled.
        Fixture f(WindowsSample::withGuestEnabled(WindowsSample::server2019Facts()));
        f.window->showAccountsWizard(QStringLiteral("BW-WIN-ACC-003"));
        WindowsAdminWizard *wizard = f.window->windowsAdminWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->disableGuestChecked());
        QVERIFY(!wizard->disableChecked());
        QVERIFY(wizard->newName().isEmpty());
        QVERIFY(child<QPushButton>(wizard, "previewButton")->isEnabled());
        wizard->reject();

        // From the Administrator's: the Guest stays as it is.
        f.window->showAccountsWizard(QStringLiteral("BW-WIN-ACC-002"));
        wizard = f.window->windowsAdminWizard();
        QVERIFY(wizard);
        QVERIFY(!wizard->disableGuestChecked());
        QVERIFY(wizard->disableChecked());
        wizard->reject();
    }

    void checksTheNewNameAsItIsTyped()
    {
        Fixture f(WindowsSample::server2019Facts());
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        QPushButton *preview = child<QPushButton>(wizard, "previewButton");
        auto *edit = child<QLineEdit>(wizard, "newNameEdit");

        const auto type = [&](const QString &name) {
            edit->selectAll();
            QTest::keyClicks(edit, name);
            if (name.isEmpty())
                edit->clear();
        };
        type(QStringLiteral("pacs/admin"));
        QVERIFY2(wizard->nameProblem().contains(QStringLiteral("not a name Windows accepts")),
                 qPrintable(wizard->nameProblem()));
        QVERIFY(text(wizard, "newNameStatus").contains(QStringLiteral("not a name Windows accepts")));
        QVERIFY(!preview->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-invalid-name"));

        type(QStringLiteral("a-name-longer-than-20-characters"));
        QVERIFY(!wizard->nameProblem().isEmpty());
        QVERIFY(!preview->isEnabled());

        type(QStringLiteral("GUEST")); // taken, in any case
        QVERIFY2(wizard->nameProblem().contains(QStringLiteral("The account Guest already exists")),
                 qPrintable(wizard->nameProblem()));
        QVERIFY(!preview->isEnabled());

        type(QStringLiteral("administrator")); // its own name
        QVERIFY(wizard->nameProblem().contains(QStringLiteral("its name now")));
        QVERIFY(!preview->isEnabled());

        type(QStringLiteral("Administrators")); // a group
        QVERIFY(wizard->nameProblem().contains(QStringLiteral("built-in group")));

        type(QStringLiteral("pacs01")); // the computer
        QVERIFY(wizard->nameProblem().contains(QStringLiteral("computer's own name")));

        type(QStringLiteral("admin")); // allowed, but guessed too
        QVERIFY(wizard->nameProblem().isEmpty());
        QVERIFY(text(wizard, "newNameStatus").contains(QStringLiteral("Attackers try")));
        QVERIFY(preview->isEnabled());

        type(QStringLiteral("pacs-admin"));
        QVERIFY(wizard->nameProblem().isEmpty());
        QVERIFY(text(wizard, "newNameStatus").contains(QStringLiteral("valid name")));
        QVERIFY(preview->isEnabled());

        // Neither a new name nor disabling: nothing to do.
        type(QString());
        child<QCheckBox>(wizard, "disableCheck")->setChecked(false);
        QVERIFY(!preview->isEnabled());
        wizard->reject();
    }

    void refusesDisablingTheLastAdministrator()
    {
        Fixture f(WindowsSample::withoutOtherAdministrator());
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        QCOMPARE(child<QTableView>(wizard, "administratorsTable")->model()->rowCount(), 0);
        QVERIFY(text(wizard, "administratorsNote").contains(QStringLiteral("only administrator")));
        auto *banner = child<ErrorBanner>(wizard, "refusalBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("No other enabled local administrator")),
                 qPrintable(banner->message()));
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-last-admin"));

        // Renaming only is fine: the account stays enabled.
        child<QCheckBox>(wizard, "disableCheck")->setChecked(false);
        wizard->setNewName(QStringLiteral("pacs-keeper"));
        QVERIFY(!banner->isVisible());
        QVERIFY(child<QPushButton>(wizard, "previewButton")->isEnabled());
        wizard->reject();
    }

    void previewsRenameAndDisable()
    {
        Fixture f(WindowsSample::server2019Facts());
        WindowsAdminWizard *wizard = f.open();
        QVERIFY(wizard);
        wizard->setNewName(QStringLiteral("pacs-admin"));
        QVERIFY(wizard->disableChecked());
        QVERIFY(!wizard->disableGuestChecked()); // disabled already
        QVERIFY(!child<QCheckBox>(wizard, "disableGuestCheck")->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-choose"));
        child<QPushButton>(wizard, "previewButton")->click();
        QCOMPARE(wizard->currentPage(), PlanWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->panel()->isPreviewReady(), 10000);
        QVERIFY(!child<QWidget>(wizard, "previewBanner")->isVisible());

        const Plan::ChangePlan plan = wizard->panel()->preparedPlan();
        QVERIFY(!plan.isEmpty());
        QString scripts;
        QString before;
        QString after;
        for (const Plan::Change &change : plan.changes()) {
            const Plan::CommandStep *step = change.command();
            QVERIFY(step);
            QCOMPARE(step->argv().constFirst(), QStringLiteral("powershell.exe"));
            scripts += step->argv().constLast() + u'\n';
            before += step->stateBefore() + u'\n';
            after += step->stateAfter() + u'\n';
        }
        // The account is found by its SID, renamed and disabled.
        QVERIFY2(scripts.contains(QStringLiteral("pacs-admin")), qPrintable(scripts));
        QVERIFY2(before.contains(QStringLiteral("Name: Administrator")), qPrintable(before));
        QVERIFY2(after.contains(QStringLiteral("Name: pacs-admin")), qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("Enabled: False")), qPrintable(after));

        const QString shown = WindowsSample::shownText(child<PlanPreview>(wizard, "planPreview"));
        QVERIFY2(shown.contains(QStringLiteral("Name: pacs-admin")), qPrintable(shown));
        QVERIFY(child<QPushButton>(wizard, "applyButton")->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-preview"));
        for (const QByteArrayList &argv : f.script.control->commandLog())
            QVERIFY2(argv.value(0) != "powershell.exe", argv.join(' ').constData());
        wizard->reject();
    }
};

QTEST_MAIN(TestWindowsAdminWizard)
#include "tst_windowsadminwizard.moc"
