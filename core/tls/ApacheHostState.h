// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheConfig.h"
#include "core/tls/TlsPlanner.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Tls {

// What ApacheReader learned about a host's Apache httpd, read-only, for the Apache TLS planner and the wizard. A
// value type.
//
// Paths are the real files: httpd's Include names sites-enabled/x.conf, a symlink into sites-available/x.conf; the
// state keeps the resolved sites-available/x.conf (the file a plan edits: the Applier refuses to swap a symlink) and
// remembers the name httpd used in `listedAs`, so the wizard and the CLI can show both and find a site by either.
struct ApacheHostState
{
    bool installed = false;
    QString control; // "apache2ctl" (Debian) or "apachectl" (RHEL)
    // The control program answered `-v` with Apache's version. False when it could not run at all (Debian's
    // apache2ctl stops before httpd when it cannot create /var/lock/apache2, as under a fresh /run): then version,
    // modules and the files are unknown, `problems` says why in plain words, and configValid says nothing (the check
    // did not run; it is no failed check).
    bool controlRuns = true;
    QString version;                                     // "Apache/2.4.62 (Debian)"; "" when -v did not say
    QString serverRoot = QStringLiteral("/etc/apache2"); // relative Include paths resolve against it
    QString unit = QStringLiteral("apache2.service");    // the systemd unit that runs it
    QStringList modules;                                 // loaded modules: "ssl_module", "headers_module", ...
    bool configValid = true; // `apachectl -t` ran and passes now (false only when it ran and found an error)
    // Every configuration file httpd reads (the DUMP_INCLUDES list), by its real path (symlinks in sites-enabled/
    // and mods-enabled/ resolved, so an edit replaces the file and keeps the link).
    QList<ApacheConfig> files;
    QStringList problems;             // what could not be read ("/etc/apache2/sites-available/x.conf: ...")
    QHash<QString, QString> listedAs; // real path -> the path httpd's Include names (a symlink), only where they differ

    // Debian's layout: a2enmod/a2dismod, mods-available/, sites-available/.
    bool debianLayout() const { return serverRoot == u"/etc/apache2"; }
    bool hasModule(const QString &name) const { return modules.contains(name); }
    // The file read from `path` (the real file or as httpd names it); nullptr when there is none.
    const ApacheConfig *file(const QString &path) const;
    // How httpd names the file at the real `path`: the symlink, or `path` itself.
    QString listedPath(const QString &path) const { return listedAs.value(path, path); }
    // The real path of a file as httpd names it (a symlink in sites-enabled/); `path` when it is no symlink.
    QString resolvedPath(const QString &path) const;
    // The files the Include/IncludeOptional lines directly inside `virtualHost` read (relative patterns against
    // serverRoot), in the order of those lines.
    QList<const ApacheConfig *> included(const ApacheConfig &file, int virtualHost) const;
    // "SSLEngine on" in the VirtualHost or in a file it includes (certbot's options-ssl-apache.conf).
    bool isTlsSite(const ApacheConfig &file, int virtualHost) const;
    // Every VirtualHost of every file, TLS or plain, as the wizard lists them (serverLine: the "<VirtualHost" line).
    QList<Plan::TlsPlanner::Site> sites() const;
};

} // namespace Bulwark::Tls
