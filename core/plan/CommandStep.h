// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/CommandCheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Bulwark::Plan {

// One command a plan runs on the host, as an argv (rendered for the shell only by Transport::ShellQuote), with the
// checks that prove it worked and the commands that undo it. A value type.
class CommandStep
{
public:
    CommandStep() = default;
    CommandStep(QStringList argv, QString description)
        : m_argv(std::move(argv))
        , m_description(std::move(description))
    {}

    QStringList argv() const { return m_argv; }
    void setArgv(const QStringList &argv) { m_argv = argv; }
    QString description() const { return m_description; } // plain language, translated at planning time
    void setDescription(const QString &description) { m_description = description; }
    // Read-only commands run after the step; all must match.
    QList<CommandCheck> verify() const { return m_verify; }
    void setVerify(const QList<CommandCheck> &verify) { m_verify = verify; }
    // Run in order to undo this step (empty: nothing to undo).
    std::vector<CommandStep> inverse() const { return m_inverse; }
    void setInverse(std::vector<CommandStep> inverse) { m_inverse = std::move(inverse); }
    // The step may change how anyone reaches the host (remote access, network): the Applier asks again.
    bool accessAffecting() const { return m_accessAffecting; }
    void setAccessAffecting(bool affecting) { m_accessAffecting = affecting; }
    // Run through the session's elevation (sudo).
    bool elevate() const { return m_elevate; }
    void setElevate(bool elevate) { m_elevate = elevate; }
    // The name of a secret the command reads on its stdin, exactly as given (no newline added), e.g.
    // "luks-passphrase"; empty: none. The plan (and its JSON, the journal, the preview) holds only this name: the
    // secret itself is handed to the Applier at apply time (ApplyOptions::secrets), which refuses the whole plan
    // before any change when it lacks one the plan names.
    QString secretSlot() const { return m_secretSlot; }
    void setSecretSlot(const QString &slot) { m_secretSlot = slot; }
    // The step destroys data for good (wipefs, luksFormat, mkfs): no inverse brings back what was there. The
    // preview and the CLI say so next to the step.
    bool irreversible() const { return m_irreversible; }
    void setIrreversible(bool irreversible) { m_irreversible = irreversible; }

    // The state the step changes, shown as a diff in the preview and `bulwark-cli plan`: what it changes in plain
    // words ("Service Spooler", "Local account (SID S-1-5-21-...-500)") and that thing's state before and after the
    // step as "Key: value" lines ("StartType: Automatic\nStatus: Running"). Empty label: no state change is shown.
    QString stateLabel() const { return m_stateLabel; }
    QString stateBefore() const { return m_stateBefore; }
    QString stateAfter() const { return m_stateAfter; }
    bool hasStateChange() const { return !m_stateLabel.isEmpty(); }
    void setStateChange(const QString &label, const QString &before, const QString &after)
    {
        m_stateLabel = label;
        m_stateBefore = before;
        m_stateAfter = after;
    }

    // "avahi-daemon.service: enabled+running -> disabled+stopped" for systemctl steps, from the before-state in
    // facts (services[], sockets[], paths[]); one clause per unit, joined by "; ". Other commands: description().
    QString describeEffect(const QJsonObject &facts) const;

    // A slot name: lower-case letters, digits, "." and "-", at most 64 (it is shown and journaled).
    static bool isValidSecretSlot(const QString &slot);

    QJsonObject toJson() const;
    static std::optional<CommandStep> fromJson(const QJsonObject &object);

    friend bool operator==(const CommandStep &, const CommandStep &) = default;

private:
    QStringList m_argv;
    QString m_description;
    QList<CommandCheck> m_verify;
    std::vector<CommandStep> m_inverse;
    bool m_accessAffecting = false;
    bool m_elevate = true;
    QString m_secretSlot;
    bool m_irreversible = false;
    QString m_stateLabel;
    QString m_stateBefore;
    QString m_stateAfter;
};

} // namespace Bulwark::Plan
