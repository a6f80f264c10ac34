// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/CommandStep.h"
#include "core/plan/FileEdit.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace Bulwark::Plan {

// One unit of a plan: a command or a file edit, a plain-language title and the rule ids it addresses.
class Change
{
public:
    using Action = std::variant<CommandStep, FileEdit>;

    Change() = default;
    Change(QString title, Action action, QStringList ruleIds = {})
        : m_title(std::move(title))
        , m_action(std::move(action))
        , m_ruleIds(std::move(ruleIds))
    {}

    QString title() const { return m_title; }
    const Action &action() const { return m_action; }
    QStringList ruleIds() const { return m_ruleIds; } // BW-LNX-SVC-001, ...

    bool isCommand() const { return std::holds_alternative<CommandStep>(m_action); }
    bool isFileEdit() const { return std::holds_alternative<FileEdit>(m_action); }
    const CommandStep *command() const { return std::get_if<CommandStep>(&m_action); }
    const FileEdit *fileEdit() const { return std::get_if<FileEdit>(&m_action); }

    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &object);

    friend bool operator==(const Change &, const Change &) = default;

private:
    QString m_title;
    Action m_action;
    QStringList m_ruleIds;
};

} // namespace Bulwark::Plan
