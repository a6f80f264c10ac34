// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace Bulwark::Inventory {

// A managed host as the user entered it. Holds no secrets: passwords live in the OS keychain, keyed by id().
class HostEntry
{
public:
    enum class Protocol
    {
        Ssh,
        WinRm
    };

    HostEntry();
    // An entry for a host the caller already identifies (the console keeps ids stable across edits).
    HostEntry(const QUuid &id, const QDateTime &added);

    QUuid id() const { return m_id; }
    QString name() const { return m_name; } // what the user calls it ("PACS database")
    void setName(const QString &name) { m_name = name; }
    QString address() const { return m_address; } // [user@]host[:port] or an ssh_config alias
    void setAddress(const QString &address) { m_address = address; }
    QString group() const { return m_group; } // "" = ungrouped
    void setGroup(const QString &group) { m_group = group; }
    QStringList identityFiles() const { return m_identityFiles; }
    void setIdentityFiles(const QStringList &files) { m_identityFiles = files; }
    Protocol protocol() const { return m_protocol; }
    void setProtocol(Protocol protocol) { m_protocol = protocol; }
    bool elevate() const { return m_elevate; } // scan through sudo (needed to read shadow, sudoers, sshd -T)
    void setElevate(bool elevate) { m_elevate = elevate; }
    QDateTime added() const { return m_added; }

    // The SSH target: address parsed, then completed from ssh_config by the caller.
    Result<Transport::SshTarget> sshTarget() const;

    QJsonObject toJson() const;
    static std::optional<HostEntry> fromJson(const QJsonObject &object);

    friend bool operator==(const HostEntry &, const HostEntry &) = default;

private:
    QUuid m_id;
    QString m_name;
    QString m_address;
    QString m_group;
    QStringList m_identityFiles;
    Protocol m_protocol = Protocol::Ssh;
    bool m_elevate = true;
    QDateTime m_added;
};

} // namespace Bulwark::Inventory

Q_DECLARE_METATYPE(Bulwark::Inventory::HostEntry)
