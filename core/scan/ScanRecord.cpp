// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/scan/ScanRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Bulwark::Scan {

namespace {
constexpr int FormatVersion = 1;
}

QJsonObject ScanRecord::toJson() const
{
    QJsonArray findingArray;
    for (const Rules::Finding &finding : findings)
        findingArray.append(finding.toJson());
    const Rules::Score s = score();
    QJsonObject areas;
    for (const Rules::Area area : s.areas()) {
        const auto value = s.areaValue(area);
        areas.insert(Rules::areaKey(area), value ? QJsonValue(*value) : QJsonValue());
    }
    const Rules::Score::Tally &total = s.total();
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("hostName"), hostName},
        {QStringLiteral("target"), target},
        {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("remoteCommands"), remoteCommands},
        {QStringLiteral("elevated"), elevated},
        {QStringLiteral("catalogId"), catalogId},
        {QStringLiteral("rulesTotal"), rulesTotal},
        // Derived values, written for readers of the file (reports, other tools); ignored when read back.
        {QStringLiteral("score"), s.value() ? QJsonValue(*s.value()) : QJsonValue()},
        {QStringLiteral("areaScores"), areas},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("pass"), total.passed},
                                               {QStringLiteral("fail"), total.failed},
                                               {QStringLiteral("not_applicable"), total.notApplicable},
                                               {QStringLiteral("unknown"), total.unknown}}},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("facts"), facts},
    };
}

std::optional<Rules::Finding> ScanRecord::findingFromJson(const QJsonObject &object)
{
    const QString rule = object.value(QStringLiteral("rule")).toString();
    const auto status = Rules::Finding::parseStatus(object.value(QStringLiteral("status")).toString());
    const auto severity = Rules::parseSeverity(object.value(QStringLiteral("severity")).toString());
    const auto area = Rules::parseArea(object.value(QStringLiteral("area")).toString());
    if (rule.isEmpty() || !status || !severity || !area)
        return std::nullopt;
    QStringList evidence;
    const QJsonArray array = object.value(QStringLiteral("evidence")).toArray();
    for (const QJsonValue &value : array)
        evidence.append(value.toString());
    return Rules::Finding(rule, *status, *severity, *area, evidence);
}

Result<ScanRecord> ScanRecord::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toInt() != FormatVersion)
        return Error(
            Error::Code::ParseError,
            QCoreApplication::translate("ScanRecord", "This scan was saved in a format this version does not read."));
    ScanRecord record;
    record.hostName = object.value(QStringLiteral("hostName")).toString();
    record.target = object.value(QStringLiteral("target")).toString();
    record.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    record.remoteCommands = object.value(QStringLiteral("remoteCommands")).toInt();
    record.elevated = object.value(QStringLiteral("elevated")).toBool();
    record.catalogId = object.value(QStringLiteral("catalogId")).toString();
    record.rulesTotal = object.value(QStringLiteral("rulesTotal")).toInt();
    record.facts = object.value(QStringLiteral("facts")).toObject();
    const QJsonArray findings = object.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &value : findings)
        if (auto finding = findingFromJson(value.toObject()))
            record.findings.append(*finding);
    if (!record.startedAt.isValid())
        return Error(Error::Code::ParseError, QCoreApplication::translate("ScanRecord", "The saved scan is damaged."));
    return record;
}

} // namespace Bulwark::Scan
