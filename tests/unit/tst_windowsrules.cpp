// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/WindowsFacts.h"
#include "core/rules/Evaluator.h"
#include "core/rules/RuleCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Bulwark;
using Rules::Finding;

namespace {

// Whole Windows fact trees (resources/rules/FACTS-windows.md) with the verdict every Windows rule must give on them
// under "_expected": a default Windows Server 2019 fails the obvious rules, the hardened one passes them all. Every
// Windows rule must have a verdict in every file, so a new rule is checked against realistic hosts, not only its own
// examples. The recorded probe outputs below check the same end to end, through the parser.
const QStringList FactFiles = {
    QStringLiteral("rules/windows-server2019-default.json"),
    QStringLiteral("rules/windows-server2019-hardened.json"),
};

QByteArray readData(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readTree(const QString &name)
{
    return QJsonDocument::fromJson(readData(name)).object();
}

// Recorded outputs of resources/probes/windows.ps1 (tests/data/windows/*.out) through the real parser, with the
// rules that fail or are not applicable on each; every other Windows rule must pass, none may be unknown.
const QString ProbeVerdicts = QStringLiteral("rules/windows-probe-verdicts.json");

} // namespace

class TestWindowsRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto catalog = Rules::RuleCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
        m_rules = catalog->rules(Rules::Platform::Windows);
        QVERIFY(!m_rules.isEmpty());
        for (const QString &name : FactFiles) {
            const QJsonObject tree = readTree(name);
            QVERIFY2(!tree.isEmpty(), qPrintable(name));
            m_trees.insert(name, tree);
        }
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("rule");
        for (const QString &name : FactFiles)
            for (const Rules::Rule &rule : std::as_const(m_rules))
                QTest::addRow("%s %s", qPrintable(QFileInfo(name).baseName()), qPrintable(rule.id()))
                    << name << rule.id();
    }
    void verdicts()
    {
        QFETCH(QString, file);
        QFETCH(QString, rule);
        const QJsonObject tree = m_trees.value(file);
        const QString expected = tree.value(u"_expected").toObject().value(rule).toString();
        QVERIFY2(!expected.isEmpty(), "no verdict for this rule in _expected");
        for (const Rules::Rule &candidate : std::as_const(m_rules)) {
            if (candidate.id() != rule)
                continue;
            const Finding finding = Rules::Evaluator::evaluate(tree, candidate);
            QVERIFY2(Finding::statusKey(finding.status()) == expected,
                     qPrintable(Finding::statusKey(finding.status()) + u": " + finding.evidence().join(u"; ")));
            if (finding.status() == Finding::Status::Fail)
                QVERIFY(!finding.evidence().isEmpty());
        }
    }

    // A verdict for a rule that no longer exists (renamed or removed) is a stale expectation.
    void noStaleVerdicts()
    {
        QSet<QString> ids;
        for (const Rules::Rule &rule : std::as_const(m_rules))
            ids.insert(rule.id());
        for (const QString &name : FactFiles)
            for (const QString &id : m_trees.value(name).value(u"_expected").toObject().keys())
                QVERIFY2(ids.contains(id), qPrintable(name + u": " + id));
        const QJsonObject verdicts = readTree(ProbeVerdicts);
        for (auto it = verdicts.begin(); it != verdicts.end(); ++it)
            for (const QString &list : {QStringLiteral("fail"), QStringLiteral("not_applicable")})
                for (const QJsonValue &id : it.value().toObject().value(list).toArray())
                    QVERIFY2(ids.contains(id.toString()), qPrintable(it.key() + u": " + id.toString()));
    }

    void probeOutputs_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        const QJsonObject verdicts = readTree(ProbeVerdicts);
        QVERIFY(!verdicts.isEmpty());
        for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
            if (it.key().startsWith(u'_'))
                continue;
            const QJsonObject lists = it.value().toObject();
            const QJsonArray failing = lists.value(u"fail").toArray();
            const QJsonArray notApplicable = lists.value(u"not_applicable").toArray();
            for (const Rules::Rule &rule : std::as_const(m_rules)) {
                const QString expected = failing.contains(rule.id())         ? QStringLiteral("fail")
                                         : notApplicable.contains(rule.id()) ? QStringLiteral("not_applicable")
                                                                             : QStringLiteral("pass");
                QTest::addRow("%s %s", qPrintable(QFileInfo(it.key()).baseName()), qPrintable(rule.id()))
                    << it.key() << rule.id() << expected;
            }
        }
    }
    void probeOutputs()
    {
        QFETCH(QString, output);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        const QByteArray recorded = readData(output);
        QVERIFY2(!recorded.isEmpty(), qPrintable(output));
        const QJsonObject facts = Facts::WindowsFacts::parse(recorded);
        for (const Rules::Rule &candidate : std::as_const(m_rules)) {
            if (candidate.id() != rule)
                continue;
            const Finding finding = Rules::Evaluator::evaluate(facts, candidate);
            QVERIFY2(Finding::statusKey(finding.status()) == expected,
                     qPrintable(Finding::statusKey(finding.status()) + u": " + finding.evidence().join(u"; ")));
        }
    }

    // The hardened host passes every Windows rule: the rules do not contradict each other.
    void hardenedPassesEverything()
    {
        const QList<Finding> findings = Rules::Evaluator::evaluate(m_trees.value(FactFiles.at(1)), m_rules);
        QStringList notPassed;
        for (const Finding &finding : findings)
            if (finding.status() != Finding::Status::Pass)
                notPassed.append(finding.ruleId() + u' ' + Finding::statusKey(finding.status()));
        QVERIFY2(notPassed.isEmpty(), qPrintable(notPassed.join(u", ")));
    }

private:
    QList<Rules::Rule> m_rules;
    QHash<QString, QJsonObject> m_trees;
};

QTEST_GUILESS_MAIN(TestWindowsRules)
#include "tst_windowsrules.moc"
