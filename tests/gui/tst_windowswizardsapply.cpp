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
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
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

    QTemporaryDir m_dir;
    WinRmPeer m_peer;
    QString m_fingerprint;
    QString m_user = QStringLiteral("bulwark-admin");
    QByteArray m_password;
    QUuid m_hostId;
};

namespace {

// The first probe's answer (resources/probes/basic.ps1) as the scripted Windows Server 2019 host prints it.
const char BasicProbeAnswer[] =
    R"({"version":1,"caption":"Microsoft Windows Server 2019 Standard","version":"10.0.17763","build":17763,)"
    R"("uptimeSeconds":273600,"ubr":5206,"domain":"WORKGROUP","partOfDomain":false,"hostname":"PACS01",)"
    R"("architecture":"AMD64","user":"pacs01\\bulwark-admin","end":true})";

QString sourcePath(const QString &relative)
{
    return QStringLiteral(BULWARK_SOURCE_DIR "/") + relative;
}

} // namespace

void TestWindowsWizardsApply::initTestCase()
{
    GuiTest::installTranslations();
    QVERIFY(m_dir.isValid());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is needed for the WinRM test peer");
    if (!QSslSocket::supportsSsl() || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("TLS and openssl are needed for the WinRM peer over HTTPS");

    QFile file(sourcePath(QStringLiteral("tests/winrm/data/scenario-windows-host.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue user = scenario.value(QStringLiteral("users")).toObject().value(m_user);
    m_password = (user.isObject() ? user.toObject().value(QStringLiteral("password")) : user).toString().toUtf8();
    QVERIFY(!m_password.isEmpty());
    // The first probe, unless the scenario answers it already.
    QJsonArray answers = scenario.value(QStringLiteral("answers")).toArray();
    bool answered = false;
    for (const QJsonValue &answer : std::as_const(answers))
        answered |= answer.toObject().value(QStringLiteral("match")).toObject().value(QStringLiteral("probe")) ==
                    QStringLiteral("basic");
    if (!answered)
        answers.prepend(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("basic-probe")},
                        {QStringLiteral("match"), QJsonObject{{QStringLiteral("probe"), QStringLiteral("basic")}}},
                        {QStringLiteral("stdout"), QString::fromLatin1(BasicProbeAnswer)}});
    scenario.insert(QStringLiteral("answers"), answers);
    QFile written(m_dir.filePath(QStringLiteral("scenario.json")));
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(QJsonDocument(scenario).toJson());
    written.close();

    m_fingerprint = WinRmPeer::selfSignedCertificate(m_dir.path());
    QVERIFY(!m_fingerprint.isEmpty());
    QVERIFY(m_peer.start(python, m_dir.path(), QStringLiteral("peer"), written.fileName(),
                         m_dir.filePath(QStringLiteral("cert.pem")), m_dir.filePath(QStringLiteral("key.pem"))));
}

void TestWindowsWizardsApply::cleanupTestCase()
{
    if (!m_peer.isRunning())
        return;
    const QString problems = m_peer.stop({m_password});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

std::unique_ptr<MainWindow> TestWindowsWizardsApply::scannedWindow(const QTemporaryDir &dir)
{
    MainWindow::Settings settings = GuiTest::settings(dir);
    settings.winRmPinsPath = dir.filePath(QStringLiteral("winrm_known_hosts"));
    settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
    if (!Transport::WinRmPins(settings.winRmPinsPath)
             .remember(QStringLiteral("127.0.0.1"), m_peer.port(), m_fingerprint))
        qFatal("cannot pin the peer's certificate");
    auto window = std::make_unique<MainWindow>(settings);
    window->resize(1280, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");

    const auto target = Transport::WinRmTarget::parse(QStringLiteral("%1@127.0.0.1:%2").arg(m_user).arg(m_peer.port()));
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
    credentials.password = m_password;
    window->connector()->setWinRmCredentials(host.id, credentials);
    window->selectHost(host.id);
    window->scanCurrentHost();
    if (!QTest::qWaitFor([&] { return window->scanStore()->latest(host.id) != nullptr; }, 90000))
        qFatal("the Windows host was not scanned");
    return window;
}

void TestWindowsWizardsApply::servicesWizardDisablesSpooler()
{
    if (!m_peer.isRunning())
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
    QVERIFY(!m_peer.log().contains(QLatin1String("answer=windows-Spooler-disable")));

    // Apply: the step runs, its check reads Disabled/Stopped back; then the host is scanned again.
    QSignalSpy applied(wizard, &PlanWizard::applyFinished);
    QSignalSpy result(wizard, &PlanWizard::resultReady);
    child<QPushButton>(wizard, "applyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 60000);
    const auto report = applied.at(0).at(0).value<Apply::ApplyReport>();
    QVERIFY2(report.outcome == Apply::ApplyReport::Outcome::Applied,
             qPrintable(report.summary() + u' ' + report.error.toString()));
    QVERIFY(m_peer.log().contains(QLatin1String("answer=windows-Spooler-disable")));
    QTRY_COMPARE_WITH_TIMEOUT(result.count(), 1, 90000);
    QCOMPARE(wizard->currentPage(), PlanWizard::ResultPage);
    const QString passing = child<QLabel>(wizard, "resultPassing")->text();
    QVERIFY2(passing.contains(QStringLiteral("BW-WIN-SVC-001")), qPrintable(passing));
    GuiTest::screenshot(wizard, QStringLiteral("windows-services-wizard-result"));
    QVERIFY(QFile::exists(window->journalPath()));
    wizard->reject();
}

void TestWindowsWizardsApply::adminWizardRenamesAndDisables()
{
    if (!m_peer.isRunning())
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
    QSignalSpy applied(wizard, &PlanWizard::applyFinished);
    QSignalSpy result(wizard, &PlanWizard::resultReady);
    child<QPushButton>(wizard, "applyButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 60000);
    const auto report = applied.at(0).at(0).value<Apply::ApplyReport>();
    QVERIFY2(report.outcome == Apply::ApplyReport::Outcome::Applied,
             qPrintable(report.summary() + u' ' + report.error.toString()));
    QVERIFY(m_peer.log().contains(QLatin1String("answer=windows-admin-rename-disable")));
    QTRY_COMPARE_WITH_TIMEOUT(result.count(), 1, 90000);
    const QString passing = child<QLabel>(wizard, "resultPassing")->text();
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
