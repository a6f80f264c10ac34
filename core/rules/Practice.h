// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Taxonomy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Rules {

// One practice recommended by a source article (resources/rules/practices.yaml), such as "disable root login"
// (hv-disable-root-login) or "train your staff" (nhs-staff-training). Rules name the practices they implement in
// their `seeds:`; a practice no host check can verify is checkable: false and appears in the console as a manual
// checklist item, with the reason and what a person should confirm.
class Practice
{
public:
    QString id() const { return m_id; }
    QString source() const { return m_source; } // key into the sources of practices.yaml ("hv", "nhs")
    QString title() const { return m_title; }
    QString summary() const { return m_summary; } // what the article asks for, in a sentence
    bool isCheckable() const { return m_checkable; }
    QString reason() const { return m_reason; } // checkable: false -> why no host check can verify it
    QString manual() const { return m_manual; } // checkable: false -> what a person should confirm
    QList<Platform> platforms() const { return m_platforms; }
    bool appliesTo(Platform platform) const { return m_platforms.contains(platform); }

    // Reads one entry of practices.yaml; problems are appended as "field: message".
    static std::optional<Practice> fromJson(const QJsonObject &object, const QStringList &sources,
                                            QStringList &problems);

private:
    QString m_id;
    QString m_source;
    QString m_title;
    QString m_summary;
    bool m_checkable = true;
    QString m_reason;
    QString m_manual;
    QList<Platform> m_platforms;
};

} // namespace Bulwark::Rules
