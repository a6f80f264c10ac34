// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Evaluator.h"

#include "core/rules/Evidence.h"

namespace Bulwark::Rules {

Finding Evaluator::evaluate(const QJsonObject &facts, const Rule &rule)
{
    using Truth = Condition::Truth;
    const QJsonValue root(facts);

    QStringList unknownEvidence;
    bool applicabilityUnknown = false;
    for (const Condition &condition : rule.applies()) {
        const Condition::Outcome outcome = condition.evaluate(Condition::Input{{}, QString(), root, QString()});
        if (outcome.truth == Truth::False)
            return Finding(rule.id(), Finding::Status::NotApplicable, rule.severity(), rule.area(),
                           Evidence::capped(outcome.evidence));
        if (outcome.truth == Truth::Unknown) {
            applicabilityUnknown = true;
            Evidence::append(unknownEvidence, outcome.evidence);
        }
    }
    if (applicabilityUnknown)
        return Finding(rule.id(), Finding::Status::Unknown, rule.severity(), rule.area(),
                       Evidence::capped(unknownEvidence));

    const Condition::Input input{rule.fact().resolve(root), rule.fact().toString(), root, rule.evidenceTemplate()};
    const Condition::Outcome outcome = rule.expect().evaluate(input);
    Finding::Status status = Finding::Status::Unknown;
    if (outcome.truth == Truth::True)
        status = Finding::Status::Pass;
    else if (outcome.truth == Truth::False)
        status = Finding::Status::Fail;
    return Finding(rule.id(), status, rule.severity(), rule.area(), Evidence::capped(outcome.evidence));
}

QList<Finding> Evaluator::evaluate(const QJsonObject &facts, const RuleCatalog &catalog)
{
    return evaluate(facts, catalog.rules());
}

QList<Finding> Evaluator::evaluate(const QJsonObject &facts, const QList<Rule> &rules)
{
    QList<Finding> findings;
    findings.reserve(rules.size());
    for (const Rule &rule : rules)
        findings.append(evaluate(facts, rule));
    return findings;
}

} // namespace Bulwark::Rules
