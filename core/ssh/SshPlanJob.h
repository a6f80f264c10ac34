// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/ssh/SshChoice.h"
#include "core/ssh/SshHostState.h"
#include "core/transport/Session.h"
#include "core/util/CancelToken.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

namespace Bulwark::Ssh {

// What planning an SSH change on a host came to: a plan with the pre-flight's verdict, or a refusal in words.
struct SshPlanOutcome
{
    Plan::ChangePlan plan;
    QString verdict; // "You log in as alice with a key from 10.0.2.2: still allowed after this change."
    Error refusal;   // set when the planner or the pre-flight refused; the plan is then empty

    bool refused() const { return refusal.isError(); }
};

// The SSH planning steps that need the host, in order: SshPlanner::draft, SshAccessReader::evaluate (one elevated
// read-only command), SshPlanner::plan. Thread: the Session's (a HostConnection job).
class SshPlanJob
{
public:
    // An Error only when the host could not be asked (connection, sudo, an answer not understood); everything the
    // planner or sshd itself refuses comes back as the outcome's refusal.
    static Result<SshPlanOutcome> planOnHost(Transport::Session &session, const SshHostState &state,
                                             const Plan::SshChoice &choice, const QJsonObject &facts,
                                             const CancelToken &cancel);
};

} // namespace Bulwark::Ssh
