// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Error.h"
#include "core/util/Result.h"
#include "ui/ConnectionPtr.h"
#include "ui/Host.h"

#include <QAbstractItemModel>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

namespace Bulwark::Transport {
class SshConfig;
}

namespace Bulwark::Ui {

// The hosts the console manages, as a tree for views: one parent row per group (sorted by name, first), with its
// hosts as children, then the ungrouped hosts at the top level. Columns Name, Address, Status, Score.
//
// Hosts are addressed by id, never by row, because a host moves when its group changes. The model owns each host's
// live HostConnection (if any) next to the Host value, and the inventory: with a storage path set it saves the
// hosts' saved fields (Host::toEntry) to that file after every change of them (connection state, facts and scores
// stay in memory). Lives on the GUI thread.
class HostListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        StatusColumn,
        ScoreColumn,
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
        HostIdRole = Qt::UserRole + 1, // QUuid; null for a group row
        StatusRole,                    // Status (host rows)
        IsGroupRole,                   // bool
        GroupRole,                     // QString: the group's name, or the host's group
        ScoreRole,                     // int, or an invalid QVariant when there is no score
    };

    explicit HostListModel(QObject *parent = nullptr);
    ~HostListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Adds a host to its group (created if new); `connection` may be null. Status starts Connected with a
    // connection, Disconnected without. Returns the host's index (column 0).
    QModelIndex addHost(Host host, ConnectionPtr connection);
    // Removes the host; its connection is retired without blocking. An emptied group goes with it.
    void removeHost(const QUuid &id);

    bool contains(const QUuid &id) const;
    int hostCount() const;
    // Every host id, in the order the inventory keeps them (the order they were added).
    QList<QUuid> hostIds() const;
    // Group names, sorted; "" (ungrouped) is not one.
    QStringList groups() const;
    // The index of a host (or an invalid index).
    QModelIndex indexOf(const QUuid &id, int column = 0) const;
    // The host at `index` (any column); null for a group row or an invalid index.
    QUuid hostId(const QModelIndex &index) const;
    bool isGroup(const QModelIndex &index) const;

    const Host &host(const QUuid &id) const; // the host must exist
    // Replaces a host's value; the id stays. A changed group moves the row (a remove and an insert).
    void setHost(const QUuid &id, const Host &host);

    Transport::HostConnection *connection(const QUuid &id) const;
    // Replaces (and retires) the host's connection; null leaves it without one.
    void setConnection(const QUuid &id, ConnectionPtr connection);

    Status status(const QUuid &id) const;
    // The error that put the host in Failed; empty otherwise.
    Error lastError(const QUuid &id) const;
    void setStatus(const QUuid &id, Status status, const Error &error = {});

    // The latest scan's score (nullopt: none, or nothing measured) for the Score column.
    std::optional<int> score(const QUuid &id) const;
    void setScore(const QUuid &id, std::optional<int> score, bool scanned);
    // A running job ("Scanning…"), shown in the Status column instead of the connection state; "" for none.
    QString activity(const QUuid &id) const;
    void setActivity(const QUuid &id, const QString &activity);

    int connectedCount() const;
    static QString statusText(Status status);
    static QColor statusColor(Status status);

    // Replaces every host by the inventory at `path` (addresses resolved through `config`) and saves there from
    // now on. On error the model keeps its hosts and does not save to `path`, so a damaged file is never replaced.
    Result<void> load(const QString &path, const Transport::SshConfig &config);
    // Saves after every change to `path`; empty: keep hosts in memory only (the default).
    void setStoragePath(const QString &path);
    QString storagePath() const { return m_storagePath; }
    Result<void> save() const;

Q_SIGNALS:
    // Saving after a change failed; the change stays in memory.
    void saveFailed(const Bulwark::Error &error);

private:
    struct Item
    {
        Host host;
        ConnectionPtr connection;
        Status status = Status::Disconnected;
        Error error;
        std::optional<int> score;
        bool scanned = false;
        QString activity;
    };
    struct Group
    {
        QString name;
        QList<Item *> hosts;
    };

    Item *item(const QUuid &id) const;
    Item *itemAt(const QModelIndex &index) const;
    Group *groupAt(const QModelIndex &index) const;
    Group *findGroup(const QString &name) const;
    int groupRow(const Group *group) const;
    QModelIndex groupIndex(const Group *group) const;
    void place(Item *item);
    void unplace(Item *item);
    void watch(const QUuid &id, Transport::HostConnection *connection);
    void emitHostChanged(const QUuid &id);
    void saveIfStored();
    QVariant hostData(const Item &item, int column, int role) const;
    QVariant groupData(const Group &group, int column, int role) const;

    std::vector<std::unique_ptr<Item>> m_items;   // owning, in inventory order
    std::vector<std::unique_ptr<Group>> m_groups; // sorted by name
    QList<Item *> m_ungrouped;
    QString m_storagePath;
};

} // namespace Bulwark::Ui
