// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Rule.h"

#include "core/rules/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Bulwark::Rules {

namespace {

QString problem(const QString &field, const QString &message)
{
    return field + QStringLiteral(": ") + message;
}

Condition parseCondition(const QJsonValue &spec, const QString &field, QStringList &problems)
{
    Result<Condition> parsed = Condition::parse(spec);
    if (!parsed) {
        const QString detail = parsed.error().detail();
        problems.append(problem(detail.isEmpty() ? field : field + u'.' + detail, parsed.error().message()));
        return Condition();
    }
    return parsed.value();
}

QList<QJsonObject> exampleTrees(const QJsonObject &examples, const QString &key, bool required, QStringList &problems)
{
    const QString field = QStringLiteral("examples.") + key;
    const QJsonValue value = examples.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            problems.append(
                problem(field, QCoreApplication::translate("Bulwark::Rules::Rule", "missing (a partial fact tree)")));
        return {};
    }
    if (value.isObject())
        return {value.toObject()};
    if (value.isArray() && !value.toArray().isEmpty()) {
        QList<QJsonObject> trees;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                problems.append(problem(field + u'[' + QString::number(i) + u']',
                                        QCoreApplication::translate("Bulwark::Rules::Rule", "expects a fact tree")));
                continue;
            }
            trees.append(array.at(i).toObject());
        }
        return trees;
    }
    problems.append(problem(
        field, QCoreApplication::translate("Bulwark::Rules::Rule", "expects a fact tree or a list of fact trees")));
    return {};
}

void readReferences(const QJsonValue &value, Rule::References &references, QStringList &problems)
{
    if (!value.isObject()) {
        problems.append(problem(
            QStringLiteral("references"),
            QCoreApplication::translate("Bulwark::Rules::Rule", "missing (hipaa, dspt, cyberEssentials, cis)")));
        return;
    }
    const QJsonObject object = value.toObject();
    JsonFields::rejectUnknown(object, {"hipaa", "dspt", "cyberEssentials", "cis"}, problems,
                              QStringLiteral("references."));
    QStringList listProblems;
    references.hipaa = JsonFields::textList(object, QStringLiteral("hipaa"), listProblems);
    references.dspt = JsonFields::textList(object, QStringLiteral("dspt"), listProblems);
    references.cyberEssentials = JsonFields::textList(object, QStringLiteral("cyberEssentials"), listProblems);
    references.cis = JsonFields::textList(object, QStringLiteral("cis"), listProblems);
    for (const QString &item : std::as_const(listProblems))
        problems.append(QStringLiteral("references.") + item);

    static const QRegularExpression hipaa(QStringLiteral("^164\\.3(08|10|12|14|16)(\\([A-Za-z0-9]+\\))*$"));
    for (const QString &section : std::as_const(references.hipaa))
        if (!hipaa.match(section).hasMatch())
            problems.append(
                problem(QStringLiteral("references.hipaa"),
                        QCoreApplication::translate("Bulwark::Rules::Rule",
                                                    "\"%1\" is not a 45 CFR 164.3xx section such as 164.312(a)(1)")
                            .arg(section.left(60))));
    const QStringList controls = Rule::cyberEssentialsControls();
    for (const QString &control : std::as_const(references.cyberEssentials))
        if (!controls.contains(control))
            problems.append(problem(QStringLiteral("references.cyberEssentials"),
                                    QCoreApplication::translate("Bulwark::Rules::Rule", "\"%1\" is not one of: %2")
                                        .arg(control.left(60), controls.join(u", "))));
    for (const QString &cis : std::as_const(references.cis))
        if (!cis.startsWith(QStringLiteral("CIS ")))
            problems.append(problem(QStringLiteral("references.cis"),
                                    QCoreApplication::translate("Bulwark::Rules::Rule",
                                                                "\"%1\" should name the benchmark and item, such as "
                                                                "\"CIS Debian Linux 12 Benchmark 5.1.20\"")
                                        .arg(cis.left(60))));
    if (references.isEmpty())
        problems.append(
            problem(QStringLiteral("references"),
                    QCoreApplication::translate("Bulwark::Rules::Rule", "at least one reference is required")));
}

} // namespace

QStringList Rule::cyberEssentialsControls()
{
    return {QStringLiteral("Firewalls"), QStringLiteral("Secure configuration"),
            QStringLiteral("Security update management"), QStringLiteral("User access control"),
            QStringLiteral("Malware protection")};
}

std::optional<Rule> Rule::fromJson(const QJsonObject &object, const QString &sourceFile, QStringList &problems)
{
    const qsizetype before = problems.size();
    JsonFields::rejectUnknown(object,
                              {"id", "title", "severity", "area", "platform", "rationale", "impact", "fix",
                               "references", "seeds", "wizard", "fact", "applies", "expect", "evidence", "examples"},
                              problems);
    Rule rule;
    rule.m_sourceFile = sourceFile;
    rule.m_id = JsonFields::text(object, QStringLiteral("id"), problems);
    rule.m_title = JsonFields::text(object, QStringLiteral("title"), problems);
    rule.m_rationale = JsonFields::text(object, QStringLiteral("rationale"), problems);
    rule.m_impact = JsonFields::text(object, QStringLiteral("impact"), problems);
    rule.m_fix = JsonFields::text(object, QStringLiteral("fix"), problems);
    rule.m_evidenceTemplate = JsonFields::text(object, QStringLiteral("evidence"), problems, false);

    const QString severity = JsonFields::text(object, QStringLiteral("severity"), problems);
    if (const std::optional<Severity> parsed = parseSeverity(severity))
        rule.m_severity = *parsed;
    else if (!severity.isEmpty())
        problems.append(problem(QStringLiteral("severity"),
                                QCoreApplication::translate("Bulwark::Rules::Rule",
                                                            "\"%1\" is not one of critical, high, medium, low, info")
                                    .arg(severity.left(40))));

    const QString area = JsonFields::text(object, QStringLiteral("area"), problems);
    const std::optional<Area> parsedArea = parseArea(area);
    if (parsedArea)
        rule.m_area = *parsedArea;
    else if (!area.isEmpty())
        problems.append(problem(
            QStringLiteral("area"),
            QCoreApplication::translate("Bulwark::Rules::Rule", "\"%1\" is not a known area").arg(area.left(40))));

    const QString platform = JsonFields::text(object, QStringLiteral("platform"), problems);
    const std::optional<Platform> parsedPlatform = parsePlatform(platform);
    if (parsedPlatform)
        rule.m_platform = *parsedPlatform;
    else if (!platform.isEmpty())
        problems.append(problem(QStringLiteral("platform"),
                                QCoreApplication::translate("Bulwark::Rules::Rule", "expects linux or windows")));

    const QString wizard = JsonFields::text(object, QStringLiteral("wizard"), problems);
    if (const std::optional<Wizard> parsed = parseWizard(wizard))
        rule.m_wizard = *parsed;
    else if (!wizard.isEmpty())
        problems.append(problem(
            QStringLiteral("wizard"),
            QCoreApplication::translate("Bulwark::Rules::Rule",
                                        "\"%1\" is not one of services, accounts, sudoers, ssh, luks, tls, firewall, "
                                        "updates, none")
                .arg(wizard.left(40))));

    static const QRegularExpression idPattern(QStringLiteral("^BW-([A-Z]{3})-([A-Z]{3})-[0-9]{3}$"));
    const QRegularExpressionMatch idMatch = idPattern.match(rule.m_id);
    if (!rule.m_id.isEmpty() && !idMatch.hasMatch()) {
        problems.append(problem(QStringLiteral("id"), QCoreApplication::translate(
                                                          "Bulwark::Rules::Rule",
                                                          "expects BW-<platform>-<area>-NNN such as BW-LNX-SVC-001")));
    } else if (idMatch.hasMatch()) {
        if (parsedPlatform && idMatch.captured(1) != platformCode(*parsedPlatform))
            problems.append(problem(QStringLiteral("id"), QCoreApplication::translate("Bulwark::Rules::Rule",
                                                                                      "the platform code should be %1")
                                                              .arg(platformCode(*parsedPlatform))));
        if (parsedArea && idMatch.captured(2) != areaCode(*parsedArea))
            problems.append(problem(QStringLiteral("id"),
                                    QCoreApplication::translate("Bulwark::Rules::Rule", "the area code for %1 is %2")
                                        .arg(area, areaCode(*parsedArea))));
    }

    readReferences(object.value(QStringLiteral("references")), rule.m_references, problems);
    rule.m_seeds = JsonFields::textList(object, QStringLiteral("seeds"), problems);

    const QString fact = JsonFields::text(object, QStringLiteral("fact"), problems);
    if (!fact.isEmpty()) {
        QString reason;
        if (const std::optional<FactPath> path = FactPath::parse(fact, &reason))
            rule.m_fact = *path;
        else
            problems.append(
                problem(QStringLiteral("fact"),
                        QCoreApplication::translate("Bulwark::Rules::Rule", "invalid fact path: %1").arg(reason)));
    }

    const QJsonValue applies = object.value(QStringLiteral("applies"));
    if (!applies.isUndefined() && !applies.isNull()) {
        if (!applies.isArray() || applies.toArray().isEmpty()) {
            problems.append(
                problem(QStringLiteral("applies"),
                        QCoreApplication::translate("Bulwark::Rules::Rule", "expects a non-empty list of conditions")));
        } else {
            const QJsonArray array = applies.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString field = QStringLiteral("applies[") + QString::number(i) + u']';
                const Condition condition = parseCondition(array.at(i), field, problems);
                if (condition.isValid() && !condition.fact())
                    problems.append(
                        problem(field, QCoreApplication::translate("Bulwark::Rules::Rule",
                                                                   "each applies condition needs its own fact: path")));
                rule.m_applies.append(condition);
            }
        }
    }

    const QJsonValue expect = object.value(QStringLiteral("expect"));
    if (expect.isUndefined() || expect.isNull())
        problems.append(
            problem(QStringLiteral("expect"), QCoreApplication::translate("Bulwark::Rules::Rule", "missing")));
    else
        rule.m_expect = parseCondition(expect, QStringLiteral("expect"), problems);

    const QJsonValue examples = object.value(QStringLiteral("examples"));
    if (!examples.isObject()) {
        problems.append(
            problem(QStringLiteral("examples"),
                    QCoreApplication::translate("Bulwark::Rules::Rule", "missing (pass: and fail: fact trees)")));
    } else {
        const QJsonObject examplesObject = examples.toObject();
        JsonFields::rejectUnknown(examplesObject, {"pass", "fail", "notApplicable"}, problems,
                                  QStringLiteral("examples."));
        rule.m_examples.pass = exampleTrees(examplesObject, QStringLiteral("pass"), true, problems);
        rule.m_examples.fail = exampleTrees(examplesObject, QStringLiteral("fail"), true, problems);
        rule.m_examples.notApplicable = exampleTrees(examplesObject, QStringLiteral("notApplicable"), false, problems);
        if (!rule.m_examples.notApplicable.isEmpty() && rule.m_applies.isEmpty())
            problems.append(problem(QStringLiteral("examples.notApplicable"),
                                    QCoreApplication::translate("Bulwark::Rules::Rule", "the rule has no applies:")));
    }

    if (problems.size() != before)
        return std::nullopt;
    return rule;
}

} // namespace Bulwark::Rules
