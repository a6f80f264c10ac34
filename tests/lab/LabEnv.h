// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/transport/SshTarget.h"

#include <QHash>
#include <QString>

// What lab-fixture.sh wrote to $BULWARK_LAB_STATE/lab.env: ports, key, accounts of the running lab VM.
class LabEnv
{
public:
    static LabEnv load();

    bool isValid() const { return !m_values.isEmpty(); }
    QString value(const QString &key) const { return m_values.value(key); }
    quint16 sshPort() const { return quint16(value(QStringLiteral("LAB_SSH_PORT")).toUInt()); }
    QString stateDir() const { return m_stateDir; }

    // Puts the running VM back to its clean snapshot (labvm.sh reset, named by $BULWARK_LABVM); false on failure,
    // with labvm.sh's complaint as a warning.
    static bool resetVm();
    // A target for `user` on the lab VM, with the lab key and a known_hosts file in `knownHostsFile`.
    Bulwark::Transport::SshTarget target(const QString &user, const QString &knownHostsFile) const;

private:
    QHash<QString, QString> m_values;
    QString m_stateDir;
};
