// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/inventory/Inventory.h"
#include "core/scan/ScanHistory.h"
#include "ui/AddHostDialog.h"
#include "ui/EditHostDialog.h"
#include "ui/HostKeyDialog.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

using GuiTest::child;

QString currentPage(MainWindow &window)
{
    return child<QStackedWidget>(&window, "detailsStack")->currentWidget()->objectName();
}

QString value(MainWindow &window, const char *name)
{
    return child<QLabel>(&window, name)->text();
}

Host hostNamed(const QString &name, const QString &address, const QString &group = {})
{
    Host host = GuiTest::sampleHost();
    host.id = QUuid::createUuid();
    host.name = name;
    host.address = address;
    host.target = *Transport::SshTarget::parse(address);
    host.target.hostName = host.target.alias;
    host.group = group;
    return host;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void opensEmpty()
    {
        QTemporaryDir dir;
        MainWindow window(GuiTest::settings(dir));
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.objectName(), QStringLiteral("MainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Bulwark"));
        QVERIFY(window.minimumWidth() >= 900 && window.minimumHeight() >= 600);
        auto *view = child<QTreeView>(&window, "hostListView");
        QCOMPARE(view->model(), window.hostModel());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->model()->columnCount(), int(HostListModel::ColumnCount));
        QCOMPARE(currentPage(window), QStringLiteral("emptyStatePage"));
        QVERIFY(child<QPushButton>(&window, "emptyAddHostButton")->isVisible());
        QVERIFY(child<QAction>(&window, "actionAddHost")->isEnabled());
        for (const char *action :
             {"actionRemoveHost", "actionConnect", "actionScan", "actionEditHost", "actionExportReport"})
            QVERIFY2(!child<QAction>(&window, action)->isEnabled(), action);
        QVERIFY(child<QAction>(&window, "actionQuit")->isEnabled());
        QCOMPARE(child<QAction>(&window, "actionScan")->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(window.currentHostId().isNull());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("hosts.json")))); // nothing to save yet
        GuiTest::screenshot(&window, QStringLiteral("01-main-empty"));
    }

    void addHostActionOpensDialog()
    {
        QTemporaryDir dir;
        MainWindow window(GuiTest::settings(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.addHostDialog());
        child<QAction>(&window, "actionAddHost")->trigger();
        QTRY_VERIFY(window.addHostDialog() && window.addHostDialog()->isVisible());
        QCOMPARE(window.addHostDialog()->objectName(), QStringLiteral("AddHostDialog"));
        // Triggering again raises the same dialog instead of stacking a second one.
        child<QAction>(&window, "actionAddHost")->trigger();
        QCOMPARE(window.findChildren<AddHostDialog *>().size(), 1);
        window.addHostDialog()->reject();
        QTRY_VERIFY(!window.addHostDialog()); // deleted on close

        // The empty state's button does the same.
        QTest::mouseClick(child<QPushButton>(&window, "emptyAddHostButton"), Qt::LeftButton);
        QTRY_VERIFY(window.addHostDialog() && window.addHostDialog()->isVisible());
    }

    void addsHostThroughTheDialogAndKeepsIt()
    {
        QTemporaryDir dir;
        FakeSession::Script script;
        script.unknownHostKey = true;
        script.probeOutput = GuiTest::debianProbeOutput();
        script.openDelay = std::chrono::milliseconds(100); // long enough to see "Connecting" below
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        QUuid id;
        {
            MainWindow window(settings);
            QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            child<QAction>(&window, "actionAddHost")->trigger();
            QTRY_VERIFY(window.addHostDialog());
            AddHostDialog *dialog = window.addHostDialog();
            dialog->setAddress(QStringLiteral("root@lab-vm.example.org:2222"));
            QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
            QTRY_VERIFY(dialog->findChild<HostKeyDialog *>());
            QTest::mouseClick(child<QPushButton>(dialog->findChild<HostKeyDialog *>(), "trustButton"), Qt::LeftButton);

            QTRY_COMPARE(window.hostModel()->hostCount(), 1);
            QTRY_VERIFY(!window.addHostDialog());
            id = window.currentHostId();
            QVERIFY(!id.isNull());
            QCOMPARE(window.hostModel()->status(id), HostListModel::Status::Connected);
            QVERIFY(window.hostModel()->connection(id));
            QCOMPARE(currentPage(window), QStringLiteral("hostPage"));
            QCOMPARE(value(window, "titleLabel"), QStringLiteral("lab-vm.example.org"));
            QCOMPARE(value(window, "addressLabel"), QStringLiteral("root@lab-vm.example.org:2222"));
            QCOMPARE(value(window, "hostnameValue"), QStringLiteral("vm"));
            QCOMPARE(value(window, "osValue"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
            QCOMPARE(value(window, "kernelValue"), QStringLiteral("Linux 6.18.44-fc-v595 (x86_64)"));
            QVERIFY(value(window, "uptimeValue").startsWith(QStringLiteral("29 minutes")));
            QCOMPARE(value(window, "remoteUserValue"), QStringLiteral("root"));
            QTRY_COMPARE(value(window, "lastScanLabel"), QStringLiteral("Not scanned yet"));
            for (const char *action : {"actionRemoveHost", "actionConnect", "actionScan", "actionEditHost"})
                QVERIFY2(child<QAction>(&window, action)->isEnabled(), action);
            QVERIFY(!child<QAction>(&window, "actionExportReport")->isEnabled()); // nothing scanned yet

            // Saved at once, without the password or the one-time fingerprint.
            const auto saved = Inventory::Inventory::load(settings.inventoryPath);
            QVERIFY(saved);
            QCOMPARE(saved->hosts().size(), 1);
            QCOMPARE(saved->hosts().constFirst().id(), id);
            QCOMPARE(saved->hosts().constFirst().address(), QStringLiteral("root@lab-vm.example.org:2222"));
            QVERIFY(saved->hosts().constFirst().elevate());

            // Connect again over the host's own connection: facts are refreshed, the window never waits.
            child<QAction>(&window, "actionConnect")->trigger();
            QCOMPARE(window.hostModel()->status(id), HostListModel::Status::Connecting);
            QVERIFY(!child<QAction>(&window, "actionConnect")->isEnabled());
            QTRY_COMPARE(window.hostModel()->status(id), HostListModel::Status::Connected);
            QVERIFY(child<QAction>(&window, "actionConnect")->isEnabled());
        }

        // A restart finds the host again, not connected (connections are never saved), and selects it.
        MainWindow restarted(settings);
        QAbstractItemModelTester tester(restarted.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        restarted.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restarted));
        QCOMPARE(restarted.hostModel()->hostCount(), 1);
        QCOMPARE(restarted.currentHostId(), id);
        QCOMPARE(restarted.hostModel()->status(id), HostListModel::Status::Disconnected);
        QVERIFY(!restarted.hostModel()->connection(id));
        QCOMPARE(value(restarted, "titleLabel"), QStringLiteral("lab-vm.example.org"));
        QCOMPARE(value(restarted, "addressLabel"), QStringLiteral("root@lab-vm.example.org:2222"));

        // Connecting after the restart trusts the key again and reads the facts.
        child<QAction>(&restarted, "actionConnect")->trigger();
        QTRY_VERIFY(restarted.findChild<HostKeyDialog *>());
        QTest::mouseClick(child<QPushButton>(restarted.findChild<HostKeyDialog *>(), "trustButton"), Qt::LeftButton);
        QTRY_COMPARE(restarted.hostModel()->status(id), HostListModel::Status::Connected);
        QCOMPARE(value(restarted, "hostnameValue"), QStringLiteral("vm"));
    }

    void editsAndGroupsHosts()
    {
        QTemporaryDir dir;
        const MainWindow::Settings settings = GuiTest::settings(dir);
        const Host pacs = hostNamed(QStringLiteral("pacs-db-01"), QStringLiteral("bulwark@10.20.4.17"));
        const Host ris =
            hostNamed(QStringLiteral("ris-app-01"), QStringLiteral("bulwark@10.20.4.30"), QStringLiteral("Radiology"));
        const Host lab = hostNamed(QStringLiteral("lab-results-db"), QStringLiteral("ops@10.20.9.4"));
        {
            MainWindow window(settings);
            QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            window.resize(1280, 820);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.addHost(pacs, nullptr);
            window.addHost(ris, nullptr);
            window.addHost(lab, nullptr);
            HostListModel *model = window.hostModel();
            QCOMPARE(model->rowCount(), 3); // Radiology, then the two ungrouped hosts
            QVERIFY(model->isGroup(model->index(0, 0)));
            QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Radiology"));

            window.selectHost(pacs.id);
            child<QAction>(&window, "actionEditHost")->trigger();
            QTRY_VERIFY(window.editHostDialog() && window.editHostDialog()->isVisible());
            EditHostDialog *dialog = window.editHostDialog();
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("pacs-db-01"));
            QCOMPARE(child<QLineEdit>(dialog, "addressEdit")->text(), QStringLiteral("bulwark@10.20.4.17"));
            QVERIFY(child<QCheckBox>(dialog, "sudoCheck")->isChecked());
            auto *group = child<QComboBox>(dialog, "groupCombo");
            QVERIFY(group->findText(QStringLiteral("Radiology")) >= 0); // existing groups are offered
            group->setCurrentText(QStringLiteral("Radiology"));
            child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("PACS database"));
            GuiTest::screenshot(dialog, QStringLiteral("scan-edit-dialog"));
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            QTRY_VERIFY(!window.editHostDialog());

            // Moved under its group, still selected, renamed.
            QCOMPARE(model->rowCount(), 2);
            const QModelIndex radiology = model->index(0, 0);
            QCOMPARE(model->rowCount(radiology), 2);
            QCOMPARE(model->indexOf(pacs.id).parent(), radiology);
            QCOMPARE(window.currentHostId(), pacs.id);
            QCOMPARE(value(window, "titleLabel"), QStringLiteral("PACS database"));
            QVERIFY(child<QTreeView>(&window, "hostListView")->isExpanded(radiology));

            // An invalid address cannot be saved.
            child<QAction>(&window, "actionEditHost")->trigger();
            QTRY_VERIFY(window.editHostDialog());
            child<QLineEdit>(window.editHostDialog(), "addressEdit")->setText(QStringLiteral("pacs db"));
            QVERIFY(!child<QPushButton>(window.editHostDialog(), "saveButton")->isEnabled());
            QVERIFY(child<QLabel>(window.editHostDialog(), "addressErrorLabel")->isVisible());
            // Turning sudo off and changing the address drops the old connection.
            child<QLineEdit>(window.editHostDialog(), "addressEdit")->setText(QStringLiteral("bulwark@10.20.4.18"));
            child<QCheckBox>(window.editHostDialog(), "sudoCheck")->setChecked(false);
            QTest::mouseClick(child<QPushButton>(window.editHostDialog(), "saveButton"), Qt::LeftButton);
            QTRY_VERIFY(!window.editHostDialog());
            QCOMPARE(model->host(pacs.id).target.hostName, QStringLiteral("10.20.4.18"));
            QVERIFY(!model->host(pacs.id).elevate);

            Host pharmacy = hostNamed(QStringLiteral("pharmacy-stock"), QStringLiteral("ops@10.20.12.8"),
                                      QStringLiteral("Pharmacy"));
            window.addHost(pharmacy, nullptr);
            window.hostModel()->setStatus(ris.id, HostListModel::Status::Connected);
            window.selectHost(pacs.id);
            GuiTest::screenshot(&window, QStringLiteral("scan-host-edited"));
        }

        // All of it survives a restart.
        MainWindow restarted(settings);
        HostListModel *model = restarted.hostModel();
        QCOMPARE(model->hostCount(), 4);
        QCOMPARE(model->groups(), (QStringList{QStringLiteral("Pharmacy"), QStringLiteral("Radiology")}));
        QCOMPARE(model->host(pacs.id).name, QStringLiteral("PACS database"));
        QCOMPARE(model->host(pacs.id).group, QStringLiteral("Radiology"));
        QCOMPARE(model->host(pacs.id).address, QStringLiteral("bulwark@10.20.4.18"));
        QVERIFY(!model->host(pacs.id).elevate);
        QCOMPARE(model->indexOf(lab.id).parent(), QModelIndex());
    }

    void showsAHostThatFailedToConnect()
    {
        QTemporaryDir dir;
        MainWindow window(GuiTest::settings(dir));
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Host other = GuiTest::sampleHost();
        other.name = QStringLiteral("ehr-app-02");
        other.target = *Transport::SshTarget::parse(QStringLiteral("ops@10.20.7.31"));
        other.target.hostName = other.target.alias;
        other.facts.osPrettyName = QStringLiteral("Red Hat Enterprise Linux 9.3 (Plow)");
        other.facts.hostname = QStringLiteral("ehr-app-02.trust.nhs.uk");
        window.addHost(other, nullptr);
        window.hostModel()->setStatus(other.id, HostListModel::Status::Failed,
                                      Error(Error::Code::ConnectFailed,
                                            QStringLiteral("Could not connect to ops@10.20.7.31."),
                                            QStringLiteral("Timeout connecting to 10.20.7.31")));
        const Host host = GuiTest::sampleHost();
        window.addHost(host, nullptr);
        QCOMPARE(window.currentHostId(), host.id);
        window.hostModel()->setStatus(host.id, HostListModel::Status::Connected);

        QCOMPARE(currentPage(window), QStringLiteral("hostPage"));
        QCOMPARE(value(window, "titleLabel"), QStringLiteral("pacs-db-01"));
        QCOMPARE(value(window, "osValue"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(value(window, "hostnameValue"), QStringLiteral("pacs-db-01.radiology.trust.nhs.uk"));
        QCOMPARE(value(window, "kernelValue"), QStringLiteral("Linux 6.1.0-18-amd64 (x86_64)"));
        QVERIFY(value(window, "uptimeValue").startsWith(QStringLiteral("12 days, 4 hours (booted ")));
        QCOMPARE(value(window, "authMethodValue"), QStringLiteral("publickey (agent)"));
        QVERIFY(value(window, "hostKeyValue").startsWith(QStringLiteral("ED25519  SHA256:")));
        QCOMPARE(value(window, "statusLabel"), QStringLiteral("Connected"));
        QCOMPARE(value(window, "summaryLabel"), QStringLiteral("2 hosts, 1 connected"));
        QVERIFY(!child<QWidget>(&window, "hostErrorBanner")->isVisible());

        // The failed host shows why.
        window.selectHost(other.id);
        QCOMPARE(value(window, "titleLabel"), QStringLiteral("ehr-app-02"));
        QCOMPARE(value(window, "statusLabel"), QStringLiteral("Connection failed"));
        QVERIFY(child<QWidget>(&window, "hostErrorBanner")->isVisible());
        GuiTest::screenshot(&window, QStringLiteral("05-main-host-failed"));
    }

    void removeHostAsksAndForgetsItsScans()
    {
        QTemporaryDir dir;
        const MainWindow::Settings settings = GuiTest::settings(dir);
        MainWindow window(settings);
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Host first = hostNamed(QStringLiteral("first"), QStringLiteral("a@10.0.0.1"), QStringLiteral("Lab"));
        const Host second = hostNamed(QStringLiteral("second"), QStringLiteral("a@10.0.0.2"), QStringLiteral("Lab"));
        window.addHost(first, nullptr);
        window.addHost(second, nullptr);
        Scan::ScanRecord record;
        record.startedAt = QDateTime::currentDateTimeUtc();
        record.finishedAt = record.startedAt;
        QVERIFY(Scan::ScanHistory(settings.scanRoot).append(second.id, record));
        const QString scanDir = settings.scanRoot + u'/' + second.id.toString(QUuid::WithoutBraces);
        QVERIFY(QDir(scanDir).exists());
        QCOMPARE(window.currentHostId(), second.id);

        // Cancel keeps it.
        child<QAction>(&window, "actionRemoveHost")->trigger();
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("removeHostBox"));
        QVERIFY(box->text().contains(QStringLiteral("second")));
        QTest::mouseClick(child<QPushButton>(box, "cancelRemoveButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")));
        QCOMPARE(window.hostModel()->hostCount(), 2);

        // Remove: gone from the list, the file and the scan history; the neighbour is selected.
        child<QAction>(&window, "actionRemoveHost")->trigger();
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")));
        QTest::mouseClick(
            child<QPushButton>(window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")), "confirmRemoveButton"),
            Qt::LeftButton);
        QCOMPARE(window.hostModel()->hostCount(), 1);
        QCOMPARE(window.currentHostId(), first.id);
        QCOMPARE(currentPage(window), QStringLiteral("hostPage"));
        QTRY_VERIFY(!QDir(scanDir).exists());
        QCOMPARE(Inventory::Inventory::load(settings.inventoryPath)->hosts().size(), 1);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("removeHostBox"))); // deleted on close

        window.selectHost(first.id);
        child<QAction>(&window, "actionRemoveHost")->trigger();
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")));
        QTest::mouseClick(
            child<QPushButton>(window.findChild<QMessageBox *>(QStringLiteral("removeHostBox")), "confirmRemoveButton"),
            Qt::LeftButton);
        QCOMPARE(window.hostModel()->hostCount(), 0);
        QCOMPARE(window.hostModel()->rowCount(), 0); // the emptied group went too
        QCOMPARE(currentPage(window), QStringLiteral("emptyStatePage"));
        QVERIFY(!child<QAction>(&window, "actionRemoveHost")->isEnabled());
    }

    void damagedInventoryIsKept()
    {
        QTemporaryDir dir;
        const MainWindow::Settings settings = GuiTest::settings(dir);
        QFile file(settings.inventoryPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(child<QWidget>(&window, "inventoryBanner")->isVisible());
        window.addHost(GuiTest::sampleHost(), nullptr); // in memory only: the damaged file stays as it was
        QFile again(settings.inventoryPath);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{ not json"));
    }

    void selectingAGroupShowsWhatItHolds()
    {
        QTemporaryDir dir;
        MainWindow window(GuiTest::settings(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addHost(hostNamed(QStringLiteral("a"), QStringLiteral("a@10.0.0.1"), QStringLiteral("Lab")), nullptr);
        auto *view = child<QTreeView>(&window, "hostListView");
        view->setCurrentIndex(window.hostModel()->index(0, 0));
        QVERIFY(window.currentHostId().isNull());
        QCOMPARE(currentPage(window), QStringLiteral("selectHostPage"));
        QVERIFY(value(window, "selectHostPage").startsWith(QStringLiteral("Lab: 1 host.")));
        QVERIFY(!child<QAction>(&window, "actionScan")->isEnabled());
        view->clearSelection();
        QCOMPARE(currentPage(window), QStringLiteral("selectHostPage"));
        QVERIFY(!child<QAction>(&window, "actionConnect")->isEnabled());
    }

    void quitCloses()
    {
        QTemporaryDir dir;
        MainWindow window(GuiTest::settings(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, "actionQuit")->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
