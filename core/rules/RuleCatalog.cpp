// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/RuleCatalog.h"

#include "core/rules/Evidence.h"
#include "core/rules/JsonFields.h"
#include "core/rules/YamlReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Bulwark::Rules {

namespace {

constexpr qsizetype MaxListedProblems = 50;

Error problemsError(const QStringList &problems)
{
    QStringList listed = problems.mid(0, MaxListedProblems);
    const int unlisted = Evidence::count(problems.size() - MaxListedProblems);
    if (unlisted > 0)
        listed.append(QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "… and %n more", nullptr, unlisted));
    QString message = problems.constFirst();
    const int others = Evidence::count(problems.size() - 1);
    if (others > 0)
        message += u' ' + QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "(and %n more problem(s))",
                                                      nullptr, others);
    return Error(Error::Code::ParseError, message, listed.join(u'\n'));
}

// The id of the index-th entry, or "#3" when it has none.
QString entryName(const QJsonValue &entry, qsizetype index)
{
    const QJsonValue id = entry.toObject().value(QStringLiteral("id"));
    if (id.isString() && !id.toString().trimmed().isEmpty())
        return Evidence::sanitize(id.toString().trimmed(), 40);
    return QStringLiteral("#") + QString::number(index + 1);
}

// "linux/services.yaml: rule BW-LNX-SVC-001: " or "linux/services.yaml: rule #3: "
QString rulePrefix(const QString &fileName, const QJsonValue &rule, qsizetype index)
{
    return QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "%1: rule %2: ")
        .arg(fileName, entryName(rule, index));
}

QString practicePrefix(const QString &fileName, const QJsonValue &practice, qsizetype index)
{
    return QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "%1: practice %2: ")
        .arg(fileName, entryName(practice, index));
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "cannot read %1").arg(path),
                     file.errorString());
    return file.readAll();
}

Result<RuleCatalog> loadFrom(const QString &root)
{
    RuleCatalog catalog;
    const Result<QByteArray> practices = readFile(root + QStringLiteral("/practices.yaml"));
    if (!practices)
        return practices.error();
    if (Result<void> set = catalog.setPractices(*practices, QStringLiteral("practices.yaml")); !set)
        return set.error();
    bool any = false;
    for (Platform platform : {Platform::Linux, Platform::Windows}) {
        const QString key = platformKey(platform);
        const QDir dir(root + u'/' + key);
        if (!dir.exists())
            continue;
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const Result<QByteArray> bytes = readFile(dir.filePath(file));
            if (!bytes)
                return bytes.error();
            if (Result<void> added = catalog.addRules(*bytes, key + u'/' + file); !added)
                return added.error();
            any = true;
        }
    }
    if (!any)
        return Error(Error::Code::Io,
                     QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "no rule files under %1").arg(root));
    if (Result<void> seeds = catalog.checkSeeds(); !seeds)
        return seeds.error();
    return catalog;
}

} // namespace

Result<RuleCatalog> RuleCatalog::loadBuiltIn()
{
    return loadFrom(QStringLiteral(":/rules"));
}

Result<RuleCatalog> RuleCatalog::loadDirectory(const QString &directory)
{
    return loadFrom(directory);
}

Result<void> RuleCatalog::setPractices(const QByteArray &yaml, const QString &fileName)
{
    const Result<QJsonValue> document = YamlReader::parse(yaml, fileName);
    if (!document)
        return document.error();
    QStringList problems;
    const QString prefix = fileName + QStringLiteral(": ");
    if (!document->isObject())
        return Error(Error::Code::ParseError,
                     prefix + QCoreApplication::translate("Bulwark::Rules::RuleCatalog",
                                                          "expects a mapping with sources: and practices:"));
    const QJsonObject top = document->toObject();
    QStringList topProblems;
    JsonFields::rejectUnknown(top, {"sources", "practices"}, topProblems);
    for (const QString &problem : std::as_const(topProblems))
        problems.append(prefix + problem);

    QMap<QString, QString> sources;
    const QJsonObject sourceObject = top.value(QStringLiteral("sources")).toObject();
    if (sourceObject.isEmpty())
        problems.append(prefix +
                        QCoreApplication::translate("Bulwark::Rules::RuleCatalog",
                                                    "sources: missing (the articles the practices come from)"));
    for (auto it = sourceObject.begin(); it != sourceObject.end(); ++it) {
        QStringList sourceProblems;
        const QJsonObject source = it.value().toObject();
        JsonFields::rejectUnknown(source, {"title", "publisher", "seed"}, sourceProblems);
        const QString title = JsonFields::text(source, QStringLiteral("title"), sourceProblems);
        for (const QString &problem : std::as_const(sourceProblems))
            problems.append(prefix +
                            QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "source %1: ").arg(it.key()) +
                            problem);
        sources.insert(it.key(), title);
    }

    QList<Practice> practices;
    QSet<QString> ids;
    const QJsonValue list = top.value(QStringLiteral("practices"));
    if (!list.isArray() || list.toArray().isEmpty())
        problems.append(
            prefix + QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "practices: expects a non-empty list"));
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPrefix = practicePrefix(fileName, array.at(i), i);
        if (!array.at(i).isObject()) {
            problems.append(itemPrefix +
                            QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "expects a mapping"));
            continue;
        }
        QStringList practiceProblems;
        const std::optional<Practice> practice =
            Practice::fromJson(array.at(i).toObject(), sources.keys(), practiceProblems);
        for (const QString &problem : std::as_const(practiceProblems))
            problems.append(itemPrefix + problem);
        if (!practice)
            continue;
        if (ids.contains(practice->id())) {
            problems.append(itemPrefix +
                            QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "id: duplicate practice id"));
            continue;
        }
        ids.insert(practice->id());
        practices.append(*practice);
    }
    if (!problems.isEmpty())
        return problemsError(problems);
    m_practices = practices;
    m_sources = sources;
    return {};
}

Result<void> RuleCatalog::addRules(const QByteArray &yaml, const QString &fileName)
{
    const Result<QJsonValue> document = YamlReader::parse(yaml, fileName);
    if (!document)
        return document.error();
    const QString prefix = fileName + QStringLiteral(": ");
    if (!document->isObject() || !document->toObject().value(QStringLiteral("rules")).isArray())
        return Error(Error::Code::ParseError,
                     prefix + QCoreApplication::translate("Bulwark::Rules::RuleCatalog",
                                                          "expects a mapping with a list under rules:"));
    QStringList problems;
    QStringList topProblems;
    JsonFields::rejectUnknown(document->toObject(), {"rules"}, topProblems);
    for (const QString &problem : std::as_const(topProblems))
        problems.append(prefix + problem);

    QSet<QString> ids;
    for (const Rule &rule : std::as_const(m_rules))
        ids.insert(rule.id());
    QList<Rule> added;
    const QJsonArray array = document->toObject().value(QStringLiteral("rules")).toArray();
    if (array.isEmpty())
        problems.append(prefix +
                        QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "rules: the list is empty"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rulePrefixText = rulePrefix(fileName, array.at(i), i);
        if (!array.at(i).isObject()) {
            problems.append(rulePrefixText +
                            QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "expects a mapping"));
            continue;
        }
        QStringList ruleProblems;
        const std::optional<Rule> rule = Rule::fromJson(array.at(i).toObject(), fileName, ruleProblems);
        for (const QString &problem : std::as_const(ruleProblems))
            problems.append(rulePrefixText + problem);
        if (!rule)
            continue;
        if (ids.contains(rule->id())) {
            problems.append(rulePrefixText +
                            QCoreApplication::translate("Bulwark::Rules::RuleCatalog", "id: duplicate rule id"));
            continue;
        }
        if (!m_practices.isEmpty()) {
            for (const QString &seed : rule->seeds())
                if (!practice(seed))
                    problems.append(rulePrefixText + QCoreApplication::translate("Bulwark::Rules::RuleCatalog",
                                                                                 "seeds: unknown practice \"%1\"")
                                                         .arg(seed.left(60)));
        }
        ids.insert(rule->id());
        added.append(*rule);
    }
    if (!problems.isEmpty())
        return problemsError(problems);
    m_rules.append(added);
    return {};
}

Result<void> RuleCatalog::checkSeeds() const
{
    QStringList problems;
    for (const Rule &rule : m_rules)
        for (const QString &seed : rule.seeds())
            if (!practice(seed))
                problems.append(QCoreApplication::translate("Bulwark::Rules::RuleCatalog",
                                                            "%1: rule %2: seeds: unknown practice \"%3\"")
                                    .arg(rule.sourceFile(), rule.id(), seed.left(60)));
    if (!problems.isEmpty())
        return problemsError(problems);
    return {};
}

QList<Rule> RuleCatalog::rules(Platform platform) const
{
    QList<Rule> result;
    for (const Rule &rule : m_rules)
        if (rule.platform() == platform)
            result.append(rule);
    return result;
}

std::optional<Rule> RuleCatalog::rule(const QString &id) const
{
    for (const Rule &rule : m_rules)
        if (rule.id() == id)
            return rule;
    return std::nullopt;
}

std::optional<Practice> RuleCatalog::practice(const QString &id) const
{
    for (const Practice &practice : m_practices)
        if (practice.id() == id)
            return practice;
    return std::nullopt;
}

QList<Practice> RuleCatalog::manualPractices(Platform platform) const
{
    QList<Practice> result;
    for (const Practice &practice : m_practices)
        if (!practice.isCheckable() && practice.appliesTo(platform))
            result.append(practice);
    return result;
}

QStringList RuleCatalog::uncoveredPractices(Platform platform) const
{
    QSet<QString> covered;
    for (const Rule &rule : m_rules)
        if (rule.platform() == platform)
            for (const QString &seed : rule.seeds())
                covered.insert(seed);
    QStringList result;
    for (const Practice &practice : m_practices)
        if (practice.isCheckable() && practice.appliesTo(platform) && !covered.contains(practice.id()))
            result.append(practice.id());
    return result;
}

QStringList RuleCatalog::rulesForPractice(const QString &practiceId) const
{
    QStringList result;
    for (const Rule &rule : m_rules)
        if (rule.seeds().contains(practiceId))
            result.append(rule.id());
    return result;
}

} // namespace Bulwark::Rules
