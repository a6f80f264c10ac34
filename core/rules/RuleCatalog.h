// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/rules/Practice.h"
#include "core/rules/Rule.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Rules {

// The rules and seed practices, loaded and validated from YAML (format: resources/rules/README.md).
// Loading is all-or-nothing per file: a file with any problem adds nothing, and the Error's message names the
// file, the rule id and the field of the first problem, its detail lists all of them. Rule ids are unique across
// files. Fact paths are only checked for syntax: a path the probe does not (yet) report is allowed and evaluates
// to unknown.
// A value type; not shared between threads while it is being loaded, read-only afterwards.
class RuleCatalog
{
public:
    // The catalog compiled into the program: :/rules/practices.yaml and :/rules/<platform>/*.yaml.
    static Result<RuleCatalog> loadBuiltIn();
    // The same layout from a directory on disk (a checkout's resources/rules), for rule authors.
    static Result<RuleCatalog> loadDirectory(const QString &directory);

    // practices.yaml: the seed articles and their practices. Replaces any practices loaded before.
    Result<void> setPractices(const QByteArray &yaml, const QString &fileName);
    // One rules file ({rules: [...]}).
    Result<void> addRules(const QByteArray &yaml, const QString &fileName);
    // Every rule's seeds name a known practice (an error when no practices are loaded and a rule has seeds).
    Result<void> checkSeeds() const;

    const QList<Rule> &rules() const { return m_rules; }
    QList<Rule> rules(Platform platform) const;
    std::optional<Rule> rule(const QString &id) const;
    int size() const { return int(m_rules.size()); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    const QList<Practice> &practices() const { return m_practices; }
    std::optional<Practice> practice(const QString &id) const;
    // Title of a seed source ("hv" -> the article's title).
    QString sourceTitle(const QString &source) const { return m_sources.value(source); }
    // Practices for `platform` no host check can verify: the console's manual checklist.
    QList<Practice> manualPractices(Platform platform) const;
    // Checkable practices for `platform` that no rule of that platform names in its seeds (should be empty).
    QStringList uncoveredPractices(Platform platform) const;
    // Ids of the rules whose seeds include `practiceId`.
    QStringList rulesForPractice(const QString &practiceId) const;

private:
    QList<Rule> m_rules;
    QList<Practice> m_practices;
    QMap<QString, QString> m_sources;
};

} // namespace Bulwark::Rules
