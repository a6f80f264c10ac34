// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/scan/ScanHistory.h"
#include "ui/DashboardPage.h"
#include "ui/FindingDetailsView.h"
#include "ui/FindingsFilterModel.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"
#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/HostPage.h"
#include "ui/MainWindow.h"
#include "ui/PasswordDialog.h"
#include "ui/ScanController.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

using GuiTest::child;

QString text(QObject *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

Host labHost(const QString &group = {})
{
    Host host;
    host.name = QStringLiteral("lab-vm");
    host.address = QStringLiteral("root@bulwark-lab.trust.nhs.uk:2222");
    host.target = *Transport::SshTarget::parse(host.address);
    host.group = group;
    return host;
}

// One window on a temporary directory, playing the lab VM's recorded probe.
struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = labHost();

    Fixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
    }
    FakeSession::Control &control() { return *script.control; }
    MainWindow::Settings settings() const
    {
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        return settings;
    }
    void open()
    {
        window = std::make_unique<MainWindow>(settings());
        window->resize(1280, 860);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    QAction *scan() { return child<QAction>(window.get(), "actionScan"); }
    ScanController *scans() { return window->scanController(); }
    QList<Scan::ScanHistory::Summary> history() const { return Scan::ScanHistory(settings().scanRoot).list(host.id); }
};

} // namespace

class TestScanFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void scansAndShowsTheResult()
    {
        Fixture f;
        f.script.openDelay = std::chrono::milliseconds(150);
        f.control().runDelayMs = 300;
        f.open();
        f.window->addHost(f.host, nullptr); // as after a restart: saved, not connected
        QCOMPARE(text(f.window.get(), "dashboardEmptyTitle"), QStringLiteral("Not scanned yet — press Scan"));
        QTRY_VERIFY(child<QWidget>(f.window.get(), "dashboardEmpty")->isVisible());
        QVERIFY(f.scan()->isEnabled());

        QStringList stages;
        connect(f.scans(), &ScanController::stageChanged, this,
                [&](const QUuid &id) { stages << f.scans()->stageText(id); });
        f.scan()->trigger();
        QVERIFY(f.scans()->isScanning(f.host.id));
        QVERIFY(!f.scan()->isEnabled());
        QVERIFY(child<QWidget>(f.window.get(), "scanProgressRow")->isVisible());
        QVERIFY(child<QPushButton>(f.window.get(), "cancelScanButton")->isVisible());
        QCOMPARE(text(f.window.get(), "scanStageLabel"), QStringLiteral("Connecting…"));
        QCOMPARE(f.window->hostModel()
                     ->data(f.window->hostModel()->indexOf(f.host.id, HostListModel::StatusColumn))
                     .toString(),
                 QStringLiteral("Scanning…"));
        QTRY_COMPARE(text(f.window.get(), "scanStageLabel"), QStringLiteral("Probing the host (one command)…"));
        QTRY_VERIFY_WITH_TIMEOUT(!f.scans()->isScanning(f.host.id), 10000);

        const int ruleCount = int(GuiTest::catalog()->rules(Rules::Platform::Linux).size());
        QCOMPARE(stages, (QStringList{QStringLiteral("Connecting…"), QStringLiteral("Probing the host (one command)…"),
                                      QStringLiteral("Evaluating %1 rules…").arg(ruleCount)}));
        QCOMPARE(f.control().scanCommands.load(), 1); // the scan is one remote command
        QCOMPARE(f.control().commands.load(), 1);     // and nothing else ran: no separate facts probe
        QVERIFY(!child<QWidget>(f.window.get(), "scanProgressRow")->isVisible());
        QVERIFY(!child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Connected);

        // The dashboard.
        DashboardPage *dashboard = f.window->hostPage()->dashboard();
        QVERIFY(child<QWidget>(f.window.get(), "dashboardContent")->isVisible());
        bool isNumber = false;
        const int score = dashboard->scoreText().toInt(&isNumber);
        QVERIFY2(isNumber, qPrintable(dashboard->scoreText()));
        QVERIFY(score >= 0 && score <= 100);
        static const QRegularExpression tally(QStringLiteral(
            "^(\\d+) passed · (\\d+) failed · (\\d+) not applicable · (\\d+) could not be checked \\(excluded from "
            "the score\\)$"));
        const QRegularExpressionMatch counts = tally.match(dashboard->tallyText());
        QVERIFY2(counts.hasMatch(), qPrintable(dashboard->tallyText()));
        const int failed = counts.captured(2).toInt();
        QVERIFY(failed > 0); // the lab VM has planted weaknesses
        QCOMPARE(counts.captured(1).toInt() + failed + counts.captured(3).toInt() + counts.captured(4).toInt(),
                 ruleCount);
        int charted = 0;
        for (const int count : dashboard->failedBySeverity())
            charted += count;
        QVERIFY(charted > 0 && charted <= failed);
        QCOMPARE(dashboard->historyPoints(), 1);
        QVERIFY(dashboard->areaScores().contains(QStringLiteral("Services 50")) ||
                !dashboard->areaScores().filter(QStringLiteral("Services ")).isEmpty());
        QVERIFY(text(f.window.get(), "lastScanLabel").startsWith(QStringLiteral("Last scan ")));
        QCOMPARE(f.window->hostModel()->score(f.host.id), std::optional(score));
        QCOMPARE(f.window->hostPage()->tabs()->tabText(HostPage::FindingsTab),
                 QStringLiteral("F&indings (%1 failed)").arg(failed));
        // The facts come with the scan.
        QCOMPARE(text(f.window.get(), "hostnameValue"), QStringLiteral("bulwark-lab"));

        // Saved.
        const auto saved = f.history();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().score, std::optional(score));

        // The findings: failed checks, the avahi one among them, explained.
        FindingsPage *findings = f.window->hostPage()->findings();
        QCOMPARE(findings->proxy()->rowCount(), failed);
        QVERIFY(findings->selectRule(QStringLiteral("BW-LNX-SVC-001")));
        const QModelIndex avahi = findings->table()->currentIndex();
        QCOMPARE(avahi.siblingAtColumn(FindingsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        const auto rule = GuiTest::catalog()->rule(QStringLiteral("BW-LNX-SVC-001"));
        const QString details = findings->details()->plainText();
        QVERIFY(details.contains(rule->title()));
        QVERIFY(details.contains(rule->rationale().simplified().left(80)));
        QVERIFY(details.contains(QStringLiteral("avahi-daemon")));

        // Export, both ways, without waiting on the GUI thread.
        QSignalSpy exported(f.window.get(), &MainWindow::reportExported);
        QVERIFY(child<QAction>(f.window.get(), "actionExportReport")->isEnabled());
        const QString html = f.dir.filePath(QStringLiteral("report.html"));
        f.window->exportReport(html);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(!exported.at(0).at(1).value<Error>().isError());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html"));
        QVERIFY(page.contains("BW-LNX-SVC-001"));
        const QString json = f.dir.filePath(QStringLiteral("report.json"));
        f.window->exportReport(json);
        QTRY_COMPARE(exported.count(), 2);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(object.value(QStringLiteral("findings")).toArray().size(), ruleCount);
        // The dialog is window-modal and opened, never exec()ed.
        child<QAction>(f.window.get(), "actionExportReport")->trigger();
        QTRY_VERIFY(f.window->findChild<QFileDialog *>(QStringLiteral("exportDialog")));
        auto *dialog = f.window->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral(".html")));
        dialog->reject();

        // A restart shows the saved scan again.
        f.window.reset();
        f.open();
        QTRY_COMPARE(f.window->hostPage()->dashboard()->scoreText(), QString::number(score));
        QCOMPARE(f.window->hostModel()->score(f.host.id), std::optional(score));
        QCOMPARE(text(f.window.get(), "hostnameValue"), QStringLiteral("bulwark-lab"));
        QVERIFY(f.window->hostPage()->findings()->selectRule(QStringLiteral("BW-LNX-SVC-001")));
    }

    void cancelStopsTheScan()
    {
        Fixture f;
        f.control().runDelayMs = 20000;
        f.open();
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();
        QTRY_VERIFY(f.control().running.load());
        QCOMPARE(text(f.window.get(), "scanStageLabel"), QStringLiteral("Probing the host (one command)…"));

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(child<QPushButton>(f.window.get(), "cancelScanButton"), Qt::LeftButton);
        QVERIFY(clock.elapsed() < 1000); // the click returns at once
        QVERIFY(!f.scans()->isScanning(f.host.id));
        QVERIFY(!child<QWidget>(f.window.get(), "scanProgressRow")->isVisible());
        QVERIFY(child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
        QVERIFY(child<QLabel>(f.window.get(), "errorMessageLabel")->text().contains(QStringLiteral("stopped")));
        QVERIFY(f.scan()->isEnabled());
        QTRY_VERIFY(!f.control().running.load()); // the command saw the cancel and returned
        QTest::qWait(100);
        QVERIFY(f.history().isEmpty());
        QVERIFY(child<QWidget>(f.window.get(), "dashboardEmpty")->isVisible());

        // The connection stays usable: the next scan goes through.
        f.control().runDelayMs = 0;
        f.scan()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!f.scans()->isScanning(f.host.id), 10000);
        QCOMPARE(f.history().size(), 1);
        QVERIFY(!child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
        QCOMPARE(f.control().opens.load(), 1);
    }

    void cancelWhileConnecting()
    {
        Fixture f;
        f.script.openDelay = std::chrono::milliseconds(20000);
        f.open();
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();
        QCOMPARE(f.scans()->stage(f.host.id), ScanController::Stage::Connecting);
        QTest::mouseClick(child<QPushButton>(f.window.get(), "cancelScanButton"), Qt::LeftButton);
        QVERIFY(!f.scans()->isScanning(f.host.id));
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Disconnected);
        QVERIFY(!f.window->hostModel()->connection(f.host.id)); // abandoned without waiting for the connect
    }

    void guiStaysResponsiveDuringAScan()
    {
        Fixture f;
        f.control().runDelayMs = 1000;
        f.open();
        f.window->addHost(f.host, nullptr);

        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            if (f.control().running.load()) {
                ++ticks;
                longestGap = qMax(longestGap, sinceTick.elapsed());
            }
            sinceTick.restart();
        });
        sinceTick.start();
        timer.start();
        f.scan()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!f.scans()->isScanning(f.host.id), 10000);
        timer.stop();
        // The fake session blocked its worker for a second; the GUI thread kept ticking all the while.
        QVERIFY2(ticks >= 30, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGap < 400, qPrintable(QString::number(longestGap)));
        QCOMPARE(f.history().size(), 1);
    }

    void asksForThePasswordOfASavedHost()
    {
        Fixture f;
        f.script.password = "correct horse";
        f.open();
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();

        // The keys were refused: a password dialog, opened (not exec'd), the scan still "connecting".
        QTRY_VERIFY(f.window->findChild<PasswordDialog *>());
        auto *dialog = f.window->findChild<PasswordDialog *>();
        QCOMPARE(dialog->purpose(), PasswordDialog::Purpose::Login);
        QVERIFY(dialog->isVisible());
        QCOMPARE(f.scans()->stage(f.host.id), ScanController::Stage::Connecting);
        GuiTest::screenshot(dialog, QStringLiteral("scan-password-dialog"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);

        // Wrong: asked again, saying why.
        QTRY_VERIFY(f.window->findChild<PasswordDialog *>() && f.window->findChild<PasswordDialog *>() != dialog);
        dialog = f.window->findChild<PasswordDialog *>();
        QVERIFY(child<QLabel>(dialog, "passwordProblemLabel")->isVisible());
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("correct horse"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.scans()->isScanning(f.host.id), 10000);
        QCOMPARE(f.history().size(), 1);
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Connected);

        // Declining the password ends the scan with the reason.
        f.window->hostModel()->setConnection(f.host.id, nullptr);
        f.window->hostModel()->setStatus(f.host.id, HostListModel::Status::Disconnected);
        f.window->connector()->setSessionFactory(FakeSession::factory([&] {
            FakeSession::Script other = f.script;
            other.password = "changed meanwhile";
            return other;
        }()));
        f.scan()->trigger();
        QTRY_VERIFY(f.window->findChild<PasswordDialog *>());
        f.window->findChild<PasswordDialog *>()->reject();
        QTRY_VERIFY(!f.scans()->isScanning(f.host.id));
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Failed);
        QVERIFY(child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
    }

    void asksForTheSudoPassword()
    {
        Fixture f;
        f.script.sudoPassword = "sudo secret";
        f.open();
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();
        QTRY_VERIFY(f.window->findChild<PasswordDialog *>());
        auto *dialog = f.window->findChild<PasswordDialog *>();
        QCOMPARE(dialog->purpose(), PasswordDialog::Purpose::Sudo);
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("sudo secret"));
        QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(f.history().size() == 1, 10000);
        QTRY_VERIFY(!f.scans()->isScanning(f.host.id));
        QVERIFY(!child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
    }

    void connectionFailureIsShown()
    {
        Fixture f;
        f.script.openError = Error(Error::Code::ConnectFailed, QStringLiteral("Could not connect to the lab VM."),
                                   QStringLiteral("Connection refused"));
        f.open();
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();
        QTRY_VERIFY(!f.scans()->isScanning(f.host.id));
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Failed);
        QVERIFY(child<QWidget>(f.window.get(), "hostErrorBanner")->isVisible());
        QVERIFY(child<QLabel>(f.window.get(), "errorMessageLabel")->text().contains(QStringLiteral("lab VM")));
        QVERIFY(f.history().isEmpty());
        QVERIFY(f.scan()->isEnabled());
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("BULWARK_SCREENSHOT_DIR"))
            QSKIP("set BULWARK_SCREENSHOT_DIR to take the screenshots");
        Fixture f;
        // To look at the same data in the real program (XDG_CONFIG_HOME / XDG_DATA_HOME pointed there).
        f.dir.setAutoRemove(qEnvironmentVariableIsEmpty("BULWARK_KEEP_SANDBOX"));
        f.host.group = QStringLiteral("Lab systems");
        f.open();
        // A realistic list: groups, a host never scanned, one that cannot be reached.
        const auto other = [](const QString &name, const QString &address, const QString &group) {
            Host host;
            host.name = name;
            host.address = address;
            host.target = *Transport::SshTarget::parse(address);
            host.group = group;
            return host;
        };
        const Host pacs =
            other(QStringLiteral("pacs-db-01"), QStringLiteral("bulwark@10.20.4.17"), QStringLiteral("Radiology"));
        const Host ris =
            other(QStringLiteral("ris-app-01"), QStringLiteral("bulwark@10.20.4.30"), QStringLiteral("Radiology"));
        const Host pharmacy =
            other(QStringLiteral("pharmacy-stock"), QStringLiteral("ops@10.20.12.8"), QStringLiteral("Pharmacy"));
        const Host backup = other(QStringLiteral("backup-01"), QStringLiteral("ops@10.20.1.5"), QString());
        for (const Host &host : {pacs, ris, pharmacy, backup})
            f.window->addHost(host, nullptr);
        f.window->addHost(f.host, nullptr);
        f.scan()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!f.scans()->isScanning(f.host.id), 10000);
        const auto first = Scan::ScanHistory(f.settings().scanRoot).latest(f.host.id);
        QVERIFY(first);

        // History as if the hosts had been scanned over the past weeks: the same facts, with some checks flipped.
        const auto variant = [&](int daysAgo, int passToFail, int failToPass) {
            Scan::ScanRecord record = *first;
            record.startedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo).addSecs(-3600);
            record.finishedAt = record.startedAt.addSecs(4);
            for (Rules::Finding &finding : record.findings) {
                if (finding.status() == Rules::Finding::Status::Pass && passToFail > 0) {
                    finding = Rules::Finding(finding.ruleId(), Rules::Finding::Status::Fail, finding.severity(),
                                             finding.area(), finding.evidence());
                    --passToFail;
                } else if (finding.status() == Rules::Finding::Status::Fail && failToPass > 0) {
                    finding = Rules::Finding(finding.ruleId(), Rules::Finding::Status::Pass, finding.severity(),
                                             finding.area());
                    --failToPass;
                }
            }
            return record;
        };
        Scan::ScanHistory history(f.settings().scanRoot);
        QDir(f.settings().scanRoot + u'/' + f.host.id.toString(QUuid::WithoutBraces)).removeRecursively();
        for (const auto &[days, worse] : {std::pair{35, 10}, {28, 8}, {21, 8}, {14, 5}, {7, 3}})
            QVERIFY(history.append(f.host.id, variant(days, worse, 0)));
        QVERIFY(history.append(f.host.id, *first));
        QVERIFY(history.append(pacs.id, variant(2, 0, 9)));
        QVERIFY(history.append(pharmacy.id, variant(5, 14, 0)));

        // A restart reads it all back.
        f.window.reset();
        f.open();
        f.window->hostModel()->setStatus(backup.id, HostListModel::Status::Failed,
                                         Error(Error::Code::ConnectFailed,
                                               QStringLiteral("Could not connect to ops@10.20.1.5."),
                                               QStringLiteral("Connection timed out")));
        f.window->selectHost(f.host.id);
        QTRY_COMPARE(f.window->hostPage()->dashboard()->historyPoints(), 6);
        QTRY_VERIFY(f.window->hostModel()->score(pacs.id).has_value());
        QTRY_VERIFY(f.window->hostModel()->score(pharmacy.id).has_value());
        f.window->hostModel()->setStatus(f.host.id, HostListModel::Status::Connected);
        f.window->hostPage()->tabs()->setCurrentIndex(HostPage::DashboardTab);
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-dashboard"));
        GuiTest::screenshot(child<QWidget>(f.window.get(), "hostPane"), QStringLiteral("scan-host-tree-groups"));
        auto *content = child<QWidget>(f.window.get(), "dashboardContent");
        GuiTest::screenshot(content, QStringLiteral("scan-dashboard-full"));

        f.window->hostPage()->tabs()->setCurrentIndex(HostPage::FindingsTab);
        QVERIFY(f.window->hostPage()->findings()->selectRule(QStringLiteral("BW-LNX-SVC-001")));
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-findings"));
        {
            // The whole explanation of one finding, as it reads when scrolled.
            FindingsPage *page = f.window->hostPage()->findings();
            const int row = page->proxy()->mapToSource(page->table()->currentIndex()).row();
            FindingDetailsView details;
            details.resize(860, 1000);
            details.setFinding(page->model()->finding(row), page->model()->rule(row));
            details.show();
            QVERIFY(QTest::qWaitForWindowExposed(&details));
            GuiTest::screenshot(&details, QStringLiteral("scan-finding-details"));
        }
        f.window->hostPage()->tabs()->setCurrentIndex(HostPage::FactsTab);
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-facts"));

        // While scanning.
        f.control().runDelayMs = 5000;
        f.window->hostPage()->tabs()->setCurrentIndex(HostPage::DashboardTab);
        f.scan()->trigger();
        QTRY_VERIFY(f.control().running.load());
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-progress"));
        f.scans()->cancel(f.host.id);
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-stopped"));

        // A host never scanned, and one that cannot be reached.
        f.window->selectHost(ris.id);
        QTRY_VERIFY(child<QWidget>(f.window.get(), "dashboardEmpty")->isVisible());
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-not-scanned"));
        f.window->selectHost(pharmacy.id);
        QTRY_VERIFY(child<QWidget>(f.window.get(), "dashboardContent")->isVisible());
        GuiTest::screenshot(f.window.get(), QStringLiteral("scan-at-risk"));
        if (!f.dir.autoRemove())
            qInfo("sandbox kept at %s", qPrintable(f.dir.path()));
    }
};

QTEST_MAIN(TestScanFlow)
#include "tst_scanflow.moc"
