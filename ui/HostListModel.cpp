// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/HostListModel.h"

#include "core/inventory/Inventory.h"
#include "core/transport/SshConfig.h"
#include "ui/Icons.h"
#include "ui/Palette.h"
#include "ui/UiLogging.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace Bulwark::Ui {

using Transport::HostConnection;

HostListModel::HostListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

HostListModel::~HostListModel() = default;

// Index layout: top-level rows are the groups (internal pointer null, row < group count) followed by the ungrouped
// hosts; a group's children carry the Group as internal pointer. Groups are heap nodes, so a child's index stays
// valid when groups before it come and go.

QModelIndex HostListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) + m_ungrouped.size() ? createIndex(row, column, nullptr) : QModelIndex();
    const Group *group = groupAt(parent);
    if (!group || parent.column() != 0 || row >= group->hosts.size())
        return {};
    return createIndex(row, column, const_cast<Group *>(group));
}

QModelIndex HostListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    return groupIndex(static_cast<const Group *>(child.internalPointer()));
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size()) + int(m_ungrouped.size());
    if (parent.column() != 0)
        return 0;
    const Group *group = groupAt(parent);
    return group ? int(group->hosts.size()) : 0;
}

int HostListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags HostListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

HostListModel::Item *HostListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const auto *group = static_cast<const Group *>(index.internalPointer()))
        return index.row() < group->hosts.size() ? group->hosts.at(index.row()) : nullptr;
    const int row = index.row() - int(m_groups.size());
    return row >= 0 && row < m_ungrouped.size() ? m_ungrouped.at(row) : nullptr;
}

HostListModel::Group *HostListModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalPointer())
        return nullptr;
    return index.row() < int(m_groups.size()) ? m_groups[size_t(index.row())].get() : nullptr;
}

HostListModel::Group *HostListModel::findGroup(const QString &name) const
{
    for (const auto &group : m_groups) {
        if (group->name == name)
            return group.get();
    }
    return nullptr;
}

int HostListModel::groupRow(const Group *group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].get() == group)
            return int(i);
    }
    return -1;
}

QModelIndex HostListModel::groupIndex(const Group *group) const
{
    const int row = groupRow(group);
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

HostListModel::Item *HostListModel::item(const QUuid &id) const
{
    for (const auto &entry : m_items) {
        if (entry->host.id == id)
            return entry.get();
    }
    return nullptr;
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Group *group = groupAt(index))
        return groupData(*group, index.column(), role);
    if (const Item *entry = itemAt(index))
        return hostData(*entry, index.column(), role);
    return {};
}

QVariant HostListModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return group.name;
        if (column == StatusColumn)
            return tr("%n host(s)", nullptr, int(group.hosts.size()));
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::icon(Icons::Glyph::Group);
        break;
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (column != NameColumn)
            return Palette::neutral();
        break;
    case IsGroupRole:
        return true;
    case GroupRole:
        return group.name;
    }
    return {};
}

QVariant HostListModel::hostData(const Item &entry, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return entry.host.displayName();
        case AddressColumn:
            return entry.host.dialledName().isEmpty() ? entry.host.effectiveAddress() : entry.host.dialledName();
        case StatusColumn:
            return entry.activity.isEmpty() ? statusText(entry.status) : entry.activity;
        case ScoreColumn:
            if (entry.score)
                return QString::number(*entry.score);
            return entry.scanned ? tr("n/a") : QStringLiteral("—");
        }
        break;
    case Qt::DecorationRole:
        if (column == NameColumn)
            return Icons::icon(entry.host.isWindows() ? Icons::Glyph::WindowsServer : Icons::Glyph::Server);
        if (column == StatusColumn)
            return Icons::statusDot(entry.activity.isEmpty() ? statusColor(entry.status)
                                                             : statusColor(Status::Connecting));
        break;
    case Qt::ForegroundRole:
        if (column == ScoreColumn)
            return entry.score ? Palette::bandColor(Palette::band(entry.score)) : Palette::neutral();
        break;
    case Qt::FontRole:
        if (column == ScoreColumn && entry.score) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == StatusColumn && entry.error.isError())
            return entry.error.message();
        if (column == NameColumn) {
            // The system and the way in, so a Windows host is told apart from a Linux one without the icon.
            QStringList lines;
            lines << (entry.host.isWindows() ? tr("Windows host (WinRM)") : tr("Linux host (SSH)"));
            if (!entry.host.facts.osPrettyName.isEmpty())
                lines << entry.host.facts.osPrettyName;
            const QString dialled = entry.host.dialledName();
            lines << (dialled.isEmpty() ? entry.host.effectiveAddress() : dialled);
            return lines.join(u'\n');
        }
        if (column == ScoreColumn) {
            if (!entry.scanned)
                return tr("Not scanned yet");
            return tr("Hardening score of the latest scan: %1")
                .arg(Palette::bandName(Palette::band(entry.score)).toLower());
        }
        break;
    case HostIdRole:
        return entry.host.id;
    case StatusRole:
        return QVariant::fromValue(entry.status);
    case IsGroupRole:
        return false;
    case GroupRole:
        return entry.host.group;
    case ScoreRole:
        return entry.score ? QVariant(*entry.score) : QVariant();
    }
    return {};
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == ScoreColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

void HostListModel::place(Item *entry)
{
    const QString name = entry->host.group;
    if (name.isEmpty()) {
        const int row = int(m_groups.size()) + int(m_ungrouped.size());
        beginInsertRows({}, row, row);
        m_ungrouped.append(entry);
        endInsertRows();
        return;
    }
    Group *group = findGroup(name);
    if (!group) {
        const auto position = std::find_if(m_groups.begin(), m_groups.end(), [&](const auto &existing) {
            return QString::compare(name, existing->name, Qt::CaseInsensitive) < 0;
        });
        const int row = int(position - m_groups.begin());
        beginInsertRows({}, row, row);
        auto created = std::make_unique<Group>();
        created->name = name;
        group = created.get();
        m_groups.insert(position, std::move(created));
        endInsertRows();
    }
    const int row = int(group->hosts.size());
    beginInsertRows(groupIndex(group), row, row);
    group->hosts.append(entry);
    endInsertRows();
}

void HostListModel::unplace(Item *entry)
{
    if (const int row = int(m_ungrouped.indexOf(entry)); row >= 0) {
        const int modelRow = int(m_groups.size()) + row;
        beginRemoveRows({}, modelRow, modelRow);
        m_ungrouped.removeAt(row);
        endRemoveRows();
        return;
    }
    for (size_t g = 0; g < m_groups.size(); ++g) {
        Group *group = m_groups[g].get();
        const int row = int(group->hosts.indexOf(entry));
        if (row < 0)
            continue;
        beginRemoveRows(groupIndex(group), row, row);
        group->hosts.removeAt(row);
        endRemoveRows();
        if (group->hosts.isEmpty()) {
            beginRemoveRows({}, int(g), int(g));
            m_groups.erase(m_groups.begin() + qsizetype(g));
            endRemoveRows();
        }
        return;
    }
}

QModelIndex HostListModel::addHost(Host host, ConnectionPtr connection)
{
    host.group = host.group.trimmed();
    if (!host.added.isValid())
        host.added = QDateTime::currentDateTimeUtc();
    auto entry = std::make_unique<Item>();
    entry->status = connection ? Status::Connected : Status::Disconnected;
    entry->host = std::move(host);
    entry->connection = std::move(connection);
    watch(entry->host.id, entry->connection.get());
    Item *raw = entry.get();
    m_items.push_back(std::move(entry));
    place(raw);
    saveIfStored();
    return indexOf(raw->host.id);
}

void HostListModel::removeHost(const QUuid &id)
{
    Item *entry = item(id);
    if (!entry)
        return;
    // Out of the host list before the rows go, so that views reacting to the removal see the list without it.
    const auto owner = std::find_if(m_items.begin(), m_items.end(),
                                    [entry](const auto &candidate) { return candidate.get() == entry; });
    std::unique_ptr<Item> retired = std::move(*owner);
    m_items.erase(owner);
    unplace(entry);
    saveIfStored();
    // `retired` goes out of scope here: its connection is cancelled and deleted once its worker is idle.
}

bool HostListModel::contains(const QUuid &id) const
{
    return item(id) != nullptr;
}

int HostListModel::hostCount() const
{
    return int(m_items.size());
}

QList<QUuid> HostListModel::hostIds() const
{
    QList<QUuid> ids;
    ids.reserve(qsizetype(m_items.size()));
    for (const auto &entry : m_items)
        ids.append(entry->host.id);
    return ids;
}

QStringList HostListModel::groups() const
{
    QStringList names;
    for (const auto &group : m_groups)
        names.append(group->name);
    return names;
}

QModelIndex HostListModel::indexOf(const QUuid &id, int column) const
{
    const Item *entry = item(id);
    if (!entry)
        return {};
    if (const int row = int(m_ungrouped.indexOf(entry)); row >= 0)
        return createIndex(int(m_groups.size()) + row, column, nullptr);
    for (const auto &group : m_groups) {
        if (const int row = int(group->hosts.indexOf(entry)); row >= 0)
            return createIndex(row, column, group.get());
    }
    return {};
}

QUuid HostListModel::hostId(const QModelIndex &index) const
{
    const Item *entry = itemAt(index);
    return entry ? entry->host.id : QUuid();
}

bool HostListModel::isGroup(const QModelIndex &index) const
{
    return groupAt(index) != nullptr;
}

const Host &HostListModel::host(const QUuid &id) const
{
    const Item *entry = item(id);
    Q_ASSERT(entry);
    return entry->host;
}

void HostListModel::setHost(const QUuid &id, const Host &host)
{
    Item *entry = item(id);
    if (!entry)
        return;
    const Inventory::HostEntry before = entry->host.toEntry();
    const QString oldGroup = entry->host.group;
    entry->host = host;
    entry->host.id = id; // the host's identity does not change
    entry->host.group = host.group.trimmed();
    if (entry->host.group != oldGroup) {
        unplace(entry);
        place(entry);
    } else {
        emitHostChanged(id);
    }
    if (!(entry->host.toEntry() == before))
        saveIfStored();
}

HostConnection *HostListModel::connection(const QUuid &id) const
{
    const Item *entry = item(id);
    return entry ? entry->connection.get() : nullptr;
}

void HostListModel::setConnection(const QUuid &id, ConnectionPtr connection)
{
    Item *entry = item(id);
    if (!entry)
        return;
    entry->connection = std::move(connection); // the previous one is retired
    watch(id, entry->connection.get());
}

HostListModel::Status HostListModel::status(const QUuid &id) const
{
    const Item *entry = item(id);
    return entry ? entry->status : Status::Disconnected;
}

Error HostListModel::lastError(const QUuid &id) const
{
    const Item *entry = item(id);
    return entry ? entry->error : Error();
}

void HostListModel::setStatus(const QUuid &id, Status status, const Error &error)
{
    Item *entry = item(id);
    if (!entry)
        return;
    entry->status = status;
    entry->error = status == Status::Failed ? error : Error();
    emitHostChanged(id);
}

std::optional<int> HostListModel::score(const QUuid &id) const
{
    const Item *entry = item(id);
    return entry ? entry->score : std::nullopt;
}

void HostListModel::setScore(const QUuid &id, std::optional<int> score, bool scanned)
{
    Item *entry = item(id);
    if (!entry || (entry->score == score && entry->scanned == scanned))
        return;
    entry->score = score;
    entry->scanned = scanned;
    emitHostChanged(id);
}

QString HostListModel::activity(const QUuid &id) const
{
    const Item *entry = item(id);
    return entry ? entry->activity : QString();
}

void HostListModel::setActivity(const QUuid &id, const QString &activity)
{
    Item *entry = item(id);
    if (!entry || entry->activity == activity)
        return;
    entry->activity = activity;
    emitHostChanged(id);
}

int HostListModel::connectedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const auto &entry) { return entry->status == Status::Connected; }));
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

Result<void> HostListModel::load(const QString &path, const Transport::SshConfig &config)
{
    auto inventory = Inventory::Inventory::load(path);
    if (!inventory)
        return inventory.error();
    beginResetModel();
    m_ungrouped.clear();
    m_groups.clear();
    std::vector<std::unique_ptr<Item>> retired = std::move(m_items);
    m_items.clear();
    for (const Inventory::HostEntry &entry : inventory->hosts()) {
        auto loaded = std::make_unique<Item>();
        loaded->host = Host::fromEntry(entry, config);
        Item *raw = loaded.get();
        m_items.push_back(std::move(loaded));
        // place() without row signals: the reset covers them.
        if (raw->host.group.isEmpty()) {
            m_ungrouped.append(raw);
            continue;
        }
        Group *group = findGroup(raw->host.group);
        if (!group) {
            auto created = std::make_unique<Group>();
            created->name = raw->host.group;
            group = created.get();
            m_groups.push_back(std::move(created));
        }
        group->hosts.append(raw);
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
        return QString::compare(a->name, b->name, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
    m_storagePath = path;
    qCInfo(lcUi) << "loaded" << m_items.size() << "hosts from" << path;
    return {};
}

void HostListModel::setStoragePath(const QString &path)
{
    m_storagePath = path;
}

Result<void> HostListModel::save() const
{
    if (m_storagePath.isEmpty())
        return {};
    Inventory::Inventory inventory;
    for (const auto &entry : m_items)
        inventory.add(entry->host.toEntry());
    return inventory.save(m_storagePath);
}

void HostListModel::saveIfStored()
{
    if (m_storagePath.isEmpty())
        return;
    if (const auto saved = save(); !saved) {
        qCWarning(lcUi).noquote() << "saving the host list failed:" << saved.error().toString();
        Q_EMIT saveFailed(saved.error());
    }
}

void HostListModel::watch(const QUuid &id, HostConnection *connection)
{
    if (!connection)
        return;
    // Emitted on the worker thread; the model as context makes it a queued call on the GUI thread.
    connect(connection, &HostConnection::stateChanged, this, [this, id](bool open) {
        if (contains(id) && !open && status(id) == Status::Connected)
            setStatus(id, Status::Disconnected);
    });
}

void HostListModel::emitHostChanged(const QUuid &id)
{
    const QModelIndex first = indexOf(id, 0);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    // The group row counts its hosts; nothing else of it changes with a host.
}

} // namespace Bulwark::Ui
