// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Applier.h"
#include "core/luks/LuksHeaderBackup.h"
#include "core/luks/LuksPlanJob.h"
#include "core/luks/LuksPlanner.h"
#include "core/transport/SshSession.h"
#include "tests/lab/LabEnv.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Bulwark;
using namespace Bulwark::Apply;
using namespace Bulwark::Luks;
using namespace Bulwark::Plan;
using namespace Bulwark::Transport;

// LUKS on the lab VM (Debian 12 under QEMU, a real kernel with dm-crypt and systemd-cryptsetup): the spare disk
// /dev/vdb (blank) is encrypted by a plan through the core Applier, its header backup is copied to the workstation
// with matching hashes, and after a reboot it is unlocked with its key file and mounted by crypttab and fstab. A
// passphrase key slot is added through the stdin secret while sudo itself asks for a password (auditor). A mounted
// device is refused even with the typed confirmation, and a plan whose secret is missing is refused before it
// touches anything. Each test starts from the VM's clean snapshot; the last one leaves it clean for the others.
class TestLabLuks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void encryptSpareDiskSurvivesReboot();
    void passphraseSlotThroughSudoPassword();
    void mountedDeviceRefusedEvenWhenConfirmed();
    void missingSecretRefusedBeforeAnyChange();

private:
    std::unique_ptr<SshSession> openSession(const QString &user, const SshCredentials &credentials = {});
    struct Ran
    {
        int exit = -1;
        QString out;
    };
    Ran run(Session &session, const QStringList &argv, const QByteArray &input = {});
    ApplyOptions options(const QString &user, const SshCredentials &credentials) const;
    LuksChoice choice() const;

    LabEnv m_env;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    std::unique_ptr<Journal> m_journal;
};

void TestLabLuks::initTestCase()
{
    m_env = LabEnv::load();
    QVERIFY2(m_env.isValid(), "lab.env missing: the lab fixture did not start the VM");
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

void TestLabLuks::init()
{
    QVERIFY(LabEnv::resetVm());
    m_journal = std::make_unique<Journal>(
        m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(QString::fromLatin1(QTest::currentTestFunction()))));
}

void TestLabLuks::cleanupTestCase()
{
    // Other lab tests expect /dev/vdb blank and no crypttab line.
    LabEnv::resetVm();
}

std::unique_ptr<SshSession> TestLabLuks::openSession(const QString &user, const SshCredentials &credentials)
{
    SshTarget target = m_env.target(user, m_knownHosts);
    target.acceptFingerprint = m_env.value(QStringLiteral("LAB_HOST_KEY_ED25519_FPR"));
    auto session = std::make_unique<SshSession>(target, credentials);
    const auto opened = session->open({});
    if (!opened)
        qWarning().noquote() << opened.error().toString();
    return opened ? std::move(session) : nullptr;
}

TestLabLuks::Ran TestLabLuks::run(Session &session, const QStringList &argv, const QByteArray &input)
{
    RemoteCommand command = RemoteCommand::fromArgs(argv);
    command.elevate = true;
    command.stdinData = input;
    const auto result = session.run(command, {});
    if (!result)
        return {-1, QStringLiteral("<error: %1>").arg(result.error().toString())};
    return {result->exitStatus, QString::fromUtf8(result->stdOut).trimmed()};
}

ApplyOptions TestLabLuks::options(const QString &user, const SshCredentials &credentials) const
{
    ApplyOptions options;
    options.localBackupRoot = m_dir.filePath(QStringLiteral("backups"));
    options.freshSession = [this, user, credentials]() -> std::unique_ptr<Session> {
        SshTarget target = m_env.target(user, m_knownHosts);
        return std::make_unique<SshSession>(target, credentials);
    };
    return options;
}

LuksChoice TestLabLuks::choice() const
{
    LuksChoice choice;
    choice.device = QStringLiteral("/dev/vdb");
    choice.mapperName = QStringLiteral("labdata");
    choice.mountPoint = QStringLiteral("/srv/labdata");
    // argon2id under TCG costs minutes of emulated CPU; the key file is random, so pbkdf2 loses nothing here.
    choice.keyDerivation = LuksChoice::KeyDerivation::FastPbkdf2ForTests;
    choice.hostDisplayName = QStringLiteral("lab");
    return choice;
}

void TestLabLuks::encryptSpareDiskSurvivesReboot()
{
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);

    // The spare disk, blank, as the wizard lists it.
    auto snapshot = LuksPlanJob::read(*session, {});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    const BlockDevice *vdb = snapshot->device(QStringLiteral("/dev/vdb"));
    QVERIFY(vdb);
    QCOMPARE(vdb->type, QStringLiteral("disk"));
    QVERIFY2(LuksPlanner::usage(*vdb).startsWith(QStringLiteral("empty")), qPrintable(LuksPlanner::usage(*vdb)));
    QVERIFY(LuksPlanJob::describeDevices(*snapshot).join(u'\n').contains(QStringLiteral("/dev/vda")));
    QVERIFY(LuksPlanner::assess(*snapshot, QStringLiteral("/dev/vda")).refused()); // the root disk

    auto plan = LuksPlanJob::plan(*snapshot, choice());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(Applier::requiredSecrets(*plan).isEmpty());
    const QStringList format = plan->changes().at(4).command()->argv();
    QCOMPARE(format.at(1), QStringLiteral("luksFormat"));
    const QString uuid = format.value(format.indexOf(QStringLiteral("--uuid")) + 1);

    Applier applier(*session, *m_journal, options(QStringLiteral("labadmin"), {}));
    auto prepared = applier.prepare(*plan, {});
    QVERIFY(prepared);
    const ApplyReport report = applier.apply(*prepared, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary() + u'\n' + report.error.toString()));
    QCOMPARE(run(*session, {QStringLiteral("findmnt"), QStringLiteral("-n"), QStringLiteral("-o"),
                            QStringLiteral("SOURCE"), QStringLiteral("--mountpoint"), QStringLiteral("/srv/labdata")})
                 .out,
             QStringLiteral("/dev/mapper/labdata"));

    // The header backup to the workstation: the same bytes as on the host, mode 0600, named by host and UUID.
    const QStringList headers = LuksHeaderBackup::hostPathsIn(*prepared);
    QCOMPARE(headers, QStringList{QStringLiteral("/etc/luks-keys/labdata.header")});
    const QString localDir =
        LuksHeaderBackup::hostDirectory(m_dir.filePath(QStringLiteral("luks-headers")), session->displayName());
    auto copy = LuksHeaderBackup::fetch(*session, headers.first(), localDir, {});
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));
    QCOMPARE(copy->uuid, uuid);
    QCOMPARE(copy->localPath, localDir + QStringLiteral("/labdata-") + uuid + QStringLiteral(".header"));
    QVERIFY(!copy->alreadyThere);
    QFile local(copy->localPath);
    QVERIFY(local.open(QIODevice::ReadOnly));
    const QByteArray bytes = local.readAll();
    QCOMPARE(bytes.size(), copy->size);
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), copy->sha256);
    QCOMPARE(local.permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const Ran sum = run(*session, {QStringLiteral("sha256sum"), QStringLiteral("/etc/luks-keys/labdata.header")});
    QCOMPARE(sum.out.section(u' ', 0, 0).toLatin1(), copy->sha256);
    // Fetching again keeps the identical copy.
    auto again = LuksHeaderBackup::fetch(*session, headers.first(), localDir, {});
    QVERIFY(again && again->alreadyThere && again->localPath == copy->localPath);

    // After a reboot: unlocked by crypttab with the key file, mounted by fstab.
    RemoteCommand reboot = RemoteCommand::fromArgs({QStringLiteral("systemctl"), QStringLiteral("reboot")});
    reboot.elevate = true;
    reboot.timeout = std::chrono::seconds(20);
    session->run(reboot, {}); // the connection drops as the VM goes down
    session.reset();
    QThread::sleep(5);
    QDeadlineTimer deadline(std::chrono::minutes(4));
    while (!session && !deadline.hasExpired()) {
        QThread::sleep(3);
        SshTarget target = m_env.target(QStringLiteral("labadmin"), m_knownHosts);
        auto candidate = std::make_unique<SshSession>(target, SshCredentials{});
        if (candidate->open({}))
            session = std::move(candidate);
    }
    QVERIFY2(session, "the lab VM did not come back after the reboot");
    run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-system-running"), QStringLiteral("--wait")});
    QCOMPARE(run(*session, {QStringLiteral("systemctl"), QStringLiteral("is-active"),
                            QStringLiteral("systemd-cryptsetup@labdata.service")})
                 .out,
             QStringLiteral("active"));
    QCOMPARE(
        run(*session, {QStringLiteral("findmnt"), QStringLiteral("-n"), QStringLiteral("-o"),
                       QStringLiteral("SOURCE,FSTYPE"), QStringLiteral("--mountpoint"), QStringLiteral("/srv/labdata")})
            .out.simplified(),
        QStringLiteral("/dev/mapper/labdata ext4"));
    QCOMPARE(run(*session, {QStringLiteral("cryptsetup"), QStringLiteral("luksUUID"), QStringLiteral("/dev/vdb")}).out,
             uuid);
    const Ran written =
        run(*session, {QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("printf '%s' \"$1\" >\"$2\" && sync && cat \"$2\""), QStringLiteral("sh"),
                       QStringLiteral("written after the reboot"), QStringLiteral("/srv/labdata/probe")});
    QCOMPARE(written.exit, 0);
    QCOMPARE(written.out, QStringLiteral("written after the reboot"));

    // Read again, the device is what the wizard shows for an encrypted disk in use: refused.
    snapshot = LuksPlanJob::read(*session, {});
    QVERIFY(snapshot);
    const BlockDevice *encrypted = snapshot->device(QStringLiteral("/dev/vdb"));
    QVERIFY(encrypted);
    QCOMPARE(encrypted->luks.version, 2);
    QVERIFY(LuksPlanner::assess(*snapshot, QStringLiteral("/dev/vdb")).refused());
}

void TestLabLuks::passphraseSlotThroughSudoPassword()
{
    // auditor's sudo asks for a password: the session answers it first on stdin, then the passphrase follows.
    SshCredentials credentials;
    credentials.sudoPassword = m_env.value(QStringLiteral("LAB_SUDO_PASSWORD")).toUtf8();
    QVERIFY(!credentials.sudoPassword.isEmpty());
    auto session = openSession(QStringLiteral("auditor"), credentials);
    QVERIFY(session);
    auto snapshot = LuksPlanJob::read(*session, {});
    QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
    LuksChoice both = choice();
    both.unlock = LuksChoice::Unlock::KeyFileAndPassphrase;
    auto plan = LuksPlanJob::plan(*snapshot, both);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(Applier::requiredSecrets(*plan), QStringList{LuksPlanner::passphraseSlot()});

    const QByteArray passphrase = "Lab passphrase: 2026 'quoted' $x";
    ApplyOptions opts = options(QStringLiteral("auditor"), credentials);
    opts.secrets.insert(LuksPlanner::passphraseSlot(), passphrase);
    Applier applier(*session, *m_journal, opts);
    auto prepared = applier.prepare(*plan, {});
    QVERIFY(prepared);
    const ApplyReport report = applier.apply(*prepared, {});
    QVERIFY2(report.succeeded(), qPrintable(report.summary() + u'\n' + report.error.toString()));

    const QStringList test = {QStringLiteral("cryptsetup"), QStringLiteral("open"), QStringLiteral("--test-passphrase"),
                              QStringLiteral("--key-file"), QStringLiteral("-"),    QStringLiteral("/dev/vdb")};
    QCOMPARE(run(*session, test, passphrase).exit, 0);
    QVERIFY(run(*session, test, passphrase + '\n').exit != 0); // exact: no newline was added
    QVERIFY(run(*session, test, "not the passphrase").exit != 0);
    // The key file still opens it; two key slots.
    QCOMPARE(run(*session, {QStringLiteral("cryptsetup"), QStringLiteral("open"), QStringLiteral("--test-passphrase"),
                            QStringLiteral("--key-file"), QStringLiteral("/etc/luks-keys/labdata.key"),
                            QStringLiteral("/dev/vdb")})
                 .exit,
             0);
    snapshot = LuksPlanJob::read(*session, {});
    QVERIFY(snapshot && snapshot->device(QStringLiteral("/dev/vdb")));
    QCOMPARE(snapshot->device(QStringLiteral("/dev/vdb"))->luks.keyslots, 2);

    // The header backup, read through sudo with a password, holds the passphrase slot too.
    auto copy = LuksHeaderBackup::fetch(*session, QStringLiteral("/etc/luks-keys/labdata.header"),
                                        m_dir.filePath(QStringLiteral("auditor-headers")), {});
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().toString()));

    // Neither the journal nor the plan holds the passphrase.
    QFile journal(m_journal->path());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray journaled = journal.readAll();
    QVERIFY(journaled.contains("luks-passphrase"));
    QVERIFY(!journaled.contains("Lab passphrase"));
    QVERIFY(!prepared->toJsonBytes().contains("Lab passphrase"));
}

void TestLabLuks::mountedDeviceRefusedEvenWhenConfirmed()
{
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    QCOMPARE(run(*session, {QStringLiteral("mkfs.ext4"), QStringLiteral("-q"), QStringLiteral("/dev/vdb")}).exit, 0);
    QCOMPARE(run(*session, {QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("/mnt/spare")}).exit, 0);
    QCOMPARE(run(*session, {QStringLiteral("mount"), QStringLiteral("/dev/vdb"), QStringLiteral("/mnt/spare")}).exit,
             0);
    auto snapshot = LuksPlanJob::read(*session, {});
    QVERIFY(snapshot);
    QVERIFY(LuksPlanner::usage(*snapshot->device(QStringLiteral("/dev/vdb"))).contains(QStringLiteral("/mnt/spare")));
    LuksChoice confirmed = choice();
    confirmed.confirmation = QStringLiteral("/dev/vdb");
    auto plan = LuksPlanJob::plan(*snapshot, confirmed);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(QStringLiteral("mounted at /mnt/spare")),
             qPrintable(plan.error().message()));

    // Unmounted, the filesystem on it needs the typed path, and then it is planned with a wipe first.
    QCOMPARE(run(*session, {QStringLiteral("umount"), QStringLiteral("/mnt/spare")}).exit, 0);
    snapshot = LuksPlanJob::read(*session, {});
    QVERIFY(snapshot);
    QVERIFY(!LuksPlanJob::plan(*snapshot, choice()));
    plan = LuksPlanJob::plan(*snapshot, confirmed);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->changes().first().command()->argv().mid(0, 2),
             (QStringList{QStringLiteral("wipefs"), QStringLiteral("--all")}));
    QVERIFY(plan->changes().first().command()->irreversible());
}

void TestLabLuks::missingSecretRefusedBeforeAnyChange()
{
    auto session = openSession(QStringLiteral("labadmin"));
    QVERIFY(session);
    auto snapshot = LuksPlanJob::read(*session, {});
    QVERIFY(snapshot);
    LuksChoice only = choice();
    only.unlock = LuksChoice::Unlock::Passphrase;
    auto plan = LuksPlanJob::plan(*snapshot, only);
    QVERIFY(plan);
    Applier applier(*session, *m_journal, options(QStringLiteral("labadmin"), {}));
    auto prepared = applier.prepare(*plan, {});
    QVERIFY(prepared);
    const ApplyReport report = applier.apply(*prepared, {});
    QCOMPARE(report.outcome, ApplyReport::Outcome::Refused);
    QVERIFY2(report.error.message().contains(LuksPlanner::passphraseSlot()), qPrintable(report.error.toString()));
    // Nothing on the disk, no key directory.
    const Ran signatures =
        run(*session, {QStringLiteral("wipefs"), QStringLiteral("--noheadings"), QStringLiteral("/dev/vdb")});
    QCOMPARE(signatures.exit, 0);
    QCOMPARE(signatures.out, QString());
    QVERIFY(run(*session, {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/etc/luks-keys")}).exit != 0);
}

QTEST_GUILESS_MAIN(TestLabLuks)
#include "tst_labluks.moc"
