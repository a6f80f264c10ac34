// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/facts/SudoersReader.h"
#include "core/plan/FileEdit.h"
#include "ui/ErrorBanner.h"
#include "ui/FindingDetailsView.h"
#include "ui/FindingsPage.h"
#include "ui/HostPage.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/sudoers/SudoersEditor.h"
#include "ui/sudoers/SudoersRulesModel.h"
#include "ui/sudoers/SudoersWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

const QString Root = QStringLiteral("/etc/sudoers");
const QString LabAdmin = QStringLiteral("/etc/sudoers.d/90-labadmin");

const QByteArray RootText = "# /etc/sudoers: edit with visudo\n"
                            "Defaults\tenv_reset\n"
                            "Defaults\tmail_badpass\n"
                            "Defaults\tuse_pty\n"
                            "\n"
                            "root\tALL=(ALL:ALL) ALL\n"
                            "%sudo\tALL=(ALL:ALL) ALL\n"
                            "\n"
                            "@includedir /etc/sudoers.d\n";
const QByteArray LabAdminText = "labadmin ALL=(ALL) NOPASSWD: ALL\n";
const QByteArray ReadmeText = "# Files in this directory are read by sudo.\n";

// The lab VM's sudoers configuration as SudoersReader would return it. `identity`: who Bulwark logs in as.
Facts::SudoersSnapshot snapshot(const Plan::SudoIdentity &identity)
{
    const QHash<QString, QByteArray> files{
        {Root, RootText}, {LabAdmin, LabAdminText}, {QStringLiteral("/etc/sudoers.d/README"), ReadmeText}};
    auto tree = Sudoers::SudoersTree::load(
        Root,
        [&files](const QString &path) -> Result<QByteArray> {
            if (!files.contains(path))
                return Error(Error::Code::Io, QStringLiteral("no such file: %1").arg(path));
            return files.value(path);
        },
        [](const QString &directory) -> Result<QStringList> {
            if (directory == QLatin1String("/etc/sudoers.d"))
                return QStringList{QStringLiteral("90-labadmin"), QStringLiteral("README")};
            return QStringList();
        });
    if (!tree)
        qFatal("sudoers tree: %s", qPrintable(tree.error().toString()));
    Facts::SudoersSnapshot out;
    out.tree = *tree;
    for (const Sudoers::SudoersFile &file : out.tree.files())
        out.metadata.insert(file.path(), Sudoers::SudoersLinter::FileMetadata{0440, 0, 0});
    out.users = {QStringLiteral("root"), QStringLiteral("admin"), QStringLiteral("labadmin"), QStringLiteral("backup")};
    out.groups = {QStringLiteral("root"), QStringLiteral("sudo"), QStringLiteral("adm"), QStringLiteral("admin")};
    out.identity = identity;
    return out;
}

// "admin", in group sudo, with a sudo password typed in the console.
Plan::SudoIdentity admin()
{
    Plan::SudoIdentity identity;
    identity.user = QStringLiteral("admin");
    identity.groups = {QStringLiteral("admin"), QStringLiteral("sudo")};
    identity.host = QStringLiteral("lab-vm");
    identity.hasSudoPassword = true;
    return identity;
}

// "labadmin", root only through its NOPASSWD rule, no password typed.
Plan::SudoIdentity labadmin()
{
    Plan::SudoIdentity identity;
    identity.user = QStringLiteral("labadmin");
    identity.groups = {QStringLiteral("labadmin")};
    identity.host = QStringLiteral("lab-vm");
    return identity;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    SudoersWizard *wizard = nullptr;

    explicit Fixture(const Plan::SudoIdentity &identity = admin())
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        window->addHost(host, nullptr);
        wizard = new SudoersWizard(window.get(), host.id, window.get());
        wizard->resize(1100, 760);
        wizard->show();
        wizard->setSnapshot(snapshot(identity));
    }
    FakeSession::Control &control() { return *script.control; }
};

} // namespace

class TestSudoersWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void listsTheRulesWithBadges()
    {
        Fixture f;
        QCOMPARE(f.wizard->objectName(), QStringLiteral("sudoersWizard"));
        QAbstractItemModelTester tester(f.wizard->rulesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        SudoersRulesModel *rules = f.wizard->rulesModel();
        QCOMPARE(rules->rowCount(), 3);
        const int row = rules->row(LabAdmin, 1);
        QVERIFY(row >= 0);
        QCOMPARE(rules->rule(row).text, QStringLiteral("labadmin ALL=(ALL) NOPASSWD: ALL"));
        QVERIFY(rules->rule(row).badges.contains(QStringLiteral("NOPASSWD: ALL")));
        QCOMPARE(rules->rule(rules->row(Root, 6)).users, QStringList{QStringLiteral("root")});
        // Grant by default; NOPASSWD off, run as root.
        QCOMPARE(f.wizard->action(), Plan::SudoersChoice::Action::Grant);
        QVERIFY(!child<QCheckBox>(f.wizard, "noPasswordCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(f.wizard, "runAsEdit")->text(), QStringLiteral("root"));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());
    }

    void commandsWarnInline()
    {
        Fixture f;
        QVERIFY(!SudoersWizard::commandWarning(QStringLiteral("/usr/bin/vim /etc/hosts")).isEmpty());
        QVERIFY(!SudoersWizard::commandWarning(QStringLiteral("/usr/bin/systemctl restart *")).isEmpty());
        QVERIFY(!SudoersWizard::commandWarning(QStringLiteral("systemctl")).isEmpty());
        QVERIFY(SudoersWizard::commandWarning(QStringLiteral("/usr/sbin/nginx -s reload")).isEmpty());
        child<QComboBox>(f.wizard, "principalCombo")->setCurrentText(QStringLiteral("backup"));
        auto *input = child<QLineEdit>(f.wizard, "commandInput");
        input->setText(QStringLiteral("/usr/bin/less /var/log/syslog"));
        child<QPushButton>(f.wizard, "addCommandButton")->click();
        QCOMPARE(f.wizard->commands(), QStringList{QStringLiteral("/usr/bin/less /var/log/syslog")});
        auto *warnings = child<QLabel>(f.wizard, "commandWarnings");
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(QStringLiteral("/usr/bin/less")));
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("sudoers-wizard-grant"));
        // ALL asks a second time.
        f.wizard->setCommands({QStringLiteral("ALL")});
        QVERIFY(child<QCheckBox>(f.wizard, "allowAllCheck")->isVisible());
    }

    void grantWritesADropIn()
    {
        Fixture f;
        child<QComboBox>(f.wizard, "principalCombo")->setCurrentText(QStringLiteral("backup"));
        f.wizard->setCommands({QStringLiteral("/usr/sbin/nginx -s reload")});
        QVERIFY(child<QLabel>(f.wizard, "commandWarnings")->isHidden());
        const Plan::SudoersChoice choice = f.wizard->choice();
        QCOMPARE(choice.action, Plan::SudoersChoice::Action::Grant);
        QCOMPARE(choice.principal, QStringLiteral("backup"));
        QCOMPARE(choice.runAs, QStringLiteral("root"));
        QVERIFY(!choice.noPassword);
        child<QPushButton>(f.wizard, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady(), 10000);
        const Plan::ChangePlan plan = f.wizard->panel()->preparedPlan();
        QCOMPARE(plan.changes().size(), 1);
        const Plan::FileEdit *edit = plan.changes().first().fileEdit();
        QVERIFY(edit);
        QCOMPARE(edit->path(), QStringLiteral("/etc/sudoers.d/50-bulwark-backup"));
        QVERIFY(!edit->beforeExists());
        QVERIFY(edit->after().contains("backup ALL=(root) /usr/sbin/nginx -s reload\n"));
    }

    void restrictNopasswdAll()
    {
        Fixture f;
        f.wizard->presetRule(LabAdmin, 1);
        QCOMPARE(f.wizard->action(), Plan::SudoersChoice::Action::Restrict);
        QCOMPARE(f.wizard->selectedRule(), f.wizard->rulesModel()->row(LabAdmin, 1));
        QCOMPARE(f.wizard->commands(), QStringList{QStringLiteral("ALL")}); // the rule's own, to narrow
        QVERIFY(!child<QCheckBox>(f.wizard, "noPasswordCheck")->isChecked());
        f.wizard->setCommands({QStringLiteral("/usr/bin/systemctl restart nginx")});
        GuiTest::screenshot(f.wizard, QStringLiteral("sudoers-wizard-restrict"));

        QSignalSpy previewed(f.wizard, &SudoersWizard::previewUpdated);
        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), SudoersWizard::PreviewPage);
        PlanApplyPanel *panel = f.wizard->panel();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        QVERIFY2(panel->isPreviewReady(), qPrintable(child<ErrorBanner>(f.wizard, "previewBanner")->message()));
        const Plan::ChangePlan plan = panel->preparedPlan();
        QCOMPARE(plan.changes().size(), 1);
        const Plan::FileEdit *edit = plan.changes().first().fileEdit();
        QVERIFY(edit);
        QCOMPARE(edit->path(), LabAdmin);
        QCOMPARE(edit->before(), LabAdminText);
        QCOMPARE(edit->after(), QByteArray("labadmin ALL=(root) /usr/bin/systemctl restart nginx\n"));
        QCOMPARE(edit->mode(), QStringLiteral("0440"));
        QVERIFY(child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        QVERIFY(child<PlanPreview>(f.wizard, "planPreview")->isVisible());
        for (const QByteArrayList &argv : f.control().commandLog())
            QVERIFY2(!argv.join(' ').contains("visudo") && !argv.join(' ').contains("sudoers"),
                     argv.join(' ').constData());
        GuiTest::screenshot(f.wizard, QStringLiteral("sudoers-wizard-preview"));
    }

    void fixWithOpensTheWizardOnTheFindingsRule()
    {
        // The lab VM: its scan fails BW-LNX-ACS-020 on /etc/sudoers.d/90-labadmin:1, and its sudo answers the
        // reader with the same files.
        QTemporaryDir dir;
        FakeSession::Script script;
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        FakeSession::SudoersFiles sudoers;
        sudoers.files = {{Root, RootText}, {LabAdmin, LabAdminText}};
        sudoers.directories = {{QStringLiteral("/etc/sudoers.d"), {QStringLiteral("90-labadmin")}}};
        sudoers.users = {QStringLiteral("root"), QStringLiteral("labadmin")};
        script.respond = [sudoers](const Transport::RemoteCommand &command) {
            return sudoers.answer(command);
        };
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        MainWindow window(settings);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Host host = GuiTest::sampleHost();
        window.addHost(host, nullptr);
        child<QAction>(&window, "actionScan")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isScanning(host.id), 10000);

        FindingsPage *findings = window.hostPage()->findings();
        QVERIFY(findings->selectRule(QStringLiteral("BW-LNX-ACS-020")));
        auto *fix = child<QPushButton>(findings->details(), "fixWithButton");
        QVERIFY(fix->isEnabled());
        fix->click();
        SudoersWizard *wizard = window.sudoersWizard();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasSnapshot(), 10000);
        QCOMPARE(wizard->action(), Plan::SudoersChoice::Action::Restrict);
        QCOMPARE(wizard->selectedRule(), wizard->rulesModel()->row(LabAdmin, 1));
        QCOMPARE(wizard->commands(), QStringList{QStringLiteral("ALL")});
        // Defaults and the like are the editor's: one click away, on the same host.
        child<QPushButton>(wizard, "openEditorButton")->click();
        QTRY_VERIFY(!window.sudoersWizard());
        QVERIFY(window.sudoersEditor());
        QCOMPARE(window.sudoersEditor()->hostId(), host.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.sudoersEditor()->hasSnapshot(), 10000);
        window.sudoersEditor()->close();
    }

    void lockoutIsRefused()
    {
        Fixture f(labadmin());
        f.wizard->setAction(Plan::SudoersChoice::Action::Revoke);
        f.wizard->selectRule(f.wizard->rulesModel()->row(LabAdmin, 1));
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), SudoersWizard::PreviewPage);
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("labadmin")), qPrintable(banner->message()));
        QVERIFY(!f.wizard->panel()->isPreviewReady());
        QVERIFY(!child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        QVERIFY(!child<PlanPreview>(f.wizard, "planPreview")->isVisible());
        QVERIFY(f.control().commandLog().isEmpty());
        GuiTest::screenshot(f.wizard, QStringLiteral("sudoers-wizard-lockout"));
        // Back to choose something else.
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), SudoersWizard::ChoosePage);
    }
};

QTEST_MAIN(TestSudoersWizard)
#include "tst_sudoerswizard.moc"
