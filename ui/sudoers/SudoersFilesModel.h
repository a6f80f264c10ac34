// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/SudoersReader.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Bulwark::Ui {

// The files of a host's sudoers configuration in the order sudo reads them (/etc/sudoers first, includes indented
// under it) with their mode and owner, and which ones the admin has edited. GUI thread only.
class SudoersFilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        ModeColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString
        EditedRole,                  // bool
    };

    explicit SudoersFilesModel(QObject *parent = nullptr);

    void setSnapshot(const Facts::SudoersSnapshot &snapshot);
    void setEdited(const QSet<QString> &paths);
    QString path(int row) const;
    int row(const QString &path) const;

    // "0440", "root:root" or "uid 1000:gid 0".
    static QString modeText(uint mode);
    static QString ownerText(uint uid, uint gid);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString path;
        int depth = 0;
        bool hasMetadata = false;
        Sudoers::SudoersLinter::FileMetadata metadata;
    };
    QList<Row> m_rows;
    QSet<QString> m_edited;
};

} // namespace Bulwark::Ui
