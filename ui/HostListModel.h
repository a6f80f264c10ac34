// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"
#include "ui/ConnectionPtr.h"
#include "ui/Host.h"

#include <QAbstractTableModel>
#include <vector>

namespace Bulwark::Ui {

// The hosts the console manages, as a flat table (Name, Address, Status) for views. Owns each host's live
// HostConnection (if any) next to the Host value; the values alone are what a future inventory persists.
// Lives on the GUI thread.
class HostListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        StatusColumn,
        ColumnCount
    };
    enum class Status
    {
        Disconnected,
        Connecting,
        Connected,
        Failed
    };
    Q_ENUM(Status)
    enum Role
    {
        HostIdRole = Qt::UserRole + 1, // QUuid
        StatusRole,                    // Status
    };

    explicit HostListModel(QObject *parent = nullptr);
    ~HostListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends a host; `connection` may be null. Status starts Connected with a connection, Disconnected without.
    // Returns the new row.
    int addHost(Host host, ConnectionPtr connection);
    // Removes the row; its connection is retired without blocking.
    void removeHost(int row);

    int rowOf(const QUuid &id) const; // -1 if absent
    const Host &host(int row) const;
    void setHost(int row, const Host &host);

    Transport::HostConnection *connection(int row) const;
    void setConnection(int row, ConnectionPtr connection);

    Status status(int row) const;
    // The error that put the host in Failed; empty otherwise.
    const Error &lastError(int row) const;
    void setStatus(int row, Status status, const Error &error = {});

    int connectedCount() const;
    static QString statusText(Status status);
    static QColor statusColor(Status status);

private:
    struct Entry
    {
        Host host;
        ConnectionPtr connection;
        Status status = Status::Disconnected;
        Error error;
    };

    void watch(const QUuid &id, Transport::HostConnection *connection);
    void emitRowChanged(int row);

    std::vector<Entry> m_entries;
};

} // namespace Bulwark::Ui
