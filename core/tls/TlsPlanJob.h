// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/tls/TlsChoice.h"
#include "core/tls/TlsHostState.h"
#include "core/tls/TlsPlanner.h"
#include "core/util/Result.h"

#include <QList>

namespace Bulwark::Tls {

// Plans a TLS choice against a host's nginx, read already by NginxReader. Pure: nothing here talks to the network.
//
// Besides the site's own server block (TlsPlanner::plan), the plan also hardens an http-level ssl_protocols line
// that still allows SSLv3, TLS 1.0 or TLS 1.1 (Debian's nginx.conf has one): nginx negotiates the protocol before it
// knows the server name, with the settings of the listen socket's default server, and every server block without its
// own ssl_protocols inherits the http-level line (checked on the lab VM, tests/lab/tst_labtls.cpp). When the default
// server of the site's TLS port is another server block with its own legacy protocols, or with none at all while
// nginx's built-in default still allows TLS 1.0/1.1 (before 1.23.4), the plan warns and names it (Bulwark changes
// only the site chosen and the http level).
class TlsPlanJob
{
public:
    // Picks the file of choice.file (resolved or as nginx names it), the files its server block's includes name
    // (from state.files), calls TlsPlanner::plan with state.prefix. Refused when nginx is not installed, the file
    // was not read, or the configuration on the host does not pass `nginx -t` now (the change is verified by it).
    static Result<Plan::ChangePlan> plan(const TlsHostState &state, const Plan::TlsChoice &choice);

    // Where the console should shake hands after apply: host address and the site's TLS port (443 default).
    static int tlsPort(const Plan::TlsPlanner::Site &site);
    // The same from the site's listen lines: the first "listen ... ssl" port; 443 for a plain site (the planner adds
    // "listen 443 ssl").
    static int tlsPort(const TlsHostState &state, const Plan::TlsPlanner::Site &site);

    // Protocol names in an ssl_protocols line that a hardened server must not offer: SSLv2, SSLv3, TLSv1, TLSv1.1.
    static QStringList legacyProtocols(const QStringList &arguments);
};

} // namespace Bulwark::Tls
