// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/CommandStep.h"

#include "core/plan/PlanJson.h"
#include "core/plan/UnitState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Bulwark::Plan {

namespace {

struct Parsed
{
    QString verb;
    bool now = false;
    QStringList units;
};

// systemctl [options] VERB [options] [--] UNIT...; nullopt for anything else.
std::optional<Parsed> parseSystemctl(const QStringList &argv)
{
    if (argv.isEmpty() || argv.first() != QLatin1String("systemctl"))
        return std::nullopt;
    Parsed parsed;
    bool afterDashes = false;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (!afterDashes && arg == QLatin1String("--")) {
            afterDashes = true;
        } else if (!afterDashes && arg.startsWith(u'-')) {
            if (arg == QLatin1String("--now"))
                parsed.now = true;
        } else if (parsed.verb.isEmpty()) {
            parsed.verb = arg;
        } else {
            parsed.units.append(arg);
        }
    }
    if (parsed.verb.isEmpty() || parsed.units.isEmpty())
        return std::nullopt;
    return parsed;
}

} // namespace

QString CommandStep::describeEffect(const QJsonObject &facts) const
{
    const auto parsed = parseSystemctl(m_argv);
    if (!parsed)
        return m_description;
    QStringList clauses;
    for (const QString &unit : parsed->units) {
        const UnitState before = UnitState::fromFacts(facts, unit);
        UnitState after = before;
        const QString &verb = parsed->verb;
        if (verb == QLatin1String("disable")) {
            if (before.enabled == QLatin1String("enabled") || before.enabled == QLatin1String("enabled-runtime"))
                after.enabled = QStringLiteral("disabled");
        } else if (verb == QLatin1String("mask")) {
            after.enabled = QStringLiteral("masked");
        } else if (verb == QLatin1String("unmask")) {
            after.enabled = QStringLiteral("unmasked");
        } else if (verb == QLatin1String("enable")) {
            after.enabled = QStringLiteral("enabled");
            if (parsed->now)
                after.running = true;
        } else if (verb == QLatin1String("start")) {
            after.running = true;
        } else if (verb == QLatin1String("stop")) {
            after.running = false;
        }
        if (parsed->now && (verb == QLatin1String("disable") || verb == QLatin1String("mask")))
            after.running = false;
        clauses.append(unit + QStringLiteral(": ") + before.display() + QStringLiteral(" -> ") + after.display());
    }
    return clauses.join(QStringLiteral("; "));
}

bool CommandStep::isValidSecretSlot(const QString &slot)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    return re.match(slot).hasMatch();
}

QJsonObject CommandStep::toJson() const
{
    QJsonObject object{{QStringLiteral("argv"), PlanJson::fromStringList(m_argv)},
                       {QStringLiteral("description"), m_description}};
    if (!m_verify.isEmpty()) {
        QJsonArray verify;
        for (const CommandCheck &check : m_verify)
            verify.append(check.toJson());
        object.insert(QStringLiteral("verify"), verify);
    }
    if (!m_inverse.empty()) {
        QJsonArray inverse;
        for (const CommandStep &step : m_inverse)
            inverse.append(step.toJson());
        object.insert(QStringLiteral("inverse"), inverse);
    }
    if (m_accessAffecting)
        object.insert(QStringLiteral("accessAffecting"), true);
    if (!m_elevate)
        object.insert(QStringLiteral("elevate"), false);
    if (!m_secretSlot.isEmpty())
        object.insert(QStringLiteral("secretSlot"), m_secretSlot);
    if (m_irreversible)
        object.insert(QStringLiteral("irreversible"), true);
    if (hasStateChange())
        object.insert(QStringLiteral("state"), QJsonObject{{QStringLiteral("label"), m_stateLabel},
                                                           {QStringLiteral("before"), m_stateBefore},
                                                           {QStringLiteral("after"), m_stateAfter}});
    return object;
}

std::optional<CommandStep> CommandStep::fromJson(const QJsonObject &object)
{
    const auto argv = PlanJson::toStringList(object.value(QStringLiteral("argv")));
    if (!argv || argv->isEmpty() || !object.value(QStringLiteral("description")).isString())
        return std::nullopt;
    CommandStep step(*argv, object.value(QStringLiteral("description")).toString());
    const QJsonValue verifyValue = object.value(QStringLiteral("verify"));
    if (!verifyValue.isUndefined() && !verifyValue.isArray())
        return std::nullopt;
    QList<CommandCheck> verify;
    for (const QJsonValue &value : verifyValue.toArray()) {
        const auto check = CommandCheck::fromJson(value.toObject());
        if (!value.isObject() || !check)
            return std::nullopt;
        verify.append(*check);
    }
    step.setVerify(verify);
    const QJsonValue inverseValue = object.value(QStringLiteral("inverse"));
    if (!inverseValue.isUndefined() && !inverseValue.isArray())
        return std::nullopt;
    std::vector<CommandStep> inverse;
    for (const QJsonValue &value : inverseValue.toArray()) {
        auto undo = CommandStep::fromJson(value.toObject());
        if (!value.isObject() || !undo)
            return std::nullopt;
        inverse.push_back(std::move(*undo));
    }
    step.setInverse(std::move(inverse));
    step.setAccessAffecting(object.value(QStringLiteral("accessAffecting")).toBool(false));
    step.setElevate(object.value(QStringLiteral("elevate")).toBool(true));
    const QJsonValue slot = object.value(QStringLiteral("secretSlot"));
    if (!slot.isUndefined() && (!slot.isString() || !isValidSecretSlot(slot.toString())))
        return std::nullopt;
    step.setSecretSlot(slot.toString());
    const QJsonValue irreversible = object.value(QStringLiteral("irreversible"));
    if (!irreversible.isUndefined() && !irreversible.isBool())
        return std::nullopt;
    step.setIrreversible(irreversible.toBool(false));
    // Plans saved before state changes existed have none.
    const QJsonValue state = object.value(QStringLiteral("state"));
    if (!state.isUndefined()) {
        const QJsonObject fields = state.toObject();
        const QJsonValue label = fields.value(QStringLiteral("label"));
        const QJsonValue before = fields.value(QStringLiteral("before"));
        const QJsonValue after = fields.value(QStringLiteral("after"));
        if (!state.isObject() || !label.isString() || label.toString().isEmpty() || !before.isString() ||
            !after.isString())
            return std::nullopt;
        step.setStateChange(label.toString(), before.toString(), after.toString());
    }
    return step;
}

} // namespace Bulwark::Plan
