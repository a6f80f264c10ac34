// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Taxonomy.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <optional>

namespace Bulwark::Rules {

// The hardening score of one host, from its findings.
//
//   weight(critical) = 10, weight(high) = 5, weight(medium) = 3, weight(low) = 1, weight(info) = 0
//   P = sum of the weights of the PASSED findings, F = sum of the weights of the FAILED findings
//   score = round(100 * P / (P + F))        rounded half up, an integer 0..100
//
// not_applicable and unknown findings are excluded from P and F and counted separately, so the console can say
// "12 rules could not be checked" instead of silently scoring them. When P + F is 0 (no rule passed or failed, or
// only info rules did) the score is null, never 100: nothing was measured. Each area has a sub-score by the same
// formula over its own findings.
class Score
{
public:
    struct Tally
    {
        int passed = 0;
        int failed = 0;
        int notApplicable = 0;
        int unknown = 0;
        int passWeight = 0; // P
        int failWeight = 0; // F
        int evaluated() const { return passed + failed; }
        int total() const { return passed + failed + notApplicable + unknown; }
        std::optional<int> score() const { return Score::percent(passWeight, failWeight); }
        void add(const Finding &finding);
    };

    static Score compute(const QList<Finding> &findings);
    // round(100 * pass / (pass + fail)), null when pass + fail is 0.
    static std::optional<int> percent(int passWeight, int failWeight);

    std::optional<int> value() const { return m_total.score(); }
    const Tally &total() const { return m_total; }
    // Areas that had at least one finding, in Taxonomy order.
    QList<Area> areas() const { return m_areas.keys(); }
    Tally area(Area area) const { return m_areas.value(area); }
    std::optional<int> areaValue(Area area) const { return m_areas.value(area).score(); }

private:
    Tally m_total;
    QMap<Area, Tally> m_areas;
};

} // namespace Bulwark::Rules

Q_DECLARE_METATYPE(Bulwark::Rules::Score)
