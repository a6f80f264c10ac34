// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/BlockDeviceSnapshot.h"
#include "core/luks/LuksPlanner.h"

#include <QAbstractTableModel>
#include <QList>

namespace Bulwark::Ui {

// The block devices of one host for the LUKS wizard, one row a device in lsblk order (a partition or mapping
// indented under its parent): path, size, type, use (LuksPlanner::usage), encryption state and what Bulwark would do
// with it (LuksPlanner::assess). A device the planner refuses whatever is typed (mounted, root, busy, read-only, too
// small) is greyed with the reason; it can still be selected to read its encryption report, never planned.
// GUI thread only.
class LuksDevicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeviceColumn,
        SizeColumn,
        TypeColumn,
        UseColumn,
        EncryptionColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // the device path (QString)
        RefusedRole,                 // bool: never planned, whatever is typed
        NeedsConfirmationRole,       // bool: planned only with the device path typed
    };

    explicit LuksDevicesModel(QObject *parent = nullptr);

    void setSnapshot(const Luks::BlockDeviceSnapshot &snapshot);
    const Luks::BlockDeviceSnapshot &snapshot() const { return m_snapshot; }

    const Luks::BlockDevice &device(int row) const { return m_snapshot.devices.at(row); }
    const Plan::LuksPlanner::Assessment &assessment(int row) const { return m_assessments.at(row); }
    // The row of the device with `path`, or -1.
    int row(const QString &path) const;
    // Planning this device is possible (with the typed confirmation where it needs one).
    bool isPlannable(int row) const;

    // "LUKS2, aes-xts-plain64, 512-bit key, argon2id" / "not encrypted" / "unlocked mapping of /dev/sde".
    static QString encryptionText(const Luks::BlockDevice &device);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int depth(const Luks::BlockDevice &device) const;
    QString verdictText(int row) const;

    Luks::BlockDeviceSnapshot m_snapshot;
    QList<Plan::LuksPlanner::Assessment> m_assessments;
};

} // namespace Bulwark::Ui
