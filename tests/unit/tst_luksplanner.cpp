// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/BlockDevices.h"
#include "core/luks/LuksPlanner.h"
#include "core/plan/PlanPolicy.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Luks;
using namespace Bulwark::Plan;

namespace {

const QByteArray boundary = "BULWARK-0123456789abcdef0123456789abcdef";
const QString uuid = QStringLiteral("3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");

QByteArray data(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/luks/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray mark(const QByteArray &rest)
{
    return boundary + ' ' + rest + '\n';
}

// The server of tests/data/luks as BlockDevices reads it: sdb empty, sdc ext4 in fstab, sdd partitioned with sdd1
// mounted, sde LUKS2 open as vault, sdf LUKS1, sdg 32 MiB, sdh read-only, sr0 a DVD drive.
BlockDeviceSnapshot server()
{
    QByteArray out = mark("lsblk") + data(QStringLiteral("lsblk-server.json")) + mark("lsblk-ok");
    out += mark("fstab") + data(QStringLiteral("fstab-server")) + '\n' + mark("fstab-ok");
    out += mark("crypttab") + data(QStringLiteral("crypttab-server")) + '\n' + mark("crypttab-ok");
    for (const char *device :
         {"/dev/sda", "/dev/sda1", "/dev/sda2", "/dev/sda3", "/dev/sda4", "/dev/sdb", "/dev/sdh", "/dev/sr0"})
        out += mark(QByteArray("blkid ") + device);
    out += mark("blkid /dev/sdc") + "LABEL=archive\nTYPE=ext4\n";
    out += mark("blkid /dev/sdd") + "PTTYPE=dos\n";
    out += mark("blkid /dev/sdd1") + "TYPE=xfs\n";
    out += mark("blkid /dev/sde") + "TYPE=crypto_LUKS\n";
    out += mark("luks /dev/sde") + data(QStringLiteral("luksdump-luks2.txt"));
    out += mark("blkid /dev/sdf") + "TYPE=crypto_LUKS\n";
    out += mark("luks /dev/sdf") + data(QStringLiteral("luksdump-luks1.txt"));
    out += mark("end");
    auto snapshot = BlockDevices::parse(out, boundary);
    if (!snapshot)
        qFatal("fixture does not parse: %s", qPrintable(snapshot.error().toString()));
    return *snapshot;
}

BlockDevice &deviceIn(BlockDeviceSnapshot &s, const QString &path)
{
    for (BlockDevice &d : s.devices) {
        if (d.path == path)
            return d;
    }
    qFatal("no device %s", qPrintable(path));
}

LuksChoice choiceFor(const QString &device)
{
    LuksChoice choice;
    choice.device = device;
    choice.mapperName = QStringLiteral("data");
    choice.mountPoint = QStringLiteral("/srv/data");
    choice.luksUuid = uuid;
    choice.hostDisplayName = QStringLiteral("pacs-01");
    return choice;
}

QList<QStringList> argvs(const ChangePlan &plan)
{
    QList<QStringList> all;
    for (const Change &change : plan.changes()) {
        if (const CommandStep *step = change.command()) {
            all.append(step->argv());
            for (const CommandStep &inverse : step->inverse())
                all.append(inverse.argv());
            for (const CommandCheck &check : step->verify())
                all.append(check.argv());
        }
    }
    return all;
}

// "a b c" -> {"a", "b", "c"}: argv written the way it reads.
QStringList words(const QString &text)
{
    return text.split(u' ');
}

QString errorOf(const Result<ChangePlan> &result)
{
    return result ? QString() : result.error().message();
}

} // namespace

class TestLuksPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDevice();
    void everyStepArgv();
    void noSecretInArgv();
    void minimalCrypttabAndFstabDiffs();
    void crypttabCreatedWhenAbsent();
    void fastPbkdf2ForTests();
    void irreversibleSteps();
    void keyFileAndPassphrase();
    void passphraseOnly();
    void xfs();
    void generatedUuid();
    void jsonRoundTripAndPolicy();
    void refusedEvenWhenConfirmed_data();
    void refusedEvenWhenConfirmed();
    void typedConfirmation_data();
    void typedConfirmation();
    void confirmedFilesystemInFstab();
    void confirmedPartitionTable();
    void confirmedClosedLuksInCrypttab();
    void badMapperName_data();
    void badMapperName();
    void badMountPoint_data();
    void badMountPoint();
    void badUuid();
    void unreadFiles();
    void usage();
    void encryptionReport();
    void commandsOnLoopDevice();
};

void TestLuksPlanner::emptyDevice()
{
    const BlockDeviceSnapshot host = server();
    const LuksPlanner::Assessment assessment = LuksPlanner::assess(host, QStringLiteral("/dev/sdb"));
    QVERIFY2(!assessment.refused(), qPrintable(assessment.refusals.join(u'\n')));
    QVERIFY(!assessment.needsConfirmation());
    auto plan = LuksPlanner::plan(host, choiceFor(QStringLiteral("/dev/sdb")));
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    QCOMPARE(plan->hostDisplayName(), QStringLiteral("pacs-01"));
    QCOMPARE(plan->changes().size(), 12);
    const QString warnings = plan->warnings().join(u'\n');
    QVERIFY(warnings.contains(QStringLiteral("cannot be undone")));
    QVERIFY(!warnings.contains(QStringLiteral("DESTRUCTIVE")));
    QVERIFY(warnings.contains(QStringLiteral("/etc/luks-keys/data.header")));
    QVERIFY(!warnings.contains(QStringLiteral("same disk as the root")));
    // Nothing wiped on an empty device: only checked, read-only, that it is still empty when the plan runs.
    const CommandStep *guard = plan->changes().first().command();
    // The command itself fails when wipefs lists anything (tested on a loop device below); no verify check, which
    // the Applier would run again at the end, after luksFormat.
    QCOMPARE(guard->argv().mid(0, 2), (QStringList{QStringLiteral("sh"), QStringLiteral("-c")}));
    QVERIFY(guard->argv().at(2).contains(QStringLiteral("wipefs --noheadings \"$1\"")));
    QCOMPARE(guard->argv().mid(3), (QStringList{QStringLiteral("sh"), QStringLiteral("/dev/sdb")}));
    QVERIFY(guard->verify().isEmpty());
    QVERIFY(!guard->irreversible());
    QVERIFY(guard->inverse().empty());

    // An empty partition next to the root filesystem: planned, with a warning.
    LuksChoice sda4 = choiceFor(QStringLiteral("/dev/sda4"));
    auto onRootDisk = LuksPlanner::plan(host, sda4);
    QVERIFY2(onRootDisk, qPrintable(errorOf(onRootDisk)));
    QVERIFY(onRootDisk->warnings().join(u'\n').contains(QStringLiteral("same disk as the root filesystem")));
}

void TestLuksPlanner::everyStepArgv()
{
    auto plan = LuksPlanner::plan(server(), choiceFor(QStringLiteral("/dev/sdb")));
    QVERIFY(plan);
    const QList<Change> changes = plan->changes().mid(1); // after the emptiness check
    const auto argv = [&](int i) {
        return changes.at(i).command()->argv();
    };
    QCOMPARE(argv(0), words(QStringLiteral("install -d -m 0700 -o root -g root /etc/luks-keys")));
    QCOMPARE(argv(1),
             words(QStringLiteral(
                 "dd if=/dev/urandom of=/etc/luks-keys/data.key bs=64 count=1 iflag=fullblock conv=excl status=none")));
    QCOMPARE(argv(2), words(QStringLiteral("chmod 0400 /etc/luks-keys/data.key")));
    QCOMPARE(changes.at(2).command()->verify().first().argv(),
             words(QStringLiteral("stat -c %a:%U:%s /etc/luks-keys/data.key")));
    QCOMPARE(changes.at(2).command()->verify().first().expectedStdout(), QStringList{QStringLiteral("400:root:64")});
    QCOMPARE(
        argv(3),
        words(QStringLiteral("cryptsetup luksFormat --type luks2 --batch-mode --cipher aes-xts-plain64 --key-size 512 "
                             "--hash sha512 --pbkdf argon2id --uuid %1 --key-file /etc/luks-keys/data.key /dev/sdb")
                  .arg(uuid)));
    const CommandStep *format = changes.at(3).command();
    QVERIFY(format->inverse().empty());
    QVERIFY(format->description().contains(QStringLiteral("cannot be undone")));
    QCOMPARE(format->verify().size(), 2);
    QCOMPARE(format->verify().at(1).argv(), words(QStringLiteral("cryptsetup luksUUID /dev/sdb")));
    QCOMPARE(format->verify().at(1).expectedStdout(), QStringList{uuid});
    QCOMPARE(argv(4), words(QStringLiteral(
                          "cryptsetup luksHeaderBackup --header-backup-file /etc/luks-keys/data.header /dev/sdb")));
    QCOMPARE(argv(5),
             words(QStringLiteral("cryptsetup open --type luks2 --key-file /etc/luks-keys/data.key /dev/sdb data")));
    QCOMPARE(changes.at(5).command()->inverse().size(), size_t(1));
    QCOMPARE(changes.at(5).command()->inverse().front().argv(), words(QStringLiteral("cryptsetup close data")));
    QCOMPARE(argv(6), words(QStringLiteral("mkfs.ext4 -q /dev/mapper/data")));
    QCOMPARE(changes.at(6).command()->verify().first().expectedStdout(), QStringList{QStringLiteral("ext4")});
    QCOMPARE(argv(7), words(QStringLiteral("mkdir -p -m 0755 -- /srv/data")));
    QVERIFY(changes.at(8).isFileEdit());
    QCOMPARE(changes.at(8).fileEdit()->path(), QStringLiteral("/etc/crypttab"));
    QVERIFY(changes.at(9).isFileEdit());
    QCOMPARE(changes.at(9).fileEdit()->path(), QStringLiteral("/etc/fstab"));
    QCOMPARE(argv(10), words(QStringLiteral("mount /srv/data")));
    QCOMPARE(changes.at(10).command()->inverse().front().argv(), words(QStringLiteral("umount /srv/data")));
    QCOMPARE(changes.at(10).command()->verify().first().expectedStdout(),
             QStringList{QStringLiteral("/dev/mapper/data")});
    for (const Change &change : changes) {
        if (const CommandStep *step = change.command()) {
            QVERIFY(step->elevate());
            QVERIFY(!step->accessAffecting());
        }
    }
    QVERIFY(!plan->accessAffecting());
}

void TestLuksPlanner::noSecretInArgv()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(plan);
    for (const QStringList &argv : argvs(*plan)) {
        for (const QString &argument : argv) {
            QVERIFY2(argument != u"-", qPrintable(argv.join(u' ')));
            QVERIFY2(!argument.contains(QStringLiteral("pass"), Qt::CaseInsensitive), qPrintable(argv.join(u' ')));
        }
        // The key only ever travels as its path, after --key-file.
        const qsizetype at = argv.indexOf(QStringLiteral("--key-file"));
        if (at >= 0)
            QCOMPARE(argv.value(at + 1), QStringLiteral("/etc/luks-keys/data.key"));
    }
    QVERIFY(!plan->toJsonBytes().contains("passphrase"));
}

void TestLuksPlanner::minimalCrypttabAndFstabDiffs()
{
    const BlockDeviceSnapshot host = server();
    auto plan = LuksPlanner::plan(host, choiceFor(QStringLiteral("/dev/sdb")));
    QVERIFY(plan);
    const FileEdit *crypttab = plan->changes().at(9).fileEdit();
    QVERIFY(crypttab->beforeExists());
    QCOMPARE(crypttab->before(), host.crypttab);
    QCOMPARE(crypttab->beforeSha256(), FileEdit::sha256Hex(host.crypttab));
    QCOMPARE(crypttab->after(),
             QByteArray(host.crypttab + "data UUID=" + uuid.toUtf8() + " /etc/luks-keys/data.key luks,nofail\n"));
    QVERIFY(crypttab->mode().isEmpty()); // the file keeps its mode and owner
    const FileEdit *fstab = plan->changes().at(10).fileEdit();
    QCOMPARE(fstab->before(), host.fstab);
    QCOMPARE(fstab->after(), QByteArray(host.fstab + "/dev/mapper/data /srv/data ext4 defaults,nofail 0 2\n"));

    // A file without a final newline gets one before the new line, nothing else.
    BlockDeviceSnapshot noNewline = host;
    noNewline.fstab = "UUID=0e5b7c1a-8a43-4a4e-9b53-2f1f0f0d9a11 / ext4 defaults 0 1";
    BlockDevices::resolve(noNewline);
    auto plan2 = LuksPlanner::plan(noNewline, choiceFor(QStringLiteral("/dev/sdb")));
    QVERIFY2(plan2, qPrintable(errorOf(plan2)));
    QCOMPARE(plan2->changes().at(10).fileEdit()->after(),
             QByteArray(noNewline.fstab + "\n/dev/mapper/data /srv/data ext4 defaults,nofail 0 2\n"));
}

void TestLuksPlanner::crypttabCreatedWhenAbsent()
{
    BlockDeviceSnapshot host = server();
    host.crypttab.clear();
    host.crypttabExists = false;
    BlockDevices::resolve(host);
    auto plan = LuksPlanner::plan(host, choiceFor(QStringLiteral("/dev/sdb")));
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    const FileEdit *crypttab = plan->changes().at(9).fileEdit();
    QVERIFY(!crypttab->beforeExists());
    QCOMPARE(crypttab->after(), QByteArray("data UUID=" + uuid.toUtf8() + " /etc/luks-keys/data.key luks,nofail\n"));
    QCOMPARE(crypttab->mode(), QStringLiteral("0644"));
    QCOMPARE(crypttab->owner(), QStringLiteral("root"));
    QCOMPARE(crypttab->group(), QStringLiteral("root"));
}

void TestLuksPlanner::fastPbkdf2ForTests()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.keyDerivation = LuksChoice::KeyDerivation::FastPbkdf2ForTests;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(plan);
    const QStringList format = plan->changes().at(4).command()->argv();
    QVERIFY(format.join(u' ').contains(QStringLiteral("--pbkdf pbkdf2 --pbkdf-force-iterations 1000")));
    QVERIFY(!format.contains(QStringLiteral("argon2id")));
    QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("1000 iterations")));
}

void TestLuksPlanner::irreversibleSteps()
{
    for (const QString &device : {QStringLiteral("/dev/sdb"), QStringLiteral("/dev/sdc")}) {
        LuksChoice choice = choiceFor(device);
        choice.confirmation = device;
        auto plan = LuksPlanner::plan(server(), choice);
        QVERIFY2(plan, qPrintable(errorOf(plan)));
        QStringList irreversible;
        for (const Change &change : plan->changes()) {
            const CommandStep *step = change.command();
            if (step && step->irreversible()) {
                irreversible.append(step->argv().at(0) + u' ' + step->argv().at(1));
                QVERIFY(step->inverse().empty());
            }
        }
        // sdb is empty: checked, not wiped; sdc holds ext4: wiped first.
        const QStringList expected =
            device == u"/dev/sdb" ? QStringList{QStringLiteral("cryptsetup luksFormat"), QStringLiteral("mkfs.ext4 -q")}
                                  : QStringList{QStringLiteral("wipefs --all"), QStringLiteral("cryptsetup luksFormat"),
                                                QStringLiteral("mkfs.ext4 -q")};
        QCOMPARE(irreversible, expected);
        QVERIFY(plan->toJsonBytes().contains("\"irreversible\": true"));
    }
}

void TestLuksPlanner::keyFileAndPassphrase()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.unlock = LuksChoice::Unlock::KeyFileAndPassphrase;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    QCOMPARE(plan->changes().size(), 13);
    // The key file as before, then the passphrase slot right after luksFormat, before the header backup.
    QCOMPARE(plan->changes().at(2).command()->argv().first(), QStringLiteral("dd"));
    QVERIFY(plan->changes().at(4).command()->secretSlot().isEmpty());
    const CommandStep *add = plan->changes().at(5).command();
    QCOMPARE(add->argv(), words(QStringLiteral("cryptsetup luksAddKey --batch-mode --pbkdf argon2id --key-file "
                                               "/etc/luks-keys/data.key /dev/sdb -")));
    QCOMPARE(add->secretSlot(), LuksPlanner::passphraseSlot());
    QCOMPARE(add->secretSlot(), QStringLiteral("luks-passphrase"));
    QVERIFY(!add->irreversible());
    QCOMPARE(plan->changes().at(6).command()->argv().at(1), QStringLiteral("luksHeaderBackup"));
    QCOMPARE(plan->changes().at(7).command()->argv(),
             words(QStringLiteral("cryptsetup open --type luks2 --key-file /etc/luks-keys/data.key /dev/sdb data")));
    QVERIFY(plan->changes().at(7).command()->secretSlot().isEmpty());
    const QByteArray crypttabLine = "data UUID=" + uuid.toUtf8() + " /etc/luks-keys/data.key luks,nofail\n";
    QVERIFY(plan->changes().at(10).fileEdit()->after().endsWith(crypttabLine));
    QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("standard input")));

    // The plan and its JSON name the slot, never a secret; the slot survives the round trip.
    const QByteArray json = plan->toJsonBytes();
    QVERIFY(json.contains("\"secretSlot\": \"luks-passphrase\""));
    auto back = ChangePlan::fromJsonBytes(json);
    QVERIFY(back);
    QCOMPARE(back->changes(), plan->changes());
    auto checked = PlanPolicy::check(*back);
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().toString()));

    choice.keyDerivation = LuksChoice::KeyDerivation::FastPbkdf2ForTests;
    plan = LuksPlanner::plan(server(), choice);
    QVERIFY(plan);
    QVERIFY(plan->changes().at(5).command()->argv().join(u' ').contains(
        QStringLiteral("--pbkdf pbkdf2 --pbkdf-force-iterations 1000 --key-file")));
    QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("TEST HOSTS ONLY")));
}

void TestLuksPlanner::passphraseOnly()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.unlock = LuksChoice::Unlock::Passphrase;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    // No key file: check, key directory (for the header backup), luksFormat, backup, open, mkfs, mount point,
    // crypttab, fstab, mount.
    QCOMPARE(plan->changes().size(), 10);
    for (const QStringList &argv : argvs(*plan)) {
        QVERIFY2(!argv.join(u' ').contains(QStringLiteral("data.key")), qPrintable(argv.join(u' ')));
        QVERIFY2(argv.first() != u"dd", qPrintable(argv.join(u' ')));
    }
    const CommandStep *format = plan->changes().at(2).command();
    QCOMPARE(format->argv().at(1), QStringLiteral("luksFormat"));
    QVERIFY(format->argv().join(u' ').endsWith(QStringLiteral("--key-file - /dev/sdb")));
    QCOMPARE(format->secretSlot(), LuksPlanner::passphraseSlot());
    QVERIFY(format->irreversible());
    QCOMPARE(plan->changes().at(3).command()->argv().at(1), QStringLiteral("luksHeaderBackup"));
    QVERIFY(plan->changes().at(3).command()->secretSlot().isEmpty());
    const CommandStep *open = plan->changes().at(4).command();
    QCOMPARE(open->argv(), words(QStringLiteral("cryptsetup open --type luks2 --key-file - /dev/sdb data")));
    QCOMPARE(open->secretSlot(), LuksPlanner::passphraseSlot());
    QVERIFY(open->inverse().front().secretSlot().isEmpty());
    QVERIFY(plan->changes().at(7).fileEdit()->after().endsWith(
        QByteArray("data UUID=" + uuid.toUtf8() + " none luks,nofail\n")));
    QCOMPARE(LuksPlanner::crypttabLine(choice, uuid), QByteArray("data UUID=" + uuid.toUtf8() + " none luks,nofail"));
    const QString warnings = plan->warnings().join(u'\n');
    QVERIFY(warnings.contains(QStringLiteral("console")));
    QVERIFY(!warnings.contains(QStringLiteral("key file /etc/luks-keys/data.key stays")));
}

void TestLuksPlanner::xfs()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.filesystem = LuksChoice::Filesystem::Xfs;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(plan);
    QCOMPARE(plan->changes().at(7).command()->argv(), words(QStringLiteral("mkfs.xfs -q /dev/mapper/data")));
    QCOMPARE(plan->changes().at(7).command()->verify().first().expectedStdout(), QStringList{QStringLiteral("xfs")});
    QVERIFY(
        plan->changes().at(10).fileEdit()->after().endsWith("/dev/mapper/data /srv/data xfs defaults,nofail 0 0\n"));
}

void TestLuksPlanner::generatedUuid()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.luksUuid.clear();
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(plan);
    const QStringList format = plan->changes().at(4).command()->argv();
    const QString generated = format.value(format.indexOf(QStringLiteral("--uuid")) + 1);
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(re.match(generated).hasMatch(), qPrintable(generated));
    QVERIFY(plan->changes().at(9).fileEdit()->after().contains(QByteArray("UUID=" + generated.toUtf8() + ' ')));
    QCOMPARE(plan->changes().at(5).command()->verify().first().expectedStdout(), QStringList{generated});
}

void TestLuksPlanner::jsonRoundTripAndPolicy()
{
    for (const QString &device : {QStringLiteral("/dev/sdb"), QStringLiteral("/dev/sdc")}) {
        LuksChoice choice = choiceFor(device);
        choice.confirmation = device;
        auto plan = LuksPlanner::plan(server(), choice);
        QVERIFY2(plan, qPrintable(errorOf(plan)));
        auto back = ChangePlan::fromJsonBytes(plan->toJsonBytes());
        QVERIFY(back);
        QCOMPARE(back->toJsonBytes(), plan->toJsonBytes());
        QCOMPARE(back->changes(), plan->changes());
        QCOMPARE(back->warnings(), plan->warnings());
        auto checked = PlanPolicy::check(*back);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().toString()));
    }
}

void TestLuksPlanner::refusedEvenWhenConfirmed_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("reason");
    QTest::newRow("root partition") << QStringLiteral("/dev/sda2") << QStringLiteral("root filesystem");
    QTest::newRow("root disk") << QStringLiteral("/dev/sda") << QStringLiteral("holds the root filesystem");
    QTest::newRow("root disk children mounted") << QStringLiteral("/dev/sda") << QStringLiteral("is mounted at /");
    QTest::newRow("EFI partition mounted") << QStringLiteral("/dev/sda1") << QStringLiteral("mounted at /boot/efi");
    QTest::newRow("active swap") << QStringLiteral("/dev/sda3") << QStringLiteral("mounted at [SWAP]");
    QTest::newRow("partition mounted") << QStringLiteral("/dev/sdd1") << QStringLiteral("mounted at /srv/old");
    QTest::newRow("child mounted") << QStringLiteral("/dev/sdd") << QStringLiteral("mounted at /srv/old");
    QTest::newRow("open LUKS") << QStringLiteral("/dev/sde") << QStringLiteral("in use by /dev/mapper/vault");
    QTest::newRow("mapping itself") << QStringLiteral("/dev/mapper/vault") << QStringLiteral("crypt device");
    QTest::newRow("too small") << QStringLiteral("/dev/sdg") << QStringLiteral("64 MiB");
    QTest::newRow("not probed") << QStringLiteral("/dev/sdg") << QStringLiteral("not probed");
    QTest::newRow("read-only") << QStringLiteral("/dev/sdh") << QStringLiteral("read-only");
    QTest::newRow("DVD drive") << QStringLiteral("/dev/sr0") << QStringLiteral("rom device");
    QTest::newRow("unknown") << QStringLiteral("/dev/sdz") << QStringLiteral("not a block device");
    QTest::newRow("hostile") << QStringLiteral("/dev/sdb; rm -rf /") << QStringLiteral("not a block device");
}

void TestLuksPlanner::refusedEvenWhenConfirmed()
{
    QFETCH(QString, device);
    QFETCH(QString, reason);
    const BlockDeviceSnapshot host = server();
    QVERIFY(LuksPlanner::assess(host, device).refused());
    LuksChoice choice = choiceFor(device);
    choice.confirmation = device;
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));
    QCOMPARE(plan.error().code(), Error::Code::InvalidArgument);
}

void TestLuksPlanner::typedConfirmation_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("destroys");
    for (const auto &[device, destroys] :
         {std::pair{QStringLiteral("/dev/sdc"), QStringLiteral("holds ext4 labelled \"archive\"")},
          std::pair{QStringLiteral("/dev/sdf"), QStringLiteral("already encrypted (LUKS1")}}) {
        const QByteArray name = device.toUtf8();
        QTest::newRow(QByteArray(name + " nothing").constData()) << device << QString() << false << destroys;
        QTest::newRow(QByteArray(name + " name only").constData()) << device << device.mid(5) << false << destroys;
        QTest::newRow(QByteArray(name + " upper case").constData()) << device << device.toUpper() << false << destroys;
        QTest::newRow(QByteArray(name + " trailing space").constData()) << device << device + u' ' << false << destroys;
        QTest::newRow(QByteArray(name + " other device").constData())
            << device << QStringLiteral("/dev/sdb") << false << destroys;
        QTest::newRow(QByteArray(name + " yes").constData()) << device << QStringLiteral("yes") << false << destroys;
        QTest::newRow(QByteArray(name + " exact").constData()) << device << device << true << destroys;
    }
}

void TestLuksPlanner::typedConfirmation()
{
    QFETCH(QString, device);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, destroys);
    const BlockDeviceSnapshot host = server();
    const LuksPlanner::Assessment assessment = LuksPlanner::assess(host, device);
    QVERIFY(!assessment.refused());
    QVERIFY(assessment.needsConfirmation());
    QVERIFY2(assessment.destroys.join(u' ').contains(destroys), qPrintable(assessment.destroys.join(u' ')));
    LuksChoice choice = choiceFor(device);
    choice.confirmation = typed;
    auto plan = LuksPlanner::plan(host, choice);
    QCOMPARE(bool(plan), accepted);
    if (!accepted) {
        QVERIFY(plan.error().message().contains(QStringLiteral("Type the device path ") + device + u' '));
        QVERIFY(plan.error().message().contains(destroys));
        return;
    }
    QVERIFY(plan->warnings().join(u'\n').contains(QStringLiteral("DESTRUCTIVE, CONFIRMED BY TYPING ") + device));
    QCOMPARE(plan->changes().first().command()->argv(), words(QStringLiteral("wipefs --all %1").arg(device)));
    QVERIFY(plan->changes().first().command()->inverse().empty());
    QCOMPARE(plan->changes().size(), 12);
}

void TestLuksPlanner::confirmedFilesystemInFstab()
{
    const BlockDeviceSnapshot host = server();
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdc"));
    choice.confirmation = choice.device;
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    // The old LABEL=archive line (line 7) is commented out, the new line appended; nothing else changes.
    QList<QByteArray> lines = host.fstab.split('\n');
    QCOMPARE(lines.at(6), QByteArray("LABEL=archive\t/srv/archive\text4\tdefaults,noauto\t0\t2"));
    lines[6] = "#" + lines.at(6);
    const QByteArray expected = lines.join('\n') + QByteArray("/dev/mapper/data /srv/data ext4 defaults,nofail 0 2\n");
    QCOMPARE(plan->changes().at(10).fileEdit()->after(), expected);
    QCOMPARE(plan->changes().at(9).fileEdit()->after(),
             QByteArray(host.crypttab + "data UUID=" + uuid.toUtf8() + " /etc/luks-keys/data.key luks,nofail\n"));
}

void TestLuksPlanner::confirmedPartitionTable()
{
    BlockDeviceSnapshot host = server();
    deviceIn(host, QStringLiteral("/dev/sdd1")).mountPoints.clear(); // unmounted since the scan
    BlockDevices::resolve(host);
    const LuksPlanner::Assessment assessment = LuksPlanner::assess(host, QStringLiteral("/dev/sdd"));
    QVERIFY2(!assessment.refused(), qPrintable(assessment.refusals.join(u'\n')));
    const QString destroys = assessment.destroys.join(u'\n');
    QVERIFY(destroys.contains(QStringLiteral("partition table (/dev/sdd1)")));
    QVERIFY(destroys.contains(QStringLiteral("/etc/fstab, line 8")));
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdd"));
    QVERIFY(!LuksPlanner::plan(host, choice));
    choice.confirmation = QStringLiteral("/dev/sdd");
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    QCOMPARE(plan->changes().first().command()->argv(), words(QStringLiteral("wipefs --all /dev/sdd")));
    QVERIFY(plan->changes().at(10).fileEdit()->after().contains("\n#PARTUUID=d1d1d1d1-01 /srv/old xfs defaults 0 0\n"));
}

void TestLuksPlanner::confirmedClosedLuksInCrypttab()
{
    BlockDeviceSnapshot host = server();
    host.devices.removeIf([](const BlockDevice &d) { return d.path == u"/dev/mapper/vault"; });
    deviceIn(host, QStringLiteral("/dev/sde")).children.clear(); // vault closed
    BlockDevices::resolve(host);
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sde"));
    auto refused = LuksPlanner::plan(host, choice);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QStringLiteral("already encrypted (LUKS2")));
    QVERIFY(refused.error().message().contains(QStringLiteral("/etc/crypttab, line 2")));
    choice.confirmation = choice.device;
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));
    const QByteArray after = plan->changes().at(9).fileEdit()->after();
    QCOMPARE(after,
             QByteArray("# <target name>\t<source device>\t\t<key file>\t<options>\n"
                        "#vault\tUUID=c0ffee00-1111-4222-8333-444455556666\t/etc/luks-keys/vault.key\tluks,nofail\n"
                        "data UUID=" +
                        uuid.toUtf8() + " /etc/luks-keys/data.key luks,nofail\n"));
}

void TestLuksPlanner::badMapperName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("not a usable mapping name");
    QTest::newRow("option") << QStringLiteral("-x") << QStringLiteral("not a usable mapping name");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("not a usable mapping name");
    QTest::newRow("slash") << QStringLiteral("../etc") << QStringLiteral("not a usable mapping name");
    QTest::newRow("control") << QStringLiteral("control") << QStringLiteral("not a usable mapping name");
    QTest::newRow("long") << QString(49, u'a') << QStringLiteral("not a usable mapping name");
    QTest::newRow("open mapping") << QStringLiteral("vault") << QStringLiteral("/dev/mapper/vault exists already");
}

void TestLuksPlanner::badMapperName()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.mapperName = name;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));

    // A crypttab name that is not open now is taken as well.
    BlockDeviceSnapshot host = server();
    host.crypttab += "backup /dev/sdq none luks\n";
    choice.mapperName = QStringLiteral("backup");
    auto taken = LuksPlanner::plan(host, choice);
    QVERIFY(!taken);
    QVERIFY(taken.error().message().contains(QStringLiteral("/etc/crypttab already defines backup (line 3)")));
}

void TestLuksPlanner::badMountPoint_data()
{
    QTest::addColumn<QString>("mount");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("not a clean absolute path");
    QTest::newRow("relative") << QStringLiteral("srv/data") << QStringLiteral("not a clean absolute path");
    QTest::newRow("dotdot") << QStringLiteral("/srv/../etc") << QStringLiteral("not a clean absolute path");
    QTest::newRow("space") << QStringLiteral("/srv/my data") << QStringLiteral("not a clean absolute path");
    QTest::newRow("trailing slash") << QStringLiteral("/srv/data/") << QStringLiteral("not a clean absolute path");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("not a clean absolute path");
    QTest::newRow("etc") << QStringLiteral("/etc") << QStringLiteral("system directory");
    QTest::newRow("under usr") << QStringLiteral("/usr/local/data") << QStringLiteral("system directory");
    QTest::newRow("var lib") << QStringLiteral("/var/lib") << QStringLiteral("system directory");
    QTest::newRow("home") << QStringLiteral("/home") << QStringLiteral("system directory");
    QTest::newRow("mounted now") << QStringLiteral("/srv/old") << QStringLiteral("mounted at /srv/old already");
    QTest::newRow("in fstab") << QStringLiteral("/vault") << QStringLiteral("/etc/fstab already mounts something");
    QTest::newRow("in fstab noauto") << QStringLiteral("/srv/archive")
                                     << QStringLiteral("/etc/fstab already mounts something at /srv/archive (line 7)");
}

void TestLuksPlanner::badMountPoint()
{
    QFETCH(QString, mount);
    QFETCH(QString, reason);
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.mountPoint = mount;
    auto plan = LuksPlanner::plan(server(), choice);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));
}

void TestLuksPlanner::badUuid()
{
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    for (const QString &bad : {QStringLiteral("ABC"), QStringLiteral("3F2A9C4E-5B6D-4E7F-8A9B-0C1D2E3F4A5B"),
                               QStringLiteral("3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b --batch-mode")}) {
        choice.luksUuid = bad;
        auto plan = LuksPlanner::plan(server(), choice);
        QVERIFY(!plan);
        QVERIFY(plan.error().message().contains(QStringLiteral("not a UUID")));
    }
}

void TestLuksPlanner::unreadFiles()
{
    BlockDeviceSnapshot host = server();
    host.fstabRead = false;
    LuksChoice choice = choiceFor(QStringLiteral("/dev/sdb"));
    choice.confirmation = choice.device;
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY(!plan);
    QVERIFY(plan.error().message().contains(QStringLiteral("/etc/fstab could not be read")));
    host = server();
    host.crypttabRead = false;
    plan = LuksPlanner::plan(host, choice);
    QVERIFY(!plan);
    QVERIFY(plan.error().message().contains(QStringLiteral("/etc/crypttab could not be read")));
}

void TestLuksPlanner::usage()
{
    const BlockDeviceSnapshot host = server();
    const QString root = LuksPlanner::usage(*host.device(QStringLiteral("/dev/sda2")));
    QVERIFY2(root.contains(QStringLiteral("mounted at /")), qPrintable(root));
    QVERIFY(root.contains(QStringLiteral("holds the root filesystem")));
    QVERIFY(root.contains(QStringLiteral("in /etc/fstab")));
    QVERIFY(root.contains(QStringLiteral("ext4")));
    QCOMPARE(LuksPlanner::usage(*host.device(QStringLiteral("/dev/sdb"))),
             QStringLiteral("empty (no signature found)"));
    const QString vault = LuksPlanner::usage(*host.device(QStringLiteral("/dev/sde")));
    QVERIFY2(vault.contains(QStringLiteral("in /etc/crypttab")), qPrintable(vault));
    QVERIFY(vault.contains(QStringLiteral("LUKS2")));
    QVERIFY(vault.contains(QStringLiteral("holds /dev/mapper/vault")));
    QVERIFY(
        LuksPlanner::usage(*host.device(QStringLiteral("/dev/sdd"))).contains(QStringLiteral("partition table dos")));
}

void TestLuksPlanner::encryptionReport()
{
    const BlockDeviceSnapshot host = server();
    const QString luks2 = LuksPlanner::encryptionReport(*host.device(QStringLiteral("/dev/sde")), false);
    QVERIFY2(luks2.contains(QStringLiteral("LUKS2, aes-xts-plain64, 512-bit key, key derivation argon2id, 2 key "
                                           "slots")),
             qPrintable(luks2));
    QVERIFY(!luks2.contains(QStringLiteral("reencrypt"))); // nothing to improve: no reencryption talk

    const QString luks1 = LuksPlanner::encryptionReport(*host.device(QStringLiteral("/dev/sdf")), false);
    QVERIFY2(luks1.contains(QStringLiteral("LUKS1 only knows pbkdf2")), qPrintable(luks1));
    QVERIFY(luks1.contains(QStringLiteral("weaker than aes-xts-plain64")));
    QVERIFY(luks1.contains(QStringLiteral("cryptsetup reencrypt reads and rewrites all 10.0 GiB")));
    QVERIFY2(luks1.contains(QStringLiteral("takes about 1 to 2 minutes")), qPrintable(luks1));
    BlockDevice big = *host.device(QStringLiteral("/dev/sdf"));
    big.size = 4LL * 1024 * 1024 * 1024 * 1024;
    const QString bigReport = LuksPlanner::encryptionReport(big, false);
    QVERIFY2(bigReport.contains(QStringLiteral("takes about 3.9 to 11.7 hours")), qPrintable(bigReport));
    QVERIFY(luks1.contains(QStringLiteral("Risk:")));
    QVERIFY(luks1.contains(QStringLiteral("Not offered: no verified backup")));
    QVERIFY(LuksPlanner::encryptionReport(*host.device(QStringLiteral("/dev/sdf")), true)
                .contains(QStringLiteral("A verified backup is recorded")));

    const QString plain = LuksPlanner::encryptionReport(*host.device(QStringLiteral("/dev/sdc")), false);
    QVERIFY2(plain.contains(QStringLiteral("is not encrypted: it holds ext4")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("--reduce-device-size 32M")));
    QCOMPARE(LuksPlanner::encryptionReport(*host.device(QStringLiteral("/dev/sdb")), false),
             QStringLiteral("/dev/sdb is not encrypted."));
}

void TestLuksPlanner::commandsOnLoopDevice()
{
    // The plan's own argv against a real loop device holding ext4, as root with cryptsetup: the reader sees the
    // filesystem, the planner asks for the typed path, and wipefs, the key, luksFormat and the header backup run with
    // their verify checks, the key directory moved to a temporary one. Opening, mkfs and mounting need device-mapper
    // and change this machine's fstab: those run in the lab VM.
    for (const char *tool : {"losetup", "cryptsetup", "wipefs", "mkfs.ext4", "lsblk"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP("a tool is missing here (losetup, cryptsetup, wipefs, mkfs.ext4, lsblk)");
    }
    if (geteuid() != 0)
        QSKIP("needs root for a loop device");
    struct Outcome
    {
        int exit = -1;
        QByteArray out;
    };
    const auto run = [](const QStringList &argv, const QByteArray &input = {}) {
        QProcess process;
        process.start(argv.first(), argv.mid(1));
        process.write(input);
        process.closeWriteChannel();
        Outcome outcome;
        if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit) {
            outcome.exit = process.exitCode();
            outcome.out = process.readAllStandardOutput();
        }
        return outcome;
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString image = dir.filePath(QStringLiteral("disk.img"));
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(80 * 1024 * 1024));
    }
    const Outcome attached = run({QStringLiteral("losetup"), QStringLiteral("-f"), QStringLiteral("--show"), image});
    if (attached.exit != 0)
        QSKIP("no free loop device");
    const QString loop = QString::fromUtf8(attached.out).trimmed();
    const auto detach = qScopeGuard([&] { run({QStringLiteral("losetup"), QStringLiteral("-d"), loop}); });

    const auto read = [&]() {
        const Outcome out = run({QStringLiteral("sh"), QStringLiteral("-c"), QString::fromUtf8(BlockDevices::script()),
                                 QStringLiteral("sh"), QString::fromLatin1(boundary)});
        auto snapshot = BlockDevices::parse(out.out, boundary);
        if (!snapshot)
            qFatal("reader failed: %s", qPrintable(snapshot.error().toString()));
        return *snapshot;
    };
    // Empty: planned without a confirmation; its first step's check passes now and fails once a filesystem appears.
    BlockDeviceSnapshot host = read();
    QVERIFY(host.device(loop));
    LuksChoice empty = choiceFor(loop);
    empty.mapperName = QStringLiteral("bwtest%1").arg(getpid());
    empty.mountPoint = QStringLiteral("/srv/bwtest%1").arg(getpid());
    auto emptyPlan = LuksPlanner::plan(host, empty);
    QVERIFY2(emptyPlan, qPrintable(errorOf(emptyPlan)));
    const CommandStep guard = *emptyPlan->changes().first().command();
    QCOMPARE(run(guard.argv()).exit, 0);
    QCOMPARE(run({QStringLiteral("mkfs.ext4"), QStringLiteral("-q"), loop}).exit, 0);
    QCOMPARE(run(guard.argv()).exit, 3);

    host = read();
    QVERIFY(host.device(loop));
    const LuksPlanner::Assessment before = LuksPlanner::assess(host, loop);
    QVERIFY2(!before.refused(), qPrintable(before.refusals.join(u'\n')));
    QVERIFY2(before.destroys.join(u' ').contains(QStringLiteral("holds ext4")), qPrintable(before.destroys.join(u' ')));

    LuksChoice choice = choiceFor(loop);
    choice.mapperName = QStringLiteral("bwtest%1").arg(getpid());
    choice.mountPoint = QStringLiteral("/srv/bwtest%1").arg(getpid());
    choice.keyDerivation = LuksChoice::KeyDerivation::FastPbkdf2ForTests;
    choice.unlock = LuksChoice::Unlock::KeyFileAndPassphrase;
    QVERIFY(!LuksPlanner::plan(host, choice));
    choice.confirmation = loop;
    auto plan = LuksPlanner::plan(host, choice);
    QVERIFY2(plan, qPrintable(errorOf(plan)));

    const QString keys = dir.filePath(QStringLiteral("luks-keys"));
    const auto local = [&](QStringList argv) {
        for (QString &argument : argv)
            argument.replace(QStringLiteral("/etc/luks-keys"), keys);
        return argv;
    };
    // The passphrase as the Applier hands it over: the exact bytes on stdin, no newline.
    const QByteArray passphrase = "correct horse battery staple";
    const auto runUntilOpen = [&](const ChangePlan &p) {
        int ran = 0;
        for (const Change &change : p.changes()) {
            const CommandStep *step = change.command();
            if (!step)
                break; // the crypttab edit: past the commands this machine can run
            const QStringList argv = local(step->argv());
            if (argv.value(1) == u"open")
                break;
            const Outcome outcome = run(argv, step->secretSlot().isEmpty() ? QByteArray() : passphrase);
            if (outcome.exit != 0) {
                qWarning("failed: %s", qPrintable(argv.join(u' ')));
                return -1;
            }
            for (const CommandCheck &check : step->verify()) {
                const Outcome verified = run(local(check.argv()));
                if (!check.matches(verified.exit, verified.out)) {
                    qWarning("check failed: %s -> %s", qPrintable(check.argv().join(u' ')), verified.out.constData());
                    return -1;
                }
            }
            ++ran;
        }
        return ran;
    };
    const auto opensWith = [&](const QByteArray &secret) {
        return run({QStringLiteral("cryptsetup"), QStringLiteral("open"), QStringLiteral("--test-passphrase"),
                    QStringLiteral("--key-file"), QStringLiteral("-"), loop},
                   secret)
                   .exit == 0;
    };
    // wipefs, key directory, key, chmod, luksFormat, passphrase slot, header backup
    QCOMPARE(runUntilOpen(*plan), 7);
    QVERIFY(opensWith(passphrase));
    QVERIFY(!opensWith(passphrase + '\n')); // exact: a newline would have become part of it
    QVERIFY(!opensWith("wrong"));
    // What an admin types at the console (cryptsetup reads the line without its newline).
    QCOMPARE(run({QStringLiteral("cryptsetup"), QStringLiteral("open"), QStringLiteral("--test-passphrase"), loop},
                 passphrase + '\n')
                 .exit,
             0);
    // The header backup holds the passphrase slot too.
    QCOMPARE(run({QStringLiteral("cryptsetup"), QStringLiteral("open"), QStringLiteral("--test-passphrase"),
                  QStringLiteral("--header"), keys + u'/' + choice.mapperName + QStringLiteral(".header"),
                  QStringLiteral("--key-file"), QStringLiteral("-"), loop},
                 passphrase)
                 .exit,
             0);

    host = read();
    const BlockDevice *encrypted = host.device(loop);
    QVERIFY(encrypted);
    QCOMPARE(encrypted->luks.version, 2);
    QCOMPARE(encrypted->luks.uuid, uuid);
    QCOMPARE(encrypted->luks.cipher, QStringLiteral("aes-xts-plain64"));
    QCOMPARE(encrypted->luks.keyBits, 512);
    QCOMPARE(encrypted->luks.pbkdf, QStringLiteral("pbkdf2"));
    QCOMPARE(encrypted->luks.keyslots, 2);
    QVERIFY(LuksPlanner::encryptionReport(*encrypted, false).contains(QStringLiteral("luksConvertKey")));
    QVERIFY(LuksPlanner::assess(host, loop).destroys.join(u' ').contains(QStringLiteral("already encrypted (LUKS2")));

    // Passphrase only, over the LUKS device just made (typed confirmation): luksFormat reads the passphrase.
    LuksChoice only = choice;
    only.mapperName += QStringLiteral("p");
    only.unlock = LuksChoice::Unlock::Passphrase;
    only.luksUuid = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    auto onlyPlan = LuksPlanner::plan(host, only);
    QVERIFY2(onlyPlan, qPrintable(errorOf(onlyPlan)));
    QCOMPARE(runUntilOpen(*onlyPlan), 4); // wipefs, key directory, luksFormat, header backup
    QVERIFY(opensWith(passphrase));
    QVERIFY(!opensWith(passphrase + '\n'));
    host = read();
    QCOMPARE(host.device(loop)->luks.uuid, only.luksUuid);
    QCOMPARE(host.device(loop)->luks.keyslots, 1);
}

QTEST_GUILESS_MAIN(TestLuksPlanner)
#include "tst_luksplanner.moc"
