// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/windows/WindowsRuleIds.h"

#include "core/rules/Evaluator.h"
#include "core/util/Logging.h"

#include <optional>

namespace Bulwark::Windows {

QStringList WindowsRuleIds::addressed(const QJsonObject &before, const QJsonObject &after, Rules::Wizard wizard,
                                      const Rules::RuleCatalog *catalog)
{
    if (!catalog)
        catalog = builtInCatalog();
    if (!catalog)
        return {};
    QStringList ids;
    for (const Rules::Rule &rule : catalog->rules(Rules::Platform::Windows)) {
        if (rule.wizard() != wizard)
            continue;
        const Rules::Finding now = Rules::Evaluator::evaluate(before, rule);
        if (now.status() != Rules::Finding::Status::Fail)
            continue;
        const Rules::Finding then = Rules::Evaluator::evaluate(after, rule);
        if (then.status() == Rules::Finding::Status::Pass ||
            (then.status() == Rules::Finding::Status::Fail && then.evidence().size() < now.evidence().size()))
            ids.append(rule.id());
    }
    return ids;
}

const Rules::RuleCatalog *WindowsRuleIds::builtInCatalog()
{
    static const std::optional<Rules::RuleCatalog> catalog = []() -> std::optional<Rules::RuleCatalog> {
        auto loaded = Rules::RuleCatalog::loadBuiltIn();
        if (!loaded) {
            qCWarning(lcFacts) << "the built-in rule catalog did not load:" << loaded.error().toString();
            return std::nullopt;
        }
        return *loaded;
    }();
    return catalog ? &*catalog : nullptr;
}

} // namespace Bulwark::Windows
