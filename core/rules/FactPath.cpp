// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/FactPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Bulwark::Rules {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

} // namespace

std::optional<FactPath> FactPath::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FactPath> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    constexpr qsizetype MaxLength = 512;
    if (text.isEmpty())
        return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "the path is empty"));
    if (text.size() > MaxLength)
        return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "the path is longer than %1 characters")
                        .arg(MaxLength));

    FactPath path;
    path.m_text = text;
    qsizetype i = 0;
    bool expectName = true; // at the start and after a dot a member name (or a bracket) must follow
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'[') {
            if (i + 1 < text.size() && text.at(i + 1) == u']') {
                if (path.m_steps.isEmpty())
                    return fail(
                        QCoreApplication::translate("Bulwark::Rules::FactPath", "[] at position %1 follows no member")
                            .arg(i + 1));
                path.m_steps.append(Step{QString(), true});
                i += 2;
                expectName = false;
                continue;
            }
            if (i + 1 >= text.size() || (text.at(i + 1) != u'"' && text.at(i + 1) != u'\''))
                return fail(QCoreApplication::translate("Bulwark::Rules::FactPath",
                                                        "expected [] or a quoted name after [ at position %1")
                                .arg(i + 1));
            const QChar quote = text.at(i + 1);
            const qsizetype close = text.indexOf(quote, i + 2);
            if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u']')
                return fail(
                    QCoreApplication::translate("Bulwark::Rules::FactPath", "unterminated quoted name at position %1")
                        .arg(i + 1));
            const QString key = text.mid(i + 2, close - i - 2);
            if (key.isEmpty())
                return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "empty quoted name at position %1")
                                .arg(i + 1));
            path.m_steps.append(Step{key, false});
            i = close + 2;
            expectName = false;
            continue;
        }
        if (c == u'.') {
            if (expectName)
                return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "unexpected dot at position %1")
                                .arg(i + 1));
            expectName = true;
            ++i;
            continue;
        }
        if (!isNameChar(c))
            return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "unexpected character at position %1")
                            .arg(i + 1));
        if (!expectName)
            return fail(QCoreApplication::translate("Bulwark::Rules::FactPath",
                                                    "a dot or bracket must separate names (position %1)")
                            .arg(i + 1));
        const qsizetype start = i;
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
        path.m_steps.append(Step{text.mid(start, i - start), false});
        expectName = false;
    }
    if (expectName)
        return fail(QCoreApplication::translate("Bulwark::Rules::FactPath", "the path ends with a dot"));
    return path;
}

bool FactPath::isProjection() const
{
    for (const Step &step : m_steps)
        if (step.each)
            return true;
    return false;
}

FactPath::Resolved FactPath::resolve(const QJsonValue &root) const
{
    if (m_steps.isEmpty())
        return {};
    bool projecting = false;
    QJsonValue single = root;
    QJsonArray many;
    for (const Step &step : m_steps) {
        if (!projecting) {
            if (step.each) {
                if (!single.isArray())
                    return {};
                const QJsonArray elements = single.toArray();
                for (const QJsonValue &element : elements)
                    if (!element.isNull() && !element.isUndefined())
                        many.append(element);
                projecting = true;
                continue;
            }
            if (!single.isObject())
                return {};
            const QJsonValue next = single.toObject().value(step.key);
            if (next.isNull() || next.isUndefined())
                return {};
            single = next;
            continue;
        }
        QJsonArray next;
        for (const QJsonValue &element : std::as_const(many)) {
            if (step.each) {
                if (!element.isArray())
                    continue;
                const QJsonArray inner = element.toArray();
                for (const QJsonValue &value : inner)
                    if (!value.isNull() && !value.isUndefined())
                        next.append(value);
            } else if (element.isObject()) {
                const QJsonValue value = element.toObject().value(step.key);
                if (!value.isNull() && !value.isUndefined())
                    next.append(value);
            }
        }
        many = next;
    }
    if (projecting)
        return {true, many};
    return {true, single};
}

} // namespace Bulwark::Rules
