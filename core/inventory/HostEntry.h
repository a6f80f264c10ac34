// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"
#include "core/transport/WinRmTarget.h"
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
//
// An SSH host's address is [user@]host[:port] or an ssh_config alias. A Windows host (Protocol::WinRm) is reached
// over WinRM: its address is user@host[:port] (the port defaults to 5986 for HTTPS, 5985 for HTTP), winRmHttps()
// says which, and plain HTTP is only dialled when allowUnencrypted() (Basic then sends the password readable).
// The certificate a WinRM host presented is pinned in Transport::WinRmPins, not here. identityFiles() and
// elevate() are SSH-only and kept as they are for a WinRM host.
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
    bool winRmHttps() const { return m_winRmHttps; } // WinRM over HTTPS (default) or plain HTTP
    void setWinRmHttps(bool https) { m_winRmHttps = https; }
    bool allowUnencrypted() const { return m_allowUnencrypted; } // the user allowed WinRM over plain HTTP
    void setAllowUnencrypted(bool allow) { m_allowUnencrypted = allow; }
    QDateTime added() const { return m_added; }

    // The SSH target: address parsed, then completed from ssh_config by the caller.
    Result<Transport::SshTarget> sshTarget() const;
    // The WinRM target: address parsed (user@host[:port]; a user is required), with the scheme and
    // allowUnencrypted of this entry. No fingerprint: the caller fills pinnedFingerprint from WinRmPins.
    Result<Transport::WinRmTarget> winRmTarget() const;
    // winRmTarget() of an address and scheme as typed, for dialogs that validate before there is an entry.
    static Result<Transport::WinRmTarget> winRmTargetOf(const QString &address, bool https, bool allowUnencrypted);

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
    bool m_winRmHttps = true;
    bool m_allowUnencrypted = false;
    QDateTime m_added;
};

} // namespace Bulwark::Inventory

Q_DECLARE_METATYPE(Bulwark::Inventory::HostEntry)
