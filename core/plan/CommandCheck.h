// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Bulwark::Plan {

// A read-only command run after a step to prove it took effect: an argv (never a shell string) and what it must
// print or exit with. An absent expectation is not checked.
class CommandCheck
{
public:
    CommandCheck() = default;
    CommandCheck(QStringList argv, QStringList expectedStdout, std::optional<int> expectedExitStatus = std::nullopt)
        : m_argv(std::move(argv))
        , m_expectedStdout(std::move(expectedStdout))
        , m_expectedExitStatus(expectedExitStatus)
    {}

    QStringList argv() const { return m_argv; }
    // Accepted outputs, compared with the trimmed stdout; empty means stdout is not checked.
    QStringList expectedStdout() const { return m_expectedStdout; }
    std::optional<int> expectedExitStatus() const { return m_expectedExitStatus; }

    // True when the command's outcome meets the expectations.
    bool matches(int exitStatus, const QByteArray &stdOut) const;

    QJsonObject toJson() const;
    static std::optional<CommandCheck> fromJson(const QJsonObject &object);

    friend bool operator==(const CommandCheck &, const CommandCheck &) = default;

private:
    QStringList m_argv;
    QStringList m_expectedStdout;
    std::optional<int> m_expectedExitStatus;
};

} // namespace Bulwark::Plan
