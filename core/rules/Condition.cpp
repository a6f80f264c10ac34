// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Condition.h"

#include "core/rules/Evidence.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace Bulwark::Rules {

namespace Detail {

enum class Op
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Min,
    Max,
    IsTrue,
    IsFalse,
    Empty,
    NotEmpty,
    Exists,
    Contains,
    NotContains,
    Matches,
    NoneWhere,
    AnyWhere,
    AllOf,
    AnyOf,
    Not,
};

struct ConditionNode
{
    Op op = Op::Exists;
    std::optional<FactPath> fact;  // evaluate against this path from the root
    std::optional<FactPath> field; // evaluate against this path inside the current value (where-maps)
    std::optional<Condition::Truth> ifMissing;
    QJsonValue operand;  // equals/notEquals; min/max
    QJsonArray operands; // in/notIn; contains/notContains
    QRegularExpression regex;
    QList<std::shared_ptr<const ConditionNode>> children;
};

} // namespace Detail

namespace {

using Detail::ConditionNode;
using Detail::Op;
using NodePtr = std::shared_ptr<const ConditionNode>;
using Truth = Condition::Truth;
using Outcome = Condition::Outcome;

constexpr int MaxDepth = 24;
constexpr qsizetype MaxPatternLength = 1000;

enum class Kind
{
    Scalar,
    ScalarList,
    ScalarOrList,
    Number,
    Flag,
    Regex,
    Where,
    ConditionList,
    SingleCondition
};

struct OperatorInfo
{
    Op op;
    const char *name;
    Kind kind;
};

const OperatorInfo Operators[] = {
    {Op::Equals, "equals", Kind::Scalar},
    {Op::NotEquals, "notEquals", Kind::Scalar},
    {Op::In, "in", Kind::ScalarList},
    {Op::NotIn, "notIn", Kind::ScalarList},
    {Op::Min, "min", Kind::Number},
    {Op::Max, "max", Kind::Number},
    {Op::IsTrue, "isTrue", Kind::Flag},
    {Op::IsFalse, "isFalse", Kind::Flag},
    {Op::Empty, "empty", Kind::Flag},
    {Op::NotEmpty, "notEmpty", Kind::Flag},
    {Op::Exists, "exists", Kind::Flag},
    {Op::Contains, "contains", Kind::ScalarOrList},
    {Op::NotContains, "notContains", Kind::ScalarOrList},
    {Op::Matches, "matches", Kind::Regex},
    {Op::NoneWhere, "noneWhere", Kind::Where},
    {Op::AnyWhere, "anyWhere", Kind::Where},
    {Op::AllOf, "allOf", Kind::ConditionList},
    {Op::AnyOf, "anyOf", Kind::ConditionList},
    {Op::Not, "not", Kind::SingleCondition},
};

const OperatorInfo *findOperator(const QString &name)
{
    for (const OperatorInfo &info : Operators)
        if (name == QLatin1String(info.name))
            return &info;
    return nullptr;
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

bool isScalarList(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array)
        if (!isScalar(element))
            return false;
    return true;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

class Parser
{
public:
    NodePtr condition(const QJsonValue &spec, const QString &path, int depth);
    NodePtr where(const QJsonValue &spec, const QString &path, int depth);

    QString errorPath;
    QString errorMessage;

private:
    NodePtr fail(const QString &path, const QString &message)
    {
        if (errorMessage.isEmpty()) {
            errorPath = path;
            errorMessage = message;
        }
        return nullptr;
    }
    bool reject(const QString &path, const QString &message)
    {
        fail(path, message);
        return false;
    }
    bool operand(ConditionNode &node, const OperatorInfo &info, const QJsonValue &value, const QString &path,
                 int depth);
};

NodePtr Parser::condition(const QJsonValue &spec, const QString &path, int depth)
{
    if (depth > MaxDepth)
        return fail(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                      "conditions are nested deeper than %1 levels")
                              .arg(MaxDepth));
    if (spec.isString()) {
        const OperatorInfo *info = findOperator(spec.toString());
        if (!info || info->kind != Kind::Flag)
            return fail(path, QCoreApplication::translate(
                                  "Bulwark::Rules::Condition",
                                  "unknown condition \"%1\"; a condition written as a single word must be one of "
                                  "isTrue, isFalse, empty, notEmpty, exists")
                                  .arg(Evidence::sanitize(spec.toString(), 60)));
        auto node = std::make_shared<ConditionNode>();
        node->op = info->op;
        return node;
    }
    if (!spec.isObject())
        return fail(path, QCoreApplication::translate(
                              "Bulwark::Rules::Condition",
                              "a condition must be a mapping such as {equals: \"no\"}, or one of the words "
                              "isTrue, isFalse, empty, notEmpty, exists"));

    const QJsonObject object = spec.toObject();
    auto node = std::make_shared<ConditionNode>();
    const OperatorInfo *info = nullptr;
    QString infoKey;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == u"fact") {
            if (!it.value().isString())
                return fail(join(path, key),
                            QCoreApplication::translate("Bulwark::Rules::Condition",
                                                        "expects a fact path such as sshd.effective.permitrootlogin"));
            QString reason;
            node->fact = FactPath::parse(it.value().toString(), &reason);
            if (!node->fact)
                return fail(
                    join(path, key),
                    QCoreApplication::translate("Bulwark::Rules::Condition", "invalid fact path: %1").arg(reason));
        } else if (key == u"ifMissing") {
            if (!it.value().isBool())
                return fail(join(path, key),
                            QCoreApplication::translate("Bulwark::Rules::Condition", "expects true or false"));
            node->ifMissing = it.value().toBool() ? Truth::True : Truth::False;
        } else if (const OperatorInfo *found = findOperator(key)) {
            if (info)
                return fail(path, QCoreApplication::translate(
                                      "Bulwark::Rules::Condition",
                                      "more than one operator (%1 and %2); combine them with allOf or anyOf")
                                      .arg(infoKey, key));
            info = found;
            infoKey = key;
        } else {
            return fail(join(path, Evidence::sanitize(key, 60)),
                        QCoreApplication::translate("Bulwark::Rules::Condition", "unknown operator \"%1\"")
                            .arg(Evidence::sanitize(key, 60)));
        }
    }
    if (!info)
        return fail(path, QCoreApplication::translate(
                              "Bulwark::Rules::Condition",
                              "the condition has no operator (equals, in, min, noneWhere, allOf, ...)"));
    node->op = info->op;
    if (node->ifMissing &&
        (info->kind == Kind::ConditionList || info->kind == Kind::SingleCondition || info->op == Op::Exists))
        return fail(
            join(path, QStringLiteral("ifMissing")),
            QCoreApplication::translate("Bulwark::Rules::Condition", "only allowed on a test of a single value"));
    if (!operand(*node, *info, object.value(infoKey), join(path, infoKey), depth))
        return nullptr;
    return node;
}

bool Parser::operand(ConditionNode &node, const OperatorInfo &info, const QJsonValue &value, const QString &path,
                     int depth)
{
    switch (info.kind) {
    case Kind::Scalar:
        if (!isScalar(value))
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "expects one value (text, a number, true or false)"));
        node.operand = value;
        return true;
    case Kind::ScalarList:
        if (!isScalarList(value))
            return reject(
                path, QCoreApplication::translate("Bulwark::Rules::Condition", "expects a non-empty list of values"));
        node.operands = value.toArray();
        return true;
    case Kind::ScalarOrList:
        if (isScalar(value)) {
            node.operands = QJsonArray{value};
            return true;
        }
        if (!isScalarList(value))
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "expects a value or a non-empty list of values"));
        node.operands = value.toArray();
        return true;
    case Kind::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition", "expects a number"));
        node.operand = value;
        return true;
    case Kind::Flag:
        if (!value.isBool() || !value.toBool())
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "write the word on its own, or with the value true"));
        return true;
    case Kind::Regex: {
        if (!value.isString() || value.toString().isEmpty())
            return reject(path,
                          QCoreApplication::translate("Bulwark::Rules::Condition", "expects a regular expression"));
        if (value.toString().size() > MaxPatternLength)
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "the regular expression is longer than %1 characters")
                                    .arg(MaxPatternLength));
        node.regex = QRegularExpression(value.toString());
        if (!node.regex.isValid())
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "invalid regular expression: %1 (at offset %2)")
                                    .arg(node.regex.errorString())
                                    .arg(node.regex.patternErrorOffset()));
        node.regex.optimize();
        return true;
    }
    case Kind::Where: {
        NodePtr child = where(value, path, depth + 1);
        if (!child)
            return false;
        node.children.append(child);
        return true;
    }
    case Kind::ConditionList: {
        if (!value.isArray() || value.toArray().isEmpty())
            return reject(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                            "expects a non-empty list of conditions"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            NodePtr child = condition(array.at(i), indexed(path, i), depth + 1);
            if (!child)
                return false;
            node.children.append(child);
        }
        return true;
    }
    case Kind::SingleCondition: {
        NodePtr child = condition(value, path, depth + 1);
        if (!child)
            return false;
        node.children.append(child);
        return true;
    }
    }
    return false;
}

// A where-map: {field: value | [values] | condition, allOf: [where-maps], anyOf: [where-maps], not: where-map},
// all entries must hold (an element matches when every entry is true).
NodePtr Parser::where(const QJsonValue &spec, const QString &path, int depth)
{
    if (depth > MaxDepth)
        return fail(path, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                      "conditions are nested deeper than %1 levels")
                              .arg(MaxDepth));
    if (!spec.isObject() || spec.toObject().isEmpty())
        return fail(path, QCoreApplication::translate(
                              "Bulwark::Rules::Condition",
                              "expects a mapping of field: value, such as {name: telnet, enabled: true}"));
    const QJsonObject object = spec.toObject();
    auto node = std::make_shared<ConditionNode>();
    node->op = Op::AllOf;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QString keyPath = join(path, Evidence::sanitize(key, 60));
        if (key == u"allOf" || key == u"anyOf") {
            if (!value.isArray() || value.toArray().isEmpty())
                return fail(keyPath, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                                 "expects a non-empty list of field mappings"));
            auto group = std::make_shared<ConditionNode>();
            group->op = key == u"allOf" ? Op::AllOf : Op::AnyOf;
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                NodePtr child = where(array.at(i), indexed(keyPath, i), depth + 1);
                if (!child)
                    return nullptr;
                group->children.append(child);
            }
            node->children.append(group);
            continue;
        }
        if (key == u"not") {
            NodePtr child = where(value, keyPath, depth + 1);
            if (!child)
                return nullptr;
            auto negation = std::make_shared<ConditionNode>();
            negation->op = Op::Not;
            negation->children.append(child);
            node->children.append(negation);
            continue;
        }
        QString reason;
        const std::optional<FactPath> field = FactPath::parse(key, &reason);
        if (!field)
            return fail(keyPath,
                        QCoreApplication::translate("Bulwark::Rules::Condition", "invalid field name: %1").arg(reason));
        std::shared_ptr<ConditionNode> test;
        if (isScalar(value)) {
            test = std::make_shared<ConditionNode>();
            test->op = Op::Equals;
            test->operand = value;
        } else if (value.isArray()) {
            if (!isScalarList(value))
                return fail(keyPath, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                                 "expects a non-empty list of values"));
            test = std::make_shared<ConditionNode>();
            test->op = Op::In;
            test->operands = value.toArray();
        } else if (value.isObject()) {
            NodePtr parsed = condition(value, keyPath, depth + 1);
            if (!parsed)
                return nullptr;
            if (parsed->fact)
                return fail(keyPath, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                                 "fact: cannot be used inside noneWhere or anyWhere"));
            test = std::make_shared<ConditionNode>(*parsed);
        } else {
            return fail(keyPath, QCoreApplication::translate("Bulwark::Rules::Condition",
                                                             "expects a value, a list of values or a condition"));
        }
        test->field = field;
        node->children.append(test);
    }
    return node;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

struct Context
{
    const QJsonValue &root;
    const QString &labelTemplate;
};

std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text.size() > 40)
            return std::nullopt;
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

// Equality of two scalars; a number and a text holding that number are equal ("6" == 6).
bool scalarEquals(const QJsonValue &fact, const QJsonValue &expected)
{
    if (fact.type() == expected.type()) {
        if (fact.isString())
            return fact.toString() == expected.toString();
        if (fact.isDouble())
            return fact.toDouble() == expected.toDouble();
        if (fact.isBool())
            return fact.toBool() == expected.toBool();
        return false;
    }
    if ((fact.isString() && expected.isDouble()) || (fact.isDouble() && expected.isString())) {
        const std::optional<double> a = toNumber(fact);
        const std::optional<double> b = toNumber(expected);
        return a && b && *a == *b;
    }
    return false;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return Evidence::render(value);
}

Outcome make(Truth truth, const QString &evidence)
{
    return Outcome{truth, QStringList{evidence}};
}

Outcome missing(const ConditionNode &node, const QString &path)
{
    const QString text = QCoreApplication::translate("Bulwark::Rules::Condition", "%1: not reported").arg(path);
    if (node.ifMissing)
        return make(*node.ifMissing, text);
    return make(Truth::Unknown, text);
}

Outcome typeMismatch(const QString &path, const QJsonValue &value)
{
    return make(Truth::Unknown, QCoreApplication::translate("Bulwark::Rules::Condition", "%1: unexpected value %2")
                                    .arg(path, Evidence::render(value)));
}

Truth fromBool(bool value)
{
    return value ? Truth::True : Truth::False;
}

Outcome evaluateNode(const ConditionNode &node, const FactPath::Resolved &current, const QString &currentPath,
                     const Context &context);

Outcome combine(const ConditionNode &node, const FactPath::Resolved &value, const QString &path, const Context &context)
{
    QStringList trueEvidence;
    QStringList falseEvidence;
    QStringList unknownEvidence;
    bool anyTrue = false;
    bool anyFalse = false;
    bool anyUnknown = false;
    for (const NodePtr &child : node.children) {
        const Outcome outcome = evaluateNode(*child, value, path, context);
        switch (outcome.truth) {
        case Truth::True:
            anyTrue = true;
            Evidence::append(trueEvidence, outcome.evidence);
            break;
        case Truth::False:
            anyFalse = true;
            Evidence::append(falseEvidence, outcome.evidence);
            break;
        case Truth::Unknown:
            anyUnknown = true;
            Evidence::append(unknownEvidence, outcome.evidence);
            break;
        }
    }
    if (node.op == Op::AllOf) {
        if (anyFalse)
            return {Truth::False, falseEvidence};
        if (anyUnknown)
            return {Truth::Unknown, unknownEvidence};
        return {Truth::True, trueEvidence};
    }
    if (anyTrue)
        return {Truth::True, trueEvidence};
    if (anyUnknown)
        return {Truth::Unknown, unknownEvidence};
    return {Truth::False, falseEvidence};
}

Outcome evaluateWhere(const ConditionNode &node, const FactPath::Resolved &value, const QString &path,
                      const Context &context)
{
    if (!value.present)
        return missing(node, path);
    if (!value.value.isArray())
        return make(Truth::Unknown,
                    QCoreApplication::translate("Bulwark::Rules::Condition", "%1: expected a list, found %2")
                        .arg(path, Evidence::render(value.value)));
    const QJsonArray array = value.value.toArray();
    const ConditionNode &match = *node.children.constFirst();
    const QString elementPath = path + QStringLiteral("[]");
    qsizetype matches = 0;
    qsizetype unknowns = 0;
    QStringList matchEvidence;
    QStringList unknownEvidence;
    for (const QJsonValue &element : array) {
        const Outcome outcome = evaluateNode(match, FactPath::Resolved{true, element}, elementPath, context);
        if (outcome.truth == Truth::True) {
            ++matches;
            if (matchEvidence.size() < Evidence::MaxItems)
                matchEvidence.append(Evidence::label(element, context.labelTemplate));
        } else if (outcome.truth == Truth::Unknown) {
            ++unknowns;
            if (unknownEvidence.size() < Evidence::MaxItems)
                unknownEvidence.append(Evidence::label(element, context.labelTemplate) + QStringLiteral(": ") +
                                       outcome.evidence.value(0));
        }
    }
    const int size = Evidence::count(array.size());
    const QString noneMatch =
        QCoreApplication::translate("Bulwark::Rules::Condition", "%1: none of %n item(s) match", nullptr, size)
            .arg(path);
    if (matches > 0)
        return {node.op == Op::AnyWhere ? Truth::True : Truth::False, Evidence::capped(matchEvidence, matches)};
    if (unknowns > 0)
        return {Truth::Unknown, Evidence::capped(unknownEvidence, unknowns)};
    return make(node.op == Op::AnyWhere ? Truth::False : Truth::True, noneMatch);
}

Outcome evaluateContains(const ConditionNode &node, const QJsonValue &value, const QString &path)
{
    QStringList found;
    QStringList absent;
    bool unclear = false;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            if (!isScalar(element))
                unclear = true;
        for (const QJsonValue &wanted : node.operands) {
            bool hit = false;
            for (const QJsonValue &element : array) {
                if (isScalar(element) && scalarEquals(element, wanted)) {
                    hit = true;
                    break;
                }
            }
            (hit ? found : absent).append(Evidence::render(wanted));
        }
    } else if (value.isString()) {
        const QString text = value.toString();
        for (const QJsonValue &wanted : node.operands)
            (text.contains(scalarText(wanted)) ? found : absent).append(Evidence::render(wanted));
    } else {
        return typeMismatch(path, value);
    }
    QStringList evidence;
    for (const QString &item : std::as_const(found))
        Evidence::append(evidence,
                         QCoreApplication::translate("Bulwark::Rules::Condition", "%1 contains %2").arg(path, item));
    QStringList negative;
    for (const QString &item : std::as_const(absent))
        Evidence::append(
            negative,
            QCoreApplication::translate("Bulwark::Rules::Condition", "%1 does not contain %2").arg(path, item));
    if (node.op == Op::Contains) {
        if (absent.isEmpty())
            return {Truth::True, evidence};
        return {unclear ? Truth::Unknown : Truth::False, negative};
    }
    if (!found.isEmpty())
        return {Truth::False, evidence};
    return {unclear ? Truth::Unknown : Truth::True, negative};
}

Outcome evaluateMatches(const ConditionNode &node, const QJsonValue &value, const QString &path, const Context &context)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList evidence;
        qsizetype hits = 0;
        bool unclear = false;
        for (const QJsonValue &element : array) {
            if (!isScalar(element)) {
                unclear = true;
                continue;
            }
            if (node.regex.match(scalarText(element)).hasMatch()) {
                ++hits;
                if (evidence.size() < Evidence::MaxItems)
                    evidence.append(Evidence::label(element, context.labelTemplate));
            }
        }
        if (hits > 0)
            return {Truth::True, Evidence::capped(evidence, hits)};
        const int size = Evidence::count(array.size());
        return make(
            unclear ? Truth::Unknown : Truth::False,
            QCoreApplication::translate("Bulwark::Rules::Condition", "%1: none of %n item(s) match", nullptr, size)
                .arg(path));
    }
    if (!isScalar(value))
        return typeMismatch(path, value);
    const QString text = scalarText(value);
    QStringList evidence;
    QRegularExpressionMatchIterator it = node.regex.globalMatch(text);
    while (it.hasNext() && evidence.size() < Evidence::MaxItems) {
        const QRegularExpressionMatch match = it.next();
        evidence.append(QCoreApplication::translate("Bulwark::Rules::Condition", "%1 has \"%2\"")
                            .arg(path, Evidence::sanitize(match.captured(0), 80)));
    }
    if (!evidence.isEmpty())
        return {Truth::True, evidence};
    return make(Truth::False, QStringLiteral("%1 = %2").arg(path, Evidence::render(value)));
}

Outcome evaluateEmpty(const ConditionNode &node, const QJsonValue &value, const QString &path, const Context &context)
{
    qsizetype size = 0;
    QStringList items;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        size = array.size();
        for (qsizetype i = 0; i < array.size() && i < Evidence::MaxItems; ++i)
            items.append(Evidence::label(array.at(i), context.labelTemplate));
        items = Evidence::capped(items, size);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        size = object.size();
        for (auto it = object.begin(); it != object.end() && items.size() < Evidence::MaxItems; ++it)
            items.append(Evidence::sanitize(it.key()));
        items = Evidence::capped(items, size);
    } else if (value.isString()) {
        size = value.toString().size();
        items.append(QStringLiteral("%1 = %2").arg(path, Evidence::render(value)));
    } else {
        return typeMismatch(path, value);
    }
    const bool empty = size == 0;
    const QString emptyText = QCoreApplication::translate("Bulwark::Rules::Condition", "%1 is empty").arg(path);
    if (node.op == Op::Empty)
        return empty ? make(Truth::True, emptyText) : Outcome{Truth::False, items};
    return empty ? make(Truth::False, emptyText) : Outcome{Truth::True, items};
}

Outcome evaluateNode(const ConditionNode &node, const FactPath::Resolved &current, const QString &currentPath,
                     const Context &context)
{
    FactPath::Resolved resolved = current;
    QString path = currentPath;
    if (node.fact) {
        resolved = node.fact->resolve(context.root);
        path = node.fact->toString();
    } else if (node.field) {
        resolved = current.present ? node.field->resolve(current.value) : FactPath::Resolved{};
        path = join(currentPath, node.field->toString());
    }

    switch (node.op) {
    case Op::AllOf:
    case Op::AnyOf:
        return combine(node, resolved, path, context);
    case Op::Not: {
        Outcome outcome = evaluateNode(*node.children.constFirst(), resolved, path, context);
        if (outcome.truth != Truth::Unknown)
            outcome.truth = outcome.truth == Truth::True ? Truth::False : Truth::True;
        return outcome;
    }
    case Op::Exists:
        if (resolved.present)
            return make(Truth::True, QStringLiteral("%1 = %2").arg(path, Evidence::render(resolved.value)));
        return make(Truth::False,
                    QCoreApplication::translate("Bulwark::Rules::Condition", "%1: not reported").arg(path));
    case Op::NoneWhere:
    case Op::AnyWhere:
        return evaluateWhere(node, resolved, path, context);
    default:
        break;
    }

    if (!resolved.present)
        return missing(node, path);
    const QJsonValue &value = resolved.value;
    const QString shown = QStringLiteral("%1 = %2").arg(path, Evidence::render(value));

    switch (node.op) {
    case Op::Equals:
    case Op::NotEquals:
        if (!isScalar(value))
            return typeMismatch(path, value);
        return make(fromBool(scalarEquals(value, node.operand) == (node.op == Op::Equals)), shown);
    case Op::In:
    case Op::NotIn: {
        if (!isScalar(value))
            return typeMismatch(path, value);
        bool found = false;
        for (const QJsonValue &candidate : node.operands)
            found = found || scalarEquals(value, candidate);
        return make(fromBool(found == (node.op == Op::In)), shown);
    }
    case Op::Min:
    case Op::Max: {
        const std::optional<double> number = toNumber(value);
        if (!number)
            return typeMismatch(path, value);
        const double limit = node.operand.toDouble();
        if (node.op == Op::Min)
            return make(fromBool(*number >= limit),
                        QCoreApplication::translate("Bulwark::Rules::Condition", "%1 (at least %2)")
                            .arg(shown, Evidence::render(node.operand)));
        return make(fromBool(*number <= limit),
                    QCoreApplication::translate("Bulwark::Rules::Condition", "%1 (at most %2)")
                        .arg(shown, Evidence::render(node.operand)));
    }
    case Op::IsTrue:
    case Op::IsFalse:
        if (!value.isBool())
            return typeMismatch(path, value);
        return make(fromBool(value.toBool() == (node.op == Op::IsTrue)), shown);
    case Op::Empty:
    case Op::NotEmpty:
        return evaluateEmpty(node, value, path, context);
    case Op::Contains:
    case Op::NotContains:
        return evaluateContains(node, value, path);
    case Op::Matches:
        return evaluateMatches(node, value, path, context);
    default:
        break;
    }
    return make(Truth::Unknown,
                QCoreApplication::translate("Bulwark::Rules::Condition", "%1: unsupported condition").arg(path));
}

} // namespace

Condition::Condition() = default;

Condition::Condition(std::shared_ptr<const Detail::ConditionNode> node)
    : m_node(std::move(node))
{}

Result<Condition> Condition::parse(const QJsonValue &spec)
{
    Parser parser;
    NodePtr node = parser.condition(spec, QString(), 0);
    if (!node)
        return Error(Error::Code::ParseError, parser.errorMessage, parser.errorPath);
    return Condition(node);
}

std::optional<FactPath> Condition::fact() const
{
    return m_node ? m_node->fact : std::nullopt;
}

Condition::Outcome Condition::evaluate(const Input &input) const
{
    if (!m_node)
        return make(Truth::Unknown, QCoreApplication::translate("Bulwark::Rules::Condition", "no condition"));
    const Context context{input.root, input.labelTemplate};
    return evaluateNode(*m_node, input.current, input.currentPath, context);
}

QString Condition::truthKey(Truth truth)
{
    switch (truth) {
    case Truth::True:
        return QStringLiteral("true");
    case Truth::False:
        return QStringLiteral("false");
    case Truth::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Bulwark::Rules
