// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/Rule.h"
#include "core/rules/RuleCatalog.h"

#include <QJsonObject>
#include <QList>

namespace Bulwark::Rules {

// Pure evaluation of rules against one host's fact tree (resources/rules/FACTS.md): no I/O, no state, safe to call
// from any thread.
//
// Per rule: if any applies: condition is false -> not_applicable; else if any is unknown -> unknown; else the
// expect: condition against the rule's fact gives pass (true), fail (false) or unknown (a needed fact missing or
// malformed). Evidence is capped at Evidence::MaxItems strings.
class Evaluator
{
public:
    static Finding evaluate(const QJsonObject &facts, const Rule &rule);
    // Every rule of the catalog, in catalog order. Callers choose the platform's rules with catalog.rules(platform)
    // and the overload below.
    static QList<Finding> evaluate(const QJsonObject &facts, const RuleCatalog &catalog);
    static QList<Finding> evaluate(const QJsonObject &facts, const QList<Rule> &rules);
};

} // namespace Bulwark::Rules
