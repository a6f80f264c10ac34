// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/FactPath.h"
#include "core/util/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <memory>

namespace Bulwark::Rules {

namespace Detail {
struct ConditionNode;
}

// A parsed condition of the rule language (resources/rules/README.md), evaluated against a fact value with
// three-valued logic: a missing or null fact, or a value of the wrong JSON type, gives Unknown, never True or False.
// allOf/anyOf/not combine by Kleene logic (a False part makes allOf False even when another part is Unknown).
//
// Operators: equals, notEquals, in, notIn, min, max, isTrue, isFalse, empty, notEmpty, exists, contains,
// notContains, matches, noneWhere, anyWhere, allOf, anyOf, not. Each condition may carry `fact:` (evaluate against
// that path from the root instead of the current value) and leaf conditions `ifMissing: true|false` (the truth to
// use when the value is absent, for facts whose absence has a documented meaning).
//
// Immutable and cheap to copy (the tree is shared); safe to evaluate from several threads at once.
class Condition
{
public:
    enum class Truth
    {
        False,
        True,
        Unknown
    };

    struct Outcome
    {
        Truth truth = Truth::Unknown;
        QStringList evidence; // short, sanitised strings explaining the truth value
    };

    // What a condition is evaluated against.
    struct Input
    {
        FactPath::Resolved current; // the value the condition tests (the rule's fact, or a list element)
        QString currentPath;        // how to name it in evidence ("sshd.effective.permitrootlogin")
        QJsonValue root;            // the whole fact tree, for conditions with their own `fact:`
        QString labelTemplate;      // how to describe list elements in evidence ({file}:{line}: {text})
    };

    Condition();

    // Parses a condition from its JSON form (converted from YAML). On failure the Error's detail names the
    // offending field relative to `spec` ("allOf[1].noneWhere.name").
    static Result<Condition> parse(const QJsonValue &spec);

    bool isValid() const { return m_node != nullptr; }
    // The condition's own `fact:` path, when it has one.
    std::optional<FactPath> fact() const;

    Outcome evaluate(const Input &input) const;

    static QString truthKey(Truth truth);

private:
    explicit Condition(std::shared_ptr<const Detail::ConditionNode> node);

    std::shared_ptr<const Detail::ConditionNode> m_node;
};

} // namespace Bulwark::Rules
