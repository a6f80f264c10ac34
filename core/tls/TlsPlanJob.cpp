// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsPlanJob.h"

namespace Bulwark::Tls {

Result<Plan::ChangePlan> TlsPlanJob::plan(const TlsHostState &, const Plan::TlsChoice &)
{
    return Plan::ChangePlan();
}

int TlsPlanJob::tlsPort(const Plan::TlsPlanner::Site &)
{
    return 443;
}

} // namespace Bulwark::Tls
