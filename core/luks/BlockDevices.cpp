// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/luks/BlockDevices.h"

#include "core/util/FramedAnswer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Luks {

namespace {

const char *const context = "Bulwark::Luks::BlockDevices";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error malformed(const QString &what)
{
    return Error(Error::Code::ParseError, tr("The host's block devices could not be read: %1.").arg(what));
}

constexpr qsizetype maxDevices = 4096;
constexpr qsizetype maxTabEntries = 10000;
constexpr int maxDepth = 16;

// Sections start with a line "BOUNDARY name [device]"; the boundary is random per run. The files are printed as they
// are followed by one newline and their "-ok" line, so their exact bytes (and hash) survive. blkid -p and luksDump
// run only on the paths lsblk printed itself (-p, raw, so never a space in them).
const char *const readScript = R"(b=$1
echo "$b lsblk"
lsblk -J -b -o NAME,PATH,TYPE,SIZE,FSTYPE,MOUNTPOINTS,UUID,PKNAME,RO,LABEL,PARTUUID && echo "$b lsblk-ok"
echo "$b fstab"
[ -r /etc/fstab ] && cat /etc/fstab && printf '\n%s\n' "$b fstab-ok"
echo "$b crypttab"
if [ -e /etc/crypttab ]; then
    cat /etc/crypttab && printf '\n%s\n' "$b crypttab-ok"
else
    echo "$b crypttab-absent"
fi
lsblk -n -r -p -o PATH,TYPE 2>/dev/null | while read -r p t; do
    case $t in rom) continue ;; esac
    case $p in /dev/*) ;; *) continue ;; esac
    echo "$b blkid $p"
    blkid -p -o export "$p" 2>/dev/null
    if command -v cryptsetup >/dev/null 2>&1 && cryptsetup isLuks "$p" 2>/dev/null; then
        echo "$b luks $p"
        cryptsetup luksDump "$p" 2>/dev/null
    fi
done
echo "$b end"
)";

bool isDevicePath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^/dev/[A-Za-z0-9._:+@-]+(/[A-Za-z0-9._:+@-]+)*$"));
    return path.size() <= 256 && re.match(path).hasMatch() && !path.contains(QLatin1String("/../")) &&
           !path.endsWith(QLatin1String("/.."));
}

// A short single-line text from lsblk (labels can hold anything).
QString cleanText(const QJsonValue &value, qsizetype max = 256)
{
    if (!value.isString())
        return QString();
    QString text = value.toString().left(max);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return text;
}

qint64 numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        return ok ? n : 0;
    }
    return 0;
}

bool boolOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString())
        return value.toString() == u"1" || value.toString() == u"true";
    return false;
}

void flatten(const QJsonArray &array, const QString &parent, int depth, QList<BlockDevice> &out,
             QHash<QString, qsizetype> &index)
{
    if (depth > maxDepth)
        return;
    for (const QJsonValue &value : array) {
        if (!value.isObject() || out.size() >= maxDevices)
            continue;
        const QJsonObject object = value.toObject();
        QString path = cleanText(object.value(QStringLiteral("path")));
        const QString name = cleanText(object.value(QStringLiteral("name")));
        if (path.isEmpty() && !name.isEmpty())
            path = name.startsWith(u'/') ? name : QStringLiteral("/dev/") + name; // lsblk before PATH existed
        if (!isDevicePath(path))
            continue;
        if (!index.contains(path)) {
            BlockDevice device;
            device.name = name.section(u'/', -1);
            device.path = path;
            device.type = cleanText(object.value(QStringLiteral("type")), 32);
            device.size = qMax<qint64>(0, numberOf(object.value(QStringLiteral("size"))));
            device.readOnly = boolOf(object.value(QStringLiteral("ro")));
            device.fsType = cleanText(object.value(QStringLiteral("fstype")), 64);
            device.uuid = cleanText(object.value(QStringLiteral("uuid")), 128);
            device.label = cleanText(object.value(QStringLiteral("label")));
            device.partUuid = cleanText(object.value(QStringLiteral("partuuid")), 128);
            device.parent = parent;
            QStringList mounts;
            const QJsonValue many = object.value(QStringLiteral("mountpoints"));
            if (many.isArray()) {
                for (const QJsonValue &m : many.toArray()) {
                    if (m.isString() && !m.toString().isEmpty() && mounts.size() < 256)
                        mounts.append(cleanText(m, 4096));
                }
            }
            const QJsonValue one = object.value(QStringLiteral("mountpoint"));
            if (one.isString() && !one.toString().isEmpty() && !mounts.contains(one.toString()))
                mounts.append(cleanText(one, 4096));
            device.mountPoints = mounts;
            index.insert(path, out.size());
            out.append(device);
        }
        if (!parent.isEmpty()) {
            // A device on several parents (an md or dm device over two disks) is a child of each.
            BlockDevice &p = out[index.value(parent)];
            if (!p.children.contains(path))
                p.children.append(path);
        }
        const QJsonValue children = object.value(QStringLiteral("children"));
        if (children.isArray())
            flatten(children.toArray(), path, depth + 1, out, index);
    }
}

// fstab's octal escapes (\040 for a space, \011, \012, \134).
QString unescapeTab(const QString &field)
{
    QString out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == u'\\' && i + 3 < field.size()) {
            const QString digits = field.mid(i + 1, 3);
            bool ok = digits.size() == 3;
            for (const QChar c : digits)
                ok = ok && c >= u'0' && c <= u'7';
            if (ok) {
                out.append(QChar(digits.toInt(nullptr, 8)));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return out;
}

QList<TabEntry> parseTab(const QByteArray &content, const QString &file, bool crypttab)
{
    QList<TabEntry> entries;
    const QList<QByteArray> lines = content.split('\n');
    static const QRegularExpression space(QStringLiteral("[ \\t]+"));
    for (qsizetype i = 0; i < lines.size() && entries.size() < maxTabEntries; ++i) {
        const QString text = QString::fromUtf8(lines.at(i)).left(4096);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QStringList fields = trimmed.split(space, Qt::SkipEmptyParts);
        if (fields.size() < 2)
            continue;
        TabEntry entry;
        entry.file = file;
        entry.line = int(i + 1);
        entry.text = text;
        if (crypttab) {
            entry.target = fields.at(0);
            entry.source = fields.at(1);
            entry.type = fields.value(3);
        } else {
            entry.source = unescapeTab(fields.at(0));
            entry.target = unescapeTab(fields.at(1));
            entry.type = fields.value(2);
        }
        entries.append(entry);
    }
    return entries;
}

QString unquote(QString value)
{
    if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.at(0)))
        value = value.mid(1, value.size() - 2);
    return value;
}

// Bytes between the end of the section's header line and the start of the next boundary line.
struct Section
{
    QByteArray name;
    QString device;
    QByteArray body;
};

} // namespace

QByteArray BlockDevices::script()
{
    return QByteArray(readScript);
}

Result<QList<BlockDevice>> BlockDevices::parseLsblk(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(tr("lsblk's answer is not JSON"));
    const QJsonValue array = document.object().value(QStringLiteral("blockdevices"));
    if (!array.isArray())
        return malformed(tr("lsblk's answer has no device list"));
    QList<BlockDevice> devices;
    QHash<QString, qsizetype> index;
    flatten(array.toArray(), QString(), 0, devices, index);
    return devices;
}

QList<TabEntry> BlockDevices::parseFstab(const QByteArray &content)
{
    return parseTab(content, QStringLiteral("/etc/fstab"), false);
}

QList<TabEntry> BlockDevices::parseCrypttab(const QByteArray &content)
{
    return parseTab(content, QStringLiteral("/etc/crypttab"), true);
}

void BlockDevices::parseBlkid(const QByteArray &exportOutput, BlockDevice &into)
{
    into.probed = true;
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    for (const QByteArray &raw : exportOutput.split('\n')) {
        const QString line = QString::fromUtf8(raw.left(1024)).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        if (key == u"LABEL") {
            // Filled in when lsblk had none (no udev data, as in containers); blkid escapes odd bytes itself.
            if (into.label.isEmpty() && !value.isEmpty() && value.size() <= 256)
                into.label = cleanText(QJsonValue(value));
            continue;
        }
        if (value.size() > 128 || !word.match(value).hasMatch())
            continue;
        if (key == u"TYPE")
            into.signature = value;
        else if (key == u"PTTYPE")
            into.partitionTable = value;
        else if (key == u"UUID" && into.uuid.isEmpty())
            into.uuid = value;
        else if (key == u"PART_ENTRY_UUID" && into.partUuid.isEmpty())
            into.partUuid = value;
    }
}

LuksHeader BlockDevices::parseLuksDump(const QByteArray &dump)
{
    LuksHeader header;
    QString section;
    QString cipherName;
    QString cipherMode;
    static const QRegularExpression slotLine(QStringLiteral("^\\s*[0-9]+: "));
    static const QRegularExpression bits(QStringLiteral("^([0-9]{1,5})\\s*bits"));
    for (const QByteArray &raw : dump.split('\n')) {
        const QString full = QString::fromUtf8(raw).left(1024);
        const QString line = full.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString key = colon < 0 ? line : line.left(colon).trimmed();
        const QString value = colon < 0 ? QString() : line.mid(colon + 1).trimmed();
        if (!full.startsWith(u' ') && !full.startsWith(u'\t') && line.endsWith(u':')) {
            section = key; // LUKS2: "Data segments", "Keyslots", "Tokens", "Digests"
            continue;
        }
        if (key == u"Version") {
            header.version = value.toInt();
        } else if (key == u"UUID" && header.uuid.isEmpty()) {
            static const QRegularExpression uuid(QStringLiteral("^[0-9A-Fa-f-]{8,64}$"));
            if (uuid.match(value).hasMatch())
                header.uuid = value.toLower();
        } else if (key == u"Cipher name") {
            cipherName = value.left(64);
        } else if (key == u"Cipher mode") {
            cipherMode = value.left(64);
        } else if (key == u"MK bits") {
            header.keyBits = value.toInt();
        } else if (key.startsWith(QLatin1String("Key Slot ")) && value == u"ENABLED") {
            ++header.keyslots;
            header.pbkdf = QStringLiteral("pbkdf2");
        } else if (key == u"Requirements" || key == u"Flags") {
            if (value.contains(QLatin1String("online-reencrypt")))
                header.reencryptionInProgress = true;
        } else if (section == u"Data segments" && key == u"cipher" && header.cipher.isEmpty()) {
            header.cipher = value.left(64);
        } else if (section == u"Keyslots") {
            if (slotLine.match(full).hasMatch()) {
                ++header.keyslots;
                if (value == u"reencrypt")
                    header.reencryptionInProgress = true;
            } else if (key == u"Key" && header.keyBits == 0) {
                const auto m = bits.match(value);
                if (m.hasMatch())
                    header.keyBits = m.captured(1).toInt();
            } else if (key == u"PBKDF" && header.pbkdf.isEmpty()) {
                header.pbkdf = value.left(32);
            }
        }
    }
    if (header.version == 1 && !cipherName.isEmpty())
        header.cipher = cipherMode.isEmpty() ? cipherName : cipherName + u'-' + cipherMode;
    if (header.version != 1 && header.version != 2)
        return LuksHeader();
    return header;
}

bool BlockDevices::refersTo(const QString &rawSource, const BlockDevice &device)
{
    const QString source = unquote(rawSource);
    if (source.isEmpty())
        return false;
    const auto tagged = [&](const QString &tag, const QString &value) {
        return source.startsWith(tag) && !value.isEmpty() &&
               unquote(source.mid(tag.size())).compare(value, Qt::CaseInsensitive) == 0;
    };
    if (source.startsWith(QLatin1String("UUID=")))
        return tagged(QStringLiteral("UUID="), device.uuid);
    if (source.startsWith(QLatin1String("PARTUUID=")))
        return tagged(QStringLiteral("PARTUUID="), device.partUuid);
    if (source.startsWith(QLatin1String("LABEL=")))
        return !device.label.isEmpty() && unquote(source.mid(6)) == device.label;
    if (source.startsWith(QLatin1String("/dev/disk/by-uuid/")))
        return tagged(QStringLiteral("/dev/disk/by-uuid/"), device.uuid);
    if (source.startsWith(QLatin1String("/dev/disk/by-partuuid/")))
        return tagged(QStringLiteral("/dev/disk/by-partuuid/"), device.partUuid);
    if (source.startsWith(QLatin1String("/dev/disk/by-label/")))
        return !device.label.isEmpty() && source.mid(19) == device.label;
    if (source.startsWith(QLatin1String("/dev/mapper/")))
        return source == device.path || source.mid(12) == device.name;
    return source == device.path;
}

void BlockDevices::resolve(BlockDeviceSnapshot &snapshot)
{
    QList<TabEntry> entries;
    if (snapshot.fstabRead)
        entries += parseFstab(snapshot.fstab);
    if (snapshot.crypttabRead)
        entries += parseCrypttab(snapshot.crypttab);
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < snapshot.devices.size(); ++i) {
        BlockDevice &device = snapshot.devices[i];
        index.insert(device.path, i);
        device.tabEntries.clear();
        device.descendantMounts.clear();
        device.descendantTabEntries.clear();
        for (const TabEntry &entry : std::as_const(entries)) {
            if (refersTo(entry.source, device))
                device.tabEntries.append(entry);
        }
    }
    const auto isRoot = [](const BlockDevice &d) {
        if (d.mountPoints.contains(QStringLiteral("/")))
            return true;
        for (const TabEntry &e : d.tabEntries) {
            if (e.file == u"/etc/fstab" && e.target == u"/")
                return true;
        }
        return false;
    };
    // Walk each device's descendants (a visited set: the tree is a DAG at worst, never followed twice).
    for (BlockDevice &device : snapshot.devices) {
        device.holdsRoot = isRoot(device);
        QSet<QString> seen{device.path};
        QStringList queue = device.children;
        while (!queue.isEmpty()) {
            const QString path = queue.takeFirst();
            if (seen.contains(path) || !index.contains(path))
                continue;
            seen.insert(path);
            const BlockDevice &child = snapshot.devices.at(index.value(path));
            device.descendantMounts += child.mountPoints;
            device.descendantTabEntries += child.tabEntries;
            device.holdsRoot = device.holdsRoot || isRoot(child);
            queue += child.children;
        }
    }
    for (BlockDevice &device : snapshot.devices) {
        QSet<QString> seen;
        QString parent = device.parent;
        while (!parent.isEmpty() && !seen.contains(parent) && index.contains(parent)) {
            seen.insert(parent);
            const BlockDevice &p = snapshot.devices.at(index.value(parent));
            if (p.holdsRoot && !device.holdsRoot)
                device.onRootDisk = true;
            parent = p.parent;
        }
    }
}

Result<BlockDeviceSnapshot> BlockDevices::parse(const QByteArray &output, const QByteArray &boundary)
{
    if (boundary.size() < 8)
        return malformed(tr("the boundary is too short"));
    // Split at lines that start with the boundary.
    QList<Section> sections;
    QList<QByteArray> markers;
    const QByteArray prefix = boundary + ' ';
    qsizetype pos = 0;
    qsizetype current = -1; // index into sections
    qsizetype bodyStart = 0;
    bool ended = false;
    while (pos <= output.size()) {
        qsizetype end = output.indexOf('\n', pos);
        if (end < 0)
            end = output.size();
        const QByteArray line = output.mid(pos, end - pos);
        if (line.startsWith(prefix)) {
            if (current >= 0) {
                // The body ends before this line's start (its newline belongs to the body's last line).
                sections[current].body = output.mid(bodyStart, qMax<qsizetype>(0, pos - bodyStart));
                current = -1;
            }
            const QByteArray rest = line.mid(prefix.size()).trimmed();
            const qsizetype space = rest.indexOf(' ');
            const QByteArray name = space < 0 ? rest : rest.left(space);
            const QByteArray argument = space < 0 ? QByteArray() : rest.mid(space + 1);
            if (name == "end") {
                ended = true;
                break;
            }
            if (name.endsWith("-ok") || name.endsWith("-absent")) {
                markers.append(name);
            } else if (name == "lsblk" || name == "fstab" || name == "crypttab" || name == "blkid" || name == "luks") {
                sections.append(Section{name, QString::fromUtf8(argument), {}});
                current = sections.size() - 1;
                bodyStart = end + 1;
            } else {
                return malformed(tr("an unknown section"));
            }
        }
        if (end >= output.size())
            break;
        pos = end + 1;
    }
    if (!ended)
        return malformed(tr("the answer is incomplete"));
    if (!markers.contains("lsblk-ok"))
        return malformed(tr("lsblk failed"));

    BlockDeviceSnapshot snapshot;
    QHash<QString, qsizetype> index;
    for (const Section &section : std::as_const(sections)) {
        if (section.name == "lsblk") {
            auto devices = parseLsblk(section.body);
            if (!devices)
                return devices.error();
            snapshot.devices = *devices;
            for (qsizetype i = 0; i < snapshot.devices.size(); ++i)
                index.insert(snapshot.devices.at(i).path, i);
        } else if (section.name == "fstab" && markers.contains("fstab-ok")) {
            // The script added one newline before the marker.
            snapshot.fstab = section.body.endsWith('\n') ? section.body.chopped(1) : section.body;
            snapshot.fstabRead = true;
        } else if (section.name == "crypttab") {
            if (markers.contains("crypttab-ok")) {
                snapshot.crypttab = section.body.endsWith('\n') ? section.body.chopped(1) : section.body;
                snapshot.crypttabExists = true;
                snapshot.crypttabRead = true;
            } else if (markers.contains("crypttab-absent")) {
                snapshot.crypttabRead = true;
            }
        } else if (section.name == "blkid" || section.name == "luks") {
            if (!index.contains(section.device))
                continue;
            BlockDevice &device = snapshot.devices[index.value(section.device)];
            if (section.name == "blkid")
                parseBlkid(section.body.left(64 * 1024), device);
            else
                device.luks = parseLuksDump(section.body.left(1024 * 1024));
        }
    }
    resolve(snapshot);
    return snapshot;
}

Result<BlockDeviceSnapshot> BlockDevices::read(Transport::Session &session, const CancelToken &cancel)
{
    const QByteArray boundary = Framed::newBoundary();
    Transport::RemoteCommand command;
    command.argv = {"sh", "-c", script(), "sh", boundary};
    command.elevate = true;
    command.maxOutputBytes = 16 * 1024 * 1024;
    command.timeout = std::chrono::seconds(120);
    auto result = session.run(command, cancel);
    if (!result)
        return result.error();
    if (result->stdOutTruncated)
        return Error(Error::Code::OutputLimit,
                     tr("The host's block device data is larger than Bulwark reads (16 MiB)."));
    if (result->exitStatus != 0)
        return Error(Error::Code::RemoteFailure, tr("Reading the host's block devices failed."),
                     QString::fromUtf8(result->stdErr.left(2000)).trimmed());
    return parse(result->stdOut, boundary);
}

} // namespace Bulwark::Luks
