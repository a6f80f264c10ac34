// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/apply/Applier.h"
#include "core/luks/BlockDevices.h"
#include "core/luks/LuksHeaderBackup.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/diff/DiffView.h"
#include "ui/diff/PlanPreview.h"
#include "ui/luks/LuksDevicesModel.h"
#include "ui/luks/LuksWizard.h"
#include "ui/sudoers/PlanApplyPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace Bulwark;
using namespace Bulwark::Ui;
using GuiTest::child;

namespace {

QByteArray data(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/luks/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

// BlockDevices::read's one command answered as the recorded server of tests/unit/tst_blockdevices.cpp: a root disk
// (sda: EFI, / and swap mounted, sda4 an empty partition), sdb ext4 that only blkid -p sees, sdc ext4 "archive" in
// fstab, sdd with sdd1 mounted at /srv/old, sde LUKS2 open as "vault", sdf LUKS1, sdg too small, sdh read-only, sr0.
// Set: /dev/sdd1 has been unmounted and taken out of fstab on the host since the first read.
std::atomic_bool sdd1Unmounted{false};

std::optional<Transport::CommandResult> blockDevicesAnswer(const Transport::RemoteCommand &command)
{
    if (command.argv.size() != 5 || command.argv.at(0) != "sh" || command.argv.at(2) != Luks::BlockDevices::script())
        return std::nullopt;
    const QByteArray b = command.argv.at(4);
    const auto mark = [&b](const QByteArray &rest) -> QByteArray {
        return b + ' ' + rest + '\n';
    };
    QByteArray lsblk = data(QStringLiteral("lsblk-server.json"));
    QByteArray fstab = data(QStringLiteral("fstab-server"));
    if (sdd1Unmounted) {
        lsblk.replace("\"/srv/old\"", "null");
        fstab.replace("PARTUUID=d1d1d1d1-01 /srv/old xfs defaults 0 0\n", "");
    }
    QByteArray out = mark("lsblk") + lsblk + mark("lsblk-ok");
    out += mark("fstab") + fstab + '\n' + mark("fstab-ok");
    out += mark("crypttab") + data(QStringLiteral("crypttab-server")) + '\n' + mark("crypttab-ok");
    for (const char *device : {"/dev/sda", "/dev/sda1", "/dev/sda2", "/dev/sda3", "/dev/sda4", "/dev/sdb"})
        out += mark(QByteArray("blkid ") + device);
    out += "TYPE=ext4\nUSAGE=filesystem\n";
    out += mark("blkid /dev/sdc") + "LABEL=archive\nTYPE=ext4\n";
    out += mark("blkid /dev/sdd") + "PTUUID=d1d1d1d1\nPTTYPE=dos\n";
    out += mark("blkid /dev/sde") + "UUID=c0ffee00-1111-4222-8333-444455556666\nVERSION=2\nTYPE=crypto_LUKS\n";
    out += mark("luks /dev/sde") + data(QStringLiteral("luksdump-luks2.txt"));
    out += mark("blkid /dev/sdf") + "TYPE=crypto_LUKS\n";
    out += mark("luks /dev/sdf") + data(QStringLiteral("luksdump-luks1.txt"));
    out += mark("end");
    Transport::CommandResult result;
    result.exitStatus = 0;
    result.stdOut = out;
    return result;
}

struct Fixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();
    LuksWizard *wizard = nullptr;

    Fixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        script.respond = blockDevicesAnswer;
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 860);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        window->addHost(host, nullptr);
    }

    // Opens the wizard as the console does: open(), then reload() reads the host.
    void open()
    {
        wizard = new LuksWizard(window.get(), host.id, window.get());
        wizard->setHeaderRoot(dir.filePath(QStringLiteral("luks-headers")));
        wizard->show();
        wizard->reload();
        if (!QTest::qWaitFor([this] { return wizard->hasSnapshot(); }, 10000))
            qFatal("the disks were not read: %s", qPrintable(child<ErrorBanner>(wizard, "chooseBanner")->message()));
    }

    QPushButton *previewButton() const { return child<QPushButton>(wizard, "previewButton"); }
    FakeSession::Control &control() { return *script.control; }
};

QStringList labelTexts(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

class TestLuksWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    void listsDevices()
    {
        Fixture f;
        f.open();
        QCOMPARE(f.wizard->objectName(), QStringLiteral("luksWizard"));
        LuksDevicesModel *model = f.wizard->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList paths;
        for (int row = 0; row < model->rowCount(); ++row)
            paths.append(model->device(row).path);
        QVERIFY2(paths.contains(QStringLiteral("/dev/sda4")) && paths.contains(QStringLiteral("/dev/sdd1")) &&
                     paths.contains(QStringLiteral("/dev/mapper/vault")),
                 qPrintable(paths.join(u' ')));
        QVERIFY(paths.indexOf(QStringLiteral("/dev/sda")) < paths.indexOf(QStringLiteral("/dev/sda4")));

        const auto text = [model](const QString &path, int column) {
            return model->data(model->index(model->row(path), column)).toString();
        };
        QCOMPARE(text(QStringLiteral("/dev/sda4"), LuksDevicesModel::UseColumn),
                 QStringLiteral("empty (no signature found)"));
        QCOMPARE(text(QStringLiteral("/dev/sda4"), LuksDevicesModel::VerdictColumn), QStringLiteral("Yes: empty"));
        QCOMPARE(text(QStringLiteral("/dev/sdd1"), LuksDevicesModel::VerdictColumn), QStringLiteral("No: mounted"));
        QCOMPARE(text(QStringLiteral("/dev/sdc"), LuksDevicesModel::VerdictColumn),
                 QStringLiteral("Erases data: confirm by typing"));
        QVERIFY(text(QStringLiteral("/dev/sdd1"), LuksDevicesModel::UseColumn).contains(QStringLiteral("/srv/old")));
        QVERIFY(text(QStringLiteral("/dev/sdc"), LuksDevicesModel::UseColumn).contains(QStringLiteral("/etc/fstab")));
        QVERIFY(
            text(QStringLiteral("/dev/sde"), LuksDevicesModel::EncryptionColumn).startsWith(QStringLiteral("LUKS2")));
        QVERIFY(
            text(QStringLiteral("/dev/sdf"), LuksDevicesModel::EncryptionColumn).startsWith(QStringLiteral("LUKS1")));
        QCOMPARE(text(QStringLiteral("/dev/sdb"), LuksDevicesModel::EncryptionColumn), QStringLiteral("not encrypted"));
        for (const QString &refused :
             {QStringLiteral("/dev/sda"), QStringLiteral("/dev/sda2"), QStringLiteral("/dev/sdd"),
              QStringLiteral("/dev/sdd1"), QStringLiteral("/dev/sde"), QStringLiteral("/dev/sdg"),
              QStringLiteral("/dev/sdh"), QStringLiteral("/dev/sr0")}) {
            const QModelIndex index = model->index(model->row(refused), LuksDevicesModel::DeviceColumn);
            QVERIFY2(index.data(LuksDevicesModel::RefusedRole).toBool(), qPrintable(refused));
            QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(!f.previewButton()->isEnabled());
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("block devices")));

        // The LUKS1 device's report: what is weak, and the reencryption's cost, offered only with a verified backup.
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdf")));
        auto *report = child<QLabel>(f.wizard, "encryptionReport");
        QVERIFY2(report->text().contains(QStringLiteral("LUKS1")), qPrintable(report->text()));
        QVERIFY(report->text().contains(QStringLiteral("Not offered")));
        child<QCheckBox>(f.wizard, "backupVerifiedCheck")->setChecked(true);
        QVERIFY(report->text().contains(QStringLiteral("A verified backup is recorded")));
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sda4")));
        QVERIFY(!child<QCheckBox>(f.wizard, "backupVerifiedCheck")->isChecked());
        QVERIFY(f.previewButton()->isEnabled());
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-devices"));

        // One read-only command read it all; nothing that writes.
        const QList<QByteArrayList> log = f.control().commandLog();
        int reads = 0;
        for (const QByteArrayList &argv : log) {
            if (argv.size() == 5 && argv.at(2) == Luks::BlockDevices::script())
                ++reads;
            for (const char *writer : {"cryptsetup", "wipefs", "mkfs.ext4", "dd", "mount"})
                QVERIFY2(!argv.contains(writer), argv.join(' ').constData());
        }
        QCOMPARE(reads, 1);
    }

    void mountedDeviceIsNeverPlanned()
    {
        Fixture f;
        f.open();
        for (const QString &path :
             {QStringLiteral("/dev/sdd1"), QStringLiteral("/dev/sdd"), QStringLiteral("/dev/sda2")}) {
            QVERIFY(f.wizard->selectDevice(path));
            QCOMPARE(f.wizard->selectedDevice(), path);
            QCOMPARE(f.wizard->plannedDevice(), QString());
            QCOMPARE(f.wizard->choice().device, QString());
            auto *refusal = child<QLabel>(f.wizard, "refusalLabel");
            QVERIFY2(refusal->isVisible() && refusal->text().contains(QStringLiteral("mounted")), qPrintable(path));
            QVERIFY(!child<QLineEdit>(f.wizard, "mapperNameEdit")->isEnabled());
            QVERIFY(!child<QLineEdit>(f.wizard, "passphraseEdit")->isEnabled());
            QVERIFY(!child<QWidget>(f.wizard, "optionsForm")->isVisible());
            // No box to type into, and typing the path anyway changes nothing.
            auto *confirm = child<QLineEdit>(f.wizard, "confirmEdit");
            QVERIFY(!child<QFrame>(f.wizard, "confirmBox")->isVisible());
            QVERIFY(!confirm->isEnabled());
            confirm->setText(path);
            QVERIFY(!f.previewButton()->isEnabled());
            f.wizard->showPreview(); // even asked directly
            QCOMPARE(f.wizard->currentPage(), PlanWizard::ChoosePage);
        }
        // Typed into the list, the mounted partition is shown, never planned.
        auto *view = child<QTableView>(f.wizard, "devicesTable");
        view->setFocus();
        view->keyboardSearch(QStringLiteral("/dev/sdd1"));
        QCOMPARE(f.wizard->plannedDevice(), QString());
        QVERIFY(!f.previewButton()->isEnabled());
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdd1")));
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-refused"));
    }

    void dataDeviceNeedsTheTypedPath()
    {
        Fixture f;
        f.open();
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdc")));
        QCOMPARE(f.wizard->plannedDevice(), QStringLiteral("/dev/sdc"));
        auto *box = child<QFrame>(f.wizard, "confirmBox");
        QVERIFY(box->isVisible());
        const QString destroys = child<QLabel>(f.wizard, "confirmDestroys")->text();
        QVERIFY2(destroys.contains(QStringLiteral("ext4")) && destroys.contains(QStringLiteral("archive")) &&
                     destroys.contains(QStringLiteral("/etc/fstab")),
                 qPrintable(destroys));
        auto *confirm = child<QLineEdit>(f.wizard, "confirmEdit");
        QCOMPARE(confirm->placeholderText(), QStringLiteral("type /dev/sdc to confirm"));
        QVERIFY(!f.previewButton()->isEnabled());
        for (const QString &wrong : {QStringLiteral("/dev/sd"), QStringLiteral("/dev/sdc "), QStringLiteral("sdc"),
                                     QStringLiteral("/DEV/SDC"), QStringLiteral("/dev/sdb")}) {
            confirm->setText(wrong);
            QVERIFY2(!f.previewButton()->isEnabled(), qPrintable(wrong));
        }
        confirm->clear();
        QTest::keyClicks(confirm, QStringLiteral("/dev/sdc"));
        QVERIFY2(f.previewButton()->isEnabled(), qPrintable(f.wizard->problem()));
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-confirm"));

        // The confirmation belongs to that device: another one and back, and it is gone.
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdb")));
        QVERIFY(confirm->text().isEmpty());
        QVERIFY(!f.previewButton()->isEnabled());
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdc")));
        QVERIFY(confirm->text().isEmpty());
        QVERIFY(!f.previewButton()->isEnabled());
    }

    void previewShowsTheDiffsAndWhatCannotBeUndone()
    {
        Fixture f;
        f.open();
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdc")));
        child<QLineEdit>(f.wizard, "mapperNameEdit")->setText(QStringLiteral("archive"));
        child<QLineEdit>(f.wizard, "mountPointEdit")->setText(QStringLiteral("/srv/archive2"));
        child<QLineEdit>(f.wizard, "confirmEdit")->setText(QStringLiteral("/dev/sdc"));
        QVERIFY2(f.previewButton()->isEnabled(), qPrintable(f.wizard->problem()));

        QSignalSpy previewed(f.wizard, &LuksWizard::previewUpdated);
        f.previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        PlanApplyPanel *panel = f.wizard->panel();
        QVERIFY2(panel->isPreviewReady(), qPrintable(child<ErrorBanner>(f.wizard, "previewBanner")->message()));
        QVERIFY(child<QPushButton>(f.wizard, "applyButton")->isEnabled());
        QVERIFY(!panel->hasSecrets()); // key file only: nothing secret travels

        const Plan::ChangePlan plan = panel->preparedPlan();
        int crypttab = -1;
        int fstab = -1;
        int format = -1;
        for (int i = 0; i < plan.changes().size(); ++i) {
            const Plan::Change &change = plan.changes().at(i);
            if (const Plan::FileEdit *edit = change.fileEdit()) {
                if (edit->path() == u"/etc/crypttab")
                    crypttab = i;
                if (edit->path() == u"/etc/fstab")
                    fstab = i;
            } else if (change.command()->argv().contains(QStringLiteral("luksFormat"))) {
                format = i;
            }
        }
        QVERIFY(crypttab >= 0 && fstab >= 0 && format >= 0);
        const Plan::FileEdit fstabEdit = *plan.changes().at(fstab).fileEdit();
        QVERIFY(fstabEdit.after().contains("#LABEL=archive\t/srv/archive\t"));
        QVERIFY(fstabEdit.after().contains("/dev/mapper/archive /srv/archive2 ext4 defaults,nofail 0 2\n"));
        QVERIFY(plan.changes().at(crypttab).fileEdit()->after().contains("archive UUID="));

        // Every crypttab/fstab edit appears as a diff.
        PlanPreview *preview = panel->planPreview();
        QVERIFY(preview->isVisible());
        for (const int index : {crypttab, fstab}) {
            preview->setCurrentChange(index);
            auto *diff = preview->findChild<DiffView *>(QStringLiteral("planDiffView"));
            QVERIFY2(diff && diff->isVisible(), qPrintable(plan.changes().at(index).title()));
        }
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-preview-fstab"));

        // The steps that destroy data are marked, in the list above and in their detail.
        auto *irreversible = child<QLabel>(preview, "planIrreversible");
        QVERIFY(irreversible->isVisible());
        QVERIFY2(irreversible->text().contains(QStringLiteral("CANNOT BE UNDONE")) &&
                     irreversible->text().contains(plan.changes().at(format).title().toHtmlEscaped()),
                 qPrintable(irreversible->text()));
        preview->setCurrentChange(format);
        auto *mark = preview->findChild<QLabel *>(QStringLiteral("irreversibleMark"));
        QVERIFY(mark && mark->isVisible());
        QVERIFY(mark->text().contains(QStringLiteral("Cannot be undone")));
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-preview-format"));
        QVERIFY(child<QLabel>(preview, "planWarnings")->text().contains(QStringLiteral("DESTRUCTIVE")));

        // Nothing was run that changes the host: the preview reads only.
        for (const QByteArrayList &argv : f.control().commandLog())
            QVERIFY2(!argv.contains("luksFormat") && !argv.contains("wipefs"), argv.join(' ').constData());
    }

    void passphraseIsASecretOnStdin()
    {
        Fixture f;
        f.open();
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sda4")));
        QVERIFY(f.previewButton()->isEnabled());
        child<QCheckBox>(f.wizard, "passphraseCheck")->setChecked(true);
        child<QCheckBox>(f.wizard, "keyFileCheck")->setChecked(false);
        QVERIFY(child<QLabel>(f.wizard, "unlockNote")
                    ->text()
                    .contains(QStringLiteral("after every reboot the disk stays locked")));
        QVERIFY(!f.previewButton()->isEnabled());
        auto *pass = child<QLineEdit>(f.wizard, "passphraseEdit");
        auto *again = child<QLineEdit>(f.wizard, "passphraseRepeatEdit");
        QCOMPARE(pass->echoMode(), QLineEdit::Password);
        QCOMPARE(again->echoMode(), QLineEdit::Password);
        const QString secret = QStringLiteral("correct horse battery staple 42");
        QTest::keyClicks(pass, QStringLiteral("short"));
        QVERIFY(child<QLabel>(f.wizard, "passphraseStrength")->text().contains(QStringLiteral("too short")));
        pass->setText(secret);
        again->setText(secret + QStringLiteral("!"));
        QVERIFY(child<QLabel>(f.wizard, "passphraseStrength")->text().contains(QStringLiteral("differ")));
        QVERIFY(!f.previewButton()->isEnabled());
        again->setText(secret);
        QVERIFY2(f.previewButton()->isEnabled(), qPrintable(f.wizard->problem()));
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-passphrase"));

        QSignalSpy previewed(f.wizard, &LuksWizard::previewUpdated);
        f.previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        PlanApplyPanel *panel = f.wizard->panel();
        QVERIFY2(panel->isPreviewReady(), qPrintable(child<ErrorBanner>(f.wizard, "previewBanner")->message()));
        const Plan::ChangePlan plan = panel->preparedPlan();
        QCOMPARE(Apply::Applier::requiredSecrets(plan), QStringList{QStringLiteral("luks-passphrase")});
        QVERIFY(panel->hasSecrets());
        int reads = -1;
        for (int i = 0; i < plan.changes().size(); ++i) {
            const Plan::CommandStep *step = plan.changes().at(i).command();
            if (step && !step->secretSlot().isEmpty())
                reads = i;
        }
        QVERIFY(reads >= 0);
        PlanPreview *preview = panel->planPreview();
        preview->setCurrentChange(reads);
        auto *note = preview->findChild<QLabel *>(QStringLiteral("commandSecret"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("luks-passphrase")));
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-preview-secret"));
        // The value is nowhere on screen, in the plan or in an argv.
        for (int i = 0; i < plan.changes().size(); ++i) {
            preview->setCurrentChange(i);
            for (const QString &text : labelTexts(f.wizard))
                QVERIFY2(!text.contains(QStringLiteral("battery staple")), qPrintable(text));
        }
        QVERIFY(!QJsonDocument(plan.toJson()).toJson().contains("battery staple"));

        // Back: the secret handed to the panel is dropped.
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), PlanWizard::ChoosePage);
        QVERIFY(!panel->hasSecrets());

        // Apply hands it to the Applier (which would refuse the plan without it) and forgets it. This fake host
        // cannot stage files, so the apply stops at the check that the files are unchanged, before any command.
        previewed.clear();
        f.previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0 && panel->isPreviewReady(), 10000);
        QVERIFY(panel->hasSecrets());
        QSignalSpy applied(f.wizard, &LuksWizard::applyFinished);
        child<QPushButton>(f.wizard, "applyButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() > 0, 10000);
        const auto report = applied.constFirst().constFirst().value<Apply::ApplyReport>();
        QVERIFY(report.outcome != Apply::ApplyReport::Outcome::Applied);
        QVERIFY2(!report.error.message().contains(QStringLiteral("luks-passphrase")),
                 qPrintable(report.error.message()));
        QVERIFY(!panel->hasSecrets());
        for (const QByteArrayList &argv : f.control().commandLog())
            QVERIFY2(!argv.join(' ').contains("battery staple"), argv.join(' ').constData());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(f.wizard, "backButton")->isEnabled(), 10000);
        child<QPushButton>(f.wizard, "backButton")->click();
        QCOMPARE(f.wizard->currentPage(), PlanWizard::ChoosePage);

        // Closing the wizard clears the fields.
        f.wizard->reject();
        QVERIFY(pass->text().isEmpty() && again->text().isEmpty());
    }

    void afterApplyTheHeaderBackupIsCopiedHere()
    {
        // The host: the header backup the plan wrote (a LUKS2 header with the plan's UUID) and its sha256sum.
        const QString uuid = QStringLiteral("0b4d3f52-9c1e-4a7b-8d2f-5e6a7b8c9d0e");
        QByteArray header(16384, '\0');
        header.replace(0, 8, QByteArray("LUKS\xba\xbe\x00\x02", 8));
        header.replace(168, uuid.size(), uuid.toLatin1());
        const QByteArray hostPath = "/etc/luks-keys/data.header";
        const QByteArray sha = QCryptographicHash::hash(header, QCryptographicHash::Sha256).toHex();
        Fixture f;
        f.script.respond = [header, hostPath,
                            sha](const Transport::RemoteCommand &command) -> std::optional<Transport::CommandResult> {
            if (auto answer = blockDevicesAnswer(command))
                return answer;
            Transport::CommandResult result;
            result.exitStatus = 0;
            if (command.argv == QByteArrayList{"cat", "--", hostPath} && command.elevate)
                result.stdOut = header;
            else if (command.argv == QByteArrayList{"sha256sum", "--", hostPath})
                result.stdOut = sha + "  " + hostPath + '\n';
            else
                return std::nullopt;
            return result;
        };
        MainWindow::Settings settings = GuiTest::settings(f.dir);
        settings.sessionFactory = FakeSession::factory(f.script);
        settings.journalPath = f.dir.filePath(QStringLiteral("journal.jsonl"));
        f.window = std::make_unique<MainWindow>(settings);
        f.window->resize(1280, 860);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->addHost(f.host, nullptr);
        f.open();
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sda4")));
        QSignalSpy previewed(f.wizard, &LuksWizard::previewUpdated);
        f.previewButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() > 0, 10000);
        PlanApplyPanel *panel = f.wizard->panel();
        QVERIFY(panel->isPreviewReady());
        QCOMPARE(Luks::LuksHeaderBackup::hostPathsIn(panel->preparedPlan()),
                 QStringList{QString::fromLatin1(hostPath)});

        // This fake host cannot run the plan itself; its success is what the wizard is told.
        Apply::ApplyReport report;
        report.outcome = Apply::ApplyReport::Outcome::Applied;
        report.transactionId = QStringLiteral("tx-luks-1");
        QSignalSpy fetched(f.wizard, &LuksWizard::headerFetchFinished);
        Q_EMIT f.wizard->applyFinished(report);
        QTRY_VERIFY_WITH_TIMEOUT(fetched.count() > 0, 10000);
        const auto copy = f.wizard->headerCopy();
        QVERIFY2(copy, qPrintable(child<QLabel>(f.wizard, "headerStatus")->text()));
        QCOMPARE(copy->uuid, uuid);
        QCOMPARE(copy->sha256, sha);
        QVERIFY(copy->localPath.startsWith(f.wizard->headerDirectory() + u'/'));
        QFile local(copy->localPath);
        QVERIFY(local.open(QIODevice::ReadOnly));
        QCOMPARE(local.readAll(), header);
        QCOMPARE(local.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QString status = child<QLabel>(f.wizard, "headerStatus")->text();
        QVERIFY(status.contains(copy->localPath.toHtmlEscaped()));
        QVERIFY(status.contains(QString::fromLatin1(sha)));
        QVERIFY(status.contains(QStringLiteral("OFFLINE")));
        QVERIFY(child<QPushButton>(f.wizard, "showHeaderFolderButton")->isEnabled());

        // Journaled as bulwark-cli journals it.
        QFile journal(f.dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray entries = journal.readAll();
        QVERIFY(entries.contains(Luks::LuksHeaderBackup::kindFetched().toUtf8()));
        QVERIFY(entries.contains("tx-luks-1"));

        // On the result page the copy is shown under the panel.
        panel->setCurrentIndex(PlanApplyPanel::ResultStage);
        Q_EMIT panel->stateChanged();
        QVERIFY(child<QWidget>(f.wizard, "headerBox")->isVisible());
        GuiTest::screenshot(f.wizard, QStringLiteral("luks-wizard-header-copied"));
    }

    void readAgainAfterUnmounting()
    {
        sdd1Unmounted = false;
        const auto reset = qScopeGuard([] { sdd1Unmounted = false; });
        Fixture f;
        f.open();
        QVERIFY(f.wizard->selectDevice(QStringLiteral("/dev/sdd1")));
        QCOMPARE(f.wizard->plannedDevice(), QString());

        // The admin unmounts it on the host and reads the disks again: now it can be planned, with the typed path.
        sdd1Unmounted = true;
        QSignalSpy loaded(f.wizard, &LuksWizard::snapshotLoaded);
        f.control().runDelayMs = 200; // the host takes its time: the button waits for the answer
        child<QPushButton>(f.wizard, "reloadButton")->click();
        QVERIFY(!child<QPushButton>(f.wizard, "reloadButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QVERIFY(child<QPushButton>(f.wizard, "reloadButton")->isEnabled());
        QCOMPARE(f.wizard->selectedDevice(), QStringLiteral("/dev/sdd1"));
        QCOMPARE(f.wizard->plannedDevice(), QStringLiteral("/dev/sdd1"));
        QVERIFY(child<QFrame>(f.wizard, "confirmBox")->isVisible());
        QVERIFY(!f.previewButton()->isEnabled());
        child<QLineEdit>(f.wizard, "confirmEdit")->setText(QStringLiteral("/dev/sdd1"));
        QVERIFY2(f.previewButton()->isEnabled(), qPrintable(f.wizard->problem()));
    }

    void aFailedReadPlansNothing()
    {
        Fixture f;
        f.script.respond = [](const Transport::RemoteCommand &command) -> std::optional<Transport::CommandResult> {
            if (command.argv.size() != 5 || command.argv.at(2) != Luks::BlockDevices::script())
                return std::nullopt;
            Transport::CommandResult result;
            result.exitStatus = 1;
            result.stdErr = "lsblk: command not found\n";
            return result;
        };
        MainWindow::Settings settings = GuiTest::settings(f.dir);
        settings.sessionFactory = FakeSession::factory(f.script);
        f.window = std::make_unique<MainWindow>(settings);
        f.window->addHost(f.host, nullptr);
        f.wizard = new LuksWizard(f.window.get(), f.host.id, f.window.get());
        f.wizard->show();
        f.wizard->reload();
        auto *banner = child<ErrorBanner>(f.wizard, "chooseBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->message().contains(QStringLiteral("block devices failed")), qPrintable(banner->message()));
        QVERIFY(child<QLabel>(f.wizard, "chooseStatus")->text().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(!f.wizard->hasSnapshot());
        QCOMPARE(f.wizard->model()->rowCount(), 0);
        QVERIFY(!f.previewButton()->isEnabled());
        QVERIFY(child<QPushButton>(f.wizard, "reloadButton")->isEnabled());
    }

    void openedFromTheHostMenu()
    {
        Fixture f;
        QAction *action = child<QAction>(f.window.get(), "actionLuksWizard");
        QVERIFY(action->isEnabled());
        bool inMenu = false;
        for (QAction *menu : f.window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inMenu = true;
        }
        QVERIFY(inMenu);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->luksWizard() && f.window->luksWizard()->hasSnapshot(), 10000);
        QCOMPARE(f.window->luksWizard()->selectedDevice(), QString());
        f.window->luksWizard()->close();

        // "Fix with…" for the blank disk check opens on the empty disk.
        f.window->showLuksWizard(QStringLiteral("BW-LNX-ENC-003"));
        QTRY_VERIFY_WITH_TIMEOUT(f.window->luksWizard() && f.window->luksWizard()->hasSnapshot(), 10000);
        QCOMPARE(f.window->luksWizard()->selectedDevice(), QStringLiteral("/dev/sda4"));
        QVERIFY(child<QPushButton>(f.window->luksWizard(), "previewButton")->isEnabled());
        f.window->luksWizard()->close();
    }
};

QTEST_MAIN(TestLuksWizard)
#include "tst_lukswizard.moc"
