// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace Bulwark::Rules {

// A path into the fact tree, as written in rules:
//   sshd.effective.permitrootlogin        object members separated by dots
//   services[]                            the list at "services" (must be a list)
//   services[].name                       the "name" of every element: a projection, itself a list
//   kernel.sysctl["net.ipv4.ip_forward"]  a member whose name contains dots (single or double quotes)
// Resolution never guesses: a member that is missing or null, or a step applied to the wrong JSON type, makes the
// whole value absent (rules then evaluate to unknown). In a projection, elements without the member are skipped.
class FactPath
{
public:
    struct Resolved
    {
        bool present = false; // false: the fact is missing, null or not of the shape the path expects
        QJsonValue value;
    };

    FactPath() = default;

    // nullopt and a reason in *error when the text is not a valid path.
    static std::optional<FactPath> parse(const QString &text, QString *error = nullptr);

    bool isEmpty() const { return m_steps.isEmpty(); }
    QString toString() const { return m_text; }
    // True when the path contains [] and so resolves to a list.
    bool isProjection() const;

    Resolved resolve(const QJsonValue &root) const;

private:
    struct Step
    {
        QString key; // empty for an "each" step ([])
        bool each = false;
    };

    QString m_text;
    QList<Step> m_steps;
};

} // namespace Bulwark::Rules
