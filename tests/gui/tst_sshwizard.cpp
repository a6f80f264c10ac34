// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/plan/FileEdit.h"
#include "core/ssh/SshAccessReader.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/diff/PlanPreview.h"
#include "ui/ssh/SshWizard.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

const QByteArray MainConfig = "# Debian 12\n"
                              "Include /etc/ssh/sshd_config.d/*.conf\n"
                              "KbdInteractiveAuthentication no\n"
                              "UsePAM yes\n"
                              "X11Forwarding yes\n"
                              "Subsystem sftp /usr/lib/openssh/sftp-server\n"
                              "Match User backup\n"
                              "    PasswordAuthentication yes\n"
                              "Match User labadmin\n"
                              "    MaxAuthTries 3\n";

// sshd -T for labadmin on the lab VM, before any change.
const QList<QPair<QByteArray, QByteArray>> Effective = {
    {"port", "22"},
    {"permitrootlogin", "without-password"},
    {"pubkeyauthentication", "yes"},
    {"passwordauthentication", "yes"},
    {"kbdinteractiveauthentication", "no"},
    {"permitemptypasswords", "no"},
    {"maxauthtries", "6"},
    {"logingracetime", "120"},
    {"x11forwarding", "yes"},
    {"allowagentforwarding", "yes"},
    {"allowtcpforwarding", "yes"},
    {"clientaliveinterval", "0"},
    {"clientalivecountmax", "3"},
    {"banner", "none"},
    {"loglevel", "INFO"},
    {"hostbasedauthentication", "no"},
    {"ignorerhosts", "yes"},
    {"permituserenvironment", "no"},
    {"ciphers", "chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,"
                "aes256-gcm@openssh.com"},
    {"macs", "umac-64-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha1"},
    {"kexalgorithms", "sntrup761x25519-sha512@openssh.com,curve25519-sha256,diffie-hellman-group14-sha256,"
                      "diffie-hellman-group14-sha1"},
    {"subsystem", "sftp /usr/lib/openssh/sftp-server"},
};

QByteArray section(const QByteArray &b, const QByteArray &title, const QByteArray &content)
{
    return b + ' ' + title + '\n' + content + '\n' + b + " .\n";
}

// sshd -T with `options` ("Keyword=value") on the command line: the first value wins, AllowUsers adds up; for
// labadmin (`forLogin`) the Match block's MaxAuthTries 3 wins over everything.
QByteArray sshdT(const QByteArrayList &options, bool forLogin = true)
{
    QList<QPair<QByteArray, QByteArray>> values = Effective;
    QByteArray extra;
    for (const QByteArray &option : options) {
        const qsizetype eq = option.indexOf('=');
        const QByteArray key = option.left(eq).toLower();
        const QByteArray value = option.mid(eq + 1);
        if (key == "allowusers" || key == "allowgroups") {
            for (const QByteArray &name : value.split(' '))
                extra += key + ' ' + name + '\n';
            continue;
        }
        bool replaced = false;
        for (auto &pair : values) {
            if (pair.first == key) {
                pair.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            values.append({key, value});
    }
    QByteArray out;
    for (const auto &[key, value] : std::as_const(values))
        out += key + ' ' + (forLogin && key == "maxauthtries" ? QByteArray("3") : value) + '\n';
    return out + extra;
}

std::optional<Transport::CommandResult> answerSsh(const Transport::RemoteCommand &command)
{
    if (command.argv.size() < 5 || command.argv.at(0) != "sh")
        return std::nullopt;
    const QByteArray b = command.argv.at(4);
    Transport::CommandResult result;
    result.exitStatus = 0;
    if (command.argv.at(2) == Ssh::SshAccessReader::loginArgv(b).at(2)) {
        result.stdOut = section(b, "conn", "10.0.2.2 50123 10.0.2.15 22") + section(b, "user", "labadmin\n") +
                        section(b, "groups", "labadmin sudo\n") + b + " end\n";
        return result;
    }
    if (command.argv.at(2) == Ssh::SshAccessReader::stateArgv(b, {}).at(2)) {
        result.stdOut = section(b, "effective 0", sshdT({})) + section(b, "global 0", sshdT({}, false)) +
                        section(b, "defaults 0", sshdT({}, false)) +
                        section(b, "version", "OpenSSH_9.2p1 Debian-2+deb12u3, OpenSSL 3.0.15 3 Sep 2024\n") +
                        section(b, "cipher",
                                "aes128-cbc\naes128-ctr\naes192-ctr\naes256-ctr\naes128-gcm@openssh.com\n"
                                "aes256-gcm@openssh.com\nchacha20-poly1305@openssh.com\n") +
                        section(b, "mac",
                                "hmac-sha1\nhmac-sha2-256\nhmac-sha2-512\nhmac-sha2-256-etm@openssh.com\n"
                                "hmac-sha2-512-etm@openssh.com\numac-128-etm@openssh.com\n") +
                        section(b, "kex",
                                "diffie-hellman-group14-sha256\ndiffie-hellman-group16-sha512\n"
                                "diffie-hellman-group18-sha512\ndiffie-hellman-group-exchange-sha256\n"
                                "curve25519-sha256\ncurve25519-sha256@libssh.org\n"
                                "sntrup761x25519-sha512@openssh.com\n") +
                        section(b, "unit", "Id=ssh.service\nLoadState=loaded\n") +
                        section(b, "file 644 0 0 /etc/ssh/sshd_config", MainConfig) + b + " end\n";
        return result;
    }
    if (command.argv.at(2) == Ssh::SshAccessReader::evaluateArgv(b, {}, {}, {}).at(2)) {
        QByteArrayList options;
        for (qsizetype i = 7; i + 1 < command.argv.size(); i += 2)
            options << command.argv.at(i + 1);
        const QByteArray banner = command.argv.at(6);
        result.stdOut = (banner.isEmpty() ? QByteArray() : section(b, "banner", "yes")) +
                        section(b, "effective 0", sshdT(options)) + b + " end\n";
        return result;
    }
    return std::nullopt;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    SshWizard *wizard = nullptr;

    explicit Fixture(const QString &authMethod = QStringLiteral("publickey (agent)"))
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        script.respond = answerSsh;
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        host.authMethod = authMethod;
        window->addHost(host, nullptr);
        wizard = new SshWizard(window.get(), host.id, window.get());
        wizard->resize(1100, 780);
        wizard->show();
    }
    // Reads the host through the wizard's own loader (the host's worker and the FakeSession).
    bool load()
    {
        wizard->reload();
        return QTest::qWaitFor([this] { return wizard->hasState(); }, 10000);
    }
    FakeSession::Control &control() { return *script.control; }
};

} // namespace

class TestSshWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void showsTheCurrentValues()
    {
        Fixture f;
        QCOMPARE(f.wizard->objectName(), QStringLiteral("sshWizard"));
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        QVERIFY(f.load());
        // The Match block for backup does not apply to labadmin; the one for labadmin does.
        auto *password = child<QLabel>(f.wizard, "nowPasswordAuthentication");
        QCOMPARE(password->text(), QStringLiteral("yes"));
        QVERIFY(password->toolTip().contains(QStringLiteral("some other connections")));
        auto *tries = child<QLabel>(f.wizard, "nowMaxAuthTries");
        QCOMPARE(tries->text(), QStringLiteral("3 (Match)"));
        QVERIFY2(tries->toolTip().contains(QStringLiteral("everyone else gets 6")), qPrintable(tries->toolTip()));
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("labadmin")));
        // Nothing chosen yet: nothing to preview.
        QVERIFY(!child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        // Reading ran without sudo for the login and with it for sshd -T; nothing else.
        const QList<QByteArrayList> log = f.control().commandLog();
        QVERIFY(!log.isEmpty());
        QCOMPARE(child<QLabel>(f.wizard, "nowPermitRootLogin")->text(), QStringLiteral("prohibit-password"));
        GuiTest::screenshot(f.wizard, QStringLiteral("ssh-wizard-choose"));
        auto *scroll = child<QScrollArea>(f.wizard, "settingsScroll");
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(!child<QCheckBox>(f.wizard, "replaceLegacyCheck")->isEnabled()); // no scan yet
        QCOMPARE(child<QLabel>(f.wizard, "nowCrypto")->text(), QStringLiteral("weak: diffie-hellman-group14-sha1"));
        GuiTest::screenshot(f.wizard, QStringLiteral("ssh-wizard-choose-end"));
    }

    void presetAndRecommended()
    {
        Fixture f;
        f.wizard->presetRule(QStringLiteral("BW-LNX-ACS-003"));
        f.wizard->presetRule(QStringLiteral("BW-LNX-ACS-012"));
        QVERIFY(f.load());
        QCOMPARE(f.wizard->value(QStringLiteral("PasswordAuthentication")), QStringLiteral("no"));
        QCOMPARE(f.wizard->crypto(), Plan::SshChoice::Crypto::Modern);
        QVERIFY(f.wizard->value(QStringLiteral("PermitRootLogin")).isEmpty()); // only what the rules need
        QVERIFY(child<QPushButton>(f.wizard, "previewButton")->isEnabled());
        child<QPushButton>(f.wizard, "applyRecommendedButton")->click();
        QCOMPARE(f.wizard->value(QStringLiteral("PermitRootLogin")), QStringLiteral("no"));
        QCOMPARE(f.wizard->value(QStringLiteral("MaxAuthTries")), QStringLiteral("4"));
        QCOMPARE(child<QSpinBox>(f.wizard, "settingLoginGraceTime")->value(), 60);
        QVERIFY(f.wizard->value(QStringLiteral("AllowUsers")).isEmpty()); // no recommendation for whom
        const Plan::SshChoice choice = f.wizard->choice();
        QCOMPARE(choice.settings.value(QStringLiteral("Banner")), QStringLiteral("/etc/issue.net"));
        QCOMPARE(choice.crypto, Plan::SshChoice::Crypto::Modern);
    }

    void previewShowsTheDropInAndTheVerdict()
    {
        Fixture f;
        QVERIFY(f.load());
        f.wizard->setValue(QStringLiteral("PasswordAuthentication"), QStringLiteral("no"));
        f.wizard->setValue(QStringLiteral("MaxAuthTries"), QStringLiteral("4"));
        f.wizard->setCrypto(Plan::SshChoice::Crypto::Modern);
        QSignalSpy previewed(f.wizard, &SshWizard::previewUpdated);
        child<QPushButton>(f.wizard, "previewButton")->click();
        QCOMPARE(f.wizard->currentPage(), SshWizard::PreviewPage);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady() || previewed.count() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.wizard->panel()->isPreviewReady(), 10000);
        const Plan::ChangePlan plan = f.wizard->panel()->preparedPlan();
        QCOMPARE(plan.changes().size(), 1);
        const Plan::FileEdit *edit = plan.changes().first().fileEdit();
        QVERIFY(edit);
        QCOMPARE(edit->path(), QStringLiteral("/etc/ssh/sshd_config.d/00-bulwark.conf"));
        QVERIFY(edit->accessAffecting());
        QVERIFY(edit->after().contains("PasswordAuthentication no\nKbdInteractiveAuthentication no\nMaxAuthTries 4\n"));
        QVERIFY(edit->after().contains("Ciphers chacha20-poly1305@openssh.com,"));
        // The Match block for backup still allows passwords, and labadmin's keeps MaxAuthTries 3: the plan says so.
        QVERIFY(plan.warnings().join(u'\n').contains(QStringLiteral("Match User backup")));
        QVERIFY(plan.warnings().join(u'\n').contains(QStringLiteral("Match User labadmin")));
        auto *verdict = child<QLabel>(f.wizard, "preflightVerdict");
        QVERIFY(verdict->isVisible());
        QVERIFY2(verdict->text().contains(QStringLiteral(
                     "You log in as labadmin with a key from 10.0.2.2: still allowed after this change.")),
                 qPrintable(verdict->text()));
        QCOMPARE(f.wizard->verdict(),
                 QStringLiteral("You log in as labadmin with a key from 10.0.2.2: still allowed after this change."));
        QVERIFY(child<PlanPreview>(f.wizard, "planPreview")->isVisible());
        QVERIFY(child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        // The pre-flight ran sshd -T with the new values as -o options, each its own argument.
        bool evaluated = false;
        for (const QByteArrayList &argv : f.control().commandLog())
            evaluated = evaluated || (argv.contains("-o") && argv.contains("PasswordAuthentication=no"));
        QVERIFY(evaluated);
        GuiTest::screenshot(f.wizard, QStringLiteral("ssh-wizard-preview"));
        // Back to choose, the choice is still there.
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), SshWizard::ChoosePage);
        QCOMPARE(f.wizard->value(QStringLiteral("MaxAuthTries")), QStringLiteral("4"));
    }

    void lockoutIsRefusedInWords()
    {
        Fixture f;
        QVERIFY(f.load());
        child<QLineEdit>(f.wizard, "settingAllowUsers")->setText(QStringLiteral("backup"));
        child<QPushButton>(f.wizard, "previewButton")->click();
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().contains(QStringLiteral("would lock you out")), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(QStringLiteral("labadmin would not be in AllowUsers")));
        QVERIFY(!f.wizard->panel()->isPreviewReady());
        QVERIFY(!child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        QVERIFY(!child<PlanPreview>(f.wizard, "planPreview")->isVisible());
        QVERIFY(!child<QLabel>(f.wizard, "preflightVerdict")->isVisible());
        GuiTest::screenshot(f.wizard, QStringLiteral("ssh-wizard-refused"));
    }

    void passwordLoginCannotSwitchPasswordsOff()
    {
        Fixture f(QStringLiteral("password"));
        QVERIFY(f.load());
        f.wizard->setValue(QStringLiteral("PasswordAuthentication"), QStringLiteral("no"));
        child<QPushButton>(f.wizard, "previewButton")->click();
        auto *banner = child<ErrorBanner>(f.wizard, "previewBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().contains(QStringLiteral("with a password from 10.0.2.2")),
                 qPrintable(banner->message()));
        QVERIFY(!child<QPushButton>(f.wizard, "applyButton")->isEnabled());
    }
};

QTEST_MAIN(TestSshWizard)
#include "tst_sshwizard.moc"
