// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Score.h"

namespace Bulwark::Rules {

void Score::Tally::add(const Finding &finding)
{
    const int weight = severityWeight(finding.severity());
    switch (finding.status()) {
    case Finding::Status::Pass:
        ++passed;
        passWeight += weight;
        break;
    case Finding::Status::Fail:
        ++failed;
        failWeight += weight;
        break;
    case Finding::Status::NotApplicable:
        ++notApplicable;
        break;
    case Finding::Status::Unknown:
        ++unknown;
        break;
    }
}

Score Score::compute(const QList<Finding> &findings)
{
    Score score;
    for (const Finding &finding : findings) {
        score.m_total.add(finding);
        score.m_areas[finding.area()].add(finding);
    }
    return score;
}

std::optional<int> Score::percent(int passWeight, int failWeight)
{
    const qint64 pass = passWeight;
    const qint64 total = qint64(passWeight) + failWeight;
    if (pass < 0 || total <= 0 || pass > total)
        return std::nullopt;
    // round(100 * pass / total), half up, in integers: floor((200 * pass + total) / (2 * total))
    return int((200 * pass + total) / (2 * total));
}

} // namespace Bulwark::Rules
