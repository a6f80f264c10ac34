// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "ui/AddHostDialog.h"
#include "ui/ErrorBanner.h"
#include "ui/HostKeyDialog.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Bulwark;
using namespace Bulwark::Ui;
using Transport::SshConfig;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// An ssh_config of our own, so the user's ~/.ssh/config cannot change what the tests dial.
SshConfig testConfig()
{
    return SshConfig::parse("Host pacs\n"
                            "    HostName 10.20.4.17\n"
                            "    User bulwark\n"
                            "    Port 2222\n");
}

struct Fixture
{
    AddHostDialog dialog;
    Fixture()
    {
        dialog.setSshConfig(testConfig());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }
    QPushButton *connect() { return child<QPushButton>(&dialog, "connectButton"); }
    QPushButton *cancel() { return child<QPushButton>(&dialog, "cancelButton"); }
    QLabel *addressError() { return child<QLabel>(&dialog, "addressErrorLabel"); }
    QLabel *resolved() { return child<QLabel>(&dialog, "resolvedLabel"); }
    ErrorBanner *banner() { return child<ErrorBanner>(&dialog, "errorBanner"); }
    HostKeyDialog *keyDialog() { return dialog.findChild<HostKeyDialog *>(QStringLiteral("HostKeyDialog")); }
};

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot find a free port");
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestAddHostDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void startsEmptyAndDisabled()
    {
        Fixture f;
        QCOMPARE(f.dialog.objectName(), QStringLiteral("AddHostDialog"));
        QVERIFY(!f.connect()->isEnabled());
        QVERIFY(!f.addressError()->isVisible()); // an empty field is not an error yet
        QVERIFY(!f.banner()->isVisible());
        QCOMPARE(child<QLineEdit>(&f.dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(child<QCheckBox>(&f.dialog, "sudoSameCheck")->isChecked());
        QVERIFY(!child<QWidget>(&f.dialog, "progressRow")->isVisible());
    }

    void invalidAddressShowsInlineError_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("shell") << QStringLiteral("db1;rm -rf /");
        QTest::newRow("option injection") << QStringLiteral("-oProxyCommand=x");
        QTest::newRow("port range") << QStringLiteral("admin@db1:70000");
        QTest::newRow("space") << QStringLiteral("db 1");
    }
    void invalidAddressShowsInlineError()
    {
        QFETCH(QString, address);
        Fixture f;
        QTest::keyClicks(child<QLineEdit>(&f.dialog, "addressEdit"), address);
        QVERIFY(f.addressError()->isVisible());
        QVERIFY(!f.addressError()->text().isEmpty());
        QVERIFY(!f.connect()->isEnabled());
        QVERIFY(!f.dialog.resolvedTarget().ok());
        if (QTest::currentDataTag() == QByteArrayLiteral("shell"))
            GuiTest::screenshot(&f.dialog, QStringLiteral("02b-add-host-invalid"));
        // Fixing it clears the error.
        child<QLineEdit>(&f.dialog, "addressEdit")->setText(QStringLiteral("db1"));
        QVERIFY(!f.addressError()->isVisible());
        QVERIFY(f.connect()->isEnabled());
    }

    void invalidUser()
    {
        Fixture f;
        f.dialog.setAddress(QStringLiteral("db1"));
        child<QLineEdit>(&f.dialog, "userEdit")->setText(QStringLiteral("a b"));
        QVERIFY(f.addressError()->isVisible());
        QVERIFY(!f.connect()->isEnabled());
    }

    void resolvesLive()
    {
        Fixture f;
        f.dialog.setAddress(QStringLiteral("pacs"));
        QVERIFY(f.connect()->isEnabled());
        QVERIFY(f.resolved()->isVisible());
        QVERIFY2(f.resolved()->text().contains(QStringLiteral("bulwark@10.20.4.17")), qPrintable(f.resolved()->text()));
        QVERIFY(f.resolved()->text().contains(QStringLiteral("2222")));
        QVERIFY(f.resolved()->text().contains(QStringLiteral("pacs")));
        auto target = f.dialog.resolvedTarget();
        QVERIFY(target.ok());
        QCOMPARE(target->hostName, QStringLiteral("10.20.4.17"));
        QCOMPARE(target->effectivePort(), quint16(2222));

        // The form's fields win over the address and ssh_config.
        child<QLineEdit>(&f.dialog, "userEdit")->setText(QStringLiteral("ops"));
        child<QSpinBox>(&f.dialog, "portSpin")->setValue(22);
        child<QLineEdit>(&f.dialog, "identityEdit")->setText(QStringLiteral("~/.ssh/id_pacs"));
        target = f.dialog.resolvedTarget();
        QCOMPARE(target->user, QStringLiteral("ops"));
        QCOMPARE(target->effectivePort(), quint16(22));
        QVERIFY(target->identityFiles.value(0).endsWith(QStringLiteral("/.ssh/id_pacs")));
        QVERIFY(!target->identityFiles.value(0).startsWith(u'~'));
        QVERIFY(f.resolved()->text().contains(QStringLiteral("ops@10.20.4.17")));

        f.dialog.setAddress(QStringLiteral("admin@[fe80::1]:2200"));
        child<QSpinBox>(&f.dialog, "portSpin")->setValue(0);
        child<QLineEdit>(&f.dialog, "userEdit")->clear();
        child<QLineEdit>(&f.dialog, "identityEdit")->clear();
        QVERIFY(f.resolved()->text().contains(QStringLiteral("admin@fe80::1")));
        QVERIFY(f.resolved()->text().contains(QStringLiteral("2200")));
    }

    void screenshotFilled()
    {
        Fixture f;
        f.dialog.setAddress(QStringLiteral("pacs"));
        child<QLineEdit>(&f.dialog, "identityEdit")->setText(QStringLiteral("~/.ssh/id_ed25519_bulwark"));
        child<QLineEdit>(&f.dialog, "passwordEdit")->setText(QStringLiteral("not-a-real-password"));
        GuiTest::screenshot(&f.dialog, QStringLiteral("02-add-host-dialog"));
    }

    // A real SshSession against a closed port: the error arrives through the event loop while the dialog stays
    // usable, and nothing waits on the GUI thread.
    void connectFailedOnClosedPort()
    {
        Fixture f;
        f.dialog.setAddress(QStringLiteral("nobody@127.0.0.1:%1").arg(closedPort()));
        QSignalSpy connecting(&f.dialog, &AddHostDialog::connectingChanged);
        // What the user could do while the attempt ran (the refusal may come back within microseconds, so look at
        // the moment the dialog says it is connecting).
        bool cancelEnabled = false, connectEnabled = true, busyShown = false, addressEnabled = true;
        connect(&f.dialog, &AddHostDialog::connectingChanged, this, [&](bool on) {
            if (!on)
                return;
            cancelEnabled = f.cancel()->isEnabled();
            connectEnabled = f.connect()->isEnabled();
            busyShown = child<QProgressBar>(&f.dialog, "busyIndicator")->isVisibleTo(&f.dialog);
            addressEnabled = child<QLineEdit>(&f.dialog, "addressEdit")->isEnabled();
        });
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(f.connect(), Qt::LeftButton);
        QVERIFY(clock.elapsed() < 1000); // the click returned at once
        QVERIFY(!connecting.isEmpty());
        QCOMPARE(connecting.first().first().toBool(), true);
        QVERIFY(cancelEnabled);
        QVERIFY(!connectEnabled);
        QVERIFY(busyShown);
        QVERIFY(!addressEnabled);

        QTRY_VERIFY_WITH_TIMEOUT(f.banner()->isVisible(), 30000);
        QCOMPARE(f.banner()->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(f.banner()->message().contains(QStringLiteral("Could not connect")),
                 qPrintable(f.banner()->message()));
        QVERIFY(!f.dialog.isConnecting());
        QVERIFY(f.connect()->isEnabled());
        QVERIFY(child<QLineEdit>(&f.dialog, "addressEdit")->isEnabled());
        QCOMPARE(connecting.count(), 2);
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected)); // still open, not accepted
        QVERIFY(f.dialog.isVisible());
    }

    void cancelWhileConnecting()
    {
        Fixture f;
        FakeSession::Script script;
        script.openDelay = std::chrono::seconds(60);
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("pacs"));
        QTest::mouseClick(f.connect(), Qt::LeftButton);
        QVERIFY(f.dialog.isConnecting());
        QVERIFY(f.cancel()->isEnabled());
        QVERIFY(!f.connect()->isEnabled());
        QVERIFY(child<QProgressBar>(&f.dialog, "busyIndicator")->isVisible());
        GuiTest::screenshot(&f.dialog, QStringLiteral("02c-add-host-connecting"));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(f.cancel(), Qt::LeftButton);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!f.dialog.isConnecting());
        QVERIFY(f.dialog.isVisible()); // Cancel during an attempt stops it and keeps the form
        QVERIFY(f.connect()->isEnabled());
        QVERIFY(!f.banner()->isVisible());
        // The abandoned attempt's "Canceled" result must not surface.
        QTest::qWait(200);
        QVERIFY(!f.banner()->isVisible());
        // A second Cancel closes the dialog.
        QTest::mouseClick(f.cancel(), Qt::LeftButton);
        QVERIFY(!f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
    }

    void unknownHostKeyAsksThenConnects()
    {
        Fixture f;
        FakeSession::Script script;
        script.unknownHostKey = true;
        script.probeOutput = GuiTest::debianProbeOutput();
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("root@10.20.4.17"));
        QSignalSpy accepted(&f.dialog, &QDialog::accepted);
        QTest::mouseClick(f.connect(), Qt::LeftButton);

        QTRY_VERIFY(f.keyDialog() && f.keyDialog()->isVisible());
        HostKeyDialog *keyDialog = f.keyDialog();
        QCOMPARE(keyDialog->fingerprint(), FakeSession::Fingerprint);
        QCOMPARE(child<QLabel>(keyDialog, "fingerprintLabel")->text(), FakeSession::Fingerprint);
        QCOMPARE(keyDialog->host(), QStringLiteral("root@10.20.4.17"));
        QVERIFY(accepted.isEmpty());
        QTest::mouseClick(child<QPushButton>(keyDialog, "trustButton"), Qt::LeftButton);

        QTRY_COMPARE(accepted.count(), 1);
        const Host host = f.dialog.host();
        QCOMPARE(host.facts.hostname, QStringLiteral("vm"));
        QCOMPARE(host.facts.osPrettyName, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(host.facts.remoteUser, QStringLiteral("root"));
        QVERIFY(host.hasFacts());
        QVERIFY(host.target.acceptFingerprint.isEmpty()); // no standing exception is kept
        QCOMPARE(host.name, QStringLiteral("vm"));        // a bare IP address is named after the host
        QVERIFY(f.dialog.takeConnection());
    }

    void unknownHostKeyNotTrusted()
    {
        Fixture f;
        FakeSession::Script script;
        script.unknownHostKey = true;
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("pacs"));
        QTest::mouseClick(f.connect(), Qt::LeftButton);
        QTRY_VERIFY(f.keyDialog() && f.keyDialog()->isVisible());
        QTest::mouseClick(child<QPushButton>(f.keyDialog(), "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY(f.banner()->isVisible());
        QCOMPARE(f.banner()->severity(), ErrorBanner::Severity::Information);
        QVERIFY(!f.dialog.isConnecting());
        QVERIFY(f.dialog.isVisible());
        QVERIFY(f.connect()->isEnabled());
    }

    void changedHostKeyCannotBeOverridden_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("changed") << int(Error::Code::HostKeyChanged);
        QTest::newRow("revoked") << int(Error::Code::HostKeyRevoked);
    }
    void changedHostKeyCannotBeOverridden()
    {
        QFETCH(int, code);
        Fixture f;
        FakeSession::Script script;
        script.openError = Error(Error::Code(code),
                                 QStringLiteral("The host key of bulwark@10.20.4.17:2222 has CHANGED. Someone may be "
                                                "intercepting the connection, or the server was reinstalled. Bulwark "
                                                "refuses to connect. If you know why the key changed, remove the old "
                                                "key from /home/ops/.ssh/known_hosts (line 12) and connect again."),
                                 QStringLiteral("presented ssh-ed25519 SHA256:AAAA; known ssh-ed25519 SHA256:BBBB"));
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("pacs"));
        QTest::mouseClick(f.connect(), Qt::LeftButton);
        QTRY_VERIFY(f.banner()->isVisible());
        QCOMPARE(f.banner()->severity(), ErrorBanner::Severity::Critical);
        QVERIFY(!f.keyDialog());                                     // nothing offers to trust it
        QVERIFY(f.dialog.findChildren<QPushButton *>().size() == 3); // Browse, Connect, Cancel: no override button
        if (code == int(Error::Code::HostKeyChanged))
            GuiTest::screenshot(&f.dialog, QStringLiteral("02e-add-host-key-changed"));
    }

    void authFailedShowsDetailsOnDemand()
    {
        Fixture f;
        FakeSession::Script script;
        script.openError =
            Error(Error::Code::AuthFailed,
                  QStringLiteral("bulwark@10.20.4.17:2222 refused the login. Check the user name, the "
                                 "password or the key."),
                  QStringLiteral("tried: ssh-agent, key id_ed25519, password; server accepts: publickey, "
                                 "password"));
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("pacs"));
        child<QLineEdit>(&f.dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(f.connect(), Qt::LeftButton);
        QTRY_VERIFY(f.banner()->isVisible());
        QCOMPARE(f.banner()->severity(), ErrorBanner::Severity::Warning);
        QVERIFY(f.banner()->message().contains(QStringLiteral("refused the login")));
        auto *details = child<QToolButton>(f.banner(), "errorDetailsButton");
        QVERIFY(details->isVisible());
        QVERIFY(!f.banner()->isDetailVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(f.banner()->isDetailVisible());
        QVERIFY(child<QLabel>(f.banner(), "errorDetailLabel")->text().contains(QStringLiteral("server accepts")));
        GuiTest::screenshot(&f.dialog, QStringLiteral("02d-add-host-auth-failed"));
        // The password is still there for a retry, and the form is usable.
        QCOMPARE(child<QLineEdit>(&f.dialog, "passwordEdit")->text(), QStringLiteral("wrong"));
        QVERIFY(f.connect()->isEnabled());
    }

    // A dialog that goes away mid-attempt never receives the result, and does not wait for the worker.
    void closingMidAttemptDropsTheResult()
    {
        auto *dialog = new AddHostDialog;
        dialog->setSshConfig(testConfig());
        FakeSession::Script script;
        script.openDelay = std::chrono::milliseconds(300);
        script.probeOutput = GuiTest::debianProbeOutput();
        dialog->setSessionFactory(FakeSession::factory(script));
        dialog->setAddress(QStringLiteral("pacs"));
        dialog->show();
        dialog->startConnect();
        QVERIFY(dialog->isConnecting());
        QElapsedTimer clock;
        clock.start();
        delete dialog;
        QVERIFY(clock.elapsed() < 200);
        QTest::qWait(600); // the attempt finishes on the worker; its continuation must find nobody
    }

    void escapeCancelsAndCloses()
    {
        Fixture f;
        FakeSession::Script script;
        script.openDelay = std::chrono::seconds(60);
        f.dialog.setSessionFactory(FakeSession::factory(script));
        f.dialog.setAddress(QStringLiteral("pacs"));
        f.dialog.startConnect();
        QVERIFY(f.dialog.isConnecting());
        QTest::keyClick(&f.dialog, Qt::Key_Escape);
        QVERIFY(!f.dialog.isConnecting());
        QVERIFY(!f.dialog.isVisible());
    }
};

QTEST_MAIN(TestAddHostDialog)
#include "tst_addhostdialog.moc"
