// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Condition.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Evidence.h"
#include "core/rules/FactPath.h"
#include "core/rules/RuleCatalog.h"
#include "core/rules/YamlReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Bulwark::Rules;
using Status = Finding::Status;

namespace {

Condition condition(const QByteArray &yaml)
{
    const Bulwark::Result<QJsonValue> spec = YamlReader::parse(yaml, QStringLiteral("condition.yaml"));
    if (!spec.ok())
        qFatal("bad test YAML: %s", qPrintable(spec.error().toString()));
    const Bulwark::Result<Condition> parsed = Condition::parse(*spec);
    if (!parsed.ok())
        qFatal("bad test condition: %s", qPrintable(parsed.error().toString()));
    return *parsed;
}

// "MISSING" for an absent value, otherwise any JSON value ("\"text\"", "6", "[1,2]", "{}").
FactPath::Resolved value(const QByteArray &json)
{
    if (json == "MISSING")
        return {};
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    if (!document.isArray())
        qFatal("bad test JSON: %s", json.constData());
    const QJsonValue v = document.array().at(0);
    return {!v.isNull(), v};
}

Condition::Outcome evaluate(const Condition &c, const FactPath::Resolved &current, const QJsonObject &root = {})
{
    return c.evaluate(Condition::Input{current, QStringLiteral("x"), root, QString()});
}

QString describe(const Finding &finding)
{
    return Finding::statusKey(finding.status()) + QStringLiteral(": ") + finding.evidence().join(QStringLiteral(" | "));
}

QJsonObject readJson(const QString &name)
{
    QFile file(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/rules/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Replaces every scalar in `value` by something of another type, in turn: the "wrong type everywhere" fact tree.
QJsonValue confuse(const QJsonValue &value, int &counter)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = confuse(it.value(), counter);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = confuse(array.at(i), counter);
        return array;
    }
    switch (counter++ % 6) {
    case 0:
        return QJsonObject{{QStringLiteral("unexpected"), 1}};
    case 1:
        return QJsonArray{1, QStringLiteral("two"), QJsonObject()};
    case 2:
        return value.isDouble() ? QJsonValue(QStringLiteral("not a number")) : QJsonValue(12345.5);
    case 3:
        return value.isBool() ? QJsonValue(QStringLiteral("true")) : QJsonValue(true);
    case 4:
        return QJsonValue(QJsonValue::Null);
    default:
        return QJsonValue(QString(QChar(0x202E)) + QStringLiteral("\n\t\x01") + QString(300, u'x'));
    }
}

// Planted weaknesses of the lab VM (tests/lab/provision-guest.sh): each must fail.
QStringList labPlanted()
{
    return {
        QStringLiteral("BW-LNX-SVC-001"), // avahi-daemon enabled
        QStringLiteral("BW-LNX-SVC-002"), // cups enabled
        QStringLiteral("BW-LNX-ACS-001"), // PermitRootLogin yes with PasswordAuthentication yes
        QStringLiteral("BW-LNX-ACS-002"), // PermitRootLogin yes
        QStringLiteral("BW-LNX-ACS-003"), // PasswordAuthentication yes
        QStringLiteral("BW-LNX-ACS-020"), // labadmin ALL=(ALL) NOPASSWD: ALL
        QStringLiteral("BW-LNX-ACS-021"), // ... and any NOPASSWD
        QStringLiteral("BW-LNX-WEB-001"), // nginx TLSv1 and TLSv1.1
        QStringLiteral("BW-LNX-WEB-004"), // self-signed certificate
        QStringLiteral("BW-LNX-ENC-003"), // blank spare disk /dev/vdb
        QStringLiteral("BW-LNX-NET-001"), // no firewall
        QStringLiteral("BW-LNX-NET-003"), // nginx and avahi exposed without a firewall
        QStringLiteral("BW-LNX-LOG-004"), // no auditd
        QStringLiteral("BW-LNX-MAL-001"), // no ClamAV
    };
}

// Fine on the lab VM: must pass (a false alarm here would teach users to ignore Bulwark).
QStringList labFine()
{
    return {
        QStringLiteral("BW-LNX-SVC-003"), QStringLiteral("BW-LNX-SVC-004"), QStringLiteral("BW-LNX-SVC-005"),
        QStringLiteral("BW-LNX-SVC-006"), QStringLiteral("BW-LNX-SVC-007"), QStringLiteral("BW-LNX-SVC-008"),
        QStringLiteral("BW-LNX-SVC-009"), QStringLiteral("BW-LNX-SVC-010"), QStringLiteral("BW-LNX-SVC-011"),
        QStringLiteral("BW-LNX-SVC-012"), QStringLiteral("BW-LNX-SVC-013"), QStringLiteral("BW-LNX-SVC-014"),
        QStringLiteral("BW-LNX-SVC-015"), QStringLiteral("BW-LNX-ACC-001"), QStringLiteral("BW-LNX-ACC-002"),
        QStringLiteral("BW-LNX-ACC-003"), QStringLiteral("BW-LNX-ACC-004"), QStringLiteral("BW-LNX-ACS-004"),
        QStringLiteral("BW-LNX-ACS-011"), QStringLiteral("BW-LNX-ACS-012"), QStringLiteral("BW-LNX-ACS-013"),
        QStringLiteral("BW-LNX-ACS-014"), QStringLiteral("BW-LNX-ACS-015"), QStringLiteral("BW-LNX-ACS-016"),
        QStringLiteral("BW-LNX-ACS-017"), QStringLiteral("BW-LNX-ACS-022"), QStringLiteral("BW-LNX-ACS-023"),
        QStringLiteral("BW-LNX-ACS-025"), QStringLiteral("BW-LNX-INT-003"), QStringLiteral("BW-LNX-INT-004"),
        QStringLiteral("BW-LNX-INT-005"), QStringLiteral("BW-LNX-INT-006"), QStringLiteral("BW-LNX-INT-008"),
        QStringLiteral("BW-LNX-INT-009"), QStringLiteral("BW-LNX-NET-004"), QStringLiteral("BW-LNX-NET-005"),
        QStringLiteral("BW-LNX-NET-006"), QStringLiteral("BW-LNX-NET-007"), QStringLiteral("BW-LNX-NET-008"),
        QStringLiteral("BW-LNX-NET-011"), QStringLiteral("BW-LNX-NET-013"), QStringLiteral("BW-LNX-NET-014"),
        QStringLiteral("BW-LNX-NET-015"), QStringLiteral("BW-LNX-UPD-005"), QStringLiteral("BW-LNX-WEB-003"),
        QStringLiteral("BW-LNX-WEB-005"),
    };
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void examples_data();
    void examples();
    void absentFactsGiveUnknown_data();
    void absentFactsGiveUnknown();
    void operators_data();
    void operators();
    void factPaths_data();
    void factPaths();
    void invalidFactPaths_data();
    void invalidFactPaths();
    void conditionWithOwnFact();
    void evidenceNamesOffendingItems();
    void evidenceForUnknownNamesTheMissingFact();
    void notApplicableWinsOverUnknown();
    void hugeListIsCappedAndFast();
    void wrongTypesEverywhereDoNotCrash();
    void deepNestingDoesNotCrash();
    void hostileStringsAreSanitised();
    void deepConditionIsRefused();
    void labVm();
    void realProbeOutput_data();
    void realProbeOutput();

private:
    RuleCatalog m_catalog;
};

void TestRuleEvaluator::initTestCase()
{
    Bulwark::Result<RuleCatalog> catalog = RuleCatalog::loadBuiltIn();
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().toString()));
    m_catalog = *catalog;
}

// Every shipped rule's examples: pass -> pass, fail -> fail, notApplicable -> not_applicable. One row per example.
void TestRuleEvaluator::examples_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("facts");
    QTest::addColumn<int>("expected");
    for (const Rule &rule : m_catalog.rules()) {
        const Rule::Examples &examples = rule.examples();
        auto add = [&](const QList<QJsonObject> &trees, const char *kind, Status status) {
            for (qsizetype i = 0; i < trees.size(); ++i)
                QTest::addRow("%s %s%s", qPrintable(rule.id()), kind,
                              trees.size() > 1 ? qPrintable(QStringLiteral(" #%1").arg(i + 1)) : "")
                    << rule.id() << trees.at(i) << int(status);
        };
        add(examples.pass, "pass", Status::Pass);
        add(examples.fail, "fail", Status::Fail);
        add(examples.notApplicable, "not_applicable", Status::NotApplicable);
    }
}

void TestRuleEvaluator::examples()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, facts);
    QFETCH(int, expected);
    const Finding finding = Evaluator::evaluate(facts, *m_catalog.rule(id));
    QVERIFY2(finding.status() == Status(expected), qPrintable(describe(finding)));
    QCOMPARE(finding.ruleId(), id);
    if (finding.status() == Status::Fail)
        QVERIFY2(!finding.evidence().isEmpty(), "a failure must say why");
}

void TestRuleEvaluator::absentFactsGiveUnknown_data()
{
    QTest::addColumn<QString>("id");
    for (const Rule &rule : m_catalog.rules())
        QTest::newRow(qPrintable(rule.id())) << rule.id();
}

// An empty fact tree (the probe reported nothing) never passes or fails a rule.
void TestRuleEvaluator::absentFactsGiveUnknown()
{
    QFETCH(QString, id);
    const Finding finding = Evaluator::evaluate(QJsonObject(), *m_catalog.rule(id));
    QVERIFY2(finding.status() == Status::Unknown, qPrintable(describe(finding)));
    QVERIFY(!finding.evidence().isEmpty());
}

void TestRuleEvaluator::operators_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    const QString t = QStringLiteral("true");
    const QString f = QStringLiteral("false");
    const QString u = QStringLiteral("unknown");

    QTest::newRow("equals text") << QByteArray("{equals: \"no\"}") << QByteArray("\"no\"") << t;
    QTest::newRow("equals text differs") << QByteArray("{equals: \"no\"}") << QByteArray("\"yes\"") << f;
    QTest::newRow("equals is case-sensitive") << QByteArray("{equals: no}") << QByteArray("\"No\"") << f;
    QTest::newRow("equals number vs numeric text") << QByteArray("{equals: 6}") << QByteArray("\"6\"") << t;
    QTest::newRow("equals numeric text vs number") << QByteArray("{equals: \"2\"}") << QByteArray("2") << t;
    QTest::newRow("equals number vs other text") << QByteArray("{equals: 6}") << QByteArray("\"six\"") << f;
    QTest::newRow("equals bool vs text") << QByteArray("{equals: true}") << QByteArray("\"true\"") << f;
    QTest::newRow("equals bool") << QByteArray("{equals: false}") << QByteArray("false") << t;
    QTest::newRow("equals on list") << QByteArray("{equals: a}") << QByteArray("[\"a\"]") << u;
    QTest::newRow("equals on object") << QByteArray("{equals: a}") << QByteArray("{}") << u;
    QTest::newRow("equals missing") << QByteArray("{equals: a}") << QByteArray("MISSING") << u;
    QTest::newRow("equals null") << QByteArray("{equals: a}") << QByteArray("null") << u;
    QTest::newRow("notEquals") << QByteArray("{notEquals: none}") << QByteArray("\"/etc/issue.net\"") << t;
    QTest::newRow("notEquals same") << QByteArray("{notEquals: none}") << QByteArray("\"none\"") << f;
    QTest::newRow("notEquals missing") << QByteArray("{notEquals: none}") << QByteArray("MISSING") << u;
    QTest::newRow("in") << QByteArray("{in: [INFO, VERBOSE]}") << QByteArray("\"VERBOSE\"") << t;
    QTest::newRow("in absent") << QByteArray("{in: [INFO, VERBOSE]}") << QByteArray("\"QUIET\"") << f;
    QTest::newRow("in numbers") << QByteArray("{in: [1, 2]}") << QByteArray("\"2\"") << t;
    QTest::newRow("in on list") << QByteArray("{in: [a]}") << QByteArray("[\"a\"]") << u;
    QTest::newRow("notIn") << QByteArray("{notIn: [yes]}") << QByteArray("\"no\"") << t;
    QTest::newRow("notIn present") << QByteArray("{notIn: [yes]}") << QByteArray("\"yes\"") << f;
    QTest::newRow("min") << QByteArray("{min: 1}") << QByteArray("1") << t;
    QTest::newRow("min below") << QByteArray("{min: 1}") << QByteArray("0") << f;
    QTest::newRow("min numeric text") << QByteArray("{min: 1}") << QByteArray("\" 300 \"") << t;
    QTest::newRow("max") << QByteArray("{max: 4}") << QByteArray("\"6\"") << f;
    QTest::newRow("max negative") << QByteArray("{max: 14}") << QByteArray("-3") << t;
    QTest::newRow("max on text") << QByteArray("{max: 4}") << QByteArray("\"lots\"") << u;
    QTest::newRow("max on bool") << QByteArray("{max: 4}") << QByteArray("true") << u;
    QTest::newRow("max on inf text") << QByteArray("{max: 4}") << QByteArray("\"inf\"") << u;
    QTest::newRow("max on huge text") << QByteArray("{max: 4}") << QByteArray("\"1e400\"") << u;
    QTest::newRow("min on list") << QByteArray("{min: 1}") << QByteArray("[5]") << u;
    QTest::newRow("isTrue") << QByteArray("isTrue") << QByteArray("true") << t;
    QTest::newRow("isTrue false") << QByteArray("isTrue") << QByteArray("false") << f;
    QTest::newRow("isTrue map form") << QByteArray("{isTrue: true}") << QByteArray("true") << t;
    QTest::newRow("isTrue on text") << QByteArray("isTrue") << QByteArray("\"true\"") << u;
    QTest::newRow("isTrue on number") << QByteArray("isTrue") << QByteArray("1") << u;
    QTest::newRow("isFalse") << QByteArray("isFalse") << QByteArray("false") << t;
    QTest::newRow("isFalse missing") << QByteArray("isFalse") << QByteArray("MISSING") << u;
    QTest::newRow("empty list") << QByteArray("empty") << QByteArray("[]") << t;
    QTest::newRow("empty list not") << QByteArray("empty") << QByteArray("[\"/dev/vdb\"]") << f;
    QTest::newRow("empty text") << QByteArray("empty") << QByteArray("\"\"") << t;
    QTest::newRow("empty object") << QByteArray("empty") << QByteArray("{}") << t;
    QTest::newRow("empty on number") << QByteArray("empty") << QByteArray("0") << u;
    QTest::newRow("notEmpty") << QByteArray("notEmpty") << QByteArray("[1]") << t;
    QTest::newRow("notEmpty empty") << QByteArray("notEmpty") << QByteArray("[]") << f;
    QTest::newRow("exists") << QByteArray("exists") << QByteArray("0") << t;
    QTest::newRow("exists missing") << QByteArray("exists") << QByteArray("MISSING") << f;
    QTest::newRow("contains") << QByteArray("{contains: fail2ban}") << QByteArray("[\"aide\", \"fail2ban\"]") << t;
    QTest::newRow("contains not") << QByteArray("{contains: fail2ban}") << QByteArray("[\"aide\"]") << f;
    QTest::newRow("contains all of a list") << QByteArray("{contains: [a, b]}") << QByteArray("[\"a\"]") << f;
    QTest::newRow("contains text") << QByteArray("{contains: cbc}") << QByteArray("\"aes128-cbc,aes128-ctr\"") << t;
    QTest::newRow("contains with junk elements") << QByteArray("{contains: a}") << QByteArray("[{}, [1]]") << u;
    QTest::newRow("contains junk but found") << QByteArray("{contains: a}") << QByteArray("[{}, \"a\"]") << t;
    QTest::newRow("contains on number") << QByteArray("{contains: a}") << QByteArray("5") << u;
    QTest::newRow("notContains") << QByteArray("{notContains: [telnet, rsh-client]}") << QByteArray("[\"sudo\"]") << t;
    QTest::newRow("notContains found") << QByteArray("{notContains: [telnet, rsh-client]}")
                                       << QByteArray("[\"sudo\", \"telnet\"]") << f;
    QTest::newRow("notContains junk") << QByteArray("{notContains: telnet}") << QByteArray("[{}]") << u;
    QTest::newRow("matches") << QByteArray("{matches: '^(?i)prod$'}") << QByteArray("\"Prod\"") << t;
    QTest::newRow("matches not") << QByteArray("{matches: '^prod$'}") << QByteArray("\"Full\"") << f;
    QTest::newRow("matches number") << QByteArray("{matches: '^27$'}") << QByteArray("27") << t;
    QTest::newRow("matches list any") << QByteArray("{matches: '^logfile='}")
                                      << QByteArray("[\"env_reset\", \"logfile=/var/log/sudo.log\"]") << t;
    QTest::newRow("matches list none") << QByteArray("{matches: '^logfile='}") << QByteArray("[\"env_reset\"]") << f;
    QTest::newRow("matches empty list") << QByteArray("{matches: x}") << QByteArray("[]") << f;
    QTest::newRow("matches list of junk") << QByteArray("{matches: x}") << QByteArray("[{}]") << u;
    QTest::newRow("matches object") << QByteArray("{matches: x}") << QByteArray("{}") << u;
    QTest::newRow("not matches") << QByteArray("{not: {matches: '(?<![^,])aes128-cbc(?![^,])'}}")
                                 << QByteArray("\"aes128-ctr,aes128-cbc\"") << f;
    QTest::newRow("not matches suffix is no match")
        << QByteArray("{not: {matches: '(?<![^,])aes128-cbc(?![^,])'}}") << QByteArray("\"aes128-cbc-x\"") << t;
    QTest::newRow("not unknown") << QByteArray("{not: isTrue}") << QByteArray("MISSING") << u;
    QTest::newRow("noneWhere") << QByteArray("{noneWhere: {name: telnet}}") << QByteArray("[{\"name\": \"ssh\"}]") << t;
    QTest::newRow("noneWhere hit") << QByteArray("{noneWhere: {name: telnet}}")
                                   << QByteArray("[{\"name\": \"ssh\"}, {\"name\": \"telnet\"}]") << f;
    QTest::newRow("noneWhere empty list") << QByteArray("{noneWhere: {name: telnet}}") << QByteArray("[]") << t;
    QTest::newRow("noneWhere list of values")
        << QByteArray("{noneWhere: {port: [21, 23]}}") << QByteArray("[{\"port\": 23}]") << f;
    QTest::newRow("noneWhere all fields") << QByteArray("{noneWhere: {nopasswd: true, allCommands: true}}")
                                          << QByteArray("[{\"nopasswd\": true, \"allCommands\": false}]") << t;
    QTest::newRow("noneWhere missing field")
        << QByteArray("{noneWhere: {password: empty}}") << QByteArray("[{\"name\": \"root\"}]") << u;
    QTest::newRow("noneWhere missing field, other false")
        << QByteArray("{noneWhere: {name: avahi, active: active}}") << QByteArray("[{\"name\": \"ssh\"}]") << t;
    QTest::newRow("noneWhere ifMissing") << QByteArray(
                                                "{noneWhere: {name: a, active: {in: [active], ifMissing: false}}}")
                                         << QByteArray("[{\"name\": \"a\"}]") << t;
    QTest::newRow("noneWhere one hit beats unknown")
        << QByteArray("{noneWhere: {password: empty}}") << QByteArray("[{\"name\": \"a\"}, {\"password\": \"empty\"}]")
        << f;
    QTest::newRow("noneWhere not") << QByteArray("{noneWhere: {uid: 0, not: {name: root}}}")
                                   << QByteArray("[{\"name\": \"root\", \"uid\": 0}]") << t;
    QTest::newRow("noneWhere not hit") << QByteArray("{noneWhere: {uid: 0, not: {name: root}}}")
                                       << QByteArray("[{\"name\": \"toor\", \"uid\": 0}]") << f;
    QTest::newRow("noneWhere anyOf") << QByteArray("{noneWhere: {anyOf: [{a: 1}, {b: 1}]}}")
                                     << QByteArray("[{\"a\": 0, \"b\": 1}]") << f;
    QTest::newRow("noneWhere condition field") << QByteArray("{noneWhere: {daysLeft: {max: 14}}}")
                                               << QByteArray("[{\"daysLeft\": 90}, {\"daysLeft\": 3}]") << f;
    QTest::newRow("noneWhere dotted field")
        << QByteArray("{noneWhere: {a.b: 1}}") << QByteArray("[{\"a\": {\"b\": 1}}]") << f;
    QTest::newRow("noneWhere on object") << QByteArray("{noneWhere: {a: 1}}") << QByteArray("{}") << u;
    QTest::newRow("noneWhere scalar elements") << QByteArray("{noneWhere: {a: 1}}") << QByteArray("[1, 2]") << u;
    QTest::newRow("anyWhere") << QByteArray("{anyWhere: {name: root, password: [locked, none]}}")
                              << QByteArray("[{\"name\": \"root\", \"password\": \"locked\"}]") << t;
    QTest::newRow("anyWhere none") << QByteArray("{anyWhere: {name: root, password: [locked, none]}}")
                                   << QByteArray("[{\"name\": \"root\", \"password\": \"set\"}]") << f;
    QTest::newRow("anyWhere empty") << QByteArray("{anyWhere: {name: root}}") << QByteArray("[]") << f;
    QTest::newRow("allOf") << QByteArray("{allOf: [{min: 1}, {max: 60}]}") << QByteArray("30") << t;
    QTest::newRow("allOf false") << QByteArray("{allOf: [{min: 1}, {max: 60}]}") << QByteArray("120") << f;
    QTest::newRow("allOf false beats unknown")
        << QByteArray("{allOf: [{max: 60}, {fact: nothing, isTrue: true}]}") << QByteArray("120") << f;
    QTest::newRow("allOf true and unknown")
        << QByteArray("{allOf: [{max: 60}, {fact: nothing, isTrue: true}]}") << QByteArray("30") << u;
    QTest::newRow("anyOf true beats unknown")
        << QByteArray("{anyOf: [{max: 60}, {fact: nothing, isTrue: true}]}") << QByteArray("30") << t;
    QTest::newRow("anyOf false and unknown")
        << QByteArray("{anyOf: [{max: 60}, {fact: nothing, isTrue: true}]}") << QByteArray("120") << u;
    QTest::newRow("anyOf all false") << QByteArray("{anyOf: [{equals: a}, {equals: b}]}") << QByteArray("\"c\"") << f;
    QTest::newRow("ifMissing true") << QByteArray("{equals: 0, ifMissing: true}") << QByteArray("MISSING") << t;
    QTest::newRow("ifMissing false") << QByteArray("{equals: 0, ifMissing: false}") << QByteArray("null") << f;
    QTest::newRow("ifMissing present") << QByteArray("{equals: 0, ifMissing: true}") << QByteArray("\"1\"") << f;
    QTest::newRow("ifMissing does not cover wrong type")
        << QByteArray("{equals: 0, ifMissing: true}") << QByteArray("[0]") << u;
}

void TestRuleEvaluator::operators()
{
    QFETCH(QByteArray, condition);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const Condition::Outcome outcome = evaluate(::condition(condition), ::value(value));
    QVERIFY2(Condition::truthKey(outcome.truth) == expected,
             qPrintable(Condition::truthKey(outcome.truth) + QStringLiteral(": ") +
                        outcome.evidence.join(QStringLiteral(" | "))));
    QVERIFY(!outcome.evidence.isEmpty());
}

void TestRuleEvaluator::factPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QByteArray>("expected"); // JSON, or MISSING

    const QByteArray tree = R"json({
        "sshd": {"effective": {"permitrootlogin": "no"}},
        "kernel": {"sysctl": {"net.ipv4.ip_forward": "0"}},
        "services": [{"name": "a", "x": {"y": 1}}, {"name": "b"}, {"x": {"y": 2}}, null],
        "nested": [[1, 2], [3], 4],
        "nothing": null
    })json";
    QTest::newRow("member") << QStringLiteral("sshd.effective.permitrootlogin") << tree << QByteArray("\"no\"");
    QTest::newRow("object") << QStringLiteral("sshd.effective") << tree << QByteArray("{\"permitrootlogin\": \"no\"}");
    QTest::newRow("missing") << QStringLiteral("sshd.effective.banner") << tree << QByteArray("MISSING");
    QTest::newRow("missing parent") << QStringLiteral("web.nginx.installed") << tree << QByteArray("MISSING");
    QTest::newRow("null") << QStringLiteral("nothing") << tree << QByteArray("MISSING");
    QTest::newRow("through a scalar") << QStringLiteral("sshd.effective.permitrootlogin.x") << tree
                                      << QByteArray("MISSING");
    QTest::newRow("quoted key") << QStringLiteral("kernel.sysctl[\"net.ipv4.ip_forward\"]") << tree
                                << QByteArray("\"0\"");
    QTest::newRow("single-quoted key") << QStringLiteral("kernel.sysctl['net.ipv4.ip_forward']") << tree
                                       << QByteArray("\"0\"");
    QTest::newRow("dotted key unquoted is a path")
        << QStringLiteral("kernel.sysctl.net.ipv4.ip_forward") << tree << QByteArray("MISSING");
    QTest::newRow("list") << QStringLiteral("services[]") << tree
                          << QByteArray(
                                 "[{\"name\": \"a\", \"x\": {\"y\": 1}}, {\"name\": \"b\"}, {\"x\": {\"y\": 2}}]");
    QTest::newRow("projection") << QStringLiteral("services[].name") << tree << QByteArray("[\"a\", \"b\"]");
    QTest::newRow("deep projection") << QStringLiteral("services[].x.y") << tree << QByteArray("[1, 2]");
    QTest::newRow("projection of nothing") << QStringLiteral("services[].none") << tree << QByteArray("[]");
    QTest::newRow("flatten") << QStringLiteral("nested[][]") << tree << QByteArray("[1, 2, 3]");
    QTest::newRow("[] on an object") << QStringLiteral("sshd[]") << tree << QByteArray("MISSING");
    QTest::newRow("projection root missing") << QStringLiteral("absent[].name") << tree << QByteArray("MISSING");
}

void TestRuleEvaluator::factPaths()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, facts);
    QFETCH(QByteArray, expected);
    QString error;
    const std::optional<FactPath> parsed = FactPath::parse(path, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toString(), path);
    const FactPath::Resolved resolved = parsed->resolve(QJsonDocument::fromJson(facts).object());
    const FactPath::Resolved want = value(expected);
    QCOMPARE(resolved.present, want.present);
    if (want.present)
        QCOMPARE(resolved.value, want.value);
}

void TestRuleEvaluator::invalidFactPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("leading dot") << QStringLiteral(".a");
    QTest::newRow("trailing dot") << QStringLiteral("a.");
    QTest::newRow("double dot") << QStringLiteral("a..b");
    QTest::newRow("space") << QStringLiteral("a b");
    QTest::newRow("leading []") << QStringLiteral("[]");
    QTest::newRow("bad bracket") << QStringLiteral("a[0]");
    QTest::newRow("unterminated") << QStringLiteral("a[\"b");
    QTest::newRow("empty quoted") << QStringLiteral("a[\"\"]");
    QTest::newRow("name after bracket") << QStringLiteral("a[]b");
    QTest::newRow("too long") << QString(600, u'a');
    QTest::newRow("control character") << QStringLiteral("a\nb");
}

void TestRuleEvaluator::invalidFactPaths()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!FactPath::parse(path, &error));
    QVERIFY(!error.isEmpty());
}

void TestRuleEvaluator::conditionWithOwnFact()
{
    const Condition c = condition("{allOf: [{equals: \"yes\"}, {fact: 'kernel.sysctl[\"a.b\"]', equals: 1}]}");
    QJsonObject root{
        {QStringLiteral("kernel"),
         QJsonObject{{QStringLiteral("sysctl"), QJsonObject{{QStringLiteral("a.b"), QStringLiteral("1")}}}}}};
    QCOMPARE(evaluate(c, value("\"yes\""), root).truth, Condition::Truth::True);
    root = QJsonObject{
        {QStringLiteral("kernel"),
         QJsonObject{{QStringLiteral("sysctl"), QJsonObject{{QStringLiteral("a.b"), QStringLiteral("0")}}}}}};
    const Condition::Outcome outcome = evaluate(c, value("\"yes\""), root);
    QCOMPARE(outcome.truth, Condition::Truth::False);
    QVERIFY(outcome.evidence.join(u' ').contains(QStringLiteral("kernel.sysctl[\"a.b\"] = 0")));
}

void TestRuleEvaluator::evidenceNamesOffendingItems()
{
    const QJsonObject lab = readJson(QStringLiteral("lab-debian12.json"));
    const Finding sudo = Evaluator::evaluate(lab, *m_catalog.rule(QStringLiteral("BW-LNX-ACS-020")));
    QCOMPARE(sudo.status(), Status::Fail);
    QCOMPARE(sudo.evidence(),
             QStringList{QStringLiteral("/etc/sudoers.d/90-labadmin:1: labadmin ALL=(ALL) NOPASSWD: ALL")});

    const Finding root = Evaluator::evaluate(lab, *m_catalog.rule(QStringLiteral("BW-LNX-ACS-001")));
    QCOMPARE(root.status(), Status::Fail);
    QVERIFY2(root.evidence().contains(QStringLiteral("sshd.effective.permitrootlogin = yes")),
             qPrintable(describe(root)));
    QVERIFY(root.evidence().contains(QStringLiteral("sshd.effective.passwordauthentication = yes")));

    const Finding tls = Evaluator::evaluate(lab, *m_catalog.rule(QStringLiteral("BW-LNX-WEB-001")));
    QCOMPARE(tls.evidence(), (QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1")}));

    const Finding avahi = Evaluator::evaluate(lab, *m_catalog.rule(QStringLiteral("BW-LNX-SVC-001")));
    QVERIFY2(avahi.evidence().contains(QStringLiteral("avahi-daemon.service (enabled: enabled, active: active)")),
             qPrintable(describe(avahi)));
    QVERIFY(avahi.evidence().contains(QStringLiteral("avahi-daemon.socket (enabled: enabled, active: active)")));

    const Finding exposed = Evaluator::evaluate(lab, *m_catalog.rule(QStringLiteral("BW-LNX-NET-003")));
    QVERIFY2(exposed.evidence().contains(QStringLiteral("tcp 0.0.0.0:443 (nginx)")), qPrintable(describe(exposed)));
    QVERIFY(!exposed.evidence().join(u' ').contains(QStringLiteral(":22 ")));
    QVERIFY(!exposed.evidence().join(u' ').contains(QStringLiteral("631")));

    const Finding ciphers = Evaluator::evaluate(
        QJsonObject{
            {QStringLiteral("sshd"), QJsonObject{{QStringLiteral("available"), true},
                                                 {QStringLiteral("effective"),
                                                  QJsonObject{{QStringLiteral("ciphers"),
                                                               QStringLiteral("aes128-ctr,aes128-cbc,3des-cbc")}}}}}},
        *m_catalog.rule(QStringLiteral("BW-LNX-ACS-011")));
    QCOMPARE(ciphers.status(), Status::Fail);
    QCOMPARE(ciphers.evidence(), (QStringList{QStringLiteral("sshd.effective.ciphers has \"aes128-cbc\""),
                                              QStringLiteral("sshd.effective.ciphers has \"3des-cbc\"")}));
}

void TestRuleEvaluator::evidenceForUnknownNamesTheMissingFact()
{
    const Finding finding = Evaluator::evaluate(QJsonObject(), *m_catalog.rule(QStringLiteral("BW-LNX-UPD-001")));
    QCOMPARE(finding.status(), Status::Unknown);
    QCOMPARE(finding.evidence(), QStringList{QStringLiteral("updates.security: not reported")});
}

void TestRuleEvaluator::notApplicableWinsOverUnknown()
{
    // Two applies conditions: the first cannot be evaluated, the second is false -> not applicable.
    const QJsonObject facts{{QStringLiteral("web"), QJsonObject{{QStringLiteral("nginx"),
                                                                 QJsonObject{{QStringLiteral("installed"), false}}}}}};
    const Finding finding = Evaluator::evaluate(facts, *m_catalog.rule(QStringLiteral("BW-LNX-WEB-001")));
    QCOMPARE(finding.status(), Status::NotApplicable);
    QVERIFY(finding.evidence().contains(QStringLiteral("web.nginx.installed = false")));
}

void TestRuleEvaluator::hugeListIsCappedAndFast()
{
    QJsonArray services;
    for (int i = 0; i < 200000; ++i)
        services.append(
            QJsonObject{{QStringLiteral("unit"), QStringLiteral("svc%1.service").arg(i)},
                        {QStringLiteral("name"), i % 2 ? QStringLiteral("avahi-daemon") : QStringLiteral("x")},
                        {QStringLiteral("enabled"), QStringLiteral("enabled")},
                        {QStringLiteral("active"), QStringLiteral("active")}});
    const QJsonObject facts{{QStringLiteral("services"), services}, {QStringLiteral("sockets"), QJsonArray()}};
    QElapsedTimer timer;
    timer.start();
    const Finding finding = Evaluator::evaluate(facts, *m_catalog.rule(QStringLiteral("BW-LNX-SVC-001")));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finding.status(), Status::Fail);
    QCOMPARE(finding.evidence().size(), Evidence::MaxItems + 1);
    QCOMPARE(finding.evidence().constLast(), QStringLiteral("… and 99980 more"));
}

// Every shipped rule, against every one of its examples with every scalar replaced by a value of another type
// (objects, lists, numbers for text, text for numbers, null, control characters): no crash, bounded and sanitised
// evidence.
void TestRuleEvaluator::wrongTypesEverywhereDoNotCrash()
{
    int counter = 0;
    for (int round = 0; round < 6; ++round) {
        for (const Rule &rule : m_catalog.rules()) {
            QList<QJsonObject> trees = rule.examples().pass + rule.examples().fail;
            for (const QJsonObject &tree : std::as_const(trees)) {
                counter = round;
                const QJsonObject confused = confuse(tree, counter).toObject();
                const Finding finding = Evaluator::evaluate(confused, rule);
                QVERIFY(finding.evidence().size() <= Evidence::MaxItems + 1);
                for (const QString &line : finding.evidence()) {
                    QVERIFY(line.size() < 1000);
                    QVERIFY(!line.contains(u'\n'));
                    QVERIFY(!line.contains(QChar(0x202E)));
                }
            }
        }
    }
}

void TestRuleEvaluator::deepNestingDoesNotCrash()
{
    // A fact tree 5000 levels deep where a rule expects a scalar, and inside list elements.
    QJsonValue deep = QStringLiteral("bottom");
    for (int i = 0; i < 5000; ++i)
        deep = QJsonObject{{QStringLiteral("d"), deep}};
    QJsonObject sshd{{QStringLiteral("available"), true},
                     {QStringLiteral("effective"), QJsonObject{{QStringLiteral("permitrootlogin"), deep}}}};
    const Finding root = Evaluator::evaluate(QJsonObject{{QStringLiteral("sshd"), sshd}},
                                             *m_catalog.rule(QStringLiteral("BW-LNX-ACS-002")));
    QCOMPARE(root.status(), Status::Unknown);

    const QJsonObject facts{{QStringLiteral("sudoers"),
                             QJsonObject{{QStringLiteral("rules"),
                                          QJsonArray{QJsonObject{{QStringLiteral("nopasswd"), true},
                                                                 {QStringLiteral("allCommands"), true},
                                                                 {QStringLiteral("text"), deep},
                                                                 {QStringLiteral("file"), QJsonArray{deep, deep}}}}}}}};
    const Finding sudo = Evaluator::evaluate(facts, *m_catalog.rule(QStringLiteral("BW-LNX-ACS-020")));
    QCOMPARE(sudo.status(), Status::Fail);
    QVERIFY(sudo.evidence().constFirst().size() < 300);
}

void TestRuleEvaluator::hostileStringsAreSanitised()
{
    const QString hostile = QStringLiteral("evil\nFAKE: all clear\t") + QChar(0x202E) + QStringLiteral("txt.exe") +
                            QChar(0x200B) + QChar(0x07) + QString(5000, u'A');
    const QJsonObject facts{{QStringLiteral("storage"),
                             QJsonObject{{QStringLiteral("blankDisks"), QJsonArray{hostile, 42, QJsonObject()}}}}};
    const Finding finding = Evaluator::evaluate(facts, *m_catalog.rule(QStringLiteral("BW-LNX-ENC-003")));
    QCOMPARE(finding.status(), Status::Fail);
    QCOMPARE(finding.evidence().size(), 3);
    const QString first = finding.evidence().constFirst();
    QVERIFY(first.startsWith(QStringLiteral("evil FAKE: all clear \uFFFDtxt.exe\uFFFD\uFFFDAAA")));
    QVERIFY(first.size() <= Evidence::MaxTextLength + 1);
    QVERIFY(first.endsWith(QChar(0x2026)));
    QCOMPARE(finding.evidence().at(1), QStringLiteral("42"));

    // A lone surrogate and an unassigned code point.
    QCOMPARE(Evidence::sanitize(QString(QChar(0xD800)) + QStringLiteral("a")), QStringLiteral("\uFFFDa"));
}

void TestRuleEvaluator::deepConditionIsRefused()
{
    QJsonValue spec = QStringLiteral("isTrue");
    for (int i = 0; i < 40; ++i)
        spec = QJsonObject{{QStringLiteral("not"), spec}};
    const Bulwark::Result<Condition> parsed = Condition::parse(spec);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message().contains(QStringLiteral("deeper")));

    QJsonValue within = QStringLiteral("isTrue");
    for (int i = 0; i < 20; ++i)
        within = QJsonObject{{QStringLiteral("not"), within}};
    QVERIFY(Condition::parse(within).ok());
}

// The lab VM (tests/lab/provision-guest.sh), as a fact tree: every planted weakness fails, the things that are fine
// there pass, and the complete list of failures is pinned so a change in any rule's verdict on the lab is deliberate.
void TestRuleEvaluator::labVm()
{
    const QJsonObject lab = readJson(QStringLiteral("lab-debian12.json"));
    QVERIFY(!lab.isEmpty());
    const QList<Finding> findings = Evaluator::evaluate(lab, m_catalog.rules(Platform::Linux));

    QMap<QString, Status> status;
    for (const Finding &finding : findings)
        status.insert(finding.ruleId(), finding.status());

    const QStringList planted = labPlanted();
    const QStringList fine = labFine();
    // Genuine weaknesses of a stock Debian 12 minbase install that the lab also has.
    const QStringList stock = {
        QStringLiteral("BW-LNX-ACC-005"), // root has a password while sudo admins exist
        QStringLiteral("BW-LNX-ACC-006"), // PASS_MAX_DAYS 99999
        QStringLiteral("BW-LNX-ACC-007"), // no pam_pwquality
        QStringLiteral("BW-LNX-ACC-008"), // no pam_faillock
        QStringLiteral("BW-LNX-ACC-009"), // UMASK 022
        QStringLiteral("BW-LNX-ACS-005"), // MaxAuthTries 6
        QStringLiteral("BW-LNX-ACS-006"), // LoginGraceTime 120
        QStringLiteral("BW-LNX-ACS-007"), // X11Forwarding yes (Debian's sshd_config)
        QStringLiteral("BW-LNX-ACS-008"), // AllowTcpForwarding yes
        QStringLiteral("BW-LNX-ACS-009"), // ClientAliveInterval 0
        QStringLiteral("BW-LNX-ACS-010"), // no banner
        QStringLiteral("BW-LNX-ACS-018"), // no second factor
        QStringLiteral("BW-LNX-ACS-019"), // passwords accepted and no fail2ban
        QStringLiteral("BW-LNX-ACS-024"), // no sudo log file
        QStringLiteral("BW-LNX-ENC-001"), // / not encrypted
        QStringLiteral("BW-LNX-ENC-002"), // root not encrypted
        QStringLiteral("BW-LNX-INT-001"), // no file integrity monitoring
        QStringLiteral("BW-LNX-INT-002"), // AppArmor on but no profiles loaded (apparmor package absent)
        QStringLiteral("BW-LNX-INT-007"), // kernel.yama.ptrace_scope 0 (Debian default)
        QStringLiteral("BW-LNX-LOG-001"), // Storage=volatile, no rsyslog
        QStringLiteral("BW-LNX-LOG-002"), // no remote logging
        QStringLiteral("BW-LNX-LOG-003"), // sudo not logged durably
        QStringLiteral("BW-LNX-LOG-007"), // no time synchronisation
        QStringLiteral("BW-LNX-MAL-004"), // no IDS
        QStringLiteral("BW-LNX-NET-009"), // send_redirects 1
        QStringLiteral("BW-LNX-NET-010"), // accept_redirects 1
        QStringLiteral("BW-LNX-NET-012"), // rp_filter 0/2
        QStringLiteral("BW-LNX-NET-016"), // log_martians 0
        QStringLiteral("BW-LNX-UPD-003"), // no unattended-upgrades
        QStringLiteral("BW-LNX-WEB-002"), // server_tokens on
    };

    for (const QString &id : planted)
        QVERIFY2(status.value(id, Status::Unknown) == Status::Fail, qPrintable(id));
    for (const QString &id : fine)
        QVERIFY2(status.value(id, Status::Unknown) == Status::Pass, qPrintable(id));

    QStringList failing;
    for (auto it = status.begin(); it != status.end(); ++it)
        if (it.value() == Status::Fail)
            failing.append(it.key());
    QStringList expectedFailing = planted + stock;
    expectedFailing.sort();
    failing.sort();
    QCOMPARE(failing, expectedFailing);
}

// Real probe output (golden files of the facts parser, tests/data/facts/linux/*.json, owned by the probe): every
// rule evaluates; the lab VM's planted weaknesses fail and its fine settings pass; and a scan without root (the
// unprivileged golden) must never turn a fine setting into a failure: what cannot be read is unknown, not failed.
void TestRuleEvaluator::realProbeOutput_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no facts golden files yet");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestRuleEvaluator::realProbeOutput()
{
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QJsonObject facts = QJsonDocument::fromJson(input.readAll()).object();
    QVERIFY(!facts.isEmpty());
    const QList<Finding> findings = Evaluator::evaluate(facts, m_catalog.rules(Platform::Linux));
    QCOMPARE(findings.size(), m_catalog.rules(Platform::Linux).size());

    QMap<QString, Finding> byId;
    for (const Finding &finding : findings)
        byId.insert(finding.ruleId(), finding);
    const QString name = QFileInfo(file).completeBaseName();
    if (!name.startsWith(QStringLiteral("lab-debian12")))
        return;
    for (const QString &id : labFine())
        QVERIFY2(byId.value(id).status() != Status::Fail,
                 qPrintable(id + QStringLiteral(" ") + describe(byId.value(id))));
    if (name != QStringLiteral("lab-debian12"))
        return;
    for (const QString &id : labPlanted()) {
        const Finding finding = byId.value(id);
        // The certificate facts (web.nginx.certificates) are requested from the probe; until then: unknown.
        if (id == u"BW-LNX-WEB-004" && !facts.value(QStringLiteral("web"))
                                            .toObject()
                                            .value(QStringLiteral("nginx"))
                                            .toObject()
                                            .contains(QStringLiteral("certificates"))) {
            QCOMPARE(finding.status(), Status::Unknown);
            continue;
        }
        QVERIFY2(finding.status() == Status::Fail, qPrintable(id + QStringLiteral(" ") + describe(finding)));
    }
}

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "tst_ruleevaluator.moc"
