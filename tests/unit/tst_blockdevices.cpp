// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/BlockDevices.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Bulwark;
using namespace Bulwark::Luks;

namespace {

const QByteArray boundary = "BULWARK-0123456789abcdef0123456789abcdef";

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

// The script's output as the host prints it: the files followed by one newline and their -ok line.
QByteArray serverOutput(const QByteArray &fstab, const QByteArray *crypttab)
{
    QByteArray out = mark("lsblk") + data(QStringLiteral("lsblk-server.json")) + mark("lsblk-ok");
    out += mark("fstab") + fstab + '\n' + mark("fstab-ok");
    out += mark("crypttab");
    if (crypttab)
        out += *crypttab + '\n' + mark("crypttab-ok");
    else
        out += mark("crypttab-absent");
    for (const char *device : {"/dev/sda", "/dev/sda1", "/dev/sda2", "/dev/sda3", "/dev/sda4", "/dev/sdb"})
        out += mark(QByteArray("blkid ") + device);
    out += "TYPE=ext4\nUSAGE=filesystem\n"; // sdb: blkid -p sees what lsblk's udev data missed
    out += mark("blkid /dev/sdc") + "LABEL=archive\nTYPE=ext4\n";
    out += mark("blkid /dev/sdd") + "PTUUID=d1d1d1d1\nPTTYPE=dos\n";
    out += mark("blkid /dev/sde") + "UUID=c0ffee00-1111-4222-8333-444455556666\nVERSION=2\nTYPE=crypto_LUKS\n";
    out += mark("luks /dev/sde") + data(QStringLiteral("luksdump-luks2.txt"));
    out += mark("blkid /dev/sdf") + "TYPE=crypto_LUKS\n";
    out += mark("luks /dev/sdf") + data(QStringLiteral("luksdump-luks1.txt"));
    out += mark("end");
    return out;
}

} // namespace

class TestBlockDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lsblkServer();
    void lsblkOldSpellings();
    void lsblkGarbage_data();
    void lsblkGarbage();
    void lsblkHostile();
    void lsblkHuge();
    void fstab();
    void fstabHugeAndBinary();
    void crypttab();
    void blkid();
    void luksDump2();
    void luksDump1();
    void luksDumpGarbage();
    void refersTo_data();
    void refersTo();
    void wholeOutput();
    void wholeOutputExactFileBytes();
    void wholeOutputCrypttabAbsent();
    void wholeOutputRefusesBrokenAnswers_data();
    void wholeOutputRefusesBrokenAnswers();
    void forgedBoundaryInFile();
    void scriptIsReadOnly();
    void scriptOnThisMachine();
};

void TestBlockDevices::lsblkServer()
{
    auto devices = BlockDevices::parseLsblk(data(QStringLiteral("lsblk-server.json")));
    QVERIFY(devices);
    QCOMPARE(devices->size(), 15);
    const BlockDevice &sda = devices->at(0);
    QCOMPARE(sda.path, QStringLiteral("/dev/sda"));
    QCOMPARE(sda.type, QStringLiteral("disk"));
    QCOMPARE(sda.size, Q_INT64_C(107374182400));
    QCOMPARE(sda.children, QStringList({QStringLiteral("/dev/sda1"), QStringLiteral("/dev/sda2"),
                                        QStringLiteral("/dev/sda3"), QStringLiteral("/dev/sda4")}));
    QVERIFY(sda.mountPoints.isEmpty());
    const BlockDevice &sda2 = devices->at(2);
    QCOMPARE(sda2.parent, QStringLiteral("/dev/sda"));
    QCOMPARE(sda2.mountPoints, QStringList{QStringLiteral("/")});
    QCOMPARE(sda2.uuid, QStringLiteral("0e5b7c1a-8a43-4a4e-9b53-2f1f0f0d9a11"));
    QCOMPARE(devices->at(3).mountPoints, QStringList{QStringLiteral("[SWAP]")});
    const auto find = [&](const char *path) {
        for (const BlockDevice &d : *devices) {
            if (d.path == QLatin1String(path))
                return d;
        }
        return BlockDevice();
    };
    QCOMPARE(find("/dev/mapper/vault").name, QStringLiteral("vault"));
    QCOMPARE(find("/dev/mapper/vault").parent, QStringLiteral("/dev/sde"));
    QCOMPARE(find("/dev/sdc").label, QStringLiteral("archive"));
    QCOMPARE(find("/dev/sdc").fsType, QStringLiteral("ext4"));
    QVERIFY(find("/dev/sdh").readOnly);
    QCOMPARE(find("/dev/sr0").type, QStringLiteral("rom"));
    QCOMPARE(find("/dev/sdd1").partUuid, QStringLiteral("d1d1d1d1-01"));
}

void TestBlockDevices::lsblkOldSpellings()
{
    // util-linux before 2.37: MOUNTPOINT (one), sizes and RO as strings, no PATH.
    const QByteArray json = R"({"blockdevices": [
        {"name": "vdb", "type": "disk", "size": "1073741824", "ro": "1", "fstype": null, "mountpoint": null,
         "children": [{"name": "vdb1", "type": "part", "size": "1072693248", "ro": "0", "fstype": "ext4",
                       "mountpoint": "/data"}]}]})";
    auto devices = BlockDevices::parseLsblk(json);
    QVERIFY(devices);
    QCOMPARE(devices->size(), 2);
    QCOMPARE(devices->at(0).path, QStringLiteral("/dev/vdb"));
    QCOMPARE(devices->at(0).size, Q_INT64_C(1073741824));
    QVERIFY(devices->at(0).readOnly);
    QVERIFY(!devices->at(1).readOnly);
    QCOMPARE(devices->at(1).mountPoints, QStringList{QStringLiteral("/data")});
    QCOMPARE(devices->at(1).parent, QStringLiteral("/dev/vdb"));
}

void TestBlockDevices::lsblkGarbage_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("lsblk: unknown column: MOUNTPOINTS\n");
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("no list") << QByteArray(R"({"devices": []})");
    QTest::newRow("list not array") << QByteArray(R"({"blockdevices": "sda"})");
    QTest::newRow("truncated") << QByteArray(R"({"blockdevices": [{"name": "sda", "path": "/dev/)");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestBlockDevices::lsblkGarbage()
{
    QFETCH(QByteArray, input);
    QVERIFY(!BlockDevices::parseLsblk(input));
}

void TestBlockDevices::lsblkHostile()
{
    const QByteArray json = R"({"blockdevices": [
        {"name": "x", "path": "/dev/../etc/shadow", "type": "disk", "size": 1},
        {"name": "y", "path": "/dev/sd y", "type": "disk", "size": 1},
        {"name": "z", "path": "-rf", "type": "disk", "size": 1},
        {"name": "ok", "path": "/dev/sdz", "type": "disk\nrm", "size": -5, "label": "a\u0001b\nc",
         "mountpoints": ["/mnt/a b", null, 7]},
        "not an object", 42, null]})";
    auto devices = BlockDevices::parseLsblk(json);
    QVERIFY(devices);
    QCOMPARE(devices->size(), 1);
    const BlockDevice &d = devices->first();
    QCOMPARE(d.path, QStringLiteral("/dev/sdz"));
    QCOMPARE(d.size, Q_INT64_C(0));
    QCOMPARE(d.label, QStringLiteral("a?b?c"));
    QCOMPARE(d.type, QStringLiteral("disk?rm"));
    QCOMPARE(d.mountPoints, QStringList{QStringLiteral("/mnt/a b")});
}

void TestBlockDevices::lsblkHuge()
{
    // 10000 devices and a 200-deep chain: capped, never a crash or a stack overflow.
    QByteArray json = R"({"blockdevices": [)";
    for (int i = 0; i < 10000; ++i)
        json += (i ? "," : "") + QByteArray(R"({"name": "d)") + QByteArray::number(i) + R"(", "path": "/dev/d)" +
                QByteArray::number(i) + R"(", "type": "disk", "size": 1})";
    json += "]}";
    auto many = BlockDevices::parseLsblk(json);
    QVERIFY(many);
    QCOMPARE(many->size(), 4096);

    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += R"({"name": "n)" + QByteArray::number(i) + R"(", "path": "/dev/n)" + QByteArray::number(i) +
                R"(", "type": "disk", "size": 1, "children": [)";
    for (int i = 0; i < 200; ++i)
        deep += "]}";
    auto chain = BlockDevices::parseLsblk(R"({"blockdevices": [)" + deep + "]}");
    QVERIFY(chain);
    QVERIFY(chain->size() <= 18);
}

void TestBlockDevices::fstab()
{
    const QList<TabEntry> entries = BlockDevices::parseFstab(data(QStringLiteral("fstab-server")) +
                                                             "/dev/sdx1 /srv/with\\040space ext4 defaults 0 2\n"
                                                             "   \n#/dev/sdy1 /old ext4 defaults 0 2\nonlyonefield\n");
    QCOMPARE(entries.size(), 8);
    QCOMPARE(entries.at(0).source, QStringLiteral("UUID=0e5b7c1a-8a43-4a4e-9b53-2f1f0f0d9a11"));
    QCOMPARE(entries.at(0).target, QStringLiteral("/"));
    QCOMPARE(entries.at(0).type, QStringLiteral("ext4"));
    QCOMPARE(entries.at(0).line, 4);
    QCOMPARE(entries.at(0).file, QStringLiteral("/etc/fstab"));
    QCOMPARE(entries.at(3).source, QStringLiteral("LABEL=archive"));
    QCOMPARE(entries.at(3).target, QStringLiteral("/srv/archive"));
    QCOMPARE(entries.at(7).target, QStringLiteral("/srv/with space"));
}

void TestBlockDevices::fstabHugeAndBinary()
{
    QByteArray huge;
    for (int i = 0; i < 30000; ++i)
        huge += "/dev/sd" + QByteArray::number(i) + " /m" + QByteArray::number(i) + " ext4 defaults 0 2\n";
    QCOMPARE(BlockDevices::parseFstab(huge).size(), 10000);
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 37);
    const QList<TabEntry> entries = BlockDevices::parseFstab(binary);
    for (const TabEntry &e : entries)
        QVERIFY(e.text.size() <= 4096);
    QCOMPARE(BlockDevices::parseFstab(QByteArray(1000000, 'x')).size(), 0);
}

void TestBlockDevices::crypttab()
{
    const QList<TabEntry> entries =
        BlockDevices::parseCrypttab(data(QStringLiteral("crypttab-server")) + "swap /dev/sda3 /dev/urandom swap\n");
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).target, QStringLiteral("vault"));
    QCOMPARE(entries.at(0).source, QStringLiteral("UUID=c0ffee00-1111-4222-8333-444455556666"));
    QCOMPARE(entries.at(0).type, QStringLiteral("luks,nofail"));
    QCOMPARE(entries.at(0).line, 2);
    QCOMPARE(entries.at(0).file, QStringLiteral("/etc/crypttab"));
    QCOMPARE(entries.at(1).source, QStringLiteral("/dev/sda3"));
}

void TestBlockDevices::blkid()
{
    BlockDevice d;
    BlockDevices::parseBlkid("DEVNAME=/dev/sdd\nPTUUID=d1d1d1d1\nPTTYPE=dos\n", d);
    QVERIFY(d.probed);
    QCOMPARE(d.partitionTable, QStringLiteral("dos"));
    QVERIFY(d.signature.isEmpty());
    BlockDevice e;
    BlockDevices::parseBlkid("LABEL=x y\nTYPE=ext4\nUSAGE=filesystem\n", e);
    QCOMPARE(e.signature, QStringLiteral("ext4"));
    BlockDevice filled;
    BlockDevices::parseBlkid("LABEL=Patient Data\nUUID=0a1b2c3d-1111-4222-8333-444455556666\nTYPE=ext4\n"
                             "PART_ENTRY_UUID=6f1c2d3e-09\n",
                             filled);
    QCOMPARE(filled.label, QStringLiteral("Patient Data"));
    QCOMPARE(filled.uuid, QStringLiteral("0a1b2c3d-1111-4222-8333-444455556666"));
    QCOMPARE(filled.partUuid, QStringLiteral("6f1c2d3e-09"));
    BlockDevice lsblkFirst;
    lsblkFirst.uuid = QStringLiteral("from-lsblk");
    BlockDevices::parseBlkid("UUID=from-blkid\n", lsblkFirst);
    QCOMPARE(lsblkFirst.uuid, QStringLiteral("from-lsblk"));
    BlockDevice hostile;
    BlockDevices::parseBlkid("TYPE=ext4; rm -rf /\nPTTYPE=\n=x\n", hostile);
    QVERIFY(hostile.signature.isEmpty());
    QVERIFY(hostile.partitionTable.isEmpty());
    BlockDevice empty;
    BlockDevices::parseBlkid(QByteArray(), empty);
    QVERIFY(empty.probed);
}

void TestBlockDevices::luksDump2()
{
    const LuksHeader h = BlockDevices::parseLuksDump(data(QStringLiteral("luksdump-luks2.txt")));
    QCOMPARE(h.version, 2);
    QCOMPARE(h.uuid, QStringLiteral("c0ffee00-1111-4222-8333-444455556666"));
    QCOMPARE(h.cipher, QStringLiteral("aes-xts-plain64"));
    QCOMPARE(h.keyBits, 512);
    QCOMPARE(h.pbkdf, QStringLiteral("argon2id"));
    QCOMPARE(h.keyslots, 2);
    QVERIFY(!h.reencryptionInProgress);
}

void TestBlockDevices::luksDump1()
{
    const LuksHeader h = BlockDevices::parseLuksDump(data(QStringLiteral("luksdump-luks1.txt")));
    QCOMPARE(h.version, 1);
    QCOMPARE(h.uuid, QStringLiteral("deadbeef-0000-4000-8000-00000000000f"));
    QCOMPARE(h.cipher, QStringLiteral("aes-cbc-essiv:sha256"));
    QCOMPARE(h.keyBits, 256);
    QCOMPARE(h.pbkdf, QStringLiteral("pbkdf2"));
    QCOMPARE(h.keyslots, 2);
}

void TestBlockDevices::luksDumpGarbage()
{
    QCOMPARE(BlockDevices::parseLuksDump(QByteArray()), LuksHeader());
    QCOMPARE(BlockDevices::parseLuksDump("Version: 7\nUUID: x\n"), LuksHeader());
    QCOMPARE(BlockDevices::parseLuksDump(QByteArray(2000000, ':')), LuksHeader());
    const LuksHeader reencrypting =
        BlockDevices::parseLuksDump("Version: 2\nRequirements:\tonline-reencrypt-v2\nKeyslots:\n  2: reencrypt\n");
    QVERIFY(reencrypting.reencryptionInProgress);
}

void TestBlockDevices::refersTo_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("expected");
    QTest::newRow("path") << QStringLiteral("/dev/sdq1") << true;
    QTest::newRow("other path") << QStringLiteral("/dev/sdq") << false;
    QTest::newRow("UUID") << QStringLiteral("UUID=ABCDEF01-0000-4000-8000-000000000001") << true;
    QTest::newRow("quoted UUID") << QStringLiteral("UUID=\"abcdef01-0000-4000-8000-000000000001\"") << true;
    QTest::newRow("other UUID") << QStringLiteral("UUID=abcdef01-0000-4000-8000-000000000002") << false;
    QTest::newRow("PARTUUID") << QStringLiteral("PARTUUID=0a0b0c0d-01") << true;
    QTest::newRow("LABEL") << QStringLiteral("LABEL=backup") << true;
    QTest::newRow("LABEL case") << QStringLiteral("LABEL=Backup") << false;
    QTest::newRow("by-uuid") << QStringLiteral("/dev/disk/by-uuid/abcdef01-0000-4000-8000-000000000001") << true;
    QTest::newRow("by-partuuid") << QStringLiteral("/dev/disk/by-partuuid/0a0b0c0d-01") << true;
    QTest::newRow("by-label") << QStringLiteral("/dev/disk/by-label/backup") << true;
    QTest::newRow("empty UUID") << QStringLiteral("UUID=") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestBlockDevices::refersTo()
{
    QFETCH(QString, source);
    QFETCH(bool, expected);
    BlockDevice d;
    d.path = QStringLiteral("/dev/sdq1");
    d.name = QStringLiteral("sdq1");
    d.uuid = QStringLiteral("abcdef01-0000-4000-8000-000000000001");
    d.partUuid = QStringLiteral("0a0b0c0d-01");
    d.label = QStringLiteral("backup");
    QCOMPARE(BlockDevices::refersTo(source, d), expected);

    BlockDevice mapper;
    mapper.path = QStringLiteral("/dev/mapper/vault");
    mapper.name = QStringLiteral("vault");
    mapper.type = QStringLiteral("crypt");
    QVERIFY(BlockDevices::refersTo(QStringLiteral("/dev/mapper/vault"), mapper));
    QVERIFY(!BlockDevices::refersTo(QStringLiteral("UUID="), mapper));
}

void TestBlockDevices::wholeOutput()
{
    const QByteArray crypttab = data(QStringLiteral("crypttab-server"));
    auto snapshot = BlockDevices::parse(serverOutput(data(QStringLiteral("fstab-server")), &crypttab), boundary);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
    QVERIFY(snapshot->fstabRead);
    QVERIFY(snapshot->crypttabRead);
    QVERIFY(snapshot->crypttabExists);

    const BlockDevice *sda = snapshot->device(QStringLiteral("/dev/sda"));
    QVERIFY(sda);
    QVERIFY(sda->holdsRoot);
    QVERIFY(!sda->isMounted());
    QCOMPARE(sda->descendantMounts,
             QStringList({QStringLiteral("/boot/efi"), QStringLiteral("/"), QStringLiteral("[SWAP]")}));
    QCOMPARE(sda->descendantTabEntries.size(), 3);
    const BlockDevice *sda4 = snapshot->device(QStringLiteral("/dev/sda4"));
    QVERIFY(!sda4->holdsRoot);
    QVERIFY(sda4->onRootDisk);
    QVERIFY(sda4->probed);
    QVERIFY(sda4->contentType().isEmpty());
    QVERIFY(sda4->tabEntries.isEmpty());
    QVERIFY(snapshot->device(QStringLiteral("/dev/sda2"))->holdsRoot);
    QVERIFY(snapshot->device(QStringLiteral("/dev/sda1"))->onRootDisk);

    const BlockDevice *sdb = snapshot->device(QStringLiteral("/dev/sdb"));
    QCOMPARE(sdb->signature, QStringLiteral("ext4")); // lsblk said nothing, blkid -p found it
    QCOMPARE(sdb->contentType(), QStringLiteral("ext4"));

    const BlockDevice *sdc = snapshot->device(QStringLiteral("/dev/sdc"));
    QCOMPARE(sdc->tabEntries.size(), 1);
    QCOMPARE(sdc->tabEntries.first().target, QStringLiteral("/srv/archive"));
    QCOMPARE(sdc->tabEntries.first().line, 7);

    const BlockDevice *sdd = snapshot->device(QStringLiteral("/dev/sdd"));
    QCOMPARE(sdd->partitionTable, QStringLiteral("dos"));
    QCOMPARE(sdd->descendantMounts, QStringList{QStringLiteral("/srv/old")});
    QCOMPARE(sdd->descendantTabEntries.size(), 1);
    QVERIFY(sdd->probed);

    const BlockDevice *sde = snapshot->device(QStringLiteral("/dev/sde"));
    QCOMPARE(sde->luks.version, 2);
    QVERIFY(sde->isLuks());
    QCOMPARE(sde->tabEntries.size(), 1);
    QCOMPARE(sde->tabEntries.first().file, QStringLiteral("/etc/crypttab"));
    QCOMPARE(sde->descendantTabEntries.size(), 1); // /dev/mapper/vault in fstab
    QCOMPARE(sde->descendantTabEntries.first().target, QStringLiteral("/vault"));
    QCOMPARE(snapshot->device(QStringLiteral("/dev/sdf"))->luks.version, 1);
    QVERIFY(!snapshot->device(QStringLiteral("/dev/sdg"))->probed);
}

void TestBlockDevices::wholeOutputExactFileBytes()
{
    // No trailing newline, CRLF, trailing blank lines: the bytes come back exactly (the planner's before-hash).
    for (const QByteArray &fstab :
         {QByteArray("UUID=1 / ext4 defaults 0 1"), QByteArray("a b c\r\n\r\n"), QByteArray("\n\n\n"), QByteArray()}) {
        const QByteArray crypttab = "x /dev/sdq none luks";
        auto snapshot = BlockDevices::parse(serverOutput(fstab, &crypttab), boundary);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->fstab, fstab);
        QCOMPARE(snapshot->crypttab, crypttab);
    }
}

void TestBlockDevices::wholeOutputCrypttabAbsent()
{
    auto snapshot = BlockDevices::parse(serverOutput(data(QStringLiteral("fstab-server")), nullptr), boundary);
    QVERIFY(snapshot);
    QVERIFY(snapshot->crypttabRead);
    QVERIFY(!snapshot->crypttabExists);
    QVERIFY(snapshot->crypttab.isEmpty());
    QVERIFY(snapshot->device(QStringLiteral("/dev/sde"))->tabEntries.isEmpty());
}

void TestBlockDevices::wholeOutputRefusesBrokenAnswers_data()
{
    QTest::addColumn<QByteArray>("output");
    const QByteArray crypttab = "x y";
    const QByteArray good = serverOutput("a b", &crypttab);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no end") << good.left(good.indexOf(QByteArray(boundary + " end")));
    QTest::newRow("lsblk failed") << QByteArray(mark("lsblk") + mark("fstab") + mark("end"));
    QTest::newRow("unknown section") << QByteArray(mark("lsblk") + "{\"blockdevices\": []}\n" + mark("lsblk-ok") +
                                                   mark("evil") + mark("end"));
    QTest::newRow("lsblk not json") << QByteArray(mark("lsblk") + "garbage\n" + mark("lsblk-ok") + mark("end"));
    QTest::newRow("other boundary") << QByteArray(good).replace(boundary, "BULWARK-ffffffffffffffffffffffffffffffff");
}

void TestBlockDevices::wholeOutputRefusesBrokenAnswers()
{
    QFETCH(QByteArray, output);
    QVERIFY(!BlockDevices::parse(output, boundary));
}

void TestBlockDevices::forgedBoundaryInFile()
{
    // A file that prints a boundary-looking line with another boundary is just content.
    const QByteArray fstab = "BULWARK-00000000000000000000000000000000 end\n/dev/sdb /x ext4 defaults 0 2\n";
    const QByteArray crypttab;
    auto snapshot = BlockDevices::parse(serverOutput(fstab, &crypttab), boundary);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->fstab, fstab);
    QCOMPARE(snapshot->device(QStringLiteral("/dev/sdb"))->tabEntries.size(), 1);
    // Only the sections that lsblk listed are attached to a device.
    QByteArray extra = serverOutput("a b", &crypttab);
    extra.insert(extra.indexOf(QByteArray(boundary + " end")), mark("blkid /dev/notthere") + "TYPE=ext4\n");
    QVERIFY(BlockDevices::parse(extra, boundary));
}

void TestBlockDevices::scriptIsReadOnly()
{
    const QByteArray script = BlockDevices::script();
    for (const char *word : {"luksFormat", "wipefs", "mkfs", "dd ", "rm ", " > /", "mount "})
        QVERIFY2(!script.contains(word), word);
    QVERIFY(script.contains("lsblk -J -b -o NAME,PATH,TYPE,SIZE,FSTYPE,MOUNTPOINTS,UUID,PKNAME,RO"));
    QVERIFY(script.contains("blkid -p -o export"));
    QVERIFY(script.contains("cryptsetup luksDump"));
}

void TestBlockDevices::scriptOnThisMachine()
{
    // The script as the host runs it (sh -c SCRIPT sh BOUNDARY), against this machine's lsblk and blkid; as root
    // also with a loop device holding an ext4 filesystem that lsblk's udev data may not know about.
    if (QStandardPaths::findExecutable(QStringLiteral("lsblk")).isEmpty())
        QSKIP("no lsblk here");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString loop;
    const auto run = [](const QString &program, const QStringList &arguments, QByteArray *out = nullptr) {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    };
    const QString image = dir.filePath(QStringLiteral("disk.img"));
    if (geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("losetup")).isEmpty() &&
        !QStandardPaths::findExecutable(QStringLiteral("mkfs.ext4")).isEmpty()) {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(80 * 1024 * 1024));
        file.close();
        QCOMPARE(run(QStringLiteral("mkfs.ext4"),
                     {QStringLiteral("-q"), QStringLiteral("-L"), QStringLiteral("bwtest"), image}),
                 0);
        QByteArray out;
        if (run(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), image}, &out) == 0)
            loop = QString::fromUtf8(out).trimmed();
    }
    const auto detach = qScopeGuard([&] {
        if (!loop.isEmpty())
            run(QStringLiteral("losetup"), {QStringLiteral("-d"), loop});
    });

    QByteArray output;
    QCOMPARE(run(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QString::fromUtf8(BlockDevices::script()), QStringLiteral("sh"),
                  QString::fromLatin1(boundary)},
                 &output),
             0);
    auto snapshot = BlockDevices::parse(output, boundary);
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().toString()));
    QVERIFY(!snapshot->devices.isEmpty());
    QFile fstab(QStringLiteral("/etc/fstab"));
    if (fstab.open(QIODevice::ReadOnly)) {
        QVERIFY(snapshot->fstabRead);
        QCOMPARE(snapshot->fstab, fstab.readAll()); // byte for byte
    }
    QVERIFY(snapshot->crypttabRead);
    QCOMPARE(snapshot->crypttabExists, QFile::exists(QStringLiteral("/etc/crypttab")));
    if (loop.isEmpty())
        QSKIP("not root or no loop device: only the read-only part ran");
    const BlockDevice *device = snapshot->device(loop);
    QVERIFY2(device, qPrintable(loop));
    QCOMPARE(device->type, QStringLiteral("loop"));
    QCOMPARE(device->size, Q_INT64_C(80) * 1024 * 1024);
    QVERIFY(device->probed);
    QCOMPARE(device->contentType(), QStringLiteral("ext4"));
    QCOMPARE(device->label, QStringLiteral("bwtest"));
    QVERIFY(!device->uuid.isEmpty());
    QVERIFY(!device->isMounted());
}

QTEST_GUILESS_MAIN(TestBlockDevices)
#include "tst_blockdevices.moc"
