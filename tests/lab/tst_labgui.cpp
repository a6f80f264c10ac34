// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"
#include "tests/lab/LabExpectations.h"
#include "ui/DashboardPage.h"
#include "ui/FindingsFilterModel.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"
#include "ui/HostListModel.h"
#include "ui/HostPage.h"
#include "ui/MainWindow.h"
#include "ui/ScanController.h"

#include <QAction>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;

// The console, offscreen, scans the real lab VM over SSH (one remote command through sudo) and its findings table
// lists the planted weaknesses as failed.
class TestLabGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanTheLabFromTheConsole()
    {
        const LabEnv env = LabEnv::load();
        QVERIFY2(env.isValid(), "lab.env missing: the lab fixture did not start the VM");
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
        const Transport::SshTarget lab = env.target(QStringLiteral("labadmin"), knownHosts);
        const QString fingerprint = env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));

        MainWindow::Settings settings;
        settings.inventoryPath = dir.filePath(QStringLiteral("hosts.json"));
        settings.scanRoot = dir.filePath(QStringLiteral("scans"));
        settings.sshConfig = Transport::SshConfig();
        // The real SshSession; only the lab's key, known_hosts file and (pinned) host key are filled in, as the
        // user would have done through the Add host dialog and the trust prompt.
        settings.sessionFactory = [lab, fingerprint](const Transport::SshTarget &target,
                                                     const Transport::SshCredentials &credentials) {
            Transport::SshTarget resolved = target;
            resolved.identityFiles = lab.identityFiles;
            resolved.knownHostsFile = lab.knownHostsFile;
            resolved.useAgent = false;
            resolved.connectTimeout = lab.connectTimeout;
            resolved.acceptFingerprint = fingerprint;
            return std::make_unique<Transport::SshSession>(resolved, credentials);
        };
        MainWindow window(settings);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Host host;
        host.name = QStringLiteral("lab");
        host.address = QStringLiteral("labadmin@127.0.0.1:%1").arg(env.sshPort());
        host.target = lab;
        window.addHost(host, nullptr);
        window.selectHost(host.id);

        auto *scan = window.findChild<QAction *>(QStringLiteral("actionScan"));
        QVERIFY(scan);
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 30000); // the catalog loads off the GUI thread
        scan->trigger();
        QVERIFY(window.scanController()->isScanning(host.id));
        QTRY_VERIFY_WITH_TIMEOUT(!window.scanController()->isScanning(host.id), 240000);

        bool isNumber = false;
        window.hostPage()->dashboard()->scoreText().toInt(&isNumber);
        QVERIFY2(isNumber, qPrintable(window.hostPage()->dashboard()->scoreText()));

        FindingsPage *findings = window.hostPage()->findings();
        QVERIFY(findings->proxy()->rowCount() > 0);
        for (const QString &rule : LabExpectations::plantedWeaknesses) {
            QVERIFY2(findings->selectRule(rule), qPrintable(rule));
            const QModelIndex index = findings->table()->currentIndex();
            QCOMPARE(index.siblingAtColumn(FindingsModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        }
        for (const QString &rule : LabExpectations::cleanParts)
            QVERIFY2(!findings->selectRule(rule), qPrintable(rule + QStringLiteral(" is listed as failed")));
    }
};

QTEST_MAIN(TestLabGui)
#include "tst_labgui.moc"
