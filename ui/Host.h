// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/BasicFacts.h"
#include "core/inventory/HostEntry.h"
#include "core/transport/HostKey.h"
#include "core/transport/SshTarget.h"
#include "core/transport/WinRmTarget.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Bulwark::Transport {
class SshConfig;
}

namespace Bulwark::Ui {

// A managed host as the console knows it: what the user entered (saved in the inventory, see toEntry()), where that
// resolves to, and what Bulwark last learned about it (kept in memory only). A plain value with no secret and no
// live connection. A Linux host is reached over SSH (target), a Windows host over WinRM (winRm; isWindows()).
struct Host
{
    // Saved in the inventory.
    QUuid id = QUuid::createUuid(); // stable across renames, regrouping and reordering
    QString name;                   // what the user calls it; empty: derived from the target
    QString address;                // as entered: [user@]host[:port] or an ssh_config alias; empty: from target
    QString group;                  // "" = ungrouped
    QStringList identityFiles;      // the user's own choice; ssh_config may add more to target
    bool elevate = true;            // scan through sudo (root-only checks are "could not be checked" without)
    QDateTime added;                // UTC
    using Protocol = Inventory::HostEntry::Protocol;
    Protocol protocol = Protocol::Ssh; // WinRm: a Windows host; address is user@host[:port]
    bool winRmHttps = true;            // WinRM only: HTTPS (5986) or plain HTTP (5985)
    bool allowUnencrypted = false;     // WinRM only: the user allowed Basic over plain HTTP

    // In memory only.
    Transport::SshTarget target;    // SSH: address resolved through ssh_config; acceptFingerprint is never kept
    Transport::WinRmTarget winRm;   // WinRM: address parsed; acceptFingerprint is never kept, the pin is in WinRmPins
    Facts::BasicFacts facts;        // from the last successful probe or scan
    QDateTime factsUpdated;         // UTC; invalid until facts were collected
    Transport::HostKey hostKey;     // the key the host presented on the last successful login
    QString authMethod;             // how that login succeeded ("publickey (agent)", "password", ...)
    QString certificateFingerprint; // WinRM over HTTPS: the certificate presented on the last successful login
    QString certificateSubject;     // its subject ("CN=pacs-win01")
    QJsonObject windowsFacts;       // WinRM: the fact tree of the latest scan (FACTS-windows.md); empty until then

    bool hasFacts() const { return factsUpdated.isValid(); }
    bool isWindows() const { return protocol == Protocol::WinRm; }
    // How Bulwark dials the host: "ops@db1:2222" (SSH) or "Administrator@pacs-win01:5986" (WinRM); empty until the
    // address resolved.
    QString dialledName() const;
    // name, else the ssh_config alias or address the user typed, else the host name dialled.
    QString displayName() const;
    // When the host last booted, from the probe time and its uptime; invalid if unknown.
    QDateTime bootTime() const;
    // address, else the target in the form the inventory stores ("[user@]host[:port]").
    QString effectiveAddress() const;

    // The inventory record of this host (same id).
    Inventory::HostEntry toEntry() const;
    // A host from its inventory record, its address resolved through `config`. An address that does not parse
    // leaves the target's alias set to it, so the host still shows and its connection fails with the reason.
    static Host fromEntry(const Inventory::HostEntry &entry, const Transport::SshConfig &config);
    // "[user@]host[:port]" of a target as entered (before ssh_config), with IPv6 addresses in brackets.
    static QString formatAddress(const Transport::SshTarget &entered);
    // "user@host[:port]" of a WinRM target (the port only when one was given).
    static QString formatAddress(const Transport::WinRmTarget &entered);
    // Fills `facts` from the fact tree of a scan (os, host and probe sections), stamped with `when`. A Windows tree
    // (probe.platform "windows") also becomes windowsFacts.
    void applyScanFacts(const QJsonObject &scanFacts, const QDateTime &when);
};

} // namespace Bulwark::Ui

Q_DECLARE_METATYPE(Bulwark::Ui::Host)
