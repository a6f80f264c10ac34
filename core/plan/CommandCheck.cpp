// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/CommandCheck.h"

#include "core/plan/PlanJson.h"

namespace Bulwark::Plan {

bool CommandCheck::matches(int exitStatus, const QByteArray &stdOut) const
{
    if (m_expectedExitStatus && *m_expectedExitStatus != exitStatus)
        return false;
    if (m_expectedStdout.isEmpty())
        return true;
    return m_expectedStdout.contains(QString::fromUtf8(stdOut.trimmed()));
}

QJsonObject CommandCheck::toJson() const
{
    QJsonObject object{{QStringLiteral("argv"), PlanJson::fromStringList(m_argv)}};
    if (!m_expectedStdout.isEmpty())
        object.insert(QStringLiteral("expectStdout"), PlanJson::fromStringList(m_expectedStdout));
    if (m_expectedExitStatus)
        object.insert(QStringLiteral("expectExit"), *m_expectedExitStatus);
    return object;
}

std::optional<CommandCheck> CommandCheck::fromJson(const QJsonObject &object)
{
    const auto argv = PlanJson::toStringList(object.value(QStringLiteral("argv")));
    const auto expected = PlanJson::toStringList(object.value(QStringLiteral("expectStdout")));
    if (!argv || argv->isEmpty() || !expected)
        return std::nullopt;
    std::optional<int> exit;
    const QJsonValue exitValue = object.value(QStringLiteral("expectExit"));
    if (exitValue.isDouble())
        exit = exitValue.toInt();
    else if (!exitValue.isUndefined())
        return std::nullopt;
    return CommandCheck(*argv, *expected, exit);
}

} // namespace Bulwark::Plan
