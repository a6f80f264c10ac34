// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/inventory/Inventory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Bulwark::Inventory {

namespace {
constexpr qint64 MaxInventoryBytes = 16 * 1024 * 1024;
constexpr int FormatVersion = 1;
} // namespace

QString Inventory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/hosts.json");
}

Result<Inventory> Inventory::load(const QString &path)
{
    Inventory inventory;
    QFile file(path);
    if (!file.exists())
        return inventory;
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("Inventory", "Cannot read the host list %1.").arg(path),
                     file.errorString());
    if (file.size() > MaxInventoryBytes)
        return Error(
            Error::Code::ParseError,
            QCoreApplication::translate("Inventory", "The host list %1 is implausibly large; it was not loaded.")
                .arg(path));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("Inventory", "The host list %1 is damaged and was not loaded; it is "
                                                              "kept unchanged so nothing is lost.")
                         .arg(path),
                     parseError.errorString());
    const QJsonArray hosts = document.object().value(QStringLiteral("hosts")).toArray();
    for (const QJsonValue &value : hosts) {
        if (auto entry = HostEntry::fromJson(value.toObject()); entry && !inventory.host(entry->id()))
            inventory.m_hosts.append(*entry);
    }
    return inventory;
}

Result<void> Inventory::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QJsonArray hosts;
    for (const HostEntry &host : m_hosts)
        hosts.append(host.toJson());
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("hosts"), hosts}})
            .toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::Io,
                     QCoreApplication::translate("Inventory", "Cannot save the host list %1.").arg(path),
                     file.errorString());
    return {};
}

std::optional<HostEntry> Inventory::host(const QUuid &id) const
{
    for (const HostEntry &host : m_hosts)
        if (host.id() == id)
            return host;
    return std::nullopt;
}

QStringList Inventory::groups() const
{
    QStringList groups;
    for (const HostEntry &host : m_hosts)
        if (!host.group().isEmpty() && !groups.contains(host.group()))
            groups.append(host.group());
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

void Inventory::add(const HostEntry &host)
{
    if (!update(host))
        m_hosts.append(host);
}

bool Inventory::update(const HostEntry &host)
{
    for (HostEntry &existing : m_hosts) {
        if (existing.id() == host.id()) {
            existing = host;
            return true;
        }
    }
    return false;
}

bool Inventory::remove(const QUuid &id)
{
    return m_hosts.removeIf([&](const HostEntry &host) { return host.id() == id; }) > 0;
}

} // namespace Bulwark::Inventory
