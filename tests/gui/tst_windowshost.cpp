// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "GuiTest.h"
#include "core/scan/ScanRecord.h"
#include "core/transport/WinRmPins.h"
#include "tests/integration/WinRmPeer.h"
#include "ui/AddHostDialog.h"
#include "ui/EditHostDialog.h"
#include "ui/HostConnector.h"
#include "ui/HostFactsPage.h"
#include "ui/HostHeader.h"
#include "ui/HostKeyDialog.h"
#include "ui/HostListModel.h"
#include "ui/HostPage.h"
#include "ui/ScanStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

// A Windows host in the console, end to end: added through the Add Host dialog, connected over WinRM/HTTPS to the
// WinRM test peer (tests/winrm/winrm_peer.py, a self-signed certificate) with the certificate trusted in the prompt
// and pinned, scanned through the same ScanController as Linux hosts, shown with Windows facts, refused when its
// certificate changes; the Linux-only tools are off for it.
class TestWindowsHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dialogOffersWindows();
    void addConnectTrustAndScan();

private:
    QTemporaryDir m_dir;
    ScriptedPacsServer m_pacs; // the WinRM peer playing the scripted PACS server, signed in to as bulwark-admin
};

void TestWindowsHost::initTestCase()
{
    GuiTest::installTranslations();
    QVERIFY(m_dir.isValid());
    if (const QString missing = WinRmPeer::httpsUnavailable(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY(m_pacs.start(m_dir.path()));
}

void TestWindowsHost::cleanupTestCase()
{
    const QString problems = m_pacs.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestWindowsHost::dialogOffersWindows()
{
    AddHostDialog dialog;
    dialog.show();
    auto *windows = child<QRadioButton>(&dialog, "windowsRadio");
    auto *address = child<QLineEdit>(&dialog, "addressEdit");
    auto *password = child<QLineEdit>(&dialog, "passwordEdit");
    auto *connect = child<QPushButton>(&dialog, "connectButton");
    auto *http = child<QRadioButton>(&dialog, "httpRadio");
    auto *allow = child<QCheckBox>(&dialog, "allowUnencryptedCheck");
    auto *warning = child<QLabel>(&dialog, "httpWarningLabel");
    auto *addressError = child<QLabel>(&dialog, "addressErrorLabel");

    // Linux first: no Windows transport, sudo offered.
    QVERIFY(!child<QWidget>(&dialog, "transportBox")->isVisible());
    QVERIFY(child<QCheckBox>(&dialog, "sudoSameCheck")->isVisible());

    windows->click();
    QCOMPARE(dialog.protocol(), Host::Protocol::WinRm);
    QVERIFY(child<QWidget>(&dialog, "transportBox")->isVisible());
    QVERIFY(!child<QCheckBox>(&dialog, "sudoSameCheck")->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, "identityEdit")->isVisible());
    QVERIFY(!warning->isVisible());

    // A Windows host needs the account, and a password.
    address->setText(QStringLiteral("pacs-win01"));
    QVERIFY(addressError->isVisible());
    QVERIFY(!connect->isEnabled());
    address->setText(QStringLiteral("Administrator@pacs-win01"));
    QVERIFY(!addressError->isVisible());
    QVERIFY(!connect->isEnabled());
    password->setText(QStringLiteral("secret"));
    QVERIFY(connect->isEnabled());
    auto target = dialog.enteredWinRmTarget();
    QVERIFY(target.ok());
    QCOMPARE(target->effectivePort(), quint16(5986));
    QCOMPARE(target->scheme, Transport::WinRmTarget::Scheme::Https);
    GuiTest::screenshot(&dialog, QStringLiteral("windowshost-add-dialog"));

    // Plain HTTP: warned, and only with the explicit allow.
    http->click();
    QVERIFY(warning->isVisible());
    QVERIFY(allow->isVisible());
    QVERIFY(!connect->isEnabled());
    allow->click();
    QVERIFY(connect->isEnabled());
    target = dialog.enteredWinRmTarget();
    QVERIFY(target.ok());
    QCOMPARE(target->effectivePort(), quint16(5985));
    QVERIFY(target->allowUnencrypted);
    GuiTest::screenshot(&dialog, QStringLiteral("windowshost-add-dialog-http"));
    password->clear();
}

void TestWindowsHost::addConnectTrustAndScan()
{
    if (!m_pacs.peer.isRunning())
        QSKIP("no peer");
    QTemporaryDir dir;
    MainWindow::Settings settings = GuiTest::settings(dir);
    const QString pinsPath = dir.filePath(QStringLiteral("winrm_known_hosts"));
    settings.winRmPinsPath = pinsPath;
    MainWindow window(settings);
    window.show();

    window.showAddHostDialog();
    AddHostDialog *dialog = window.addHostDialog();
    QVERIFY(dialog);
    child<QRadioButton>(dialog, "windowsRadio")->click();
    child<QLineEdit>(dialog, "addressEdit")
        ->setText(QStringLiteral("%1@127.0.0.1:%2").arg(m_pacs.user).arg(m_pacs.peer.port()));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QString::fromUtf8(m_pacs.password));
    child<QPushButton>(dialog, "connectButton")->click();

    // The self-signed certificate is unknown: the trust prompt shows its fingerprint.
    HostKeyDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((prompt = dialog->findChild<HostKeyDialog *>()) && prompt->isVisible(), 20000);
    QCOMPARE(prompt->kind(), HostKeyDialog::Kind::Certificate);
    QCOMPARE(child<QLabel>(prompt, "fingerprintLabel")->text(), m_pacs.fingerprint);
    QCOMPARE(child<QLabel>(prompt, "subjectLabel")->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(child<QLabel>(prompt, "issuerLabel")->text().contains(QLatin1String("self-signed")));
    QVERIFY(child<QLabel>(prompt, "commandLabel")->text().contains(QLatin1String("Cert:\\LocalMachine\\My")));
    GuiTest::screenshot(prompt, QStringLiteral("windowshost-certificate-prompt"));
    child<QPushButton>(prompt, "trustButton")->click();

    // Pinned, connected, and added with the first facts.
    QTRY_COMPARE_WITH_TIMEOUT(window.hostModel()->hostCount(), 1, 30000);
    const QUuid id = window.hostModel()->hostIds().constFirst();
    QCOMPARE(*Transport::WinRmPins(pinsPath).find(QStringLiteral("127.0.0.1"), m_pacs.peer.port()), m_pacs.fingerprint);
    Host host = window.hostModel()->host(id);
    QVERIFY(host.isWindows());
    QCOMPARE(host.address, QStringLiteral("%1@127.0.0.1:%2").arg(m_pacs.user).arg(m_pacs.peer.port()));
    QVERIFY(host.winRm.acceptFingerprint.isEmpty());
    QCOMPARE(host.certificateFingerprint, m_pacs.fingerprint);
    QCOMPARE(host.name, QStringLiteral("PACS01")); // a bare address is named after the host
    QCOMPARE(host.facts.osPrettyName, QStringLiteral("Microsoft Windows Server 2019 Standard"));
    QCOMPARE(window.hostModel()->status(id), HostListModel::Status::Connected);
    QCOMPARE(window.currentHostId(), id);

    // Saved as a Windows host, without the password.
    QFile inventory(settings.inventoryPath);
    QVERIFY(inventory.open(QIODevice::ReadOnly));
    const QByteArray saved = inventory.readAll();
    QVERIFY(saved.contains("\"transport\": \"winrm\""));
    QVERIFY(!saved.contains(m_pacs.password));

    // The Linux-only tools are off, and say why; Services and Accounts stay for the Windows wizards.
    for (const char *name : {"actionSshWizard", "actionSudoersEditor", "actionLuksWizard", "actionTlsWizard"}) {
        auto *action = child<QAction>(&window, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QLatin1String("Windows")) ||
                     action->toolTip().contains(QLatin1String("WinRM")) ||
                     action->toolTip().contains(QLatin1String("Linux")),
                 qPrintable(action->toolTip()));
    }

    // The facts page speaks Windows.
    HostPage *page = window.hostPage();
    page->tabs()->setCurrentIndex(HostPage::FactsTab);
    HostFactsPage *facts = page->facts();
    QVERIFY(child<QLabel>(facts, "buildValue")->isVisible());
    QCOMPARE(child<QLabel>(facts, "buildValue")->text(), QStringLiteral("10.0.17763.5206"));
    QVERIFY(!child<QLabel>(facts, "kernelValue")->isVisible());
    QVERIFY(!child<QLabel>(facts, "hostKeyValue")->isVisible());
    QVERIFY(child<QLabel>(facts, "certificateValue")->text().contains(m_pacs.fingerprint));
    QVERIFY(child<QLabel>(facts, "windowsHintLabel")->isVisible());
    QVERIFY(child<QLabel>(page->header(), "hostMetaLabel")->text().contains(QLatin1String("WinRM over HTTPS")));

    // Scanned like a Linux host: one probe, the Windows rules, findings.
    window.scanCurrentHost();
    QTRY_VERIFY_WITH_TIMEOUT(window.scanStore()->latest(id) != nullptr, 90000);
    const auto record = window.scanStore()->latest(id);
    QCOMPARE(record->facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("platform")).toString(),
             QStringLiteral("windows"));
    QVERIFY(!record->findings.isEmpty());
    QVERIFY(record->score().total().failed > 0);
    page->tabs()->setCurrentIndex(HostPage::FactsTab);
    QTRY_VERIFY(!child<QLabel>(facts, "windowsHintLabel")->isVisible());
    QVERIFY(child<QLabel>(facts, "servicesValue")->text().contains(QLatin1String("running")));
    QVERIFY(child<QLabel>(facts, "firewallValue")->isVisible());
    GuiTest::screenshot(&window, QStringLiteral("windowshost-facts"));
    auto *scroll = facts->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    GuiTest::screenshot(&window, QStringLiteral("windowshost-facts-overview"));
    scroll->verticalScrollBar()->setValue(0);
    page->tabs()->setCurrentIndex(HostPage::FindingsTab);
    GuiTest::screenshot(&window, QStringLiteral("windowshost-findings"));
    page->tabs()->setCurrentIndex(HostPage::DashboardTab);
    GuiTest::screenshot(&window, QStringLiteral("windowshost-dashboard"));

    // After a restart: the pin is remembered (no trust prompt), the password is asked for before anything is sent.
    {
        MainWindow restarted(settings);
        restarted.show();
        QCOMPARE(restarted.hostModel()->hostCount(), 1);
        QVERIFY(restarted.hostModel()->host(id).isWindows());
        restarted.selectHost(id);
        restarted.connectCurrentHost();
        QTRY_VERIFY_WITH_TIMEOUT(restarted.connector()->openDialog(), 10000);
        QDialog *asked = restarted.connector()->openDialog();
        QCOMPARE(asked->objectName(), QStringLiteral("PasswordDialog"));
        QVERIFY(!asked->findChild<QCheckBox *>(QStringLiteral("sudoSameCheck")));
        QVERIFY(child<QLabel>(asked, "passwordLeadLabel")->text().contains(QLatin1String("WinRM")));
        GuiTest::screenshot(asked, QStringLiteral("windowshost-password"));
        child<QLineEdit>(asked, "passwordEdit")->setText(QString::fromUtf8(m_pacs.password));
        child<QPushButton>(asked, "okButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(restarted.hostModel()->status(id), HostListModel::Status::Connected, 30000);
        QVERIFY(!restarted.findChild<HostKeyDialog *>());
        QCOMPARE(restarted.hostModel()->host(id).facts.hostname, QStringLiteral("PACS01"));

        // Edit Host: the WinRM transport instead of the key and sudo.
        restarted.showEditHostDialog();
        EditHostDialog *edit = restarted.editHostDialog();
        QVERIFY(edit);
        QVERIFY(child<QRadioButton>(edit, "httpsRadio")->isChecked());
        QVERIFY(!child<QCheckBox>(edit, "sudoCheck")->isVisible());
        QVERIFY(!child<QLineEdit>(edit, "identityEdit")->isVisible());
        QVERIFY(!edit->changesConnection());
        child<QRadioButton>(edit, "httpRadio")->click();
        QVERIFY(child<QLabel>(edit, "httpWarningLabel")->isVisible());
        QVERIFY(!child<QPushButton>(edit, "saveButton")->isEnabled());
        child<QCheckBox>(edit, "allowUnencryptedCheck")->click();
        QVERIFY(child<QPushButton>(edit, "saveButton")->isEnabled());
        QVERIFY(edit->changesConnection());
        QVERIFY(!edit->host().winRmHttps && edit->host().allowUnencrypted);
        GuiTest::screenshot(edit, QStringLiteral("windowshost-edit-dialog"));
        child<QLineEdit>(edit, "addressEdit")->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(!child<QPushButton>(edit, "saveButton")->isEnabled()); // no account
        edit->reject();
    }

    // Another certificate under the same name is refused, in red, with no way to click past it.
    QVERIFY(Transport::WinRmPins(pinsPath)
                .remember(QStringLiteral("127.0.0.1"), m_pacs.peer.port(),
                          QStringLiteral("SHA256:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:"
                                         "66:77:88:99:AA:BB:CC:DD:EE:FF"))
                .ok());
    window.hostModel()->setConnection(id, nullptr);
    window.hostModel()->setStatus(id, HostListModel::Status::Disconnected);
    window.connectCurrentHost();
    QTRY_COMPARE_WITH_TIMEOUT(window.hostModel()->status(id), HostListModel::Status::Failed, 30000);
    QCOMPARE(window.hostModel()->lastError(id).code(), Error::Code::HostKeyChanged);
    QVERIFY(window.hostModel()->lastError(id).message().contains(pinsPath));
    QVERIFY(!window.connector()->openDialog());
    page->tabs()->setCurrentIndex(HostPage::FactsTab);
    GuiTest::screenshot(&window, QStringLiteral("windowshost-certificate-changed"));
    // Every shell Bulwark opened is deleted again (the peer's log counts them on every request).
    const auto openShells = [this] {
        const QString log = m_pacs.peer.log();
        const qsizetype at = log.lastIndexOf(QLatin1String("open_shells="));
        return at < 0 ? -1 : log.mid(at + 12).section(QRegularExpression(QStringLiteral("\\D")), 0, 0).toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(openShells(), 0, 15000);
}

QTEST_MAIN(TestWindowsHost)
#include "tst_windowshost.moc"
