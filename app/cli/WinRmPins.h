// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

// The CLI's known_hosts for WinRM over HTTPS: one "host:port SHA256:AB:CD:..." line per host whose TLS certificate
// the operator accepted (--trust-fingerprint or the yes/no question). A pinned host that presents another
// certificate is refused by WinRmSession. Lines starting with '#' are comments. Thread: main thread only.
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
    Bulwark::Result<QString> find(const QString &host, quint16 port) const;
    // Pins host:port to `fingerprint`, replacing an older pin; written atomically with mode 0600.
    Bulwark::Result<void> remember(const QString &host, quint16 port, const QString &fingerprint) const;

private:
    static QString key(const QString &host, quint16 port);
    QString m_path;
};
