// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/facts/LinuxFacts.h"
#include "ui/ErrorBanner.h"
#include "ui/FindingDetailsView.h"
#include "ui/FindingsPage.h"
#include "ui/HostListModel.h"
#include "ui/HostPage.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"
#include "ui/diff/PlanPreview.h"
#include "ui/wizards/ApplyProgressView.h"
#include "ui/wizards/ServicesFilterModel.h"
#include "ui/wizards/ServicesModel.h"
#include "ui/wizards/ServicesWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

using GuiTest::child;

Host labHost()
{
    Host host;
    host.name = QStringLiteral("lab-vm");
    host.address = QStringLiteral("root@bulwark-lab.trust.nhs.uk:2222");
    host.target = *Transport::SshTarget::parse(host.address);
    return host;
}

bool isScan(const Transport::RemoteCommand &command)
{
    return command.argv.size() >= 5 && command.argv.at(2) == Facts::LinuxFacts::probeArgv(command.argv.at(4)).at(2);
}

// The lab VM's recorded audit output with the units' states as `systemctl` has them now.
QByteArray labOutputNow(const FakeSession::Systemctl &systemctl, const QStringList &units)
{
    QByteArrayList lines = GuiTest::labProbeOutput().split('\n');
    for (QByteArray &line : lines) {
        const QByteArrayList words = line.simplified().split(' ');
        if (words.size() < 2)
            continue;
        const QString unit = QString::fromUtf8(words.at(0));
        if (units.contains(unit)) {
            const QString active = systemctl.active(unit);
            if (words.at(1) == "loaded" && words.size() >= 4) // list-units: UNIT LOAD ACTIVE SUB DESCRIPTION
                line = words.at(0) + "    loaded    " + active.toUtf8() + "   " +
                       (active == QLatin1String("active") ? "running" : "dead") + "   " + words.mid(4).join(' ');
            else if (words.size() == 3) // list-unit-files: UNIT STATE PRESET
                line = words.at(0) + "    " + systemctl.enabled(unit).toUtf8() + "    " + words.at(2);
        }
        // A stopped avahi listens nowhere.
        if (line.contains("((\"avahi-daemon\"") &&
            systemctl.active(QStringLiteral("avahi-daemon.service")) != u"active")
            line.clear();
    }
    return lines.join('\n');
}

// A window on a temporary directory whose host plays the lab VM: its recorded audit, and a systemd that follows
// the commands the wizard runs (and that a scan afterwards reports).
struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::shared_ptr<FakeSession::Systemctl> systemctl = std::make_shared<FakeSession::Systemctl>();
    std::unique_ptr<MainWindow> window;
    Host host = labHost();
    QStringList units;

    Fixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        const QJsonObject facts = Facts::LinuxFacts::parse(GuiTest::labProbeOutput(), GuiTest::debianProbeBoundary());
        for (const QString &key : {QStringLiteral("services"), QStringLiteral("sockets"), QStringLiteral("paths")}) {
            for (const QJsonValue &value : facts.value(key).toArray()) {
                const QJsonObject unit = value.toObject();
                const QString name = unit.value(QStringLiteral("unit")).toString();
                units.append(name);
                systemctl->set(name, unit.value(QStringLiteral("enabled")).toString(),
                               unit.value(QStringLiteral("active")).toString(QStringLiteral("inactive")));
            }
        }
        script.respond = [systemctl = systemctl, units = units](
                             const Transport::RemoteCommand &command) -> std::optional<Transport::CommandResult> {
            if (auto answer = systemctl->answer(command))
                return answer;
            if (!isScan(command))
                return std::nullopt;
            Transport::CommandResult result;
            result.exitStatus = 0;
            result.stdOut = labOutputNow(*systemctl, units).replace(GuiTest::debianProbeBoundary(), command.argv.at(4));
            return result;
        };
    }
    FakeSession::Control &control() { return *script.control; }
    MainWindow::Settings settings() const
    {
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        return settings;
    }
    // The window with the lab host added and scanned.
    void openScanned()
    {
        window = std::make_unique<MainWindow>(settings());
        window->resize(1280, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->addHost(host, nullptr);
        QVERIFY(!child<QAction>(window.get(), "actionServicesWizard")->isEnabled()); // not scanned yet
        child<QAction>(window.get(), "actionScan")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!window->scanController()->isScanning(host.id), 10000);
        QTRY_VERIFY(child<QAction>(window.get(), "actionServicesWizard")->isEnabled());
    }
    ServicesWizard *openWizard()
    {
        child<QAction>(window.get(), "actionServicesWizard")->trigger();
        ServicesWizard *wizard = window->servicesWizard();
        if (wizard)
            wizard->resize(1180, 720);
        return wizard;
    }
    // Commands that could change something: everything but the scan and read-only systemctl queries.
    QList<QByteArrayList> changingCommands() const
    {
        QList<QByteArrayList> out;
        for (const QByteArrayList &argv : script.control->commandLog()) {
            if (argv.size() >= 5 && argv.at(2) == Facts::LinuxFacts::probeArgv(argv.at(4)).at(2))
                continue;
            if (argv.size() >= 2 && argv.at(0) == "systemctl" &&
                (argv.at(1) == "is-enabled" || argv.at(1) == "is-active"))
                continue;
            out.append(argv);
        }
        return out;
    }
};

QByteArrayList systemctl(const char *verb, const char *unit, bool now = false)
{
    QByteArrayList argv{"systemctl", verb};
    if (now)
        argv.append("--now");
    argv << "--" << unit;
    return argv;
}

} // namespace

class TestServicesWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void choosePageRecommendsAndRefuses()
    {
        Fixture f;
        f.openScanned();
        ServicesWizard *wizard = f.openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->objectName(), QStringLiteral("servicesWizard"));
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentPage(), ServicesWizard::ChoosePage);
        QAbstractItemModelTester modelTester(wizard->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(wizard->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The lab VM runs avahi and cups: both failed checks, both recommended and checked.
        ServicesModel *model = wizard->model();
        const QStringList checked = model->checkedUnits();
        QVERIFY2(checked.contains(QStringLiteral("avahi-daemon.service")), qPrintable(checked.join(u' ')));
        QVERIFY(checked.contains(QStringLiteral("cups.service")));
        const QModelIndex avahi = model->index(model->row(QStringLiteral("avahi-daemon.service")), 0);
        QVERIFY(avahi.data(ServicesModel::RecommendedRole).toBool());
        QVERIFY(!avahi.siblingAtColumn(ServicesModel::PurposeColumn).data().toString().isEmpty());
        QVERIFY(avahi.siblingAtColumn(ServicesModel::NetworkColumn).data().toString().contains(QStringLiteral("5353")));
        QVERIFY(avahi.siblingAtColumn(ServicesModel::TriggersColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("avahi-daemon.socket")));
        const QModelIndex cups = model->index(model->row(QStringLiteral("cups.service")), 0);
        QVERIFY(cups.siblingAtColumn(ServicesModel::TriggersColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cups.path")));

        // Only recommended services show at first.
        QVERIFY(child<QCheckBox>(wizard, "onlyRecommendedCheck")->isChecked());
        QCOMPARE(wizard->proxy()->rowCount(), model->recommendedCount());

        // ssh is listed but cannot be chosen; the tooltip says why.
        child<QCheckBox>(wizard, "onlyRecommendedCheck")->setChecked(false);
        QVERIFY(wizard->proxy()->rowCount() > model->recommendedCount());
        const int sshRow = model->row(QStringLiteral("ssh.service"));
        QVERIFY(sshRow >= 0);
        const QModelIndex ssh = model->index(sshRow, ServicesModel::ServiceColumn);
        QVERIFY(!(model->flags(ssh) & Qt::ItemIsUserCheckable));
        QVERIFY(ssh.data(ServicesModel::RefusedRole).toBool());
        QVERIFY(ssh.data(Qt::ToolTipRole).toString().contains(QStringLiteral("connection")));
        QVERIFY(!model->setChecked(QStringLiteral("ssh.service"), true));
        QVERIFY(!model->checkedUnits().contains(QStringLiteral("ssh.service")));
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-all"));
        const int journald = model->row(QStringLiteral("systemd-journald.service"));
        if (journald >= 0)
            QVERIFY(!(model->flags(model->index(journald, 0)) & Qt::ItemIsUserCheckable));

        // The filter.
        child<QLineEdit>(wizard, "serviceFilter")->setText(QStringLiteral("cups"));
        QVERIFY(wizard->proxy()->rowCount() >= 1);
        for (int row = 0; row < wizard->proxy()->rowCount(); ++row)
            QVERIFY(wizard->proxy()->index(row, 0).data().toString().contains(QStringLiteral("cups")));
        child<QLineEdit>(wizard, "serviceFilter")->clear();
        child<QCheckBox>(wizard, "onlyRecommendedCheck")->setChecked(true);
        QVERIFY(child<QLabel>(wizard, "chosenCountLabel")
                    ->text()
                    .startsWith(QStringLiteral("%1 service").arg(model->checkedCount())));
        QVERIFY(child<QPushButton>(wizard, "previewButton")->isEnabled());
        QVERIFY(!child<QPushButton>(wizard, "applyButton")->isVisible());
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-choose"));

        // Choosing nothing leaves nothing to preview.
        for (const QString &unit : model->checkedUnits())
            model->setChecked(unit, false);
        QVERIFY(!child<QPushButton>(wizard, "previewButton")->isEnabled());
        QVERIFY(f.changingCommands().isEmpty());
        wizard->reject();
    }

    void previewApplyAndRescan()
    {
        Fixture f;
        f.openScanned();
        ServicesWizard *wizard = f.openWizard();
        QVERIFY(wizard);

        // Preview: planned, prepared on the host (reads only) and shown; nothing ran that changes anything.
        QSignalSpy previewed(wizard, &ServicesWizard::previewUpdated);
        child<QPushButton>(wizard, "previewButton")->click();
        QCOMPARE(wizard->currentPage(), ServicesWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isPreviewReady(), 10000);
        const Plan::ChangePlan plan = wizard->preparedPlan();
        QVERIFY(!plan.isEmpty());
        const QString summary = plan.summary().join(u'\n');
        QVERIFY2(summary.contains(QStringLiteral("avahi-daemon.socket")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("cups.path")));
        QVERIFY(child<PlanPreview>(wizard, "planPreview")->isVisible());
        QVERIFY(!child<QWidget>(wizard, "previewBanner")->isVisible());
        QVERIFY(child<QLabel>(wizard, "planWarnings")->text().contains(QStringLiteral("listening")));
        QPushButton *apply = child<QPushButton>(wizard, "applyButton");
        QVERIFY(apply->isVisible());
        QVERIFY(apply->isEnabled());
        QVERIFY2(apply->text().startsWith(QStringLiteral("&Apply %1 Change").arg(plan.changes().size())),
                 qPrintable(apply->text()));
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-preview"));
        QVERIFY2(f.changingCommands().isEmpty(), "nothing may run on the host before Apply is pressed");
        QCOMPARE(f.systemctl->active(QStringLiteral("avahi-daemon.service")), QStringLiteral("active"));

        // Apply: the systemctl commands run, sockets before their services; the result is verified.
        QSignalSpy applied(wizard, &ServicesWizard::applyFinished);
        QSignalSpy result(wizard, &ServicesWizard::resultReady);
        apply->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 15000);
        const auto report = applied.at(0).at(0).value<Apply::ApplyReport>();
        QVERIFY2(report.outcome == Apply::ApplyReport::Outcome::Applied,
                 qPrintable(report.summary() + u' ' + report.error.toString()));
        const QList<QByteArrayList> ran = f.changingCommands();
        QVERIFY(ran.contains(systemctl("disable", "avahi-daemon.socket", true)));
        QVERIFY(ran.contains(systemctl("disable", "avahi-daemon.service", true)));
        QVERIFY(ran.contains(systemctl("disable", "cups.service", true)));
        QVERIFY(ran.contains(systemctl("disable", "cups.path", true)));
        QVERIFY(ran.indexOf(systemctl("disable", "avahi-daemon.socket", true)) <
                ran.indexOf(systemctl("disable", "avahi-daemon.service", true)));
        QVERIFY(!ran.contains(systemctl("disable", "ssh.service", true)));
        QCOMPARE(f.systemctl->enabled(QStringLiteral("avahi-daemon.service")), QStringLiteral("disabled"));
        QCOMPARE(f.systemctl->active(QStringLiteral("cups.service")), QStringLiteral("inactive"));
        QVERIFY(QFile::exists(f.settings().journalPath));

        // Result: scanned again; the score went up and the services checks pass now.
        QCOMPARE(wizard->currentPage(), ServicesWizard::ResultPage);
        QTRY_COMPARE_WITH_TIMEOUT(result.count(), 1, 15000);
        const QString score = child<QLabel>(wizard, "resultScore")->text();
        static const QRegularExpression scores(QStringLiteral("^Score (\\d+) → (\\d+)$"));
        const QRegularExpressionMatch match = scores.match(score);
        QVERIFY2(match.hasMatch(), qPrintable(score));
        QVERIFY2(match.captured(2).toInt() > match.captured(1).toInt(), qPrintable(score));
        const QString passing = child<QLabel>(wizard, "resultPassing")->text();
        QVERIFY2(passing.contains(QStringLiteral("BW-LNX-SVC-001")), qPrintable(passing));
        QVERIFY(passing.contains(QStringLiteral("BW-LNX-SVC-002")));
        QCOMPARE(child<QPushButton>(wizard, "closeButton")->text(), QStringLiteral("Close"));
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-result"));
        wizard->reject();
    }

    void applyProgressAndCancel()
    {
        Fixture f;
        f.openScanned();
        ServicesWizard *wizard = f.openWizard();
        child<QPushButton>(wizard, "previewButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->isPreviewReady(), 10000);
        f.control().runDelayMs = 150; // every command takes a while: time to see progress and to cancel
        QSignalSpy applied(wizard, &ServicesWizard::applyFinished);
        child<QPushButton>(wizard, "applyButton")->click();
        QCOMPARE(wizard->currentPage(), ServicesWizard::ApplyPage);
        auto *progress = child<ApplyProgressView>(wizard, "applyProgress");
        QTRY_VERIFY(progress->stateText(0).endsWith(QStringLiteral("…")));
        QVERIFY(!child<QPushButton>(wizard, "closeButton")->isEnabled()); // a transaction is never abandoned
        wizard->reject();
        QVERIFY(wizard->isVisible());
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-applying"));
        child<QPushButton>(wizard, "cancelApplyButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
        const auto report = applied.at(0).at(0).value<Apply::ApplyReport>();
        QCOMPARE(report.outcome, Apply::ApplyReport::Outcome::RolledBack);
        QVERIFY(progress->outcomeText().startsWith(QStringLiteral("Rolled back")));
        QVERIFY(!progress->summaryText().isEmpty());
        // Everything done was undone.
        QCOMPARE(f.systemctl->enabled(QStringLiteral("avahi-daemon.socket")), QStringLiteral("enabled"));
        QCOMPARE(f.systemctl->active(QStringLiteral("avahi-daemon.socket")), QStringLiteral("active"));
        QCOMPARE(wizard->currentPage(), ServicesWizard::ApplyPage);
        QVERIFY(child<QPushButton>(wizard, "closeButton")->isEnabled());
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-rolled-back"));
        wizard->reject();
    }

    void previewWithoutConnectionChangesNothing()
    {
        Fixture f;
        f.openScanned();
        // The host went away since the scan.
        f.window->hostModel()->setConnection(f.host.id, nullptr);
        f.window->hostModel()->setStatus(f.host.id, HostListModel::Status::Disconnected);
        f.control().refuseOpen = true;
        ServicesWizard *wizard = f.openWizard();
        QSignalSpy previewed(wizard, &ServicesWizard::previewUpdated);
        child<QPushButton>(wizard, "previewButton")->click();
        QCOMPARE(wizard->currentPage(), ServicesWizard::PreviewPage);
        auto *banner = child<ErrorBanner>(wizard, "previewBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().startsWith(QStringLiteral("Bulwark could not connect to lab-vm")),
                 qPrintable(banner->message()));
        QVERIFY(!wizard->isPreviewReady());
        QVERIFY(!child<QPushButton>(wizard, "applyButton")->isEnabled());
        QVERIFY(child<QPushButton>(wizard, "backButton")->isEnabled());
        QVERIFY(f.changingCommands().isEmpty());
        GuiTest::screenshot(wizard, QStringLiteral("services-wizard-unreachable"));
        wizard->reject();
    }

    void fixWithOpensTheWizardForThatFinding()
    {
        Fixture f;
        f.openScanned();
        FindingsPage *findings = f.window->hostPage()->findings();
        QVERIFY(findings->selectRule(QStringLiteral("BW-LNX-SVC-002")));
        auto *fix = child<QPushButton>(findings->details(), "fixWithButton");
        QVERIFY(fix->isEnabled());
        QCOMPARE(fix->text(), QStringLiteral("Fix with Services…"));
        fix->click();
        ServicesWizard *wizard = f.window->servicesWizard();
        QVERIFY(wizard);
        const QStringList checked = wizard->model()->checkedUnits();
        QVERIFY2(checked.contains(QStringLiteral("cups.service")), qPrintable(checked.join(u' ')));
        QVERIFY(!checked.contains(QStringLiteral("avahi-daemon.service")));
        wizard->reject();

        // A rule whose wizard does not exist yet (firewall, updates) keeps the button disabled.
        const auto rules = GuiTest::catalog()->rules(Rules::Platform::Linux);
        bool seen = false;
        for (const Rules::Rule &rule : rules) {
            if (rule.wizard() != Rules::Wizard::Firewall && rule.wizard() != Rules::Wizard::Updates)
                continue;
            if (!findings->selectRule(rule.id()))
                continue;
            QVERIFY(!fix->isEnabled());
            seen = true;
            break;
        }
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestServicesWizard)
#include "tst_serviceswizard.moc"
