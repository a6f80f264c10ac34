// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/BasicFacts.h"
#include "core/inventory/HostEntry.h"
#include "core/transport/HostKey.h"
#include "core/transport/SshTarget.h"

#include <QDateTime>
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
// live connection.
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

    // In memory only.
    Transport::SshTarget target; // address resolved through ssh_config; acceptFingerprint is never kept
    Facts::BasicFacts facts;     // from the last successful probe or scan
    QDateTime factsUpdated;      // UTC; invalid until facts were collected
    Transport::HostKey hostKey;  // the key the host presented on the last successful login
    QString authMethod;          // how that login succeeded ("publickey (agent)", "password", ...)

    bool hasFacts() const { return factsUpdated.isValid(); }
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
    // Fills `facts` from the fact tree of a scan (os, host and probe sections), stamped with `when`.
    void applyScanFacts(const QJsonObject &scanFacts, const QDateTime &when);
};

} // namespace Bulwark::Ui

Q_DECLARE_METATYPE(Bulwark::Ui::Host)
