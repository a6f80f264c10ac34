// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "core/transport/WinRmPins.h"
#include "tests/integration/WinRmPeer.h"
#include "ui/HostConnector.h"
#include "ui/ScanController.h"
#include "ui/ScanStore.h"
#include "ui/sudoers/PlanApplyPanel.h"
#include "ui/windows/WindowsAdminWizard.h"
#include "ui/windows/WindowsServicesModel.h"
#include "ui/windows/WindowsServicesWizard.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

// The Windows wizards end to end against the WinRM test peer playing the scripted PACS server
// (tests/winrm/data/scenario-windows-host.json: its services and accounts change as the planned PowerShell steps run):
// the host scanned over WinRM/HTTPS, the choice previewed, applied through the shared panel with every step's check,
// and the rescan on the result page passing the checks that failed.
class TestWindowsWizardsApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void servicesWizardDisablesSpooler();
    void adminWizardRenamesAndDisables();

private:
    // A console on a temporary directory with the peer's host added (its certificate pinned, its password given)
    // and scanned.
    std::unique_ptr<MainWindow> scannedWindow(const QTemporaryDir &dir);
    // Applies the previewed plan of `wizard` with every step's check, sees the peer give the answer named `answer`,
    // and waits for the rescan on the result page; `passing` is what that page lists as passing now.
    void applyAndRescan(PlanWizard *wizard, const QString &answer, QString &passing);

    QTemporaryDir m_dir;
    ScriptedPacsServer m_pacs; // the WinRM peer playing the scripted PACS server, signed in to as bulwark-admin
    QUuid m_hostId;
};

void TestWindowsWizardsApply::initTestCase()
{
    GuiTest::installTranslations();
    QVERIFY(m_dir.isValid());
    if (const QString missing = WinRmPeer::httpsUnavailable(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_pacs.start(m_dir.path()));
}

void TestWindowsWizardsApply::cleanupTestCase()
{
    const QString problems = m_pacs.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

std::unique_ptr<MainWindow> TestWindowsWizardsApply::scannedWindow(const QTemporaryDir &dir)
{
    MainWindow::Settings settings = GuiTest::settings(dir);
    settings.winRmPinsPath = dir.filePath(QStringLiteral("winrm_known_hosts"));
    settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
    if (!Transport::WinRmPins(settings.winRmPinsPath)
             .remember(QStringLiteral("127.0.0.1"), m_pacs.peer.port(), m_pacs.fingerprint))
        qFatal("cannot pin the peer's certificate");
    auto window = std::make_unique<MainWindow>(settings);
    window->resize(1280, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");

    const auto target =
        Transport::WinRmTarget::parse(QStringLiteral("%1@127.0.0.1:%2").arg(m_pacs.user).arg(m_pacs.peer.port()));
    if (!target)
        qFatal("%s", qPrintable(target.error().toString()));
    Host host;
    host.name = QStringLiteral("PACS01");
    host.protocol = Host::Protocol::WinRm;
    host.winRm = *target;
    host.winRmHttps = true;
    host.address = Host::formatAddress(*target);
    m_hostId = host.id;
    window->addHost(host, nullptr);
    Transport::WinRmCredentials credentials;
    credentials.password = m_pacs.password;
    window->connector()->setWinRmCredentials(host.id, credentials);
    window->selectHost(host.id);
    window->scanCurrentHost();
    if (!QTest::qWaitFor([&] { return window->scanStore()->latest(host.id) != nullptr; }, 90000))
        qFatal("the Windows host was not scanned");
    return window;
}

void TestWindowsWizardsApply::applyAndRescan(PlanWizard *wizard, const QString &answer, QString &passing)
{
    QSignalSpy applied(wizard, &PlanWizard::applyFinished);
    QSignalSpy result(wizard, &PlanWizard::resultReady);
    child<QPushButton>(wizard, "applyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 60000);
    const auto report = applied.at(0).at(0).value<Apply::ApplyReport>();
    QVERIFY2(report.outcome == Apply::ApplyReport::Outcome::Applied,
             qPrintable(report.summary() + u' ' + report.error.toString()));
    QVERIFY(m_pacs.peer.log().contains(QStringLiteral("answer=") + answer));
    QTRY_COMPARE_WITH_TIMEOUT(result.count(), 1, 90000);
    QCOMPARE(wizard->currentPage(), PlanWizard::ResultPage);
    passing = child<QLabel>(wizard, "resultPassing")->text();
}

void TestWindowsWizardsApply::servicesWizardDisablesSpooler()
{
    if (!m_pacs.peer.isRunning())
        QSKIP("no peer");
    QTemporaryDir dir;
    const std::unique_ptr<MainWindow> window = scannedWindow(dir);
    QVERIFY(window->scanStore()->latest(m_hostId)->findings.size() > 0);

    child<QAction>(window.get(), "actionServicesWizard")->trigger();
    WindowsServicesWizard *wizard = window->windowsServicesWizard();
    QVERIFY(wizard);
    wizard->resize(1180, 720);
    QVERIFY(wizard->model()->checkedNames().contains(QStringLiteral("Spooler")));
    for (const QString &name : wizard->model()->checkedNames()) {
        if (name != u"Spooler")
            wizard->model()->setChecked(name, false);
    }

    // Preview: prepared over WinRM (reads only), nothing changed yet.
    child<QPushButton>(wizard, "previewButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->panel()->isPreviewReady(), 30000);
    QCOMPARE(wizard->panel()->changeCount(), 1);
    QVERIFY(!m_pacs.peer.log().contains(QLatin1String("answer=windows-Spooler-disable")));

    // Apply: the step runs, its check reads Disabled/Stopped back; then the host is scanned again.
    QString passing;
    applyAndRescan(wizard, QStringLiteral("windows-Spooler-disable"), passing);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(passing.contains(QStringLiteral("BW-WIN-SVC-001")), qPrintable(passing));
    GuiTest::screenshot(wizard, QStringLiteral("windows-services-wizard-result"));
    QVERIFY(QFile::exists(window->journalPath()));
    wizard->reject();
}

void TestWindowsWizardsApply::adminWizardRenamesAndDisables()
{
    if (!m_pacs.peer.isRunning())
        QSKIP("no peer");
    QTemporaryDir dir;
    const std::unique_ptr<MainWindow> window = scannedWindow(dir);

    child<QAction>(window.get(), "actionAccountsWizard")->trigger();
    WindowsAdminWizard *wizard = window->windowsAdminWizard();
    QVERIFY(wizard);
    wizard->resize(1100, 780);
    QVERIFY(wizard->administrator());
    QVERIFY2(wizard->refusal().isEmpty(), qPrintable(wizard->refusal()));
    wizard->setNewName(QStringLiteral("pacs-admin"));
    QVERIFY(wizard->disableChecked());

    child<QPushButton>(wizard, "previewButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->panel()->isPreviewReady(), 30000);
    QString passing;
    applyAndRescan(wizard, QStringLiteral("windows-admin-rename-disable"), passing);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(passing.contains(QStringLiteral("BW-WIN-ACC-001")), qPrintable(passing));
    QVERIFY(passing.contains(QStringLiteral("BW-WIN-ACC-002")));
    GuiTest::screenshot(wizard, QStringLiteral("windows-admin-wizard-result"));
    // The next scan knows the account by its new name.
    const auto latest = window->scanStore()->latest(m_hostId);
    QVERIFY(latest);
    bool renamed = false;
    for (const QJsonValue &account : latest->facts.value(QStringLiteral("accounts")).toArray())
        renamed |= account.toObject().value(QStringLiteral("rid")).toInt() == 500 &&
                   account.toObject().value(QStringLiteral("name")).toString() == u"pacs-admin";
    QVERIFY(renamed);
    wizard->reject();
}

QTEST_MAIN(TestWindowsWizardsApply)
#include "tst_windowswizardsapply.moc"
