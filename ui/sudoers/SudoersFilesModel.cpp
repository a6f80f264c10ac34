// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/sudoers/SudoersFilesModel.h"

#include <QFont>

namespace Bulwark::Ui {

SudoersFilesModel::SudoersFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SudoersFilesModel::setSnapshot(const Facts::SudoersSnapshot &snapshot)
{
    beginResetModel();
    m_rows.clear();
    const QList<Sudoers::SudoersFile> &files = snapshot.tree.files();
    const QList<int> &depths = snapshot.tree.depths();
    for (qsizetype i = 0; i < files.size(); ++i) {
        Row row;
        row.path = files.at(i).path();
        row.depth = i < depths.size() ? depths.at(i) : 0;
        row.hasMetadata = snapshot.metadata.contains(row.path);
        row.metadata = snapshot.metadata.value(row.path);
        m_rows.append(row);
    }
    endResetModel();
}

void SudoersFilesModel::setEdited(const QSet<QString> &paths)
{
    if (paths == m_edited)
        return;
    m_edited = paths;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString SudoersFilesModel::path(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).path : QString();
}

int SudoersFilesModel::row(const QString &path) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == path)
            return int(i);
    }
    return -1;
}

QString SudoersFilesModel::modeText(uint mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

QString SudoersFilesModel::ownerText(uint uid, uint gid)
{
    const QString user = uid == 0 ? QStringLiteral("root") : tr("uid %1").arg(uid);
    const QString group = gid == 0 ? QStringLiteral("root") : tr("gid %1").arg(gid);
    return QStringLiteral("%1:%2").arg(user, group);
}

int SudoersFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SudoersFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SudoersFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool edited = m_edited.contains(row.path);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn: {
            const QString indent(row.depth * 2, QLatin1Char(' '));
            return edited ? tr("%1%2 (edited)").arg(indent, row.path) : indent + row.path;
        }
        case ModeColumn:
            return row.hasMetadata ? modeText(row.metadata.mode) : tr("?");
        case OwnerColumn:
            return row.hasMetadata ? ownerText(row.metadata.uid, row.metadata.gid) : tr("?");
        }
        break;
    case Qt::ToolTipRole:
        if (!row.hasMetadata)
            return tr("%1 — mode and owner unknown").arg(row.path);
        return tr("%1 — mode %2, owner %3")
            .arg(row.path, modeText(row.metadata.mode), ownerText(row.metadata.uid, row.metadata.gid));
    case Qt::FontRole:
        if (edited) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case PathRole:
        return row.path;
    case EditedRole:
        return edited;
    }
    return {};
}

QVariant SudoersFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    }
    return {};
}

} // namespace Bulwark::Ui
