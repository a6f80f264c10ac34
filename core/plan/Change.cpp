// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/Change.h"

#include "core/plan/PlanJson.h"

namespace Bulwark::Plan {

QJsonObject Change::toJson() const
{
    QJsonObject object{{QStringLiteral("title"), m_title},
                       {QStringLiteral("rules"), PlanJson::fromStringList(m_ruleIds)}};
    if (const CommandStep *step = command())
        object.insert(QStringLiteral("command"), step->toJson());
    else if (const FileEdit *edit = fileEdit())
        object.insert(QStringLiteral("file"), edit->toJson());
    return object;
}

std::optional<Change> Change::fromJson(const QJsonObject &object)
{
    const auto rules = PlanJson::toStringList(object.value(QStringLiteral("rules")));
    if (!object.value(QStringLiteral("title")).isString() || !rules)
        return std::nullopt;
    const QString title = object.value(QStringLiteral("title")).toString();
    const bool hasCommand = object.value(QStringLiteral("command")).isObject();
    const bool hasFile = object.value(QStringLiteral("file")).isObject();
    if (hasCommand == hasFile)
        return std::nullopt;
    if (hasCommand) {
        auto step = CommandStep::fromJson(object.value(QStringLiteral("command")).toObject());
        if (!step)
            return std::nullopt;
        return Change(title, std::move(*step), *rules);
    }
    auto edit = FileEdit::fromJson(object.value(QStringLiteral("file")).toObject());
    if (!edit)
        return std::nullopt;
    return Change(title, std::move(*edit), *rules);
}

} // namespace Bulwark::Plan
