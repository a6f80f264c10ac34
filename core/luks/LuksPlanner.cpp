// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/LuksPlanner.h"

#include "core/luks/BlockDevices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <cmath>

namespace Bulwark::Plan {

namespace {

using Luks::BlockDevice;
using Luks::BlockDeviceSnapshot;
using Luks::TabEntry;

const char *const context = "Bulwark::Plan::LuksPlanner";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error refuse(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

constexpr qint64 minimumSize = 64 * 1024 * 1024; // the LUKS2 header takes 16 MiB; below 64 MiB is a mistake

const QString &keyDirectory()
{
    static const QString path = QStringLiteral("/etc/luks-keys");
    return path;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString fsName(LuksChoice::Filesystem filesystem)
{
    return filesystem == LuksChoice::Filesystem::Xfs ? QStringLiteral("xfs") : QStringLiteral("ext4");
}

QString mapperPath(const QString &name)
{
    return QStringLiteral("/dev/mapper/") + name;
}

bool isUuid(const QString &uuid)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(uuid).hasMatch();
}

// Directories a new mount would hide or that the system itself needs.
bool isSystemDirectory(const QString &path)
{
    static const QStringList exact = {
        QStringLiteral("/"),      QStringLiteral("/bin"),    QStringLiteral("/boot"), QStringLiteral("/dev"),
        QStringLiteral("/etc"),   QStringLiteral("/home"),   QStringLiteral("/lib"),  QStringLiteral("/lib32"),
        QStringLiteral("/lib64"), QStringLiteral("/libx32"), QStringLiteral("/opt"),  QStringLiteral("/proc"),
        QStringLiteral("/root"),  QStringLiteral("/run"),    QStringLiteral("/sbin"), QStringLiteral("/srv"),
        QStringLiteral("/sys"),   QStringLiteral("/tmp"),    QStringLiteral("/usr"),  QStringLiteral("/var"),
        QStringLiteral("/mnt"),   QStringLiteral("/media"),
    };
    static const QStringList under = {
        QStringLiteral("/boot/"), QStringLiteral("/dev/"), QStringLiteral("/etc/"),   QStringLiteral("/proc/"),
        QStringLiteral("/run/"),  QStringLiteral("/sys/"), QStringLiteral("/usr/"),   QStringLiteral("/bin/"),
        QStringLiteral("/sbin/"), QStringLiteral("/lib/"), QStringLiteral("/lib64/"),
    };
    if (exact.contains(path))
        return true;
    for (const QString &prefix : under) {
        if (path.startsWith(prefix))
            return true;
    }
    // /var itself and what the system keeps there; /var/lib/<app> or /var/backups/x are fine.
    static const QStringList varSystem = {
        QStringLiteral("/var/lib"),   QStringLiteral("/var/log"),  QStringLiteral("/var/cache"),
        QStringLiteral("/var/spool"), QStringLiteral("/var/tmp"),  QStringLiteral("/var/run"),
        QStringLiteral("/var/lock"),  QStringLiteral("/var/mail"),
    };
    return varSystem.contains(path);
}

bool isCleanMountPoint(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(/[A-Za-z0-9._+@-]+)+$"));
    return path.size() <= 200 && re.match(path).hasMatch() && QDir::cleanPath(path) == path &&
           !path.contains(QLatin1String("/./")) && !path.contains(QLatin1String("/../")) &&
           !path.endsWith(QLatin1String("/..")) && !path.endsWith(QLatin1String("/."));
}

QString tabLineText(const TabEntry &entry)
{
    return QStringLiteral("%1, line %2 (\"%3\")").arg(entry.file).arg(entry.line).arg(entry.text.trimmed().left(160));
}

// Devices that refer to `device` and sit below it or on it: an open LUKS mapping, an LV over a PV, an md array over
// a member (lsblk lists them as children).
QStringList busyChildren(const BlockDeviceSnapshot &host, const BlockDevice &device)
{
    QStringList busy;
    for (const QString &path : device.children) {
        const BlockDevice *child = host.device(path);
        if (!child || child->type == u"part")
            continue;
        busy.append(path);
    }
    return busy;
}

// Every partition below `device` is also busy when it has holders itself.
void collectBusy(const BlockDeviceSnapshot &host, const BlockDevice &device, QStringList &busy, int depth = 0)
{
    if (depth > 16)
        return;
    busy += busyChildren(host, device);
    for (const QString &path : device.children) {
        const BlockDevice *child = host.device(path);
        if (child && child->type == u"part")
            collectBusy(host, *child, busy, depth + 1);
    }
}

// sh -c SCRIPT sh DEVICE: exits 0 when wipefs lists no signature on DEVICE, 3 (listing them on stderr) otherwise.
QString emptinessScript()
{
    return QStringLiteral("found=$(wipefs --noheadings \"$1\") || exit 2\n"
                          "[ -z \"$found\" ] && exit 0\n"
                          "printf '%s\\n' \"$found\" >&2\n"
                          "exit 3");
}

CommandStep step(const QStringList &argv, const QString &description)
{
    CommandStep s(argv, description);
    s.setElevate(true);
    return s;
}

QString cryptsetup()
{
    return QStringLiteral("cryptsetup");
}

// The fstab/crypttab text with the lines in `lines` (1-based) commented out by a leading "#", nothing else touched.
QByteArray commentOut(const QByteArray &content, const QSet<int> &lines)
{
    if (lines.isEmpty())
        return content;
    QList<QByteArray> all = content.split('\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (lines.contains(int(i + 1)))
            all[i] = "#" + all.at(i);
    }
    return all.join('\n');
}

QByteArray appendLine(const QByteArray &content, const QByteArray &line)
{
    QByteArray out = content;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    return out + line + '\n';
}

} // namespace

bool LuksPlanner::isValidMapperName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.+-]{0,47}$"));
    return re.match(name).hasMatch() && name != u"control";
}

QString LuksPlanner::keyFilePath(const QString &mapperName)
{
    return keyDirectory() + u'/' + mapperName + QStringLiteral(".key");
}

QString LuksPlanner::headerBackupPath(const QString &mapperName)
{
    return keyDirectory() + u'/' + mapperName + QStringLiteral(".header");
}

QByteArray LuksPlanner::crypttabLine(const LuksChoice &choice, const QString &luksUuid)
{
    // nofail: a missing or broken device never drops the boot into an emergency shell (no SSH there).
    // A passphrase-only device has no key file: "none" makes systemd-cryptsetup ask on the console at boot.
    const QString key =
        choice.unlock == LuksChoice::Unlock::Passphrase ? QStringLiteral("none") : keyFilePath(choice.mapperName);
    return QStringLiteral("%1 UUID=%2 %3 luks,nofail").arg(choice.mapperName, luksUuid, key).toUtf8();
}

QByteArray LuksPlanner::fstabLine(const LuksChoice &choice)
{
    const bool xfs = choice.filesystem == LuksChoice::Filesystem::Xfs;
    return QStringLiteral("%1 %2 %3 defaults,nofail 0 %4")
        .arg(mapperPath(choice.mapperName), choice.mountPoint, fsName(choice.filesystem),
             xfs ? QStringLiteral("0") : QStringLiteral("2"))
        .toUtf8();
}

QString LuksPlanner::usage(const BlockDevice &device)
{
    QStringList parts;
    if (device.isMounted())
        parts.append(tr("mounted at %1").arg(device.mountPoints.join(QStringLiteral(", "))));
    if (!device.descendantMounts.isEmpty())
        parts.append(tr("holds %1 mounted").arg(device.descendantMounts.join(QStringLiteral(", "))));
    if (device.holdsRoot)
        parts.append(tr("holds the root filesystem"));
    QSet<QString> files;
    for (const TabEntry &entry : device.tabEntries + device.descendantTabEntries)
        files.insert(entry.file);
    for (const QString &file : QStringList{QStringLiteral("/etc/fstab"), QStringLiteral("/etc/crypttab")}) {
        if (files.contains(file))
            parts.append(tr("in %1").arg(file));
    }
    if (device.luks.version > 0)
        parts.append(tr("LUKS%1").arg(device.luks.version));
    else if (device.isLuks())
        parts.append(tr("LUKS"));
    else if (!device.contentType().isEmpty())
        parts.append(device.contentType());
    if (!device.partitionTable.isEmpty())
        parts.append(tr("partition table %1").arg(device.partitionTable));
    if (!device.children.isEmpty())
        parts.append(tr("holds %1").arg(device.children.join(QStringLiteral(", "))));
    if (device.readOnly)
        parts.append(tr("read-only"));
    if (parts.isEmpty())
        return device.probed ? tr("empty (no signature found)") : tr("no signature known (not probed)");
    return parts.join(QStringLiteral("; "));
}

LuksPlanner::Assessment LuksPlanner::assess(const BlockDeviceSnapshot &host, const QString &path)
{
    Assessment a;
    const BlockDevice *device = host.device(path);
    if (!device) {
        a.refusals.append(tr("%1 is not a block device of this host.").arg(path.left(200)));
        return a;
    }
    static const QStringList types = {QStringLiteral("disk"), QStringLiteral("part"), QStringLiteral("lvm"),
                                      QStringLiteral("loop")};
    if (!types.contains(device->type))
        a.refusals.append(tr("%1 is a %2 device; Bulwark encrypts only disks, partitions, logical volumes and loop "
                             "devices.")
                              .arg(path, device->type.isEmpty() ? tr("unknown") : device->type));
    if (device->readOnly)
        a.refusals.append(tr("%1 is read-only.").arg(path));
    if (device->size < minimumSize)
        a.refusals.append(tr("%1 is %2; LUKS needs 16 MiB for its header, so Bulwark encrypts only devices of 64 MiB "
                             "or more.")
                              .arg(path, sizeText(device->size)));
    if (device->holdsRoot)
        a.refusals.append(tr("%1 holds the root filesystem: formatting it destroys the running system.").arg(path));
    if (device->isMounted())
        a.refusals.append(tr("%1 is mounted at %2: unmount it (and remove it from /etc/fstab) first; Bulwark never "
                             "formats a mounted device, even when confirmed.")
                              .arg(path, device->mountPoints.join(QStringLiteral(", "))));
    if (!device->descendantMounts.isEmpty())
        a.refusals.append(tr("Something on %1 is mounted at %2: unmount it first; Bulwark never formats a device "
                             "with a mounted filesystem on it, even when confirmed.")
                              .arg(path, device->descendantMounts.join(QStringLiteral(", "))));
    QStringList busy;
    collectBusy(host, *device, busy);
    if (!busy.isEmpty())
        a.refusals.append(tr("%1 is in use by %2 (an open LUKS mapping, a logical volume or a RAID array): close or "
                             "stop it first; cryptsetup could not format a device in use anyway.")
                              .arg(path, busy.join(QStringLiteral(", "))));
    if (!host.fstabRead)
        a.refusals.append(tr("/etc/fstab could not be read, so whether %1 is in use at boot is unknown.").arg(path));
    if (!host.crypttabRead)
        a.refusals.append(tr("/etc/crypttab could not be read, so whether %1 is in use at boot is unknown.").arg(path));
    if (!device->probed && device->contentType().isEmpty() && device->children.isEmpty())
        a.refusals.append(
            tr("%1 was not probed for signatures (blkid -p did not run), so whether it holds data is unknown.")
                .arg(path));

    // What the typed confirmation would destroy.
    if (device->isLuks()) {
        a.destroys.append(tr("%1 is already encrypted (LUKS%2, UUID %3): formatting it again destroys its key slots "
                             "and everything in it.")
                              .arg(path, device->luks.version > 0 ? QString::number(device->luks.version) : tr("?"),
                                   device->luks.uuid.isEmpty() ? device->uuid : device->luks.uuid));
    } else if (!device->contentType().isEmpty()) {
        QString what = device->contentType();
        if (!device->label.isEmpty())
            what += tr(" labelled \"%1\"").arg(device->label.left(64));
        a.destroys.append(tr("%1 holds %2 (%3): formatting destroys it.").arg(path, what, sizeText(device->size)));
    }
    if (!device->partitionTable.isEmpty() || !device->children.isEmpty()) {
        a.destroys.append(tr("%1 holds a partition table%2: formatting destroys every partition on it.")
                              .arg(path, device->children.isEmpty()
                                             ? QString()
                                             : tr(" (%1)").arg(device->children.join(QStringLiteral(", ")))));
    }
    for (const TabEntry &entry : device->tabEntries + device->descendantTabEntries)
        a.destroys.append(tr("%1 names it; the plan comments that line out.").arg(tabLineText(entry)));
    return a;
}

QString LuksPlanner::encryptionReport(const BlockDevice &device, bool backupVerified)
{
    QStringList lines;
    // "about 14 to 41 minutes" or "about 1.2 to 3.6 hours": never "0.0 hours" for a small disk.
    const double fastSeconds = double(device.size) / (300.0 * 1024 * 1024);
    const double slowSeconds = double(device.size) / (100.0 * 1024 * 1024);
    const QString duration =
        slowSeconds < 2 * 3600
            ? tr("%1 to %2 minutes")
                  .arg(qMax(1.0, std::ceil(fastSeconds / 60)))
                  .arg(qMax(1.0, std::ceil(slowSeconds / 60)))
            : tr("%1 to %2 hours").arg(fastSeconds / 3600, 0, 'f', 1).arg(slowSeconds / 3600, 0, 'f', 1);
    const QString cost = tr("cryptsetup reencrypt reads and rewrites all %1 of %2: at 100 to 300 MiB/s that takes "
                            "about %3, with the disk busy all that time.")
                             .arg(sizeText(device.size), device.path, duration);
    const QString risk =
        tr("Risk: a power loss, a crash or a failing disk while it runs can leave the data unreadable; LUKS2 keeps a "
           "resilience journal, but nothing protects against a disk that fails under the load or a header that is "
           "lost. Run it only with a verified backup of the data and of the LUKS header.");
    const QString gate = backupVerified
                             ? tr("A verified backup is recorded: reencryption may be offered (Bulwark does not run "
                                  "it; it is run by hand, in a maintenance window).")
                             : tr("Not offered: no verified backup of this device is recorded.");
    if (device.isLuks()) {
        const Luks::LuksHeader &h = device.luks;
        if (h.version == 0) {
            lines.append(tr("%1 is LUKS, but its header could not be read (cryptsetup luksDump).").arg(device.path));
            return lines.join(u'\n');
        }
        lines.append(tr("%1 is encrypted: LUKS%2, %3, %4-bit key, key derivation %5, %6 key slots in use, UUID %7.")
                         .arg(device.path)
                         .arg(h.version)
                         .arg(h.cipher.isEmpty() ? tr("unknown cipher") : h.cipher)
                         .arg(h.keyBits)
                         .arg(h.pbkdf.isEmpty() ? tr("unknown") : h.pbkdf)
                         .arg(h.keyslots)
                         .arg(h.uuid));
        bool weakCipher = false;
        if (h.version == 1)
            lines.append(
                tr("LUKS1 only knows pbkdf2 and has no header checksum or redundant header: converting to LUKS2 "
                   "(cryptsetup convert, offline, after a header backup) keeps the data and allows argon2id."));
        else if (h.pbkdf == u"pbkdf2")
            lines.append(tr("Its key slots use pbkdf2: cryptsetup luksConvertKey --pbkdf argon2id changes that per key "
                            "slot in seconds, without reencrypting."));
        if (!h.cipher.startsWith(QLatin1String("aes-xts")) || (h.keyBits > 0 && h.keyBits < 256)) {
            weakCipher = true;
            lines.append(
                tr("The cipher or key size is weaker than aes-xts-plain64 with a 512-bit key: only reencrypting "
                   "changes that."));
        }
        if (h.reencryptionInProgress)
            lines.append(
                tr("A reencryption of this device is in progress or was interrupted: resume it with cryptsetup "
                   "reencrypt --resume-only before anything else."));
        if (weakCipher || h.version == 1) {
            lines.append(cost);
            lines.append(risk);
            lines.append(gate);
        }
    } else if (!device.contentType().isEmpty() && device.contentType() != u"swap") {
        lines.append(tr("%1 is not encrypted: it holds %2.").arg(device.path, device.contentType()));
        lines.append(tr("Encrypting it in place (cryptsetup reencrypt --encrypt --reduce-device-size 32M) first needs "
                        "the filesystem shrunk by 32 MiB to make room for the header, and the device unmounted or "
                        "its filesystem frozen."));
        lines.append(cost);
        lines.append(risk);
        lines.append(gate);
    } else {
        lines.append(tr("%1 is not encrypted.").arg(device.path));
    }
    return lines.join(u'\n');
}

Result<ChangePlan> LuksPlanner::plan(const BlockDeviceSnapshot &host, const LuksChoice &choice)
{
    const QString &path = choice.device;
    const Assessment assessment = assess(host, path);
    if (assessment.refused())
        return refuse(assessment.refusals.join(u' '));
    const bool destructive = assessment.needsConfirmation();
    if (destructive && choice.confirmation != path)
        return refuse(tr("%1 Type the device path %2 exactly to confirm that it is to be destroyed.")
                          .arg(assessment.destroys.join(u' '), path));
    const BlockDevice &device = *host.device(path);

    // The mapper name, the key and the mount point.
    const QString &name = choice.mapperName;
    if (!isValidMapperName(name))
        return refuse(
            tr("\"%1\" is not a usable mapping name: letters, digits, \".\", \"_\", \"+\" and \"-\", starting "
               "with a letter or digit, at most 48.")
                .arg(name.left(60)));
    for (const BlockDevice &other : host.devices) {
        if (other.path == mapperPath(name) || ((other.type == u"crypt" || other.type == u"lvm") && other.name == name))
            return refuse(tr("%1 exists already.").arg(mapperPath(name)));
    }
    for (const TabEntry &entry : Luks::BlockDevices::parseCrypttab(host.crypttab)) {
        if (entry.target == name)
            return refuse(tr("/etc/crypttab already defines %1 (line %2).").arg(name).arg(entry.line));
    }
    const QString &mount = choice.mountPoint;
    if (!isCleanMountPoint(mount))
        return refuse(tr("\"%1\" is not a clean absolute path for a mount point.").arg(mount.left(200)));
    if (isSystemDirectory(mount))
        return refuse(tr("%1 is a system directory: mounting over it hides what the system keeps there.").arg(mount));
    for (const BlockDevice &other : host.devices) {
        for (const QString &point : other.mountPoints) {
            if (point == mount)
                return refuse(tr("Something is mounted at %1 already (%2).").arg(mount, other.path));
        }
    }
    for (const TabEntry &entry : Luks::BlockDevices::parseFstab(host.fstab)) {
        if (entry.target == mount)
            return refuse(tr("/etc/fstab already mounts something at %1 (line %2).").arg(mount).arg(entry.line));
    }
    QString uuid = choice.luksUuid;
    if (uuid.isEmpty())
        uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!isUuid(uuid))
        return refuse(tr("\"%1\" is not a UUID in lower case.").arg(uuid.left(60)));

    const QString key = keyFilePath(name);
    const QString header = headerBackupPath(name);
    const QString mapper = mapperPath(name);
    const QString fs = fsName(choice.filesystem);

    ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    plan.addWarning(tr("Formatting %1 cannot be undone: whatever is on it is gone the moment luksFormat runs, and "
                       "rolling the plan back does not bring it back.")
                        .arg(path));
    if (destructive) {
        plan.addWarning(tr("DESTRUCTIVE, CONFIRMED BY TYPING %1: %2").arg(path, assessment.destroys.join(u' ')));
    }
    if (device.onRootDisk)
        plan.addWarning(tr("%1 is on the same disk as the root filesystem: a mistake in the device name would hit the "
                           "running system. Check the size (%2) against what you expect.")
                            .arg(path, sizeText(device.size)));
    const bool keyFile = choice.unlock != LuksChoice::Unlock::Passphrase;
    const bool passphrase = choice.unlock != LuksChoice::Unlock::KeyFile;
    if (keyFile)
        plan.addWarning(tr("The key file %1 stays unencrypted on the root filesystem so that the device unlocks at "
                           "boot: it protects the data when this device alone is taken, not when the whole server is.")
                            .arg(key));
    else
        plan.addWarning(tr("Passphrase only: no key stays on the host, so after every reboot %1 stays locked and %2 "
                           "unmounted until someone types the passphrase on the server's console (or unlocks it by "
                           "hand: cryptsetup open, then mount %2). The boot itself does not wait for it (nofail). "
                           "A lost passphrase means the data is lost.")
                            .arg(path, choice.mountPoint));
    if (passphrase)
        plan.addWarning(tr("The passphrase is asked for when the plan is applied and goes to cryptsetup on its "
                           "standard input; it is never saved in the plan, the journal or a log. Keep it where the "
                           "people who must unlock %1 find it.")
                            .arg(path));

    plan.addWarning(tr("The LUKS header backup %1 stays on the host until it is copied to the workstation and kept "
                       "offline: without it (or the key), a damaged header means the data is lost.")
                        .arg(header));
    if (choice.keyDerivation == LuksChoice::KeyDerivation::FastPbkdf2ForTests)
        plan.addWarning(passphrase ? tr("TEST HOSTS ONLY: the key slots use pbkdf2 with 1000 iterations, so the "
                                        "passphrase can be guessed quickly by anyone holding the disk.")
                                   : tr("The key slot uses pbkdf2 with 1000 iterations (for test hosts): acceptable "
                                        "only with the random key file, never for a passphrase."));

    // 1. An empty device: check at apply time that it still is (nothing was created on it since the scan), since
    //    luksFormat --batch-mode would overwrite it without asking. The step only lists; its check stops the plan.
    if (!destructive) {
        // The check is the command itself (not a verify check): the Applier checks every verify again at the end,
        // when luksFormat has long put a signature there.
        CommandStep guard = step(
            {QStringLiteral("sh"), QStringLiteral("-c"), emptinessScript(), QStringLiteral("sh"), path},
            tr("Check, read-only, that %1 still has no signature (wipefs lists nothing), as when it was planned; the "
               "plan stops here otherwise.")
                .arg(path));
        plan.append(Change(tr("Check that %1 is still empty").arg(path), guard));
    }

    // 1. Old signatures: explicit, so the diff shows what is destroyed (luksFormat would overwrite only the start).
    if (destructive &&
        (!device.contentType().isEmpty() || !device.partitionTable.isEmpty() || !device.children.isEmpty())) {
        CommandStep wipe = step({QStringLiteral("wipefs"), QStringLiteral("--all"), path},
                                tr("Erase every signature on %1 (filesystem, partition table, RAID or LUKS header). "
                                   "Cannot be undone.")
                                    .arg(path));
        wipe.setIrreversible(true);
        plan.append(Change(tr("Erase the signatures on %1").arg(path), wipe));
    }

    // 2. The key directory and a random key: generated on the host, never read back, never in an argv.
    CommandStep directory = step(
        {QStringLiteral("install"), QStringLiteral("-d"), QStringLiteral("-m"), QStringLiteral("0700"),
         QStringLiteral("-o"), QStringLiteral("root"), QStringLiteral("-g"), QStringLiteral("root"), keyDirectory()},
        tr("Create %1, readable by root only (kept on rollback: it may hold other keys).").arg(keyDirectory()));
    directory.setVerify(
        {CommandCheck({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a:%U"), keyDirectory()},
                      {QStringLiteral("700:root")}, 0)});
    plan.append(Change(tr("Key directory %1").arg(keyDirectory()), directory));

    CommandStep generate = step({QStringLiteral("dd"), QStringLiteral("if=/dev/urandom"), QStringLiteral("of=") + key,
                                 QStringLiteral("bs=64"), QStringLiteral("count=1"), QStringLiteral("iflag=fullblock"),
                                 QStringLiteral("conv=excl"), QStringLiteral("status=none")},
                                tr("Write 64 random bytes to %1 (fails rather than overwrite an existing key; kept on "
                                   "rollback: once the device is formatted it is the only way in).")
                                    .arg(key));
    CommandStep protect =
        step({QStringLiteral("chmod"), QStringLiteral("0400"), key}, tr("Make %1 readable by root only.").arg(key));
    protect.setVerify({CommandCheck({QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%a:%U:%s"), key},
                                    {QStringLiteral("400:root:64")}, 0)});
    if (keyFile) {
        plan.append(Change(tr("Generate the key file %1").arg(key), generate));
        plan.append(Change(tr("Protect the key file %1").arg(key), protect));
    }

    // 3. luksFormat with the UUID chosen here, so the crypttab line below is final.
    QStringList format = {cryptsetup(),
                          QStringLiteral("luksFormat"),
                          QStringLiteral("--type"),
                          QStringLiteral("luks2"),
                          QStringLiteral("--batch-mode"),
                          QStringLiteral("--cipher"),
                          QStringLiteral("aes-xts-plain64"),
                          QStringLiteral("--key-size"),
                          QStringLiteral("512"),
                          QStringLiteral("--hash"),
                          QStringLiteral("sha512")};
    const QStringList pbkdf = choice.keyDerivation == LuksChoice::KeyDerivation::FastPbkdf2ForTests
                                  ? QStringList{QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                                                QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000")}
                                  : QStringList{QStringLiteral("--pbkdf"), QStringLiteral("argon2id")};
    format += pbkdf;
    // "--key-file -": cryptsetup reads the passphrase from stdin up to EOF, byte for byte (no newline is stripped or
    // added), the same bytes systemd-cryptsetup gets when it is typed at the console.
    format += {QStringLiteral("--uuid"), uuid, QStringLiteral("--key-file"), keyFile ? key : QStringLiteral("-"), path};
    CommandStep luksFormat =
        step(format, tr("Encrypt %1 with LUKS2 (aes-xts-plain64, 512-bit key, %2), UUID %3. "
                        "Destroys everything on %1; cannot be undone.")
                         .arg(path,
                              choice.keyDerivation == LuksChoice::KeyDerivation::Argon2id ? QStringLiteral("argon2id")
                                                                                          : QStringLiteral("pbkdf2"),
                              uuid));
    luksFormat.setIrreversible(true);
    if (!keyFile)
        luksFormat.setSecretSlot(passphraseSlot());
    luksFormat.setVerify(
        {CommandCheck({cryptsetup(), QStringLiteral("isLuks"), QStringLiteral("--type"), QStringLiteral("luks2"), path},
                      {}, 0),
         CommandCheck({cryptsetup(), QStringLiteral("luksUUID"), path}, {uuid}, 0)});
    plan.append(Change(tr("Format %1 as LUKS2").arg(path), luksFormat));

    // 3b. The passphrase as a second key slot, unlocked by the key file; the new passphrase comes on stdin ("-" as
    //     the new key file: read up to EOF, byte for byte). Before the header backup, so the backup has it too.
    if (keyFile && passphrase) {
        QStringList addKey = {cryptsetup(), QStringLiteral("luksAddKey"), QStringLiteral("--batch-mode")};
        addKey += pbkdf;
        addKey += {QStringLiteral("--key-file"), key, path, QStringLiteral("-")};
        CommandStep slot = step(addKey, tr("Add the passphrase (given when applying, on standard input) as a second "
                                           "key slot of %1, unlocked with the key file.")
                                            .arg(path));
        slot.setSecretSlot(passphraseSlot());
        plan.append(Change(tr("Add a passphrase to %1").arg(path), slot));
    }

    // 4. The header backup, before anything else can go wrong.
    CommandStep backup =
        step({cryptsetup(), QStringLiteral("luksHeaderBackup"), QStringLiteral("--header-backup-file"), header, path},
             tr("Save the LUKS header of %1 to %2 (kept on rollback; copy it to the workstation).").arg(path, header));
    backup.setVerify({CommandCheck({cryptsetup(), QStringLiteral("luksUUID"), header}, {uuid}, 0)});
    plan.append(Change(tr("Back up the LUKS header of %1").arg(path), backup));

    // 5. Open.
    CommandStep open = step({cryptsetup(), QStringLiteral("open"), QStringLiteral("--type"), QStringLiteral("luks2"),
                             QStringLiteral("--key-file"), keyFile ? key : QStringLiteral("-"), path, name},
                            keyFile ? tr("Unlock %1 as %2.").arg(path, mapper)
                                    : tr("Unlock %1 as %2 with the passphrase (on standard input).").arg(path, mapper));
    if (!keyFile)
        open.setSecretSlot(passphraseSlot());
    open.setVerify({CommandCheck({QStringLiteral("test"), QStringLiteral("-b"), mapper}, {}, 0)});
    open.setInverse({step({cryptsetup(), QStringLiteral("close"), name}, tr("Lock %1 again.").arg(mapper))});
    plan.append(Change(tr("Open %1").arg(mapper), open));

    // 6. The filesystem.
    QStringList mkfs = {QStringLiteral("mkfs.") + fs, QStringLiteral("-q")};
    mkfs.append(mapper);
    CommandStep makeFs =
        step(mkfs, tr("Create an %1 filesystem in %2 (undone with the LUKS layer it lives in).").arg(fs, mapper));
    makeFs.setVerify({CommandCheck({QStringLiteral("blkid"), QStringLiteral("-p"), QStringLiteral("-s"),
                                    QStringLiteral("TYPE"), QStringLiteral("-o"), QStringLiteral("value"), mapper},
                                   {fs}, 0)});
    makeFs.setIrreversible(true);
    plan.append(Change(tr("Create the %1 filesystem").arg(fs), makeFs));

    // 7. The mount point (kept on rollback: it may have existed before, empty).
    CommandStep directoryMount = step({QStringLiteral("mkdir"), QStringLiteral("-p"), QStringLiteral("-m"),
                                       QStringLiteral("0755"), QStringLiteral("--"), mount},
                                      tr("Create the mount point %1 if it does not exist.").arg(mount));
    directoryMount.setVerify({CommandCheck({QStringLiteral("test"), QStringLiteral("-d"), mount}, {}, 0)});
    plan.append(Change(tr("Mount point %1").arg(mount), directoryMount));

    // 8. crypttab and fstab: the old lines naming the device (confirmed above) commented out, one line appended.
    QSet<int> oldCrypttab;
    QSet<int> oldFstab;
    for (const TabEntry &entry : device.tabEntries + device.descendantTabEntries)
        (entry.file == u"/etc/crypttab" ? oldCrypttab : oldFstab).insert(entry.line);

    FileEdit crypttab;
    crypttab.setPath(QStringLiteral("/etc/crypttab"));
    if (host.crypttabExists) {
        crypttab.setBefore(host.crypttab);
    } else {
        crypttab.setBeforeAbsent();
        crypttab.setMode(QStringLiteral("0644"));
        crypttab.setOwner(QStringLiteral("root"));
        crypttab.setGroup(QStringLiteral("root"));
    }
    crypttab.setAfter(appendLine(commentOut(host.crypttab, oldCrypttab), crypttabLine(choice, uuid)));
    plan.append(Change(keyFile ? tr("Unlock %1 at boot with its key file (/etc/crypttab)").arg(mapper)
                               : tr("Ask for the passphrase of %1 at boot (/etc/crypttab)").arg(mapper),
                       crypttab));

    FileEdit fstab;
    fstab.setPath(QStringLiteral("/etc/fstab"));
    fstab.setBefore(host.fstab);
    fstab.setAfter(appendLine(commentOut(host.fstab, oldFstab), fstabLine(choice)));
    plan.append(Change(tr("Mount %1 at %2 at boot (/etc/fstab)").arg(mapper, mount), fstab));

    // 9. Mount it now, through the new fstab line.
    CommandStep mountNow = step({QStringLiteral("mount"), mount}, tr("Mount %1 at %2.").arg(mapper, mount));
    mountNow.setVerify({CommandCheck({QStringLiteral("findmnt"), QStringLiteral("-n"), QStringLiteral("-o"),
                                      QStringLiteral("SOURCE"), QStringLiteral("--mountpoint"), mount},
                                     {mapper}, 0)});
    mountNow.setInverse({step({QStringLiteral("umount"), mount}, tr("Unmount %1.").arg(mount))});
    plan.append(Change(tr("Mount %1").arg(mount), mountNow));
    return plan;
}

} // namespace Bulwark::Plan
