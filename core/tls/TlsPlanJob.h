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
class TlsPlanJob
{
public:
    // Picks the file of choice.file (resolved or as nginx names it), the files its server block's includes name
    // (from state.files), calls TlsPlanner::plan with state.prefix. Refused when nginx is not installed, the file
    // was not read, or the configuration on the host does not pass `nginx -t` now.
    static Result<Plan::ChangePlan> plan(const TlsHostState &state, const Plan::TlsChoice &choice);

    // Where the console should shake hands after apply: host address and the site's TLS port (443 default).
    static int tlsPort(const Plan::TlsPlanner::Site &site);
};

} // namespace Bulwark::Tls
