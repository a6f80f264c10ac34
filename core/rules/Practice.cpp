// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Practice.h"

#include "core/rules/JsonFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Bulwark::Rules {

namespace {} // namespace

std::optional<Practice> Practice::fromJson(const QJsonObject &object, const QStringList &sources, QStringList &problems)
{
    const qsizetype before = problems.size();
    JsonFields::rejectUnknown(
        object, {"id", "source", "title", "summary", "checkable", "reason", "manual", "platforms"}, problems);
    Practice practice;
    practice.m_id = JsonFields::text(object, QStringLiteral("id"), problems);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9]*(-[a-z0-9]+)+$"));
    if (!practice.m_id.isEmpty() && !idPattern.match(practice.m_id).hasMatch())
        problems.append(QStringLiteral("id: ") +
                        QCoreApplication::translate("Bulwark::Rules::Practice",
                                                    "expects lower-case words joined by dashes (hv-sudoers)"));
    practice.m_source = JsonFields::text(object, QStringLiteral("source"), problems);
    if (!practice.m_source.isEmpty() && !sources.contains(practice.m_source))
        problems.append(QStringLiteral("source: ") +
                        QCoreApplication::translate("Bulwark::Rules::Practice",
                                                    "not one of the sources listed at the top of the file"));
    practice.m_title = JsonFields::text(object, QStringLiteral("title"), problems);
    practice.m_summary = JsonFields::text(object, QStringLiteral("summary"), problems);
    practice.m_checkable = JsonFields::boolean(object, QStringLiteral("checkable"), true, problems);
    practice.m_reason = JsonFields::text(object, QStringLiteral("reason"), problems, !practice.m_checkable);
    practice.m_manual = JsonFields::text(object, QStringLiteral("manual"), problems, !practice.m_checkable);
    const QStringList platforms = JsonFields::textList(object, QStringLiteral("platforms"), problems);
    if (platforms.isEmpty())
        problems.append(QStringLiteral("platforms: ") +
                        QCoreApplication::translate("Bulwark::Rules::Practice", "missing (linux, windows)"));
    for (const QString &key : platforms) {
        if (const std::optional<Platform> platform = parsePlatform(key))
            practice.m_platforms.append(*platform);
        else
            problems.append(
                QStringLiteral("platforms: ") +
                QCoreApplication::translate("Bulwark::Rules::Practice", "unknown platform \"%1\"").arg(key.left(40)));
    }
    if (problems.size() != before)
        return std::nullopt;
    return practice;
}

} // namespace Bulwark::Rules
