// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/NginxConfig.h"
#include "core/tls/TlsPlanner.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Tls {

// What the TLS wizard and `plan tls` know about a host's web server, read by NginxReader::read. A value type.
//
// Paths are the real files: nginx names sites-enabled/x, a symlink into sites-available/x; the state keeps the
// resolved sites-available/x (the file a plan edits: the Applier refuses to swap a symlink) and remembers the name
// nginx used in `listedAs`, so the wizard and the CLI can show both.
struct TlsHostState
{
    bool nginxInstalled = false;
    QString nginxVersion;                          // "1.22.1"
    QString prefix = QStringLiteral("/etc/nginx"); // nginx's configuration directory (from nginx -V --conf-path)
    QString mainFile;                              // "/etc/nginx/nginx.conf"
    QList<NginxConfig> files;         // every file nginx reads (as `nginx -T` lists them), parsed, main first
    QStringList problems;             // plain words: a file that could not be read or parsed, nginx -T failing
    bool configTestPassed = false;    // `nginx -T` exited 0: the configuration on the host is valid now
    QHash<QString, QString> listedAs; // resolved path -> the path nginx names (a symlink), only where they differ

    // Every server block of every file, in nginx's order.
    QList<Plan::TlsPlanner::Site> sites() const;
    // The parsed file at `path` (resolved or as nginx names it); nullptr when it was not read.
    const NginxConfig *file(const QString &path) const;
    // How nginx names the file at the resolved `path`: the symlink, or `path` itself.
    QString listedPath(const QString &path) const { return listedAs.value(path, path); }
    // The resolved path of a file as nginx names it (a symlink in sites-enabled/); `path` when it is no symlink.
    QString resolvedPath(const QString &path) const;
};

} // namespace Bulwark::Tls
