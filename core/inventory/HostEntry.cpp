// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/inventory/HostEntry.h"

#include <QJsonArray>

namespace Bulwark::Inventory {

HostEntry::HostEntry()
    : m_id(QUuid::createUuid())
    , m_added(QDateTime::currentDateTimeUtc())
{}

HostEntry::HostEntry(const QUuid &id, const QDateTime &added)
    : m_id(id.isNull() ? QUuid::createUuid() : id)
    , m_added(added.isValid() ? added : QDateTime::currentDateTimeUtc())
{}

Result<Transport::SshTarget> HostEntry::sshTarget() const
{
    auto target = Transport::SshTarget::parse(m_address);
    if (!target)
        return target.error();
    target->identityFiles = m_identityFiles;
    return target;
}

QJsonObject HostEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), m_id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("address"), m_address},
        {QStringLiteral("group"), m_group},
        {QStringLiteral("identityFiles"), QJsonArray::fromStringList(m_identityFiles)},
        {QStringLiteral("transport"), m_protocol == Protocol::WinRm ? QStringLiteral("winrm") : QStringLiteral("ssh")},
        {QStringLiteral("elevate"), m_elevate},
        {QStringLiteral("added"), m_added.toString(Qt::ISODateWithMs)},
    };
}

std::optional<HostEntry> HostEntry::fromJson(const QJsonObject &object)
{
    HostEntry entry;
    entry.m_id = QUuid::fromString(object.value(QStringLiteral("id")).toString());
    entry.m_address = object.value(QStringLiteral("address")).toString().left(1024);
    if (entry.m_id.isNull() || entry.m_address.isEmpty())
        return std::nullopt;
    entry.m_name = object.value(QStringLiteral("name")).toString().left(256);
    entry.m_group = object.value(QStringLiteral("group")).toString().left(256);
    const QJsonArray identities = object.value(QStringLiteral("identityFiles")).toArray();
    for (const QJsonValue &identity : identities)
        if (identity.isString())
            entry.m_identityFiles.append(identity.toString());
    entry.m_protocol =
        object.value(QStringLiteral("transport")).toString() == u"winrm" ? Protocol::WinRm : Protocol::Ssh;
    entry.m_elevate = object.value(QStringLiteral("elevate")).toBool(true);
    entry.m_added = QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace Bulwark::Inventory
