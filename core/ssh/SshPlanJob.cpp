// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/ssh/SshPlanJob.h"

#include "core/ssh/SshAccessReader.h"
#include "core/ssh/SshPlanner.h"

namespace Bulwark::Ssh {

Result<SshPlanOutcome> SshPlanJob::planOnHost(Transport::Session &session, const SshHostState &state,
                                              const Plan::SshChoice &choice, const QJsonObject &facts,
                                              const CancelToken &cancel)
{
    SshPlanOutcome outcome;
    auto draft = Plan::SshPlanner::draft(state, choice);
    if (!draft) {
        outcome.refusal = draft.error();
        return outcome;
    }
    auto evaluation = SshAccessReader::evaluate(session, state, draft->options, draft->bannerPath, cancel);
    if (!evaluation) {
        // sshd refusing the new settings is a refusal; anything else means the host could not be asked.
        if (evaluation.error().code() != Error::Code::InvalidArgument)
            return evaluation.error();
        outcome.refusal = evaluation.error();
        return outcome;
    }
    auto plan = Plan::SshPlanner::plan(state, choice, facts, *evaluation, &outcome.verdict);
    if (!plan)
        outcome.refusal = plan.error();
    else
        outcome.plan = *plan;
    return outcome;
}

} // namespace Bulwark::Ssh
