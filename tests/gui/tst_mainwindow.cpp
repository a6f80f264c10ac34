// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "ui/AddHostDialog.h"
#include "ui/HostKeyDialog.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace Bulwark;
using namespace Bulwark::Ui;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *object = parent->findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qFatal("no child %s", name);
    return object;
}

QString currentPage(MainWindow &window)
{
    return child<QStackedWidget>(&window, "detailsStack")->currentWidget()->objectName();
}

QString value(MainWindow &window, const char *name)
{
    return child<QLabel>(&window, name)->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void opensEmpty()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.objectName(), QStringLiteral("MainWindow"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Bulwark"));
        QVERIFY(window.minimumWidth() >= 900 && window.minimumHeight() >= 600);
        auto *view = child<QTreeView>(&window, "hostListView");
        QCOMPARE(view->model(), window.hostModel());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->model()->columnCount(), 3);
        QCOMPARE(currentPage(window), QStringLiteral("emptyStatePage"));
        QVERIFY(child<QPushButton>(&window, "emptyAddHostButton")->isVisible());
        QVERIFY(child<QAction>(&window, "actionAddHost")->isEnabled());
        QVERIFY(!child<QAction>(&window, "actionRemoveHost")->isEnabled());
        QVERIFY(!child<QAction>(&window, "actionConnect")->isEnabled());
        QVERIFY(child<QAction>(&window, "actionQuit")->isEnabled());
        QCOMPARE(window.currentRow(), -1);
        GuiTest::screenshot(&window, QStringLiteral("01-main-empty"));
    }

    void addHostActionOpensDialog()
    {
        MainWindow window;
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

    void addsHostThroughTheDialog()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, "actionAddHost")->trigger();
        QTRY_VERIFY(window.addHostDialog());
        AddHostDialog *dialog = window.addHostDialog();
        FakeSession::Script script;
        script.unknownHostKey = true;
        script.probeOutput = GuiTest::debianProbeOutput();
        script.openDelay = std::chrono::milliseconds(100); // long enough to see "Connecting" below
        dialog->setSshConfig(Transport::SshConfig());
        dialog->setSessionFactory(FakeSession::factory(script));
        dialog->setAddress(QStringLiteral("root@lab-vm.example.org:2222"));
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<HostKeyDialog *>());
        QTest::mouseClick(child<QPushButton>(dialog->findChild<HostKeyDialog *>(), "trustButton"), Qt::LeftButton);

        QTRY_COMPARE(window.hostModel()->rowCount(), 1);
        QTRY_VERIFY(!window.addHostDialog());
        QCOMPARE(window.currentRow(), 0);
        QCOMPARE(window.hostModel()->status(0), HostListModel::Status::Connected);
        QVERIFY(window.hostModel()->connection(0));
        QCOMPARE(currentPage(window), QStringLiteral("hostFactsPage"));
        QCOMPARE(value(window, "titleLabel"), QStringLiteral("lab-vm.example.org"));
        QCOMPARE(value(window, "addressLabel"), QStringLiteral("root@lab-vm.example.org:2222"));
        QCOMPARE(value(window, "hostnameValue"), QStringLiteral("vm"));
        QCOMPARE(value(window, "osValue"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(value(window, "kernelValue"), QStringLiteral("Linux 6.18.44-fc-v595 (x86_64)"));
        QVERIFY(value(window, "uptimeValue").startsWith(QStringLiteral("29 minutes")));
        QCOMPARE(value(window, "remoteUserValue"), QStringLiteral("root"));
        QVERIFY(child<QAction>(&window, "actionRemoveHost")->isEnabled());
        QVERIFY(child<QAction>(&window, "actionConnect")->isEnabled());

        // Connect again over the host's own connection: facts are refreshed, the window never waits.
        child<QAction>(&window, "actionConnect")->trigger();
        QCOMPARE(window.hostModel()->status(0), HostListModel::Status::Connecting);
        QVERIFY(!child<QAction>(&window, "actionConnect")->isEnabled());
        QTRY_COMPARE(window.hostModel()->status(0), HostListModel::Status::Connected);
        QVERIFY(child<QAction>(&window, "actionConnect")->isEnabled());
    }

    void showsFactsOfAHost()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Host other = GuiTest::sampleHost();
        other.name = QStringLiteral("ehr-app-02");
        other.target = *Transport::SshTarget::parse(QStringLiteral("ops@10.20.7.31"));
        other.facts.osId = QStringLiteral("rhel");
        other.facts.osVersionId = QStringLiteral("9.3");
        other.facts.osPrettyName = QStringLiteral("Red Hat Enterprise Linux 9.3 (Plow)");
        other.facts.hostname = QStringLiteral("ehr-app-02.trust.nhs.uk");
        other.facts.kernelRelease = QStringLiteral("5.14.0-362.8.1.el9_3.x86_64");
        other.facts.uptimeSeconds = 41 * 86400 + 2 * 3600;
        other.facts.remoteUser = QStringLiteral("ops");
        other.authMethod = QStringLiteral("password");
        window.addHost(other, nullptr);
        window.hostModel()->setStatus(0, HostListModel::Status::Failed,
                                      Error(Error::Code::ConnectFailed,
                                            QStringLiteral("Could not connect to ops@10.20.7.31."),
                                            QStringLiteral("Timeout connecting to 10.20.7.31")));
        Host third = GuiTest::sampleHost();
        third.name = QStringLiteral("lab-results-db");
        third.target = *Transport::SshTarget::parse(QStringLiteral("bulwark@10.20.9.4"));
        window.addHost(third, nullptr);

        const Host host = GuiTest::sampleHost();
        window.addHost(host, nullptr);
        QCOMPARE(window.currentRow(), 2);
        window.hostModel()->setStatus(2, HostListModel::Status::Connected);
        window.hostModel()->setStatus(1, HostListModel::Status::Connected);

        QCOMPARE(currentPage(window), QStringLiteral("hostFactsPage"));
        QCOMPARE(value(window, "titleLabel"), QStringLiteral("pacs-db-01"));
        QCOMPARE(value(window, "osValue"), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(value(window, "hostnameValue"), QStringLiteral("pacs-db-01.radiology.trust.nhs.uk"));
        QCOMPARE(value(window, "kernelValue"), QStringLiteral("Linux 6.1.0-18-amd64 (x86_64)"));
        QVERIFY(value(window, "uptimeValue").startsWith(QStringLiteral("12 days, 4 hours (booted ")));
        QCOMPARE(value(window, "remoteUserValue"), QStringLiteral("bulwark"));
        QCOMPARE(value(window, "authMethodValue"), QStringLiteral("publickey (agent)"));
        QVERIFY(value(window, "hostKeyValue").startsWith(QStringLiteral("ED25519  SHA256:")));
        QCOMPARE(value(window, "hostKeyValue").section(u' ', -1), host.hostKey.fingerprint());
        QCOMPARE(value(window, "statusLabel"), QStringLiteral("Connected"));
        QCOMPARE(value(window, "summaryLabel"), QStringLiteral("3 hosts, 2 connected"));
        GuiTest::screenshot(&window, QStringLiteral("04-main-facts"));

        // The failed host shows why.
        child<QTreeView>(&window, "hostListView")->setCurrentIndex(window.hostModel()->index(0, 0));
        QCOMPARE(value(window, "titleLabel"), QStringLiteral("ehr-app-02"));
        QCOMPARE(value(window, "statusLabel"), QStringLiteral("Connection failed"));
        QVERIFY(child<QWidget>(&window, "hostErrorBanner")->isVisible());
        GuiTest::screenshot(&window, QStringLiteral("05-main-host-failed"));
    }

    void removeHost()
    {
        MainWindow window;
        QAbstractItemModelTester tester(window.hostModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addHost(GuiTest::sampleHost(), nullptr);
        Host second = GuiTest::sampleHost();
        second.name = QStringLiteral("second");
        window.addHost(second, nullptr);
        QCOMPARE(window.currentRow(), 1);
        child<QAction>(&window, "actionRemoveHost")->trigger();
        QCOMPARE(window.hostModel()->rowCount(), 1);
        QCOMPARE(window.currentRow(), 0); // the neighbour is selected
        QCOMPARE(currentPage(window), QStringLiteral("hostFactsPage"));
        child<QAction>(&window, "actionRemoveHost")->trigger();
        QCOMPARE(window.hostModel()->rowCount(), 0);
        QCOMPARE(currentPage(window), QStringLiteral("emptyStatePage"));
        QVERIFY(!child<QAction>(&window, "actionRemoveHost")->isEnabled());
    }

    void nothingSelected()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.addHost(GuiTest::sampleHost(), nullptr);
        child<QTreeView>(&window, "hostListView")->clearSelection();
        QCOMPARE(window.currentRow(), -1);
        QCOMPARE(currentPage(window), QStringLiteral("selectHostPage"));
        QVERIFY(!child<QAction>(&window, "actionConnect")->isEnabled());
    }

    void quitCloses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, "actionQuit")->trigger();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
