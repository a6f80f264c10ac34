// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/facts/BasicFacts.h"
#include "core/transport/HostKey.h"
#include "core/transport/SshTarget.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Bulwark::Ui {

// A managed host as the console knows it: where it is, as whom Bulwark logs in, and what it last learned.
// A plain value with no secret and no live connection, so an inventory can store it as it is.
// (It moves to core/inventory when persistence arrives; nothing in it needs a widget.)
struct Host
{
    QUuid id = QUuid::createUuid(); // stable across renames and reordering
    QString name;                   // what the user calls it; empty: derived from the target
    Transport::SshTarget target;    // resolved through ssh_config; acceptFingerprint is never kept
    Facts::BasicFacts facts;        // from the last successful probe
    QDateTime factsUpdated;         // UTC; invalid until facts were collected
    Transport::HostKey hostKey;     // the key the host presented on the last successful login
    QString authMethod;             // how that login succeeded ("publickey (agent)", "password", ...)

    bool hasFacts() const { return factsUpdated.isValid(); }
    // name, else the ssh_config alias or address the user typed, else the host name dialled.
    QString displayName() const;
    // When the host last booted, from the probe time and its uptime; invalid if unknown.
    QDateTime bootTime() const;
};

} // namespace Bulwark::Ui

Q_DECLARE_METATYPE(Bulwark::Ui::Host)
