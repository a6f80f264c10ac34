// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/ApacheConfig.h"
#include "core/tls/TlsPlanner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Tls {

// What ApacheReader learned about a host's Apache httpd, read-only, for the Apache TLS planner and the wizard. A
// value type.
struct ApacheHostState
{
    bool installed = false;
    QString control;                                     // "apache2ctl" (Debian) or "apachectl" (RHEL)
    QString version;                                     // "Apache/2.4.62 (Debian)"
    QString serverRoot = QStringLiteral("/etc/apache2"); // relative Include paths resolve against it
    QString unit = QStringLiteral("apache2.service");    // the systemd unit that runs it
    QStringList modules;                                 // loaded modules: "ssl_module", "headers_module", ...
    bool configValid = true;                             // `apachectl configtest` passes now
    // Every configuration file httpd reads (the DUMP_INCLUDES list), by its real path (symlinks in sites-enabled/
    // and mods-enabled/ resolved, so an edit replaces the file and keeps the link).
    QList<ApacheConfig> files;
    QStringList problems; // what could not be read ("/etc/apache2/sites-available/x.conf: ...")

    // Debian's layout: a2enmod/a2dismod, mods-available/, sites-available/.
    bool debianLayout() const { return serverRoot == u"/etc/apache2"; }
    bool hasModule(const QString &name) const { return modules.contains(name); }
    // The file read from `path`; nullptr when there is none.
    const ApacheConfig *file(const QString &path) const
    {
        for (const ApacheConfig &config : files) {
            if (config.path() == path)
                return &config;
        }
        return nullptr;
    }
    // The files the Include/IncludeOptional lines directly inside `virtualHost` read (relative patterns against
    // serverRoot), in the order of those lines.
    QList<const ApacheConfig *> included(const ApacheConfig &file, int virtualHost) const;
    // "SSLEngine on" in the VirtualHost or in a file it includes (certbot's options-ssl-apache.conf).
    bool isTlsSite(const ApacheConfig &file, int virtualHost) const;
    // Every VirtualHost of every file, TLS or plain, as the wizard lists them (serverLine: the "<VirtualHost" line).
    QList<Plan::TlsPlanner::Site> sites() const;
};

} // namespace Bulwark::Tls
