// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/WindowsFacts.h"
#include "tests/common/Golden.h"
#include "tests/common/JsonPath.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Bulwark::Facts;
using JsonPath::at;
using JsonPath::find;

namespace {

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/windows/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject parseData(const QString &name)
{
    return WindowsFacts::parse(readFile(dataPath(name)));
}

QStringList errors(const QJsonObject &facts)
{
    QStringList out;
    for (const QJsonValue &line : at(facts, QStringLiteral("probe.errors")).toArray())
        out << line.toString();
    return out;
}

} // namespace

// Golden files: tests/data/windows/<case>.out is probe output (written to match what windows.ps1 prints on the
// Windows versions named, or hostile), <case>.json the expected facts. BULWARK_UPDATE_GOLDEN=1 rewrites the .json
// files; review them with git diff.
class TestWindowsFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();

    void defaultServer2019();
    void hardenedServer2022();
    void partialWorkstation();
    void wrongTypesAreDropped();
    void controlCharactersAndInvalidUtf8();
    void brokenOutputSaysIncomplete_data();
    void brokenOutputSaysIncomplete();
    void cutAnywhereNeverSaysComplete();
    void hugeStringsAndListsAreCapped();
    void schannelDefaults_data();
    void schannelDefaults();
    void serviceOn_data();
    void serviceOn();

    void probeCommandCarriesTheScript();
    void probeScriptStaysReadOnly();
    void probeScriptSectionsMatchTheContract();
    void scenarioPrintsTheServer2019Output();
};

void TestWindowsFacts::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"server2019-default", "server2022-hardened", "workstation-partial", "wrong-types", "control-chars",
          "invalid-utf8", "truncated", "not-json", "array", "empty", "trailing-garbage"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWindowsFacts::golden()
{
    QFETCH(QString, name);
    const QByteArray input = readFile(dataPath(name + QStringLiteral(".out")));
    QVERIFY2(!input.isEmpty(), qPrintable(dataPath(name + QStringLiteral(".out"))));
    const QByteArray actual = QJsonDocument(WindowsFacts::parse(input)).toJson();
    const QString failure = Golden::check(dataPath(name + QStringLiteral(".json")), actual);
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        QFAIL("parsed facts differ from the golden file");
    }
}

void TestWindowsFacts::defaultServer2019()
{
    const QJsonObject facts = parseData(QStringLiteral("server2019-default.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("probe.platform")).toString(), QStringLiteral("windows"));
    QCOMPARE(at(facts, QStringLiteral("probe.elevated")).toBool(), true);
    QVERIFY(errors(facts).isEmpty());
    QCOMPARE(at(facts, QStringLiteral("os.build")).toInteger(), 17763);
    QCOMPARE(at(facts, QStringLiteral("os.family")).toString(), QStringLiteral("windows"));

    const QJsonValue services = facts.value(QStringLiteral("services"));
    QCOMPARE(find(services, QStringLiteral("name"), QStringLiteral("Spooler")).value(QStringLiteral("on")), true);
    QCOMPARE(find(services, QStringLiteral("name"), QStringLiteral("RemoteRegistry")).value(QStringLiteral("on")),
             true);
    // Automatic but stopped (delayed start not yet run): still on, it starts at the next boot.
    QCOMPARE(find(services, QStringLiteral("name"), QStringLiteral("MapsBroker")).value(QStringLiteral("on")), true);
    QCOMPARE(find(services, QStringLiteral("name"), QStringLiteral("SSDPSRV")).value(QStringLiteral("on")), false);
    QCOMPARE(find(services, QStringLiteral("name"), QStringLiteral("XblGameSave")).value(QStringLiteral("on")), false);
    QCOMPARE(at(facts, QStringLiteral("servicesTruncated")).toBool(true), false);

    const QJsonValue accounts = facts.value(QStringLiteral("accounts"));
    const QJsonObject administrator = find(accounts, QStringLiteral("name"), QStringLiteral("Administrator"));
    QCOMPARE(administrator.value(QStringLiteral("builtinAdministrator")), true);
    QCOMPARE(administrator.value(QStringLiteral("administrator")), true);
    QCOMPARE(administrator.value(QStringLiteral("enabled")), true);
    QCOMPARE(administrator.value(QStringLiteral("rid")).toInteger(), 500);
    const QJsonObject scanner = find(accounts, QStringLiteral("name"), QStringLiteral("bulwark-admin"));
    QCOMPARE(scanner.value(QStringLiteral("administrator")), true);
    QCOMPARE(scanner.value(QStringLiteral("builtinAdministrator")), false);
    const QJsonObject guest = find(accounts, QStringLiteral("name"), QStringLiteral("Guest"));
    QCOMPARE(guest.value(QStringLiteral("builtinGuest")), true);
    QCOMPARE(guest.value(QStringLiteral("enabled")), false);
    QCOMPARE(guest.value(QStringLiteral("administrator")), false);
    QVERIFY(!guest.contains(QStringLiteral("lastLogonDays"))); // never logged on: absent

    const QJsonValue protocols = at(facts, QStringLiteral("schannel.protocols"));
    const auto effective = [&](const char *name) {
        return find(protocols, QStringLiteral("name"), QString::fromLatin1(name))
            .value(QStringLiteral("effectiveServerEnabled"));
    };
    QCOMPARE(effective("SSL 3.0"), false);
    QCOMPARE(effective("TLS 1.0"), true);
    QCOMPARE(effective("TLS 1.1"), true);
    QCOMPARE(effective("TLS 1.2"), true);
    QCOMPARE(effective("TLS 1.3"), false);
    QVERIFY(find(protocols, QStringLiteral("name"), QStringLiteral("TLS 1.0"))
                .value(QStringLiteral("serverEnabled"))
                .isNull());

    QCOMPARE(at(facts, QStringLiteral("smb.smb1ServerEnabled")), false);
    QCOMPARE(at(facts, QStringLiteral("rdp.nla")), true);
    QCOMPARE(at(facts, QStringLiteral("bitlocker.available")), false);
    QCOMPARE(at(facts, QStringLiteral("defender.realTimeProtectionEnabled")), true);
    QVERIFY(at(facts, QStringLiteral("defender.tamperProtected")).isNull()); // 17763's cmdlet has no such property
    QCOMPARE(at(facts, QStringLiteral("firewall.profiles.0.enabled")), true);
    QVERIFY(at(facts, QStringLiteral("lsa.lmCompatibilityLevel")).isNull());
    QCOMPARE(at(facts, QStringLiteral("audit.policy.Logon")).toString(), QStringLiteral("Success and Failure"));
    QCOMPARE(find(facts.value(QStringLiteral("listening")), QStringLiteral("address"), QStringLiteral("127.0.0.1"))
                 .value(QStringLiteral("public")),
             false);
    QCOMPARE(at(facts, QStringLiteral("listening.0.public")), true);
}

void TestWindowsFacts::hardenedServer2022()
{
    const QJsonObject facts = parseData(QStringLiteral("server2022-hardened.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    // The built-in Administrator renamed and disabled: found by its RID, never by name.
    const QJsonObject renamed =
        find(facts.value(QStringLiteral("accounts")), QStringLiteral("name"), QStringLiteral("ris-root"));
    QCOMPARE(renamed.value(QStringLiteral("builtinAdministrator")), true);
    QCOMPARE(renamed.value(QStringLiteral("enabled")), false);
    QCOMPARE(renamed.value(QStringLiteral("administrator")), true);
    const QJsonValue protocols = at(facts, QStringLiteral("schannel.protocols"));
    QCOMPARE(find(protocols, QStringLiteral("name"), QStringLiteral("TLS 1.0"))
                 .value(QStringLiteral("effectiveServerEnabled")),
             false);
    // No value for TLS 1.3: Server 2022 (20348) has it on by default.
    QCOMPARE(find(protocols, QStringLiteral("name"), QStringLiteral("TLS 1.3"))
                 .value(QStringLiteral("effectiveServerEnabled")),
             true);
    QCOMPARE(find(facts.value(QStringLiteral("services")), QStringLiteral("name"), QStringLiteral("Spooler"))
                 .value(QStringLiteral("on")),
             false);
    QCOMPARE(at(facts, QStringLiteral("bitlocker.volumes.0.protectionStatus")).toString(), QStringLiteral("On"));
    QCOMPARE(at(facts, QStringLiteral("iis.sites.0.bindings.0.port")).toInteger(), 443);
    QCOMPARE(at(facts, QStringLiteral("updates.wsus")).toString(), QStringLiteral("https://wsus.hospital.local:8531"));
    QCOMPARE(at(facts, QStringLiteral("groups.administrators.1.class")).toString(), QStringLiteral("Group"));
}

void TestWindowsFacts::partialWorkstation()
{
    const QJsonObject facts = parseData(QStringLiteral("workstation-partial.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true); // it reached its end
    QCOMPARE(at(facts, QStringLiteral("probe.elevated")).toBool(true), false);
    QCOMPARE(errors(facts).size(), 5);
    QVERIFY(errors(facts).at(1).startsWith(QLatin1String("bitlocker: ")));
    // Sections the probe could not read stay absent: rules read them as unknown.
    for (const char *absent : {"passwordPolicy", "lockoutPolicy", "bitlocker", "smb", "audit", "winrm", "firewall"})
        QVERIFY2(!facts.contains(QLatin1String(absent)), absent);
    QCOMPARE(at(facts, QStringLiteral("os.productType")).toString(), QStringLiteral("workstation"));
    QCOMPARE(at(facts, QStringLiteral("autologon.enabled")), true);
    QCOMPARE(at(facts, QStringLiteral("defender.otherAntivirus.0")).toString(), QStringLiteral("Sophos Anti-Virus"));
    QVERIFY(at(facts, QStringLiteral("defender.signatureAgeDays")).isNull());
}

void TestWindowsFacts::wrongTypesAreDropped()
{
    const QJsonObject facts = parseData(QStringLiteral("wrong-types.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.version")).type(), QJsonValue::Undefined); // "1"
    QCOMPARE(at(facts, QStringLiteral("probe.platform")).toString(), QStringLiteral("windows"));
    QCOMPARE(at(facts, QStringLiteral("probe.elevated")).type(), QJsonValue::Undefined);
    QCOMPARE(at(facts, QStringLiteral("os.family")).toString(), QStringLiteral("windows"));
    QCOMPARE(at(facts, QStringLiteral("os.build")).type(), QJsonValue::Undefined);
    QCOMPARE(at(facts, QStringLiteral("os.ubr")).type(), QJsonValue::Undefined);             // 5206.5
    QCOMPARE(at(facts, QStringLiteral("os.installDateDays")).type(), QJsonValue::Undefined); // 1e300
    QVERIFY(at(facts, QStringLiteral("os.productType")).isNull());
    QVERIFY(!facts.contains(QLatin1String("host")));
    QVERIFY(!facts.contains(QLatin1String("accounts")));
    QVERIFY(!facts.contains(QLatin1String("unknownSection")));
    QVERIFY(!facts.contains(QLatin1String("servicesTruncated"))); // "no" is not a boolean
    QCOMPARE(facts.value(QStringLiteral("services")).toArray().size(), 3);
    QCOMPARE(at(facts, QStringLiteral("services.0.on")), true); // Automatic; the state 4 is dropped
    QCOMPARE(at(facts, QStringLiteral("services.2.on")), true); // Paused is not Stopped
    QCOMPARE(at(facts, QStringLiteral("passwordPolicy.minLength")).toInteger(), -1);
    QCOMPARE(at(facts, QStringLiteral("passwordPolicy.maxAgeDays")).type(), QJsonValue::Undefined); // above 2^53
    QCOMPARE(at(facts, QStringLiteral("firewall.rules.0.localPorts")).type(), QJsonValue::Undefined);
    QCOMPARE(at(facts, QStringLiteral("firewall.rules.0.remoteAddresses")).toArray().size(), 1);
    QCOMPARE(at(facts, QStringLiteral("schannel.protocols.0.serverEnabled")).type(), QJsonValue::Undefined);
    QCOMPARE(at(facts, QStringLiteral("schannel.protocols.0.effectiveServerEnabled")).type(), QJsonValue::Null);
    QCOMPARE(at(facts, QStringLiteral("audit.policy")).toObject().keys(), QStringList{QStringLiteral("Logon")});
    QCOMPARE(at(facts, QStringLiteral("rdp.port")).toInteger(), 3389); // 3389.0 is an integer
    QCOMPARE(at(facts, QStringLiteral("listening.0.public")), false);
    QCOMPARE(at(facts, QStringLiteral("listening.1.public")), false);
    QCOMPARE(at(facts, QStringLiteral("listening.2.public")).type(), QJsonValue::Undefined);
    const QStringList lines = errors(facts);
    QVERIFY2(lines.last().startsWith(QLatin1String("output: ")) && lines.last().contains(QLatin1String("os.build")),
             qPrintable(lines.join(u'\n')));
    QVERIFY(!QJsonDocument(facts).toJson().contains("should not appear"));
}

void TestWindowsFacts::controlCharactersAndInvalidUtf8()
{
    const QJsonObject facts = parseData(QStringLiteral("control-chars.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true); // the WARNING line before it is skipped
    QCOMPARE(at(facts, QStringLiteral("os.caption")).toString(),
             QStringLiteral("Windows Server2022 \uFFFDx ") + QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(at(facts, QStringLiteral("accounts.0.name")).toString(), QStringLiteral("Admin"));
    QCOMPARE(at(facts, QStringLiteral("accounts.0.builtinAdministrator")), true);
    QCOMPARE(at(facts, QStringLiteral("probe.errors.0")).toString(), QStringLiteral("abc"));
    QCOMPARE(at(facts, QStringLiteral("services.0.name")).toString(), QStringLiteral("Spooler"));
    QCOMPARE(at(facts, QStringLiteral("services.0.on")), true); // "Auto" is not a start mode, Running is

    const QJsonObject broken = parseData(QStringLiteral("invalid-utf8.out"));
    QCOMPARE(at(broken, QStringLiteral("probe.complete")).toBool(), true);
    QCOMPARE(at(broken, QStringLiteral("host.hostname")).toString(), QStringLiteral("PACS\uFFFD01"));
    QVERIFY(at(broken, QStringLiteral("host.domain")).toString().startsWith(QStringLiteral("HOSP\uFFFD")));
    QVERIFY(at(broken, QStringLiteral("os.caption")).toString().endsWith(QChar(QChar::ReplacementCharacter)));
}

void TestWindowsFacts::brokenOutputSaysIncomplete_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated") << QStringLiteral("truncated.out") << QStringLiteral("cut short or invalid");
    QTest::newRow("not JSON") << QStringLiteral("not-json.out") << QStringLiteral("not a JSON document");
    QTest::newRow("array") << QStringLiteral("array.out") << QStringLiteral("JSON array");
    QTest::newRow("empty") << QStringLiteral("empty.out") << QStringLiteral("printed nothing");
}

void TestWindowsFacts::brokenOutputSaysIncomplete()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QJsonObject facts = parseData(name);
    QCOMPARE(facts.keys(), QStringList{QStringLiteral("probe")});
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(true), false);
    QCOMPARE(at(facts, QStringLiteral("probe.platform")).toString(), QStringLiteral("windows"));
    QVERIFY2(errors(facts).join(u'\n').contains(problem), qPrintable(errors(facts).join(u'\n')));
}

void TestWindowsFacts::cutAnywhereNeverSaysComplete()
{
    const QByteArray full = readFile(dataPath(QStringLiteral("server2019-default.out"))).trimmed();
    QVERIFY(!full.isEmpty());
    for (qsizetype length = 0; length < full.size(); length += 97) {
        const QJsonObject facts = WindowsFacts::parse(full.left(length));
        QVERIFY2(!at(facts, QStringLiteral("probe.complete")).toBool(true), qPrintable(QString::number(length)));
        QCOMPARE(facts.keys(), QStringList{QStringLiteral("probe")});
    }
    // A document that is whole but did not reach the probe's end (complete false) keeps its facts.
    QByteArray early = full;
    early.replace("\"complete\":true", "\"complete\":false");
    const QJsonObject facts = WindowsFacts::parse(early);
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(true), false);
    QVERIFY(facts.contains(QLatin1String("services")));
    QVERIFY(errors(facts).contains(QStringLiteral("output: the probe did not reach its end")));
}

void TestWindowsFacts::hugeStringsAndListsAreCapped()
{
    QJsonArray services;
    for (int i = 0; i < 2600; ++i)
        services.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("svc%1").arg(i)},
                                    {QStringLiteral("startMode"), QStringLiteral("Manual")},
                                    {QStringLiteral("state"), QStringLiteral("Stopped")}});
    QJsonArray ports;
    for (int i = 0; i < 3000; ++i)
        ports.append(QString::number(i));
    const QString huge(1 << 20, u'A');
    const QJsonObject document{
        {QStringLiteral("probe"), QJsonObject{{QStringLiteral("complete"), true}}},
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), huge}}},
        {QStringLiteral("services"), services},
        {QStringLiteral("firewall"),
         QJsonObject{{QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("localPorts"), ports}}}}}},
        {QStringLiteral("audit"),
         QJsonObject{{QStringLiteral("policy"), QJsonObject{{huge, QStringLiteral("Success")}}}}},
    };
    QElapsedTimer timer;
    timer.start();
    const QJsonObject facts = WindowsFacts::parse(QJsonDocument(document).toJson(QJsonDocument::Compact));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(at(facts, QStringLiteral("host.hostname")).toString().size(), 4096);
    QCOMPARE(facts.value(QStringLiteral("services")).toArray().size(), 2000);
    QCOMPARE(facts.value(QStringLiteral("servicesTruncated")), true);
    QCOMPARE(at(facts, QStringLiteral("firewall.rules.0.localPorts")).toArray().size(), 1000);
    QCOMPARE(at(facts, QStringLiteral("firewall.rules.0.localPortsTruncated")), true);
    QCOMPARE(at(facts, QStringLiteral("audit.policy")).toObject().keys().constFirst().size(), 256);
    // The probe's own cut is kept.
    const QJsonObject cut =
        WindowsFacts::parse(R"({"probe":{"complete":true},"services":[],"servicesTruncated":true})");
    QCOMPARE(cut.value(QStringLiteral("servicesTruncated")), true);
}

void TestWindowsFacts::schannelDefaults_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<qint64>("build");
    QTest::addColumn<int>("expected"); // 0 off, 1 on, -1 unknown protocol
    QTest::newRow("SSL 3.0 on 2012 R2") << QStringLiteral("SSL 3.0") << qint64(9600) << 1;
    QTest::newRow("SSL 3.0 on 2016") << QStringLiteral("SSL 3.0") << qint64(14393) << 0;
    QTest::newRow("SSL 2.0 on 2019") << QStringLiteral("SSL 2.0") << qint64(17763) << 0;
    QTest::newRow("TLS 1.0 on 2022") << QStringLiteral("TLS 1.0") << qint64(20348) << 1;
    QTest::newRow("TLS 1.1 on 2025") << QStringLiteral("TLS 1.1") << qint64(26100) << 0;
    QTest::newRow("TLS 1.2 on 2016") << QStringLiteral("TLS 1.2") << qint64(14393) << 1;
    QTest::newRow("TLS 1.3 on 2019") << QStringLiteral("TLS 1.3") << qint64(17763) << 0;
    QTest::newRow("TLS 1.3 on 2022") << QStringLiteral("TLS 1.3") << qint64(20348) << 1;
    QTest::newRow("PCT 1.0") << QStringLiteral("PCT 1.0") << qint64(17763) << -1;
}

void TestWindowsFacts::schannelDefaults()
{
    QFETCH(QString, protocol);
    QFETCH(qint64, build);
    QFETCH(int, expected);
    const std::optional<bool> actual = WindowsFacts::defaultServerEnabled(protocol, build);
    QCOMPARE(actual ? int(*actual) : -1, expected);
}

void TestWindowsFacts::serviceOn_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("on"); // true | false | absent
    QTest::newRow("automatic running") << R"({"startMode":"Automatic","state":"Running"})"
                                       << "true";
    QTest::newRow("automatic stopped") << R"({"startMode":"Automatic","state":"Stopped"})"
                                       << "true";
    QTest::newRow("boot") << R"({"startMode":"Boot","state":"Stopped"})"
                          << "true";
    QTest::newRow("manual running") << R"({"startMode":"Manual","state":"Running"})"
                                    << "true";
    QTest::newRow("manual start pending") << R"({"startMode":"Manual","state":"StartPending"})"
                                          << "true";
    QTest::newRow("manual stopped") << R"({"startMode":"Manual","state":"Stopped"})"
                                    << "false";
    QTest::newRow("disabled stopped") << R"({"startMode":"Disabled","state":"Stopped"})"
                                      << "false";
    QTest::newRow("disabled, state unknown") << R"({"startMode":"Disabled"})"
                                             << "absent";
    QTest::newRow("state null") << R"({"startMode":"Manual","state":null})"
                                << "absent";
    QTest::newRow("nothing") << R"({"name":"x"})"
                             << "absent";
}

void TestWindowsFacts::serviceOn()
{
    QFETCH(QString, service);
    QFETCH(QString, on);
    const QJsonObject facts =
        WindowsFacts::parse(QStringLiteral(R"({"probe":{"complete":true},"services":[%1]})").arg(service).toUtf8());
    const QJsonValue value = at(facts, QStringLiteral("services.0.on"));
    QCOMPARE(value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                            : QStringLiteral("absent"),
             on);
}

void TestWindowsFacts::probeCommandCarriesTheScript()
{
    const Bulwark::Transport::RemoteCommand command = WindowsFacts::probeCommand();
    // Too long for -EncodedCommand: the script travels on stdin, one block without blank lines.
    QCOMPARE(command.argv, (QByteArrayList{"powershell.exe", "-NoProfile", "-NonInteractive", "-Command", "-"}));
    QVERIFY(command.stdinData.startsWith("# bulwark-probe: windows\r\n"));
    QVERIFY(command.stdinData.endsWith("}\r\n\r\n\r\n")); // the block's last line, then blank lines end it
    const QByteArray body = command.stdinData.chopped(6);
    QVERIFY2(!body.contains("\r\n\r\n"), "a blank line would end the block early on PowerShell's stdin");
    QVERIFY(!body.contains("@\"") && !body.contains("@'")); // no here-strings (their blank lines would be lost)
    for (const char c : command.stdinData)
        QVERIFY2(uchar(c) < 0x80, "the script is sent in the shell's code page: ASCII only");
    QCOMPARE(command.maxOutputBytes, 16 * 1024 * 1024);
    QVERIFY(command.timeout >= std::chrono::minutes(3));
    QVERIFY(!command.elevate);
}

void TestWindowsFacts::probeScriptStaysReadOnly()
{
    const QString script = QString::fromUtf8(readFile(QStringLiteral(":/probes/windows.ps1")));
    QVERIFY(!script.isEmpty());
    QCOMPARE(script.section(u'\n', 0, 0), QStringLiteral("# bulwark-probe: windows"));
    QVERIFY(script.contains(QLatin1String("$ErrorActionPreference = 'Stop'")));
    QVERIFY(script.contains(QLatin1String("$ProgressPreference = 'SilentlyContinue'")));
    QVERIFY(script.contains(QLatin1String("$searcher.Online = $false")));
    // Nothing that changes the host, reads a secret or talks to the network.
    static const QRegularExpression forbidden(
        QStringLiteral("\\b(Set|New|Remove|Add|Enable|Disable|Rename|Stop|Start|Restart|Install|Uninstall|Invoke)-"
                       "(?!ProbeError|Section|Json|JsonString|Object)\\w+|Get-ItemProperty\\b|DefaultPassword|"
                       "ConvertFrom-SecureString|Invoke-WebRequest|Net\\.WebClient|Test-NetConnection|"
                       "secedit(\\.exe)?\\s+/configure|auditpol(\\.exe)?\\s+/set|\\$searcher\\.Online\\s*=\\s*\\$true"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList hits;
    for (auto it = forbidden.globalMatch(script); it.hasNext();)
        hits << it.next().captured();
    // Removing our own temporary secedit export is the one deletion.
    hits.removeAll(QStringLiteral("Remove-Item"));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    QCOMPARE(script.count(QLatin1String("Remove-Item")), 1);
    QVERIFY(
        script.contains(QLatin1String("if (Test-Path -LiteralPath $inf) { Remove-Item -LiteralPath $inf -Force }")));
}

void TestWindowsFacts::probeScriptSectionsMatchTheContract()
{
    const QString script = QString::fromUtf8(readFile(QStringLiteral(":/probes/windows.ps1")));
    const QString contract = QString::fromUtf8(readFile(qEnvironmentVariable("BULWARK_TEST_DATA") +
                                                        QStringLiteral("/../../resources/rules/FACTS-windows.md")));
    QVERIFY(!contract.isEmpty());
    static const QRegularExpression section(QStringLiteral("Invoke-Section '(\\w+)'"));
    QStringList sections;
    for (auto it = section.globalMatch(script); it.hasNext();)
        sections << it.next().captured(1);
    QVERIFY(sections.size() >= 18);
    const QJsonObject parsed = parseData(QStringLiteral("server2019-default.out"));
    for (const QString &name : std::as_const(sections)) {
        QVERIFY2(contract.contains(QStringLiteral("\"%1\":").arg(name)), qPrintable(name));
        QVERIFY2(parsed.contains(name) || name == u"passwordPolicy", qPrintable(name));
    }
    for (const char *name : {"passwordPolicy", "lockoutPolicy", "servicesTruncated", "accountsTruncated"})
        QVERIFY2(script.contains(QStringLiteral("$facts['%1']").arg(QLatin1String(name))), name);
}

void TestWindowsFacts::scenarioPrintsTheServer2019Output()
{
    // The scripted Windows host of the WinRM tests answers the probe with this very output: its answer is the
    // .out file with {{variables}} for what planners change (the Administrator's name and state, each service's
    // start mode and state); rendered with the scenario's initial variables it must be the same bytes.
    const QByteArray scenarioBytes = readFile(qEnvironmentVariable("BULWARK_TEST_DATA") +
                                              QStringLiteral("/../winrm/data/scenario-windows-host.json"));
    const QJsonObject scenario = QJsonDocument::fromJson(scenarioBytes).object();
    QVERIFY(!scenario.isEmpty());
    const QJsonObject variables = scenario.value(QStringLiteral("variables")).toObject();
    QJsonObject answer;
    for (const QJsonValue &candidate : scenario.value(QStringLiteral("answers")).toArray()) {
        if (at(candidate, QStringLiteral("match.probe")).toString() == u"windows")
            answer = candidate.toObject();
    }
    QVERIFY(!answer.isEmpty());
    QCOMPARE(answer.value(QStringLiteral("newline")).toString(), QStringLiteral("raw"));
    QString printed;
    for (const QJsonValue &chunk : answer.value(QStringLiteral("stdout")).toArray())
        printed += chunk.toString();
    static const QRegularExpression variable(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString rendered;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(printed); it.hasNext();) {
        const auto match = it.next();
        QVERIFY2(variables.contains(match.captured(1)), qPrintable(match.captured(1)));
        rendered += printed.mid(last, match.capturedStart() - last) + variables.value(match.captured(1)).toString();
        last = match.capturedEnd();
    }
    rendered += printed.mid(last);
    const QByteArray expected = readFile(dataPath(QStringLiteral("server2019-default.out")));
    if (rendered.toUtf8() != expected)
        QFAIL(qPrintable(Golden::lineDiff(expected, rendered.toUtf8())));
    QVERIFY(printed.contains(QLatin1String("\"name\":\"{{admin_name}}\"")));
    QVERIFY(printed.contains(QLatin1String("\"startMode\":\"{{svc_Spooler_startMode}}\"")));
    QVERIFY(printed.contains(QLatin1String("\"state\":\"{{svc_Spooler_state}}\"")));
}

QTEST_GUILESS_MAIN(TestWindowsFacts)
#include "tst_windowsfacts.moc"
