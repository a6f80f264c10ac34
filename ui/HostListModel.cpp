// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostListModel.h"

#include "ui/Icons.h"

#include <QColor>
#include <algorithm>

namespace Bulwark::Ui {

using Transport::HostConnection;

HostListModel::HostListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

HostListModel::~HostListModel() = default;

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.host.displayName();
        case AddressColumn:
            return entry.host.target.displayName();
        case StatusColumn:
            return statusText(entry.status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return Icons::icon(Icons::Glyph::Server);
        if (index.column() == StatusColumn)
            return Icons::statusDot(statusColor(entry.status));
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && entry.error.isError())
            return entry.error.message();
        if (index.column() == NameColumn && !entry.host.facts.osPrettyName.isEmpty())
            return entry.host.facts.osPrettyName;
        break;
    case HostIdRole:
        return entry.host.id;
    case StatusRole:
        return QVariant::fromValue(entry.status);
    }
    return {};
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

int HostListModel::addHost(Host host, ConnectionPtr connection)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.status = connection ? Status::Connected : Status::Disconnected;
    entry.host = std::move(host);
    entry.connection = std::move(connection);
    watch(entry.host.id, entry.connection.get());
    m_entries.push_back(std::move(entry));
    endInsertRows();
    return row;
}

void HostListModel::removeHost(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    ConnectionPtr retired = std::move(m_entries[size_t(row)].connection);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    // `retired` goes out of scope here: cancelled and deleted once its worker is idle.
}

int HostListModel::rowOf(const QUuid &id) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].host.id == id)
            return int(i);
    }
    return -1;
}

const Host &HostListModel::host(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_entries[size_t(row)].host;
}

void HostListModel::setHost(int row, const Host &host)
{
    if (row < 0 || row >= rowCount())
        return;
    Entry &entry = m_entries[size_t(row)];
    const QUuid id = entry.host.id;
    entry.host = host;
    entry.host.id = id; // the row's identity does not change
    emitRowChanged(row);
}

HostConnection *HostListModel::connection(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_entries[size_t(row)].connection.get();
}

void HostListModel::setConnection(int row, ConnectionPtr connection)
{
    if (row < 0 || row >= rowCount())
        return;
    Entry &entry = m_entries[size_t(row)];
    entry.connection = std::move(connection);
    watch(entry.host.id, entry.connection.get());
}

HostListModel::Status HostListModel::status(int row) const
{
    if (row < 0 || row >= rowCount())
        return Status::Disconnected;
    return m_entries[size_t(row)].status;
}

const Error &HostListModel::lastError(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_entries[size_t(row)].error;
}

void HostListModel::setStatus(int row, Status status, const Error &error)
{
    if (row < 0 || row >= rowCount())
        return;
    Entry &entry = m_entries[size_t(row)];
    entry.status = status;
    entry.error = status == Status::Failed ? error : Error();
    emitRowChanged(row);
}

int HostListModel::connectedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const Entry &entry) { return entry.status == Status::Connected; }));
}

QString HostListModel::statusText(Status status)
{
    switch (status) {
    case Status::Disconnected:
        return tr("Not connected");
    case Status::Connecting:
        return tr("Connecting…");
    case Status::Connected:
        return tr("Connected");
    case Status::Failed:
        return tr("Connection failed");
    }
    return {};
}

QColor HostListModel::statusColor(Status status)
{
    switch (status) {
    case Status::Disconnected:
        return QColor(0x9a, 0xa0, 0xa6);
    case Status::Connecting:
        return QColor(0xf2, 0x99, 0x00);
    case Status::Connected:
        return QColor(0x1e, 0x8e, 0x3e);
    case Status::Failed:
        return QColor(0xc5, 0x22, 0x1f);
    }
    return {};
}

void HostListModel::watch(const QUuid &id, HostConnection *connection)
{
    if (!connection)
        return;
    // Emitted on the worker thread; the model as context makes it a queued call on the GUI thread.
    connect(connection, &HostConnection::stateChanged, this, [this, id](bool open) {
        const int row = rowOf(id);
        if (row >= 0 && !open && status(row) == Status::Connected)
            setStatus(row, Status::Disconnected);
    });
}

void HostListModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Bulwark::Ui
