// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Bulwark::Transport {

// known_hosts for WinRM over HTTPS, shared by the console and bulwark-cli: one "host:port SHA256:AB:CD:..." line per
// host whose TLS certificate the operator accepted (the console's trust prompt, --trust-fingerprint or the CLI's
// yes/no question). A pinned host that presents another certificate is refused by WinRmSession (WinRmTarget::
// pinnedFingerprint). Lines starting with '#' are comments. Thread: any, one call at a time (plain file access;
// the console calls it on the GUI thread, the file is a few lines).
class WinRmPins
{
    Q_DECLARE_TR_FUNCTIONS(WinRmPins)

public:
    // `path` empty: defaultPath().
    explicit WinRmPins(QString path = {});

    // Next to the journal: <AppDataLocation>/winrm_known_hosts.
    static QString defaultPath();
    const QString &path() const { return m_path; }

    // The pinned fingerprint of host:port, empty when there is none (or the file does not exist yet).
    Result<QString> find(const QString &host, quint16 port) const;
    // Pins host:port to `fingerprint`, replacing an older pin; written atomically with mode 0600.
    Result<void> remember(const QString &host, quint16 port, const QString &fingerprint) const;

private:
    static QString key(const QString &host, quint16 port);
    QString m_path;
};

} // namespace Bulwark::Transport
