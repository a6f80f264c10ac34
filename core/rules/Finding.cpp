// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Finding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bulwark::Rules {

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("rule"), m_ruleId},
        {QStringLiteral("status"), statusKey(m_status)},
        {QStringLiteral("severity"), severityKey(m_severity)},
        {QStringLiteral("area"), areaKey(m_area)},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(m_evidence)},
    };
}

QString Finding::statusKey(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::NotApplicable:
        return QStringLiteral("not_applicable");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Finding::statusDisplayName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QCoreApplication::translate("Bulwark::Rules::Finding", "Passed");
    case Status::Fail:
        return QCoreApplication::translate("Bulwark::Rules::Finding", "Failed");
    case Status::NotApplicable:
        return QCoreApplication::translate("Bulwark::Rules::Finding", "Not applicable");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("Bulwark::Rules::Finding", "Could not be checked");
}

std::optional<Finding::Status> Finding::parseStatus(QStringView key)
{
    for (Status status : {Status::Pass, Status::Fail, Status::NotApplicable, Status::Unknown})
        if (key == statusKey(status))
            return status;
    return std::nullopt;
}

} // namespace Bulwark::Rules
