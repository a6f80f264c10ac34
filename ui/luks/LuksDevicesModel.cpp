// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/luks/LuksDevicesModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Bulwark::Ui {

using Luks::BlockDevice;

LuksDevicesModel::LuksDevicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LuksDevicesModel::setSnapshot(const Luks::BlockDeviceSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_assessments.clear();
    m_assessments.reserve(m_snapshot.devices.size());
    for (const BlockDevice &device : std::as_const(m_snapshot.devices))
        m_assessments.append(Plan::LuksPlanner::assess(m_snapshot, device.path));
    endResetModel();
}

int LuksDevicesModel::row(const QString &path) const
{
    for (int i = 0; i < m_snapshot.devices.size(); ++i) {
        if (m_snapshot.devices.at(i).path == path)
            return i;
    }
    return -1;
}

bool LuksDevicesModel::isPlannable(int row) const
{
    return row >= 0 && row < m_assessments.size() && !m_assessments.at(row).refused();
}

QString LuksDevicesModel::encryptionText(const BlockDevice &device)
{
    if (device.type == u"crypt")
        return device.parent.isEmpty() ? tr("unlocked mapping") : tr("unlocked mapping of %1").arg(device.parent);
    if (!device.isLuks())
        return tr("not encrypted");
    const Luks::LuksHeader &h = device.luks;
    if (h.version == 0)
        return tr("LUKS (header not read)");
    QStringList parts{tr("LUKS%1").arg(h.version)};
    if (!h.cipher.isEmpty())
        parts.append(h.cipher);
    if (h.keyBits > 0)
        parts.append(tr("%1-bit key").arg(h.keyBits));
    if (!h.pbkdf.isEmpty())
        parts.append(h.pbkdf);
    if (h.reencryptionInProgress)
        parts.append(tr("reencryption interrupted"));
    return parts.join(QStringLiteral(", "));
}

int LuksDevicesModel::depth(const BlockDevice &device) const
{
    int level = 0;
    QString parent = device.parent;
    while (!parent.isEmpty() && level < 8) {
        const BlockDevice *up = m_snapshot.device(parent);
        if (!up)
            break;
        ++level;
        parent = up->parent;
    }
    return level;
}

QString LuksDevicesModel::verdictText(int row) const
{
    // Short, in the order LuksPlanner::assess checks; the tool tip and the wizard give the planner's full reasons.
    const Plan::LuksPlanner::Assessment &a = m_assessments.at(row);
    const BlockDevice &d = m_snapshot.devices.at(row);
    if (a.refused()) {
        static const QStringList types = {QStringLiteral("disk"), QStringLiteral("part"), QStringLiteral("lvm"),
                                          QStringLiteral("loop")};
        if (!types.contains(d.type))
            return tr("No: a %1 device").arg(d.type);
        if (d.holdsRoot)
            return tr("No: holds the root filesystem");
        if (d.isMounted())
            return tr("No: mounted");
        if (!d.descendantMounts.isEmpty())
            return tr("No: holds mounted filesystems");
        if (d.readOnly)
            return tr("No: read-only");
        if (d.size < 64 * 1024 * 1024)
            return tr("No: too small");
        QStringList users;
        for (const QString &child : d.children) {
            const BlockDevice *below = m_snapshot.device(child);
            if (below && below->type != u"part")
                users.append(child);
        }
        if (!users.isEmpty())
            return tr("No: in use by %1").arg(users.join(QStringLiteral(", ")));
        return tr("No: %1").arg(a.refusals.constFirst());
    }
    if (a.needsConfirmation())
        return tr("Erases data: confirm by typing");
    return tr("Yes: empty");
}

int LuksDevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.devices.size());
}

int LuksDevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LuksDevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const BlockDevice &d = m_snapshot.devices.at(r);
    const Plan::LuksPlanner::Assessment &a = m_assessments.at(r);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceColumn: {
            const int level = depth(d);
            return level == 0 ? d.path : QString(level * 3 - 1, u' ') + QStringLiteral("└ ") + d.path;
        }
        case SizeColumn:
            return QLocale().formattedDataSize(d.size, 1, QLocale::DataSizeIecFormat);
        case TypeColumn:
            return d.type;
        case UseColumn:
            return Plan::LuksPlanner::usage(d);
        case EncryptionColumn:
            return encryptionText(d);
        case VerdictColumn:
            return verdictText(r);
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1: %2").arg(d.path, Plan::LuksPlanner::usage(d))};
        if (a.refused()) {
            lines.append(tr("Bulwark will not encrypt %1:").arg(d.path));
            lines += a.refusals;
        } else if (a.needsConfirmation()) {
            lines.append(tr("Encrypting %1 destroys:").arg(d.path));
            lines += a.destroys;
        } else {
            lines.append(tr("%1 is empty and can be encrypted.").arg(d.path));
        }
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (a.refused())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (a.needsConfirmation() && index.column() == VerdictColumn)
            return QBrush(QColor(0xb0, 0x3a, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == DeviceColumn) {
            QFont font;
            font.setBold(!a.refused() && d.parent.isEmpty());
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::AccessibleDescriptionRole:
        return verdictText(r);
    case PathRole:
        return d.path;
    case RefusedRole:
        return a.refused();
    case NeedsConfirmationRole:
        return a.needsConfirmation();
    }
    return {};
}

QVariant LuksDevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case UseColumn:
        return tr("In use");
    case EncryptionColumn:
        return tr("Encryption");
    case VerdictColumn:
        return tr("Encrypting it");
    }
    return {};
}

} // namespace Bulwark::Ui
