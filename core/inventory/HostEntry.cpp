// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/inventory/HostEntry.h"

#include <QCoreApplication>
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

Result<Transport::WinRmTarget> HostEntry::winRmTarget() const
{
    return winRmTargetOf(m_address, m_winRmHttps, m_allowUnencrypted);
}

Result<Transport::WinRmTarget> HostEntry::winRmTargetOf(const QString &address, bool https, bool allowUnencrypted)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return Error(
            Error::Code::InvalidArgument,
            QCoreApplication::translate("HostEntry", "Enter the Windows host as user@host or user@host:port."));
    if (trimmed.contains(QLatin1String("://")))
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("HostEntry", "Enter the Windows host as user@host[:port], without "
                                                              "http:// or https://; choose HTTPS or HTTP below."));
    auto target = Transport::WinRmTarget::parse(trimmed);
    if (!target)
        return target.error();
    if (target->user.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("HostEntry", "A Windows host needs the account to sign in with: "
                                                              "user@host (e.g. Administrator@%1).")
                         .arg(target->hostName));
    target->scheme = https ? Transport::WinRmTarget::Scheme::Https : Transport::WinRmTarget::Scheme::Http;
    target->allowUnencrypted = !https && allowUnencrypted;
    return target;
}

QJsonObject HostEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), m_id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("address"), m_address},
        {QStringLiteral("group"), m_group},
        {QStringLiteral("identityFiles"), QJsonArray::fromStringList(m_identityFiles)},
        {QStringLiteral("transport"), m_protocol == Protocol::WinRm ? QStringLiteral("winrm") : QStringLiteral("ssh")},
        {QStringLiteral("elevate"), m_elevate},
        {QStringLiteral("added"), m_added.toString(Qt::ISODateWithMs)},
    };
    if (m_protocol == Protocol::WinRm)
        json.insert(QStringLiteral("winrm"),
                    QJsonObject{
                        {QStringLiteral("scheme"), m_winRmHttps ? QStringLiteral("https") : QStringLiteral("http")},
                        {QStringLiteral("allowUnencrypted"), m_allowUnencrypted},
                    });
    return json;
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
    // Inventories from before Windows hosts have no "winrm": HTTPS, never unencrypted.
    const QJsonObject winrm = object.value(QStringLiteral("winrm")).toObject();
    entry.m_winRmHttps = winrm.value(QStringLiteral("scheme")).toString() != u"http";
    entry.m_allowUnencrypted = !entry.m_winRmHttps && winrm.value(QStringLiteral("allowUnencrypted")).toBool(false);
    entry.m_added = QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace Bulwark::Inventory
