// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/RuleCatalog.h"
#include "core/rules/YamlReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Bulwark::Rules;

namespace {

// A valid rule; the malformed cases below break one thing in it at a time.
const QByteArray ValidRule = R"yaml(rules:
  - id: BW-LNX-SVC-900
    title: Test rule
    severity: high
    area: services
    platform: linux
    rationale: Because it matters.
    impact: Nothing breaks.
    fix: Do the thing.
    references: {hipaa: ["164.312(a)(1)"], cyberEssentials: [Secure configuration]}
    seeds: [hv-disable-unneeded-services]
    wizard: services
    fact: legacy.telnetServer
    expect: isFalse
    examples:
      pass: {legacy: {telnetServer: false}}
      fail: {legacy: {telnetServer: true}}
)yaml";

QString rulesSourceDir()
{
    return QDir(qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/../../resources/rules")).absolutePath();
}

RuleCatalog catalogWithPractices()
{
    RuleCatalog catalog;
    QFile practices(rulesSourceDir() + QStringLiteral("/practices.yaml"));
    if (practices.open(QIODevice::ReadOnly))
        (void)catalog.setPractices(practices.readAll(), QStringLiteral("practices.yaml"));
    return catalog;
}

QString fullText(const Bulwark::Error &error)
{
    return error.message() + u'\n' + error.detail();
}

} // namespace

class TestRuleCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedCatalogLoads();
    void shippedCatalogMatchesSourceTree();
    void hasAtLeast70LinuxRules();
    void hasAtLeast40WindowsRules();
    void everyRuleIsComplete_data();
    void everyRuleIsComplete();
    void rulesLiveInTheirAreaFile();
    void everyCheckablePracticeIsCovered();
    void everySeedExists();
    void manualPracticesSayWhatToConfirm();
    void validRuleLoads();
    void malformed_data();
    void malformed();
    void duplicateIdAcrossFilesIsRefused();
    void failedFileAddsNothing();
    void unknownFactPathsAreAccepted();
    void hostileYaml_data();
    void hostileYaml();
    void yamlScalarTypes();

private:
    RuleCatalog m_catalog;
};

void TestRuleCatalog::initTestCase()
{
    Bulwark::Result<RuleCatalog> catalog = RuleCatalog::loadBuiltIn();
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : fullText(catalog.error())));
    m_catalog = *catalog;
}

void TestRuleCatalog::shippedCatalogLoads()
{
    QVERIFY(!m_catalog.isEmpty());
    QVERIFY(!m_catalog.practices().isEmpty());
    QVERIFY(m_catalog.checkSeeds().ok());
}

void TestRuleCatalog::shippedCatalogMatchesSourceTree()
{
    // The resource list in core/CMakeLists.txt is explicit: a YAML file added to resources/rules/linux but not to
    // the list would be silently missing from the program. Loading the source tree must give the same rules.
    Bulwark::Result<RuleCatalog> fromDisk = RuleCatalog::loadDirectory(rulesSourceDir());
    QVERIFY2(fromDisk.ok(), qPrintable(fromDisk.ok() ? QString() : fullText(fromDisk.error())));
    QCOMPARE(fromDisk->size(), m_catalog.size());
    QCOMPARE(fromDisk->practices().size(), m_catalog.practices().size());
}

void TestRuleCatalog::hasAtLeast70LinuxRules()
{
    const QList<Rule> linuxRules = m_catalog.rules(Platform::Linux);
    QVERIFY2(linuxRules.size() >= 70, qPrintable(QString::number(linuxRules.size())));
    QSet<Area> areas;
    for (const Rule &rule : linuxRules)
        areas.insert(rule.area());
    QCOMPARE(areas.size(), allAreas().size()); // every area has rules
}

void TestRuleCatalog::hasAtLeast40WindowsRules()
{
    const QList<Rule> windowsRules = m_catalog.rules(Platform::Windows);
    QVERIFY2(windowsRules.size() >= 40, qPrintable(QString::number(windowsRules.size())));
    QSet<Area> areas;
    for (const Rule &rule : windowsRules)
        areas.insert(rule.area());
    QCOMPARE(areas.size(), allAreas().size()); // every area has Windows rules too
}

void TestRuleCatalog::everyRuleIsComplete_data()
{
    QTest::addColumn<QString>("id");
    for (const Rule &rule : m_catalog.rules())
        QTest::newRow(qPrintable(rule.id())) << rule.id();
}

void TestRuleCatalog::everyRuleIsComplete()
{
    QFETCH(QString, id);
    const std::optional<Rule> rule = m_catalog.rule(id);
    QVERIFY(rule);
    QVERIFY(!rule->title().isEmpty());
    // Plain language takes more than a few words.
    QVERIFY2(rule->rationale().size() >= 80, "rationale too short");
    QVERIFY(!rule->impact().isEmpty());
    QVERIFY(!rule->fix().isEmpty());
    QVERIFY(!rule->references().isEmpty());
    QVERIFY(!rule->seeds().isEmpty());
    QVERIFY(!rule->fact().isEmpty());
    QVERIFY(rule->expect().isValid());
    QVERIFY(!rule->examples().pass.isEmpty());
    QVERIFY(!rule->examples().fail.isEmpty());
    QVERIFY(parseWizard(wizardKey(rule->wizard())).has_value());
    QVERIFY(allAreas().contains(rule->area()));
    QVERIFY(rule->id().startsWith(QStringLiteral("BW-") + platformCode(rule->platform()) + u'-' +
                                  areaCode(rule->area()) + u'-'));
    for (const QString &control : rule->references().cyberEssentials)
        QVERIFY(Rule::cyberEssentialsControls().contains(control));
    // The benchmarks whose item numbers were checked (resources/rules/README.md, "References").
    static const QRegularExpression linuxCis(QStringLiteral("^CIS Debian Linux 12 Benchmark [0-9]+(\\.[0-9]+)*$"));
    static const QRegularExpression windowsCis(
        QStringLiteral("^CIS Microsoft Windows Server (2019|2022) Benchmark [0-9]+(\\.[0-9]+)*$"));
    for (const QString &cis : rule->references().cis)
        QVERIFY2((rule->platform() == Platform::Linux ? linuxCis : windowsCis).match(cis).hasMatch(), qPrintable(cis));
}

void TestRuleCatalog::rulesLiveInTheirAreaFile()
{
    for (const Rule &rule : m_catalog.rules())
        QVERIFY2(rule.sourceFile() == platformKey(rule.platform()) + u'/' + areaKey(rule.area()) + u".yaml",
                 qPrintable(rule.id() + QStringLiteral(" is in ") + rule.sourceFile()));
}

void TestRuleCatalog::everyCheckablePracticeIsCovered()
{
    for (Platform platform : {Platform::Linux, Platform::Windows}) {
        const QStringList uncovered = m_catalog.uncoveredPractices(platform);
        QVERIFY2(uncovered.isEmpty(), qPrintable(platformKey(platform) + u": " + uncovered.join(u", ")));
    }
    // Both seed articles are represented.
    QSet<QString> sources;
    for (const Practice &practice : m_catalog.practices())
        sources.insert(practice.source());
    QCOMPARE(sources, (QSet<QString>{QStringLiteral("hv"), QStringLiteral("nhs")}));
}

void TestRuleCatalog::everySeedExists()
{
    for (const Rule &rule : m_catalog.rules())
        for (const QString &seed : rule.seeds())
            QVERIFY2(m_catalog.practice(seed).has_value(), qPrintable(rule.id() + u' ' + seed));
}

void TestRuleCatalog::manualPracticesSayWhatToConfirm()
{
    for (Platform platform : {Platform::Linux, Platform::Windows}) {
        const QList<Practice> manual = m_catalog.manualPractices(platform);
        QVERIFY(manual.size() >= 5);
        bool training = false;
        for (const Practice &practice : manual) {
            QVERIFY(!practice.reason().isEmpty());
            QVERIFY(!practice.manual().isEmpty());
            QVERIFY(m_catalog.rulesForPractice(practice.id()).isEmpty());
            training = training || practice.id() == u"nhs-staff-training";
        }
        QVERIFY(training);
    }
    QVERIFY(!m_catalog.sourceTitle(QStringLiteral("nhs")).isEmpty());
}

void TestRuleCatalog::validRuleLoads()
{
    RuleCatalog catalog = catalogWithPractices();
    const Bulwark::Result<void> added = catalog.addRules(ValidRule, QStringLiteral("test.yaml"));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : fullText(added.error())));
    QCOMPARE(catalog.size(), 1);
    QCOMPARE(catalog.rules().constFirst().severity(), Severity::High);
    QCOMPARE(catalog.rules().constFirst().sourceFile(), QStringLiteral("test.yaml"));
}

void TestRuleCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected"); // substrings of the error's message + detail

    auto variant = [](const char *from, const char *to) {
        QByteArray yaml = ValidRule;
        yaml.replace(from, to);
        return yaml;
    };
    const QString file = QStringLiteral("test.yaml");
    const QString id = QStringLiteral("BW-LNX-SVC-900");

    QTest::newRow("syntax") << QByteArray("rules: [\n  - id: x\n") << QStringList{file, QStringLiteral("invalid YAML")};
    QTest::newRow("unbalanced quote") << variant("title: Test rule", "title: \"Test rule")
                                      << QStringList{file, QStringLiteral("invalid YAML")};
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QStringList{file, QStringLiteral("rules:")};
    QTest::newRow("empty file") << QByteArray() << QStringList{file};
    QTest::newRow("two documents") << ValidRule + "---\nrules: []\n"
                                   << QStringList{file, QStringLiteral("more than one YAML document")};
    QTest::newRow("duplicate key") << variant("    title: Test rule\n", "    title: Test rule\n    title: Again\n")
                                   << QStringList{file, QStringLiteral("duplicate key \"title\"")};
    QTest::newRow("unknown severity") << variant("severity: high", "severity: severe")
                                      << QStringList{file, id, QStringLiteral("severity"), QStringLiteral("severe")};
    QTest::newRow("missing rationale") << variant("    rationale: Because it matters.\n", "")
                                       << QStringList{file, id, QStringLiteral("rationale: missing")};
    QTest::newRow("misspelt field") << variant("    severity: high\n", "    severity: high\n    serverity: high\n")
                                    << QStringList{file, id, QStringLiteral("serverity: unknown field")};
    QTest::newRow("unknown operator") << variant("expect: isFalse", "expect: {isFalsy: true}")
                                      << QStringList{file, id, QStringLiteral("expect.isFalsy"),
                                                     QStringLiteral("unknown operator")};
    QTest::newRow("two operators") << variant("expect: isFalse", "expect: {equals: 1, in: [1]}")
                                   << QStringList{id, QStringLiteral("more than one operator")};
    QTest::newRow("nested error names the path") << variant("expect: isFalse", "expect: {allOf: [isFalse, {in: []}]}")
                                                 << QStringList{file, id, QStringLiteral("expect.allOf[1].in")};
    QTest::newRow("bad regex") << variant("expect: isFalse", "expect: {matches: '(unclosed'}")
                               << QStringList{id, QStringLiteral("expect.matches"),
                                              QStringLiteral("invalid regular expression")};
    QTest::newRow("bare word") << variant("expect: isFalse", "expect: isFalsy")
                               << QStringList{id, QStringLiteral("expect"), QStringLiteral("isFalsy")};
    QTest::newRow("where without map") << variant("expect: isFalse", "expect: {noneWhere: [a]}")
                                       << QStringList{id, QStringLiteral("expect.noneWhere")};
    QTest::newRow("fact inside where") << variant("expect: isFalse",
                                                  "expect: {noneWhere: {name: {fact: a.b, equals: x}}}")
                                       << QStringList{id, QStringLiteral("expect.noneWhere.name"),
                                                      QStringLiteral("fact")};
    QTest::newRow("ifMissing on allOf") << variant("expect: isFalse", "expect: {allOf: [isFalse], ifMissing: true}")
                                        << QStringList{id, QStringLiteral("ifMissing")};
    QTest::newRow("min needs a number") << variant("expect: isFalse", "expect: {min: lots}")
                                        << QStringList{id, QStringLiteral("expect.min"), QStringLiteral("number")};
    QTest::newRow("applies without fact")
        << variant("    expect: isFalse\n", "    expect: isFalse\n    applies: [isTrue]\n")
        << QStringList{id, QStringLiteral("applies[0]")};
    QTest::newRow("bad fact path") << variant("fact: legacy.telnetServer", "fact: legacy..telnetServer")
                                   << QStringList{id, QStringLiteral("fact"), QStringLiteral("invalid fact path")};
    QTest::newRow("unterminated quoted key") << variant("fact: legacy.telnetServer", "fact: 'kernel.sysctl[\"net.ipv4'")
                                             << QStringList{id, QStringLiteral("fact"), QStringLiteral("unterminated")};
    QTest::newRow("id format") << variant("BW-LNX-SVC-900", "BW-SVC-1") << QStringList{QStringLiteral("id")};
    QTest::newRow("id area mismatch") << variant("BW-LNX-SVC-900", "BW-LNX-NET-900")
                                      << QStringList{QStringLiteral("BW-LNX-NET-900"), QStringLiteral("id"),
                                                     QStringLiteral("SVC")};
    QTest::newRow("hipaa section") << variant("164.312(a)(1)", "164.999")
                                   << QStringList{id, QStringLiteral("references.hipaa")};
    QTest::newRow("cyber essentials control")
        << variant("cyberEssentials: [Secure configuration]", "cyberEssentials: [Antivirus]")
        << QStringList{id, QStringLiteral("references.cyberEssentials"), QStringLiteral("Antivirus")};
    QTest::newRow("no references")
        << variant("references: {hipaa: [\"164.312(a)(1)\"], cyberEssentials: [Secure configuration]}",
                   "references: {}")
        << QStringList{id, QStringLiteral("at least one reference")};
    QTest::newRow("unknown wizard") << variant("wizard: services", "wizard: magic")
                                    << QStringList{id, QStringLiteral("wizard"), QStringLiteral("magic")};
    QTest::newRow("missing examples")
        << variant("    examples:\n      pass: {legacy: {telnetServer: false}}\n      fail: {legacy: {telnetServer: "
                   "true}}\n",
                   "")
        << QStringList{id, QStringLiteral("examples")};
    QTest::newRow("unknown seed") << variant("seeds: [hv-disable-unneeded-services]", "seeds: [no-such-practice]")
                                  << QStringList{id, QStringLiteral("seeds"), QStringLiteral("no-such-practice")};
    QTest::newRow("rule is not a mapping")
        << QByteArray("rules:\n  - just text\n") << QStringList{file, QStringLiteral("rule #1")};
    QByteArray twice = ValidRule;
    twice += ValidRule.mid(ValidRule.indexOf("  - id"));
    QTest::newRow("duplicate id in file") << twice << QStringList{id, QStringLiteral("duplicate rule id")};
}

void TestRuleCatalog::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);
    RuleCatalog catalog = catalogWithPractices();
    QVERIFY(!catalog.practices().isEmpty());
    const Bulwark::Result<void> added = catalog.addRules(yaml, QStringLiteral("test.yaml"));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code(), Bulwark::Error::Code::ParseError);
    const QString text = fullText(added.error());
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, text)));
    QCOMPARE(catalog.size(), 0);
}

void TestRuleCatalog::duplicateIdAcrossFilesIsRefused()
{
    RuleCatalog catalog = catalogWithPractices();
    QVERIFY(catalog.addRules(ValidRule, QStringLiteral("a.yaml")).ok());
    const Bulwark::Result<void> again = catalog.addRules(ValidRule, QStringLiteral("b.yaml"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().message().contains(QStringLiteral("b.yaml")));
    QVERIFY(again.error().message().contains(QStringLiteral("duplicate rule id")));
    QCOMPARE(catalog.size(), 1);
}

void TestRuleCatalog::failedFileAddsNothing()
{
    RuleCatalog catalog = catalogWithPractices();
    QByteArray yaml = ValidRule;
    QByteArray broken = ValidRule.mid(ValidRule.indexOf("  - id"));
    broken.replace("BW-LNX-SVC-900", "BW-LNX-SVC-901");
    broken.replace("severity: high", "severity: nope");
    yaml += broken;
    const Bulwark::Result<void> added = catalog.addRules(yaml, QStringLiteral("test.yaml"));
    QVERIFY(!added.ok());
    QVERIFY(added.error().message().contains(QStringLiteral("BW-LNX-SVC-901")));
    QCOMPARE(catalog.size(), 0); // the valid first rule was not kept either
}

void TestRuleCatalog::unknownFactPathsAreAccepted()
{
    RuleCatalog catalog = catalogWithPractices();
    QByteArray yaml = ValidRule;
    yaml.replace("fact: legacy.telnetServer", "fact: 'future.probe[\"not.yet\"].field[]'");
    const Bulwark::Result<void> added = catalog.addRules(yaml, QStringLiteral("test.yaml"));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : fullText(added.error())));
}

void TestRuleCatalog::hostileYaml_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // a substring of the error's message or detail

    QTest::newRow("deep flow nesting") << QByteArray(100000, '[') << QStringLiteral("invalid YAML");
    QByteArray deepMap;
    for (int i = 0; i < 200; ++i)
        deepMap += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("deep block nesting") << deepMap << QStringLiteral("deeper than 64 levels");
    // "Billion laughs": 10^9 nodes after alias expansion.
    QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            laughs += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        laughs += "]\n";
    }
    QTest::newRow("billion laughs") << laughs << QStringLiteral("200000");
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 7919) & 0xff);
    QTest::newRow("binary") << binary << QStringLiteral("hostile.yaml");
    QTest::newRow("invalid utf-8") << QByteArray("rules:\n  - id: \xff\xfe\xfd\n") << QStringLiteral("id: expects");
    QTest::newRow("too large") << QByteArray(5 * 1024 * 1024, 'a') << QStringLiteral("4 MiB");
    static const char nul[] = "rules:\0\0\0- id: x";
    QTest::newRow("nul bytes") << QByteArray(nul, sizeof(nul) - 1) << QStringLiteral("hostile.yaml");
    QByteArray deepFlow = "rules: ";
    for (int i = 0; i < 100; ++i)
        deepFlow += "{a: ";
    deepFlow += "1" + QByteArray(100, '}') + "\n";
    QTest::newRow("deeper than 64 levels") << deepFlow << QStringLiteral("deeper than 64 levels");
    QByteArray notChain = "rules:\n  - id: BW-LNX-SVC-900\n    expect: ";
    for (int i = 0; i < 50; ++i)
        notChain += "{not: ";
    notChain += "isTrue" + QByteArray(50, '}') + "\n";
    QTest::newRow("condition deeper than limit") << notChain << QStringLiteral("deeper than 24 levels");
}

void TestRuleCatalog::hostileYaml()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    RuleCatalog catalog = catalogWithPractices();
    const Bulwark::Result<void> added = catalog.addRules(yaml, QStringLiteral("hostile.yaml"));
    QVERIFY(!added.ok());
    QVERIFY(added.error().message().contains(QStringLiteral("hostile.yaml")));
    QVERIFY2(fullText(added.error()).contains(expected), qPrintable(fullText(added.error()).left(500)));
    QVERIFY(added.error().message().size() < 2000);
    QCOMPARE(catalog.size(), 0);
}

void TestRuleCatalog::yamlScalarTypes()
{
    const Bulwark::Result<QJsonValue> parsed = YamlReader::parse(
        "a: yes\nb: \"12\"\nc: 12\nd: 022\ne: true\nf: ~\ng: 1.5\nh: 'true'\ni: no\nj: 0\nk: -3\nl: 1e3\n",
        QStringLiteral("t.yaml"));
    QVERIFY(parsed.ok());
    const QJsonObject object = parsed->toObject();
    QCOMPARE(object.value(u"a"), QJsonValue(QStringLiteral("yes"))); // YAML 1.1 booleans stay text
    QCOMPARE(object.value(u"b"), QJsonValue(QStringLiteral("12")));
    QCOMPARE(object.value(u"c"), QJsonValue(12));
    QCOMPARE(object.value(u"d"), QJsonValue(QStringLiteral("022"))); // leading zero: text, not octal or 22
    QCOMPARE(object.value(u"e"), QJsonValue(true));
    QVERIFY(object.value(u"f").isNull());
    QCOMPARE(object.value(u"g"), QJsonValue(1.5));
    QCOMPARE(object.value(u"h"), QJsonValue(QStringLiteral("true")));
    QCOMPARE(object.value(u"i"), QJsonValue(QStringLiteral("no")));
    QCOMPARE(object.value(u"j"), QJsonValue(0));
    QCOMPARE(object.value(u"k"), QJsonValue(-3));
    QCOMPARE(object.value(u"l"), QJsonValue(1000));
}

QTEST_GUILESS_MAIN(TestRuleCatalog)
#include "tst_rulecatalog.moc"
