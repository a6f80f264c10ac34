// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/accounts/AccountsReader.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"
#include "ui/accounts/AccountsModel.h"
#include "ui/accounts/AccountsWizard.h"
#include "ui/diff/PlanPreview.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;
using Kind = Plan::AccountAction::Kind;

namespace {

const QByteArray RootText = "Defaults\tenv_reset\n"
                            "root\tALL=(ALL:ALL) ALL\n"
                            "%sudo\tALL=(ALL:ALL) ALL\n"
                            "@includedir /etc/sudoers.d\n";
const QByteArray LabAdminText = "labadmin ALL=(ALL) NOPASSWD: ALL\n";

// The lab VM's recorded probe with the weaknesses the wizard is for planted: a second uid 0 (toor), an empty
// password (guest) and a system account with a shell (postgres).
QByteArray plantedProbe()
{
    QByteArray probe = GuiTest::labProbeOutput();
    const QByteArray passwd = "auditor:x:1001:1001::/home/auditor:/bin/bash\n";
    const QByteArray shadow = "auditor:set:20782:0:99999:7::\n";
    if (!probe.contains(passwd) || !probe.contains(shadow))
        qFatal("the lab probe changed");
    probe.replace(passwd, QByteArray(passwd + "toor:x:0:0::/root:/bin/sh\n"
                                              "guest:x:1002:1002::/home/guest:/bin/bash\n"
                                              "postgres:x:110:110::/var/lib/postgresql:/bin/bash\n"));
    probe.replace(shadow, QByteArray(shadow + "toor:set:20782:0:99999:7::\n"
                                              "guest:empty:20782:0:99999:7::\n"
                                              "postgres:none:20782:0:99999:7::\n"));
    return probe;
}

// AccountsReader's one command, answered as the lab VM would (with the planted accounts).
std::optional<Transport::CommandResult> accountsAnswer(const Transport::RemoteCommand &command)
{
    if (command.argv.size() != 5 || command.argv.at(0) != "sh" || command.argv.at(2) != Facts::AccountsReader::script())
        return std::nullopt;
    const QByteArray b = command.argv.at(4);
    QByteArray out = b + " shadow\n";
    for (const char *name : {"root", "labadmin", "auditor", "toor", "guest", "postgres", "daemon"})
        out += QByteArray(name) + "::\n";
    out += b + " shadow-ok\n" + b + " group\nroot:0:\nsudo:27:labadmin,auditor\nlabadmin:1000:\nauditor:1001:\n" +
           "guest:1002:\npostgres:110:\n" + b + " group-ok\n" + b + " cron\n" + b + " mail\n" + b + " processes\n0\n" +
           b + " processes-ok\n" + b + " shells\n/usr/sbin/nologin\n" + b + " end\n";
    Transport::CommandResult result;
    result.exitStatus = 0;
    result.stdOut = out;
    return result;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    AccountsWizard *wizard = nullptr;

    Fixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = plantedProbe();
        FakeSession::SudoersFiles sudoers;
        sudoers.user = QStringLiteral("labadmin");
        sudoers.uid = QStringLiteral("1000");
        sudoers.groups = {QStringLiteral("labadmin")};
        sudoers.files = {{QStringLiteral("/etc/sudoers"), RootText},
                         {QStringLiteral("/etc/sudoers.d/90-labadmin"), LabAdminText}};
        sudoers.directories = {{QStringLiteral("/etc/sudoers.d"), {QStringLiteral("90-labadmin")}}};
        sudoers.users = {QStringLiteral("root"), QStringLiteral("labadmin"), QStringLiteral("auditor")};
        script.respond = [sudoers](const Transport::RemoteCommand &command) {
            if (auto answer = accountsAnswer(command))
                return answer;
            return sudoers.answer(command);
        };
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
        child<QAction>(window.get(), "actionScan")->trigger();
        if (!QTest::qWaitFor([this] { return !window->scanController()->isScanning(host.id); }, 10000))
            qFatal("the scan did not finish");
    }

    // Opens the wizard as the console does: open(), then reload() reads the host.
    void open(const QString &ruleId = {})
    {
        wizard = new AccountsWizard(window.get(), host.id, window.get());
        if (!ruleId.isEmpty())
            wizard->presetRule(ruleId);
        wizard->resize(1150, 760);
        wizard->show();
        wizard->reload();
        if (!QTest::qWaitFor([this] { return wizard->hasSnapshot(); }, 10000))
            qFatal("the accounts were not read: %s", qPrintable(child<ErrorBanner>(wizard, "chooseBanner")->message()));
    }

    FakeSession::Control &control() { return *script.control; }
};

QStringList names(const AccountsModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->account(row).name);
    return out;
}

} // namespace

class TestAccountsWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void listsWhatNeedsAttention()
    {
        Fixture f;
        f.open();
        QCOMPARE(f.wizard->objectName(), QStringLiteral("accountsWizard"));
        AccountsModel *model = f.wizard->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList{QStringLiteral("toor"), QStringLiteral("guest"), QStringLiteral("postgres"),
                                            QStringLiteral("root")}));
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("need attention: 4")));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());

        // root: the password may be locked (labadmin keeps sudo), never expired or set to nologin.
        const int root = model->row(QStringLiteral("root"));
        QVERIFY(model->flags(model->index(root, AccountsModel::LockColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model->flags(model->index(root, AccountsModel::ExpireColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(model->data(model->index(root, AccountsModel::ExpireColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("root is never expired")));
        QVERIFY(!(model->flags(model->index(root, AccountsModel::RenameColumn)) & Qt::ItemIsEditable));
        // postgres has no password to lock.
        const int postgres = model->row(QStringLiteral("postgres"));
        QVERIFY(!(model->flags(model->index(postgres, AccountsModel::LockColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(model->flags(model->index(postgres, AccountsModel::NologinColumn)) & Qt::ItemIsUserCheckable);

        // Bulwark's own account: listed greyed with the reason once every account is shown; nothing offered.
        f.wizard->setShowAll(true);
        const int me = model->row(QStringLiteral("labadmin"));
        QVERIFY(me >= 0);
        QCOMPARE(model->data(model->index(me, AccountsModel::AccountColumn)).toString(),
                 QStringLiteral("labadmin (you)"));
        QCOMPARE(model->data(model->index(me, AccountsModel::FindingColumn)).toString(),
                 QStringLiteral("you are logged in as this account"));
        for (const int column : {AccountsModel::LockColumn, AccountsModel::ExpireColumn, AccountsModel::NologinColumn})
            QVERIFY(!(model->flags(model->index(me, column)) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model->flags(model->index(me, AccountsModel::RenameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model->setChecked(QStringLiteral("labadmin"), Kind::LockPassword, true));
        QVERIFY(!model->setNewName(QStringLiteral("labadmin"), QStringLiteral("admin2")));
        child<QTableView>(f.wizard, "accountsTable")->selectRow(me);
        QVERIFY(child<QLabel>(f.wizard, "accountDetails")->text().contains(QStringLiteral("you are logged in")));
        GuiTest::screenshot(f.wizard, QStringLiteral("accounts-wizard-all"));
        QVERIFY(f.control().commandLog().size() > 0);
        for (const QByteArrayList &argv : f.control().commandLog())
            QVERIFY2(!argv.contains("usermod") && !argv.contains("groupmod"), argv.join(' ').constData());
    }

    void rootSshLoginGoesToTheSshWizard()
    {
        Fixture f;
        f.open();
        QVERIFY2(f.wizard->rootLoginText().contains(QStringLiteral("PermitRootLogin yes")),
                 qPrintable(f.wizard->rootLoginText()));
        QSignalSpy asked(f.wizard, &AccountsWizard::openSshWizard);
        auto *button = child<QPushButton>(f.wizard, "sshWizardButton");
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("BW-LNX-ACS-001"));
    }

    void previewShowsCommandsAndWarnings()
    {
        Fixture f;
        f.open();
        AccountsModel *model = f.wizard->model();
        const QModelIndex nologin = model->index(model->row(QStringLiteral("postgres")), AccountsModel::NologinColumn);
        QVERIFY(model->setData(nologin, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setChecked(QStringLiteral("root"), Kind::LockPassword, true));
        QVERIFY(model->setChecked(QStringLiteral("toor"), Kind::LockPassword, true));
        QVERIFY(model->setChecked(QStringLiteral("toor"), Kind::Expire, true));
        QVERIFY(model->setChecked(QStringLiteral("toor"), Kind::SetNologin, true));
        const QModelIndex rename = model->index(model->row(QStringLiteral("guest")), AccountsModel::RenameColumn);
        QVERIFY(model->setData(rename, QStringLiteral("visitor"), Qt::EditRole));
        QVERIFY(model->renameProblem(QStringLiteral("guest")).isEmpty());
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        const Plan::AccountsChoice choice = f.wizard->choice();
        QCOMPARE(choice.actions.size(), 6);
        GuiTest::screenshot(f.wizard, QStringLiteral("accounts-wizard-choose"));

        QSignalSpy previewed(f.wizard, &AccountsWizard::previewUpdated);
        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), AccountsWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        PlanApplyPanel *panel = f.wizard->panel();
        QVERIFY2(panel->isPreviewReady(), qPrintable(child<ErrorBanner>(f.wizard, "previewBanner")->message()));
        const Plan::ChangePlan plan = panel->preparedPlan();
        QCOMPARE(plan.changes().size(), 7); // toor x3, root, postgres, guest's account and group
        QStringList argv;
        for (const Plan::Change &change : plan.changes()) {
            QVERIFY(change.command());
            QVERIFY(change.command()->accessAffecting());
            argv.append(change.command()->argv().join(u' '));
        }
        QVERIFY(argv.contains(QStringLiteral("usermod -L -- root")));
        QVERIFY(argv.contains(QStringLiteral("usermod -s /usr/sbin/nologin -- postgres")));
        QVERIFY(argv.contains(QStringLiteral("usermod -l visitor -- guest")));
        QVERIFY(argv.contains(QStringLiteral("groupmod -n visitor -- guest")));
        QVERIFY(plan.warnings().join(u'\n').contains(QStringLiteral("toor has user id 0")));
        QVERIFY(child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        QVERIFY(child<PlanPreview>(f.wizard, "planPreview")->isVisible());
        for (const QByteArrayList &command : f.control().commandLog())
            QVERIFY2(!command.contains("usermod") && !command.contains("groupmod"), command.join(' ').constData());
        GuiTest::screenshot(f.wizard, QStringLiteral("accounts-wizard-preview"));
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), AccountsWizard::ChoosePage);
    }

    void refusalIsShownAndNothingApplies()
    {
        Fixture f;
        f.open();
        AccountsModel *model = f.wizard->model();
        QVERIFY(model->setNewName(QStringLiteral("guest"), QStringLiteral("auditor")));
        QVERIFY(model->renameProblem(QStringLiteral("guest")).contains(QStringLiteral("exists already")));
        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), AccountsWizard::PreviewPage);
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("An account named auditor exists already")),
                 qPrintable(banner->message()));
        QVERIFY(!f.wizard->panel()->isPreviewReady());
        QVERIFY(!child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("accounts-wizard-refused"));
    }

    void fixWithPresetsTheRulesAccounts()
    {
        Fixture f;
        f.open(QStringLiteral("BW-LNX-ACC-003"));
        AccountsModel *model = f.wizard->model();
        QVERIFY(model->isChecked(QStringLiteral("postgres"), Kind::SetNologin));
        QVERIFY(model->isChecked(QStringLiteral("toor"), Kind::SetNologin));    // uid 0, and a system account too
        QVERIFY(!model->isChecked(QStringLiteral("toor"), Kind::LockPassword)); // only what BW-LNX-ACC-003 asks
        QVERIFY(!model->isChecked(QStringLiteral("root"), Kind::LockPassword));
        QCOMPARE(f.wizard->choice().actions.size(), 2);
    }
};

QTEST_MAIN(TestAccountsWizard)
#include "tst_accountswizard.moc"
