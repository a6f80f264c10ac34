// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/StorageParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <limits>

namespace Bulwark::Facts::StorageParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxDevices = 2000;
constexpr int MaxDepth = 16;

struct Device
{
    QString name;
    QString path;
    QString type;
    std::optional<qint64> size;
    QString fstype;
    QString mountpoint;
    QStringList children;
    bool encrypted = true; // data passes through dm-crypt on every path to it (AND over occurrences)
};

QString jsonText(const QJsonValue &value, qsizetype max)
{
    return value.isString() ? value.toString().left(max) : QString();
}

std::optional<qint64> jsonSize(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double size = value.toDouble();
        if (size >= 0 && size < 9.0e18)
            return qint64(size);
        return std::nullopt;
    }
    if (value.isString())
        return toInt(value.toString(), 0, std::numeric_limits<qint64>::max());
    return std::nullopt;
}

struct Tree
{
    QStringList order;
    QHash<QString, Device> devices;
    bool cut = false;

    // Adds one occurrence of a device under an ancestor chain that is (or is not) encrypted.
    bool add(const Device &seen, bool ancestorCrypt)
    {
        const bool encrypted = ancestorCrypt || seen.type == u"crypt";
        auto it = devices.find(seen.name);
        if (it == devices.end()) {
            if (order.size() >= MaxDevices) {
                cut = true;
                return false;
            }
            order.append(seen.name);
            it = devices.insert(seen.name, seen);
            it->encrypted = encrypted;
        } else {
            it->encrypted = it->encrypted && encrypted;
        }
        return true;
    }
};

void walkJson(const QJsonArray &nodes, Tree &tree, bool ancestorCrypt, int depth)
{
    if (depth > MaxDepth) {
        tree.cut = true;
        return;
    }
    for (const QJsonValue &value : nodes) {
        const QJsonObject node = value.toObject();
        Device device;
        device.name = jsonText(node.value(QStringLiteral("name")), 256);
        if (device.name.isEmpty())
            continue;
        device.path = jsonText(node.value(QStringLiteral("path")), 4096);
        if (device.path.isEmpty())
            device.path = QStringLiteral("/dev/") + device.name;
        device.type = jsonText(node.value(QStringLiteral("type")), 32);
        device.size = jsonSize(node.value(QStringLiteral("size")));
        device.fstype = jsonText(node.value(QStringLiteral("fstype")), 64);
        device.mountpoint = jsonText(node.value(QStringLiteral("mountpoint")), 4096);
        if (!tree.add(device, ancestorCrypt))
            return;
        const QJsonArray children = node.value(QStringLiteral("children")).toArray();
        walkJson(children, tree, ancestorCrypt || device.type == u"crypt", depth + 1);
        QStringList &names = tree.devices[device.name].children;
        for (const QJsonValue &child : children) {
            const QString childName = jsonText(child.toObject().value(QStringLiteral("name")), 256);
            if (!childName.isEmpty() && !names.contains(childName) && names.size() < 256)
                names.append(childName);
        }
    }
}

// lsblk -P: NAME="vda1" TYPE="part" ... with \xHH escapes; PKNAME gives the parent.
QHash<QString, QString> pairs(const QString &line)
{
    static const QRegularExpression pair(QStringLiteral("([A-Z:_-]+)=\"([^\"]*)\""));
    QHash<QString, QString> out;
    auto it = pair.globalMatch(line);
    while (it.hasNext()) {
        const auto match = it.next();
        QString value = match.captured(2);
        static const QRegularExpression escape(QStringLiteral("\\\\x([0-9a-fA-F]{2})"));
        QString decoded;
        qsizetype last = 0;
        auto escapes = escape.globalMatch(value);
        while (escapes.hasNext()) {
            const auto e = escapes.next();
            decoded += value.mid(last, e.capturedStart() - last);
            decoded += QChar(e.captured(1).toUShort(nullptr, 16));
            last = e.capturedEnd();
        }
        decoded += value.mid(last);
        out.insert(match.captured(1), decoded);
    }
    return out;
}

bool fromPairs(const QStringList &lines, Tree &tree)
{
    // Parents precede children in lsblk's output; a device listed under two parents appears twice.
    QHash<QString, bool> cryptPath;
    for (const QString &line : lines) {
        const QHash<QString, QString> p = pairs(line);
        Device device;
        device.name = p.value(QStringLiteral("NAME")).left(256);
        if (device.name.isEmpty())
            continue;
        device.path = QStringLiteral("/dev/") + device.name;
        device.type = p.value(QStringLiteral("TYPE")).left(32);
        device.size = toInt(p.value(QStringLiteral("SIZE")), 0, std::numeric_limits<qint64>::max());
        device.fstype = p.value(QStringLiteral("FSTYPE")).left(64);
        device.mountpoint = p.value(QStringLiteral("MOUNTPOINT")).left(4096);
        const QString parent = p.value(QStringLiteral("PKNAME"));
        const bool ancestorCrypt = cryptPath.value(parent, false);
        if (!tree.add(device, ancestorCrypt))
            return false;
        cryptPath.insert(device.name, cryptPath.value(device.name, true) && (ancestorCrypt || device.type == u"crypt"));
        if (!parent.isEmpty() && tree.devices.contains(parent)) {
            QStringList &children = tree.devices[parent].children;
            if (!children.contains(device.name) && children.size() < 256)
                children.append(device.name);
        }
    }
    return true;
}

bool isVirtualDisk(const Device &device)
{
    return device.name.startsWith(u"zram") || device.name.startsWith(u"ram") || device.type == u"loop" ||
           device.type == u"rom";
}

} // namespace

QJsonObject parse(const ProbeSections &sections)
{
    Tree tree;
    if (sections.complete("lsblk-json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(sections.content("lsblk-json"), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        walkJson(document.object().value(QStringLiteral("blockdevices")).toArray(), tree, false, 0);
    } else if (sections.readable("lsblk-pairs")) {
        bool more = false;
        fromPairs(sections.lines("lsblk-pairs", MaxDevices, &more), tree);
        tree.cut = tree.cut || more || !sections.complete("lsblk-pairs");
    } else {
        return {};
    }

    QJsonArray devices;
    std::optional<bool> rootEncrypted;
    QStringList unencrypted;
    QStringList blank;
    for (const QString &name : std::as_const(tree.order)) {
        const Device &device = tree.devices[name];
        QJsonObject entry{{QStringLiteral("name"), device.name},
                          {QStringLiteral("path"), device.path},
                          {QStringLiteral("type"), device.type},
                          {QStringLiteral("encrypted"), device.encrypted},
                          {QStringLiteral("children"), toArray(device.children)}};
        if (device.size)
            entry.insert(QStringLiteral("size"), *device.size);
        entry.insert(QStringLiteral("fstype"), device.fstype.isEmpty() ? QJsonValue() : QJsonValue(device.fstype));
        entry.insert(QStringLiteral("mountpoint"),
                     device.mountpoint.isEmpty() ? QJsonValue() : QJsonValue(device.mountpoint));
        devices.append(entry);

        if (device.mountpoint == u"/")
            rootEncrypted = device.encrypted;
        const bool data = !device.mountpoint.isEmpty() && device.mountpoint != u"[SWAP]" && device.fstype != u"swap" &&
                          device.fstype != u"squashfs" && device.fstype != u"iso9660" && device.type != u"loop" &&
                          device.type != u"rom";
        if (data && !device.encrypted && !unencrypted.contains(device.mountpoint))
            unencrypted.append(device.mountpoint);
        if (device.type == u"disk" && device.children.isEmpty() && device.fstype.isEmpty() &&
            device.mountpoint.isEmpty() && device.size.value_or(0) > 0 && !isVirtualDisk(device))
            blank.append(device.path);
    }

    QJsonArray crypttab;
    if (sections.readable("crypttab")) {
        for (const QString &line : sections.lines("crypttab", 1000)) {
            const QStringList f = fields(line);
            if (f.size() < 2 || f.at(0).startsWith(u'#'))
                continue;
            crypttab.append(QJsonObject{{QStringLiteral("name"), f.at(0).left(256)},
                                        {QStringLiteral("device"), f.at(1).left(4096)}});
        }
    }

    QJsonObject out{{QStringLiteral("devices"), devices},
                    {QStringLiteral("unencryptedDataMounts"), toArray(unencrypted)},
                    {QStringLiteral("blankDisks"), toArray(blank)}};
    if (!sections.denied("crypttab"))
        out.insert(QStringLiteral("crypttab"), crypttab);
    if (tree.cut)
        out.insert(QStringLiteral("devicesTruncated"), true);
    insertIf(out, QStringLiteral("rootEncrypted"), rootEncrypted);
    return out;
}

} // namespace Bulwark::Facts::StorageParser
