// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Condition.h"
#include "core/rules/FactPath.h"
#include "core/rules/Taxonomy.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Rules {

// One check of the catalog, read from resources/rules/<platform>/*.yaml (format: resources/rules/README.md).
// A value type: the conditions inside are immutable and shared.
class Rule
{
public:
    struct References
    {
        QStringList hipaa;           // 45 CFR sections: "164.312(a)(1)"
        QStringList dspt;            // NHS Data Security and Protection Toolkit standard / assertion areas
        QStringList cyberEssentials; // Firewalls, Secure configuration, Security update management, ...
        QStringList cis;             // "CIS Debian Linux 12 Benchmark 5.1.20"
        bool isEmpty() const { return hipaa.isEmpty() && dspt.isEmpty() && cyberEssentials.isEmpty() && cis.isEmpty(); }
    };

    // Partial fact trees that must evaluate to pass / fail / not_applicable; the unit tests run every one.
    struct Examples
    {
        QList<QJsonObject> pass;
        QList<QJsonObject> fail;
        QList<QJsonObject> notApplicable;
    };

    QString id() const { return m_id; } // BW-LNX-SVC-001
    QString title() const { return m_title; }
    Severity severity() const { return m_severity; }
    Area area() const { return m_area; }
    Platform platform() const { return m_platform; }
    QString rationale() const { return m_rationale; } // what is wrong and why it matters for patient data
    QString impact() const { return m_impact; }       // what may break when it is fixed
    QString fix() const { return m_fix; }             // plain steps
    const References &references() const { return m_references; }
    QStringList seeds() const { return m_seeds; } // practice ids from practices.yaml
    Wizard wizard() const { return m_wizard; }
    FactPath fact() const { return m_fact; }                        // the fact the rule is about
    const QList<Condition> &applies() const { return m_applies; }   // all true, or the rule is not applicable
    const Condition &expect() const { return m_expect; }            // must hold to pass
    QString evidenceTemplate() const { return m_evidenceTemplate; } // how to name list elements: "{file}: {text}"
    const Examples &examples() const { return m_examples; }
    QString sourceFile() const { return m_sourceFile; } // the YAML file the rule came from

    // The all-permitted cyberEssentials values.
    static QStringList cyberEssentialsControls();

    // Reads one rule; problems are appended as "field: message" and nullopt returned when there are any.
    static std::optional<Rule> fromJson(const QJsonObject &object, const QString &sourceFile, QStringList &problems);

private:
    QString m_id;
    QString m_title;
    Severity m_severity = Severity::Info;
    Area m_area = Area::Services;
    Platform m_platform = Platform::Linux;
    QString m_rationale;
    QString m_impact;
    QString m_fix;
    References m_references;
    QStringList m_seeds;
    Wizard m_wizard = Wizard::None;
    FactPath m_fact;
    QList<Condition> m_applies;
    Condition m_expect;
    QString m_evidenceTemplate;
    Examples m_examples;
    QString m_sourceFile;
};

} // namespace Bulwark::Rules

Q_DECLARE_METATYPE(Bulwark::Rules::Rule)
