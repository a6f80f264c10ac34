// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Taxonomy.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Rules {

// The result of one rule on one host's facts.
class Finding
{
public:
    enum class Status
    {
        Pass,          // the expectation holds
        Fail,          // the expectation does not hold: evidence names the offending values
        NotApplicable, // an applies: condition is false (no nginx -> nginx rules do not apply)
        Unknown,       // a needed fact is missing or malformed: the rule could not be checked
    };

    Finding() = default;
    Finding(QString ruleId, Status status, Severity severity, Area area, QStringList evidence = {})
        : m_ruleId(std::move(ruleId))
        , m_status(status)
        , m_severity(severity)
        , m_area(area)
        , m_evidence(std::move(evidence))
    {}

    QString ruleId() const { return m_ruleId; }
    Status status() const { return m_status; }
    Severity severity() const { return m_severity; } // copied from the rule, so a Score needs no catalog
    Area area() const { return m_area; }
    // Short sanitised strings: for a failure the offending values or list items ("labadmin ALL=(ALL) NOPASSWD:
    // ALL"), for unknown the facts that were missing, for not_applicable the condition that did not hold.
    QStringList evidence() const { return m_evidence; }

    // {"rule": ..., "status": "fail", "severity": ..., "area": ..., "evidence": [...]}
    QJsonObject toJson() const;

    static QString statusKey(Status status); // pass | fail | not_applicable | unknown
    static QString statusDisplayName(Status status);
    static std::optional<Status> parseStatus(QStringView key);

private:
    QString m_ruleId;
    Status m_status = Status::Unknown;
    Severity m_severity = Severity::Info;
    Area m_area = Area::Services;
    QStringList m_evidence;
};

} // namespace Bulwark::Rules

Q_DECLARE_METATYPE(Bulwark::Rules::Finding)
