// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/Change.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// An ordered list of changes for one host, saved by the CLI (toJson) and applied later (fromJson). A value type.
// Rolling back runs the inverses of the applied commands in reverse order.
class ChangePlan
{
public:
    static constexpr int formatVersion = 1;

    QString hostDisplayName() const { return m_hostDisplayName; }
    void setHostDisplayName(const QString &name) { m_hostDisplayName = name; }
    QDateTime created() const { return m_created; } // UTC
    void setCreated(const QDateTime &created) { m_created = created.toUTC(); }
    QList<Change> changes() const { return m_changes; }
    void setChanges(const QList<Change> &changes) { m_changes = changes; }
    void append(const Change &change) { m_changes.append(change); }
    // Things the user should read before applying ("cups is listening on 127.0.0.1:631").
    QStringList warnings() const { return m_warnings; }
    void setWarnings(const QStringList &warnings) { m_warnings = warnings; }
    void addWarning(const QString &warning) { m_warnings.append(warning); }
    // Set on a plan that undoes an earlier transaction (Applier::rollbackPlan): that transaction's id.
    QString rollbackOf() const { return m_rollbackOf; }
    void setRollbackOf(const QString &transactionId) { m_rollbackOf = transactionId; }

    bool isEmpty() const { return m_changes.isEmpty(); }
    // Any change may affect how anyone reaches the host: marked so (FileEdit/CommandStep::accessAffecting), or an edit
    // of a file that decides logins (sshd_config and its drop-ins, PAM, passwd/shadow/group, authorized_keys,
    // firewall configuration) or a command that changes accounts or the packet filter (usermod, passwd, nft ...),
    // marked or not. The Applier then applies the plan commit-confirmed (an automatic undo on the host that only a
    // fresh login disarms).
    bool accessAffecting() const;

    // One plain-language line per change: "Stop and disable avahi-daemon.socket: enabled+running -> ...".
    QStringList summary() const;

    QJsonObject toJson() const;
    // Indented JSON with a trailing newline: the file the CLI writes.
    QByteArray toJsonBytes() const;
    static Result<ChangePlan> fromJson(const QJsonObject &object);
    static Result<ChangePlan> fromJsonBytes(const QByteArray &bytes);

    friend bool operator==(const ChangePlan &, const ChangePlan &) = default;

private:
    QString m_hostDisplayName;
    QDateTime m_created;
    QList<Change> m_changes;
    QStringList m_warnings;
    QString m_rollbackOf;
};

} // namespace Bulwark::Plan
