// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/LinuxFacts.h"
#include "core/facts/parsers/AccountsParser.h"
#include "core/facts/parsers/CronParser.h"
#include "core/facts/parsers/FirewallParser.h"
#include "core/facts/parsers/LoggingParser.h"
#include "core/facts/parsers/NetworkParser.h"
#include "core/facts/parsers/ProbeSections.h"
#include "core/facts/parsers/SecurityParser.h"
#include "core/facts/parsers/SudoersParser.h"
#include "core/facts/parsers/WebParser.h"
#include "tests/common/Golden.h"
#include "tests/common/JsonPath.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Bulwark::Facts;
using JsonPath::at;
using JsonPath::find;

namespace {
const QByteArray Boundary = "BULWARK-0123456789abcdef0123456789abcdef";

QString dataPath(const QString &name)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + QStringLiteral("/facts/linux/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject parseData(const QString &name)
{
    return LinuxFacts::parse(readData(name), Boundary);
}

// One probe section with its status line, as linux.sh prints it.
QByteArray section(const QByteArray &name, const QByteArray &body, int status = 0, qint64 cap = 4194304)
{
    return "\n" + Boundary + " " + name + "\n" + body + "\n" + Boundary + " " + name + ".rc\n" +
           QByteArray::number(status) + " " + QByteArray::number(cap) + "\n";
}
QByteArray plain(const QByteArray &name, const QByteArray &body = {})
{
    return "\n" + Boundary + " " + name + "\n" + body;
}

// A readable diff of two JSON texts: the differing middle, with a little context.

// Everything `partial` says must also be what `full` says: a cut probe may know less, never something else.
// Lists may be shorter only with a sibling "<name>Truncated": true; "...Truncated" flags and probe.complete may
// differ.
void checkSubset(const QJsonValue &partial, const QJsonValue &full, const QString &path, QStringList &errors)
{
    if (errors.size() > 20)
        return;
    if (partial.isObject()) {
        if (!full.isObject()) {
            errors << path + QStringLiteral(": object where the full parse has none");
            return;
        }
        const QJsonObject p = partial.toObject();
        const QJsonObject f = full.toObject();
        for (auto it = p.constBegin(); it != p.constEnd(); ++it) {
            const QString key = it.key();
            const QString child = path.isEmpty() ? key : path + u'.' + key;
            if (key.endsWith(u"Truncated") || key == u"truncated" || child == u"probe.complete")
                continue;
            if (!f.contains(key)) {
                errors << child + QStringLiteral(": present only in the cut parse");
                continue;
            }
            if (it.value().isArray() && it.value().toArray().size() < f.value(key).toArray().size()) {
                if (!p.value(key + QStringLiteral("Truncated")).toBool())
                    errors << child + QStringLiteral(": list shorter without %1Truncated").arg(key);
            }
            checkSubset(it.value(), f.value(key), child, errors);
        }
        return;
    }
    if (partial.isArray()) {
        const QJsonArray p = partial.toArray();
        const QJsonArray f = full.toArray();
        if (p.size() > f.size())
            errors << path + QStringLiteral(": longer list than the full parse");
        for (qsizetype i = 0; i < p.size() && i < f.size(); ++i)
            checkSubset(p.at(i), f.at(i), path + u'.' + QString::number(i), errors);
        return;
    }
    if (partial != full)
        errors << path + QStringLiteral(": %1 instead of %2")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{partial}).toJson(QJsonDocument::Compact)),
                                  QString::fromUtf8(QJsonDocument(QJsonArray{full}).toJson(QJsonDocument::Compact)));
}

} // namespace

// Golden files: tests/data/facts/linux/<case>.out is probe output (captured from the lab VM and this machine, or
// made by hand), <case>.json the expected facts. BULWARK_UPDATE_GOLDEN=1 rewrites the .json files; review them
// with git diff.
class TestLinuxFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();

    void labCapture();
    void labCaptureUnprivileged();
    void capturesCarryNoPasswordHashes();
    void cutAnywhereNeverSaysSomethingElse();
    void hugeSectionsAreCappedQuickly();
    void forgedBoundariesCannotStartSections();
    void hostileValuesAreDropped();
    void garbageIsSanitised();

    void sudoersParsing();
    void nginxParsing();
    void apacheProtocols();
    void apacheFromProbe();
    void nftAndIptables();
    void lastLoginTimes();
    void loopbackAddresses();
    void establishedConnectionsPerListeningSocket();
    void usualSuid();
    void remoteLogging();
    void cronEntries();

    void probeArgvCarriesTheScript();
    void probeScriptIsPosixSh();
};

void TestLinuxFacts::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"lab-debian12", "lab-debian12-unprivileged", "local-debian12", "empty", "truncated", "garbage", "hostile"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestLinuxFacts::golden()
{
    QFETCH(QString, name);
    QFile input(dataPath(name + QStringLiteral(".out")));
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    const QByteArray actual = QJsonDocument(LinuxFacts::parse(input.readAll(), Boundary)).toJson();
    const QString failure = Golden::check(dataPath(name + QStringLiteral(".json")), actual);
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        QFAIL("parsed facts differ from the golden file");
    }
}

void TestLinuxFacts::labCapture()
{
    const QJsonObject facts = parseData(QStringLiteral("lab-debian12.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("probe.elevated")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("os.family")).toString(), QStringLiteral("debian"));
    QCOMPARE(at(facts, QStringLiteral("host.hostname")).toString(), QStringLiteral("bulwark-lab"));
    QCOMPARE(at(facts, QStringLiteral("host.initSystem")).toString(), QStringLiteral("systemd"));

    const QJsonArray services = facts.value(QStringLiteral("services")).toArray();
    const QJsonObject avahi = find(services, QStringLiteral("unit"), QStringLiteral("avahi-daemon.service"));
    QCOMPARE(avahi.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    QCOMPARE(avahi.value(QStringLiteral("active")).toString(), QStringLiteral("active"));
    QCOMPARE(avahi.value(QStringLiteral("name")).toString(), QStringLiteral("avahi-daemon"));
    const QJsonObject cups = find(services, QStringLiteral("unit"), QStringLiteral("cups.service"));
    QCOMPARE(cups.value(QStringLiteral("enabled")).toString(), QStringLiteral("enabled"));
    const QJsonObject auditd = find(services, QStringLiteral("unit"), QStringLiteral("auditd.service"));
    QVERIFY2(auditd.isEmpty(), "a not-found unit is no service of the host");
    QVERIFY(
        !find(facts.value(QStringLiteral("sockets")).toArray(), QStringLiteral("unit"), QStringLiteral("cups.socket"))
             .isEmpty());

    QCOMPARE(at(facts, QStringLiteral("sshd.available")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("sshd.effective.permitrootlogin")).toString(), QStringLiteral("yes"));
    QCOMPARE(at(facts, QStringLiteral("sshd.effective.passwordauthentication")).toString(), QStringLiteral("yes"));

    const QJsonArray rules = at(facts, QStringLiteral("sudoers.rules")).toArray();
    const QJsonObject labadmin = find(rules, QStringLiteral("who"), QStringLiteral("labadmin"));
    QCOMPARE(labadmin.value(QStringLiteral("nopasswd")).toBool(), true);
    QCOMPARE(labadmin.value(QStringLiteral("allCommands")).toBool(), true);
    QCOMPARE(labadmin.value(QStringLiteral("file")).toString(), QStringLiteral("/etc/sudoers.d/90-labadmin"));
    QCOMPARE(labadmin.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(find(rules, QStringLiteral("who"), QStringLiteral("%sudo")).value(QStringLiteral("nopasswd")).toBool(),
             false);
    QCOMPARE(at(facts, QStringLiteral("sudoers.usePty")).toBool(), true);
    const QJsonObject dropIn = find(at(facts, QStringLiteral("sudoers.files")).toArray(), QStringLiteral("path"),
                                    QStringLiteral("/etc/sudoers.d/90-labadmin"));
    QCOMPARE(dropIn.value(QStringLiteral("mode")).toString(), QStringLiteral("0440"));
    QCOMPARE(dropIn.value(QStringLiteral("owner")).toString(), QStringLiteral("root"));

    const QJsonArray weak = at(facts, QStringLiteral("web.nginx.weakProtocols")).toArray();
    QVERIFY(weak.contains(QStringLiteral("TLSv1")));
    QVERIFY(weak.contains(QStringLiteral("TLSv1.1")));
    QVERIFY(!weak.contains(QStringLiteral("TLSv1.2")));
    QCOMPARE(at(facts, QStringLiteral("web.nginx.tlsEnabled")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("web.nginx.running")).toBool(), true);

    QVERIFY(at(facts, QStringLiteral("storage.blankDisks")).toArray().contains(QStringLiteral("/dev/vdb")));
    QCOMPARE(at(facts, QStringLiteral("storage.rootEncrypted")).toBool(true), false);
    QCOMPARE(at(facts, QStringLiteral("firewall.active")).toBool(true), false);
    QVERIFY(at(facts, QStringLiteral("firewall.active")).isBool());
    QCOMPARE(at(facts, QStringLiteral("firewall.nftables.present")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("firewall.nftables.serviceEnabled")).toBool(true), false);

    const QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(find(accounts, QStringLiteral("name"), QStringLiteral("root")).value(QStringLiteral("password")),
             QJsonValue(QStringLiteral("set")));
    QCOMPARE(find(accounts, QStringLiteral("name"), QStringLiteral("daemon")).value(QStringLiteral("password")),
             QJsonValue(QStringLiteral("none")));
    QCOMPARE(find(accounts, QStringLiteral("name"), QStringLiteral("labadmin")).value(QStringLiteral("system")),
             QJsonValue(false));
    const QJsonArray sudoGroup = at(facts, QStringLiteral("groups.sudo")).toArray();
    QVERIFY(sudoGroup.contains(QStringLiteral("labadmin")) && sudoGroup.contains(QStringLiteral("auditor")));

    // The lab image has no package lists (wiped after provisioning): pending updates cannot be known offline.
    QCOMPARE(at(facts, QStringLiteral("updates.manager")).toString(), QStringLiteral("apt"));
    QVERIFY(at(facts, QStringLiteral("updates.pending")).isUndefined());
    QCOMPARE(at(facts, QStringLiteral("logging.journaldPersistent")).toBool(true), false);
    QCOMPARE(at(facts, QStringLiteral("mac.apparmor")).toString(), QStringLiteral("enabled"));
    QVERIFY(at(facts, QStringLiteral("packages.installed")).toArray().contains(QStringLiteral("openssh-server")));
    QVERIFY(!find(facts.value(QStringLiteral("listening")).toArray(), QStringLiteral("process"), QStringLiteral("sshd"))
                 .isEmpty());
}

void TestLinuxFacts::labCaptureUnprivileged()
{
    const QJsonObject facts = parseData(QStringLiteral("lab-debian12-unprivileged.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("probe.elevated")).toBool(true), false);
    // What needs root is absent, so rules about it evaluate to unknown; what does not is still there.
    QVERIFY(at(facts, QStringLiteral("sshd.effective")).isUndefined());
    QCOMPARE(at(facts, QStringLiteral("sshd.available")).toBool(), true);
    QVERIFY(at(facts, QStringLiteral("sudoers.rules")).isUndefined());
    QCOMPARE(at(facts, QStringLiteral("sudoers.readable")).toBool(true), false);
    QVERIFY(at(facts, QStringLiteral("firewall.active")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("firewall.nftables.ruleCount")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("web.nginx.weakProtocols")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("logging.sudoLogged")).isUndefined());
    const QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    QVERIFY(!accounts.isEmpty());
    for (const QJsonValue &account : accounts)
        QVERIFY2(!account.toObject().contains(QStringLiteral("password")), "shadow is unreadable unelevated");
    QVERIFY(!facts.value(QStringLiteral("services")).toArray().isEmpty());
    QVERIFY(at(facts, QStringLiteral("storage.blankDisks")).toArray().contains(QStringLiteral("/dev/vdb")));
}

void TestLinuxFacts::capturesCarryNoPasswordHashes()
{
    static const QRegularExpression hash(QStringLiteral("\\$(1|2[abxy]?|5|6|7|y|gy|sha1|md5)\\$"));
    for (const char *name :
         {"lab-debian12.out", "lab-debian12-unprivileged.out", "local-debian12.out", "truncated.out"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        QVERIFY2(!data.isEmpty(), name);
        QVERIFY2(!hash.match(QString::fromLatin1(data)).hasMatch(), name);
    }
    // Nor can one reach the facts: the hostile capture carries hashes where the host should have sent classes.
    const QByteArray facts = QJsonDocument(parseData(QStringLiteral("hostile.out"))).toJson();
    QVERIFY(!hash.match(QString::fromUtf8(facts)).hasMatch());
}

void TestLinuxFacts::cutAnywhereNeverSaysSomethingElse()
{
    for (const char *name : {"lab-debian12.out", "lab-debian12-unprivileged.out", "local-debian12.out"}) {
        const QByteArray output = readData(QString::fromLatin1(name));
        QVERIFY(!output.isEmpty());
        const QJsonObject full = LinuxFacts::parse(output, Boundary);
        QList<qsizetype> cuts;
        for (qsizetype cut = 0; cut < output.size(); cut += 397)
            cuts << cut;
        // Right around section headers and status lines, where a cut is most likely to confuse.
        for (qsizetype pos = output.indexOf(Boundary); pos >= 0; pos = output.indexOf(Boundary, pos + 1)) {
            for (qsizetype delta : {-1, 0, 1, 20, 41, 45})
                cuts << std::clamp<qsizetype>(pos + delta, 0, output.size() - 1);
        }
        QRandomGenerator random(42);
        for (int i = 0; i < 50; ++i)
            cuts << random.bounded(output.size());
        for (qsizetype cut : std::as_const(cuts)) {
            const QJsonObject partial = LinuxFacts::parse(output.left(cut), Boundary);
            QStringList errors;
            checkSubset(partial, full, QString(), errors);
            QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("%1 cut at %2:\n  %3")
                                                      .arg(QString::fromLatin1(name))
                                                      .arg(cut)
                                                      .arg(errors.join(QStringLiteral("\n  ")))));
            QCOMPARE(at(partial, QStringLiteral("probe.complete")).toBool(), false);
        }
    }
}

void TestLinuxFacts::hugeSectionsAreCappedQuickly()
{
    QByteArray passwd;
    for (int i = 0; i < 150000; ++i)
        passwd += "user" + QByteArray::number(i) + ":x:" + QByteArray::number(10000 + i) + ":100::/home/u:/bin/sh\n";
    QByteArray sshd;
    for (int i = 0; i < 100000; ++i)
        sshd += "key" + QByteArray::number(i) + " value\n";
    QByteArray packages;
    for (int i = 0; i < 200000; ++i)
        packages += "ii package" + QByteArray::number(i) + "\n";
    QByteArray units;
    for (int i = 0; i < 100000; ++i)
        units += "unit" + QByteArray::number(i) + ".service enabled enabled\n";
    QByteArray sudoers;
    for (int i = 0; i < 100000; ++i)
        sudoers += "user" + QByteArray::number(i) + " ALL=(ALL) NOPASSWD: ALL\n";
    QByteArray lines100k = QByteArray("x\n").repeated(100000);
    const QByteArray output =
        plain("probe-version", "1\n") + plain("init", "systemd-booted\n") + section("systemd-unit-files", units) +
        section("systemd-units", lines100k) + plain("binaries", "nft\nnginx\n") + section("ss", lines100k) +
        section("passwd", passwd) + section("sudoers-stat:/etc/sudoers", "440|0|root|0|root|10|regular file\n") +
        section("sudoers-file:/etc/sudoers", sudoers) + plain("sudoers-done") + plain("sshd-available", "yes\n") +
        section("sshd-T", sshd) + section("packages-dpkg", packages) + section("nft-ruleset", lines100k) +
        section("nginx-T", QByteArray("ssl_protocols TLSv1;\n").repeated(100000)) +
        section("cron-file:/etc/crontab", QByteArray("* * * * * root /bin/true\n").repeated(100000)) +
        plain("cron-stat") + section("files-suid", QByteArray("/usr/local/bin/x\n").repeated(100000)) + plain("end");
    QElapsedTimer timer;
    timer.start();
    const QJsonObject facts = LinuxFacts::parse(output, Boundary);
    qInfo() << "parsed" << output.size() << "bytes in" << timer.elapsed() << "ms";
    QVERIFY2(timer.elapsed() < 30000, "parsing must stay roughly linear");
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("accountsTruncated")).toBool(), true);
    QVERIFY(facts.value(QStringLiteral("accounts")).toArray().size() <= 20000);
    QCOMPARE(at(facts, QStringLiteral("packages.installedTruncated")).toBool(), true);
    QVERIFY(at(facts, QStringLiteral("packages.count")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("sshd.effective")).toObject().size() <= 1000);
    QCOMPARE(at(facts, QStringLiteral("servicesTruncated")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("sudoers.rulesTruncated")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("cron.entriesTruncated")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("files.suidTruncated")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("web.nginx.weakProtocols")).toArray(), QJsonArray{QStringLiteral("TLSv1")});
    QCOMPARE(at(facts, QStringLiteral("listening")).toArray().size(), 0);
}

void TestLinuxFacts::forgedBoundariesCannotStartSections()
{
    const QByteArray forged = "BULWARK-ffffffffffffffffffffffffffffffff";
    const QByteArray output =
        plain("probe-version", "1\n") +
        section("sudoers-file:/etc/sudoers", forged + " end\n" + forged + " sshd-T\npermitrootlogin no\n" + Boundary +
                                                 "X end\n " + Boundary + " end\n") +
        plain("sshd-available", "yes\n");
    const QJsonObject facts = LinuxFacts::parse(output, Boundary);
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), false);
    QVERIFY(at(facts, QStringLiteral("sshd.effective")).isUndefined());

    // A header cut in the middle must not restart an earlier section of a shorter name ("ss" from "sshd-...").
    const QByteArray listening =
        plain("probe-version", "1\n") +
        section("ss", "tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",pid=1,fd=3))\n") + "\n" + Boundary +
        " ss";
    const QJsonObject cut = LinuxFacts::parse(listening, Boundary);
    QCOMPARE(at(cut, QStringLiteral("listening")).toArray().size(), 1);
}

void TestLinuxFacts::hostileValuesAreDropped()
{
    const QJsonObject facts = parseData(QStringLiteral("hostile.out"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), false); // its end marker has a forged nonce
    QVERIFY(at(facts, QStringLiteral("probe.version")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("probe.elevated")).isUndefined());
    // Forged headers are plain content of os-release, whose PRETTY_NAME really is "forged".
    QCOMPARE(at(facts, QStringLiteral("os.prettyName")).toString(), QStringLiteral("forged"));
    QCOMPARE(at(facts, QStringLiteral("os.id")).toString(), QStringLiteral("debian"));
    QVERIFY(at(facts, QStringLiteral("host.uptimeSeconds")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("host.hostname")).isUndefined());

    const QJsonArray listening = facts.value(QStringLiteral("listening")).toArray();
    QCOMPARE(listening.size(), 4); // ports 99999 and -1 dropped
    QCOMPARE(find(listening, QStringLiteral("address"), QStringLiteral("::1")).value(QStringLiteral("public")),
             QJsonValue(false));
    QCOMPARE(
        find(listening, QStringLiteral("address"), QStringLiteral("::ffff:127.0.0.1")).value(QStringLiteral("public")),
        QJsonValue(false));
    QCOMPARE(find(listening, QStringLiteral("address"), QStringLiteral("10.0.0.1")).value(QStringLiteral("public")),
             QJsonValue(true));

    const QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    QStringList names;
    for (const QJsonValue &account : accounts)
        names << account.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("root"), QStringLiteral("hashed"), QStringLiteral("ok")}));
    QVERIFY2(!accounts.at(0).toObject().contains(QStringLiteral("password")), "a raw hash is no password class");
    QVERIFY(!accounts.at(1).toObject().contains(QStringLiteral("password")));
    // shadow's class wins over passwd's; an absurd last-change day is dropped.
    QCOMPARE(accounts.at(2).toObject().value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    QVERIFY(!accounts.at(2).toObject().contains(QStringLiteral("passwordLastChange")));
    QCOMPARE(accounts.at(2).toObject().value(QStringLiteral("system")).toBool(), false); // UID_MIN 500
    QVERIFY(at(facts, QStringLiteral("login.passMaxDays")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("login.umask")).isUndefined());

    // The sudoers walk was cut (a file without status): rules about it cannot be trusted.
    QVERIFY(at(facts, QStringLiteral("sudoers.rules")).toArray().isEmpty() ||
            at(facts, QStringLiteral("sudoers.rulesTruncated")).toBool());
    QVERIFY(at(facts, QStringLiteral("sudoers.files.0.mode")).isUndefined());
    // Keys are lower-case; the forged line is content, so the last real value counts.
    QCOMPARE(at(facts, QStringLiteral("sshd.effective.permitrootlogin")).toString(), QStringLiteral("no,yes"));

    QCOMPARE(at(facts, QStringLiteral("packages.installed")).toArray(),
             (QJsonArray{QStringLiteral("openssh-server"), QStringLiteral("telnetd")}));
    QCOMPARE(at(facts, QStringLiteral("legacy.telnetServer")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("legacy.ftpServer")).toBool(true), false); // "rc": config files only
    QVERIFY(at(facts, QStringLiteral("updates.pending")).isUndefined());         // apt-get failed
    QVERIFY(at(facts, QStringLiteral("updates.lastRefreshAgeDays")).isUndefined());
    QVERIFY(!at(facts, QStringLiteral("firewall.nftables.ruleCount")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("firewall.iptables.ruleCount")).isUndefined()); // iptables-save failed
    QCOMPARE(at(facts, QStringLiteral("firewall.active")).toBool(), true);           // firewalld is active
    QCOMPARE(at(facts, QStringLiteral("web.nginx.protocols")).toArray(), QJsonArray{QStringLiteral("SSLv3")});
    QCOMPARE(at(facts, QStringLiteral("web.nginx.serverTokens")).toString(), QStringLiteral("build"));
    QVERIFY(at(facts, QStringLiteral("mac.apparmorEnforced")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("time.synchronized")).isUndefined());
    // sysctl is the last real section (the end marker is forged): it may be cut, so it is not used.
    QVERIFY(at(facts, QStringLiteral("kernel")).isUndefined());
    const QJsonObject sysctl = LinuxFacts::parse(
        plain("sysctl", "net/ipv4/ip_forward=1\nEVIL KEY=1\n../../x=2\n=3\nkernel/x=" + QByteArray(300, 'a') + "\n") +
            plain("end"),
        Boundary);
    QCOMPARE(at(sysctl, QStringLiteral("kernel.sysctl")).toObject().keys(),
             (QStringList{QStringLiteral("kernel.x"), QStringLiteral("net.ipv4.ip_forward")}));
    QCOMPARE(at(sysctl, QStringLiteral("kernel.sysctl")).toObject().value(QStringLiteral("kernel.x")).toString().size(),
             256);
    const QJsonArray unsafe = at(facts, QStringLiteral("cron.unsafeFiles")).toArray();
    QVERIFY(unsafe.contains(QStringLiteral("/etc/crontab")));
    QVERIFY(unsafe.contains(QStringLiteral("/etc/cron.d/bob")));
    // "60 * * * *" has no command; "* * * * * * *" is an entry for a user named "*", as cron would read it.
    QCOMPARE(at(facts, QStringLiteral("cron.entries")).toArray().size(), 3);
    QCOMPARE(at(facts, QStringLiteral("files.suidUnusual")).toArray(),
             QJsonArray{QStringLiteral("/usr/local/bin/rootme")});
    QCOMPARE(at(facts, QStringLiteral("files.worldWritable")).toArray(), QJsonArray{QStringLiteral("/usr/bin/x")});

    const QJsonArray devices = at(facts, QStringLiteral("storage.devices")).toArray();
    QCOMPARE(devices.size(), 3);
    QVERIFY(!devices.at(0).toObject().contains(QStringLiteral("size")));
    QCOMPARE(at(facts, QStringLiteral("storage.rootEncrypted")).toBool(), true);
}

void TestLinuxFacts::garbageIsSanitised()
{
    const QJsonObject facts = parseData(QStringLiteral("garbage.out"));
    const QByteArray json = QJsonDocument(facts).toJson(QJsonDocument::Compact);
    for (char c = 1; c < 0x20; ++c) {
        if (c != '\n' && c != '\t')
            QVERIFY2(
                !json.contains(QByteArray(QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0'))),
                "a control character reached the facts");
    }
    QVERIFY(!json.contains("\\u001b"));
    QCOMPARE(at(facts, QStringLiteral("probe.complete")).toBool(), true);
    // A control character becomes U+FFFD rather than vanishing: "no<ESC>[2J" must not read as "no", nor
    // "12<NUL>34.5" as an uptime of 1234 s, nor "bul<BEL>wark" as a host name.
    QCOMPARE(at(facts, QStringLiteral("sshd.effective.permitrootlogin")).toString(), QStringLiteral("no\uFFFD[2J"));
    QVERIFY(at(facts, QStringLiteral("host.uptimeSeconds")).isUndefined());
    QVERIFY(at(facts, QStringLiteral("host.hostname")).isUndefined());
    QCOMPARE(at(facts, QStringLiteral("firewall.inputPolicyDrop")).toBool(), true);
    const QJsonObject nginx = find(facts.value(QStringLiteral("services")).toArray(), QStringLiteral("unit"),
                                   QStringLiteral("nginx.service"));
    QCOMPARE(nginx.value(QStringLiteral("active")).toString(), QStringLiteral("failed"));
}

void TestLinuxFacts::sudoersParsing()
{
    const QString main = QStringLiteral("# comment\n"
                                        "Defaults\tenv_reset, logfile=\"/var/log/sudo.log\", !requiretty\n"
                                        "Defaults:deploy !authenticate\n"
                                        "Cmnd_Alias EVERYTHING = ALL\n"
                                        "Cmnd_Alias SAFE = /bin/ls, /bin/cat\n"
                                        "#1000 ALL = (ALL) ALL\n"
                                        "alice, bob ALL = (root) NOPASSWD: /bin/ls, PASSWD: /bin/cat\n"
                                        "carol ALL = (ALL:ALL) \\\n"
                                        "    NOPASSWD:SETENV: EVERYTHING\n"
                                        "deploy ALL = SAFE\n"
                                        "dave ALL = (ALL) sha256:abcd ALL # trailing comment\n"
                                        "#includedir /etc/sudoers.d\n");
    const QJsonObject out = SudoersParser::parseContent({{QStringLiteral("/etc/sudoers"), main}});
    const QJsonArray rules = out.value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 5);
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("#1000"));
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("allCommands")).toBool(), true);
    const QJsonObject alice = rules.at(1).toObject();
    QCOMPARE(alice.value(QStringLiteral("who")).toString(), QStringLiteral("alice,bob"));
    QCOMPARE(alice.value(QStringLiteral("nopasswd")).toBool(), true);
    QCOMPARE(alice.value(QStringLiteral("allCommands")).toBool(), false);
    const QJsonObject carol = rules.at(2).toObject();
    QCOMPARE(carol.value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(carol.value(QStringLiteral("nopasswd")).toBool(), true);
    QCOMPARE(carol.value(QStringLiteral("allCommands")).toBool(), true);
    const QJsonObject deploy = rules.at(3).toObject();
    QCOMPARE(deploy.value(QStringLiteral("allCommands")).toBool(), false);
    QCOMPARE(deploy.value(QStringLiteral("authenticate")).toBool(), false);
    const QJsonObject dave = rules.at(4).toObject();
    QCOMPARE(dave.value(QStringLiteral("allCommands")).toBool(), true);
    QCOMPARE(dave.value(QStringLiteral("authenticate")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("logfile")).toString(), QStringLiteral("/var/log/sudo.log"));
    QCOMPARE(out.value(QStringLiteral("requiretty")).toBool(), false);
    QCOMPARE(out.value(QStringLiteral("usePty")).toBool(), false);
    QCOMPARE(out.value(QStringLiteral("defaults")).toArray().size(), 3);
}

void TestLinuxFacts::nginxParsing()
{
    const WebParser::NginxConfig config =
        WebParser::parseNginx(QStringLiteral("# configuration file /etc/nginx/nginx.conf:\n"
                                             "http {\n  ssl_protocols TLSv1.2 TLSv1.3; # ssl_protocols TLSv1;\n"
                                             "  server { listen [::]:443 ssl http2; server_tokens off; }\n"
                                             "  server { listen 80; ssl_protocols 'TLSv1.1'; }\n}\n"));
    QVERIFY(config.tls);
    QCOMPARE(config.protocols,
             (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3"), QStringLiteral("TLSv1.1")}));
    QCOMPARE(config.serverTokens, QStringList{QStringLiteral("off")});
    QVERIFY(!WebParser::parseNginx(QStringLiteral("server { listen 443; }")).tls);
}

void TestLinuxFacts::apacheProtocols()
{
    QCOMPARE(WebParser::apacheProtocols(QStringLiteral("all -SSLv3 -TLSv1 -TLSv1.1")),
             (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    QCOMPARE(WebParser::apacheProtocols(QStringLiteral("+TLSv1.2 +tlsv1")),
             (QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.2")}));
    QCOMPARE(WebParser::apacheProtocols(QStringLiteral("all")).size(), 4);
}

void TestLinuxFacts::apacheFromProbe()
{
    const QByteArray output =
        plain("probe-version", "1\n") + plain("binaries", "apache2\n") +
        section("packages-dpkg", "ii apache2\nii openssl\n") +
        section("apache-S", "AH00558: apache2: Could not reliably determine the server's fully qualified domain name\n"
                            "VirtualHost configuration:\n"
                            "*:443                  is a NameVirtualHost\n"
                            "         default server www.example.org (/etc/apache2/sites-enabled/default-ssl.conf:2)\n"
                            "*:80                   www.example.org (/etc/apache2/sites-enabled/000-default.conf:1)\n"
                            "ServerRoot: \"/etc/apache2\"\n") +
        section("apache-conf",
                "Listen 80\nListen 443\nServerTokens OS\nLoadModule ssl_module "
                "/usr/lib/apache2/modules/mod_ssl.so\n  SSLProtocol all -SSLv3\n\tSSLEngine on\n",
                2) +
        plain("end");
    const QJsonObject facts = LinuxFacts::parse(output, Boundary);
    QCOMPARE(at(facts, QStringLiteral("web.apache.installed")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("web.apache.tlsEnabled")).toBool(), true);
    QCOMPARE(at(facts, QStringLiteral("web.apache.serverTokens")).toString(), QStringLiteral("OS"));
    QCOMPARE(at(facts, QStringLiteral("web.apache.weakProtocols")).toArray(),
             (QJsonArray{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1")}));
    QCOMPARE(at(facts, QStringLiteral("web.apache.virtualHosts")).toArray(),
             (QJsonArray{QStringLiteral("*:443"), QStringLiteral("*:80")}));
    QVERIFY(at(facts, QStringLiteral("web.apache.running")).isUndefined()); // no systemd units in this output
    QCOMPARE(at(facts, QStringLiteral("web.nginx.installed")).toBool(true), false);
}

void TestLinuxFacts::nftAndIptables()
{
    const auto nft = FirewallParser::nftRuleset(QStringLiteral(
        "table inet filter {\n"
        "\tset blocked {\n\t\ttype ipv4_addr\n\t\telements = { 10.0.0.1, 10.0.0.2 }\n\t}\n"
        "\tchain input {\n\t\ttype filter hook input priority filter; policy drop;\n"
        "\t\tct state established,related accept\n\t\ttcp dport { 22, 443 } accept\n\t}\n"
        "\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n\t}\n"
        "}\n"
        "table ip nat {\n\tchain postrouting {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n"
        "\t\toifname \"eth0\" masquerade\n\t}\n}\n"));
    QCOMPARE(nft.rules, 3);
    QCOMPARE(nft.filterRules, 2);
    QVERIFY(nft.inputDrop);
    const auto empty = FirewallParser::nftRuleset(QString());
    QCOMPARE(empty.rules, 0);
    QVERIFY(!empty.inputDrop);
    const auto ipt = FirewallParser::iptablesSave(
        QStringLiteral("*nat\n:PREROUTING ACCEPT [0:0]\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n"
                       "*filter\n:INPUT DROP [0:0]\n:FORWARD ACCEPT [0:0]\n-A INPUT -i lo -j ACCEPT\nCOMMIT\n"));
    QCOMPARE(ipt.rules, 2);
    QCOMPARE(ipt.filterRules, 1);
    QVERIFY(ipt.inputDrop);
}

void TestLinuxFacts::lastLoginTimes()
{
    QCOMPARE(AccountsParser::lastLoginTime(
                 QStringLiteral("labadmin pts/0    10.0.2.2         Wed Nov 25 17:35:00 +0100 2026"))
                 .toString(Qt::ISODate),
             QStringLiteral("2026-11-25T16:35:00Z"));
    QCOMPARE(AccountsParser::lastLoginTime(QStringLiteral("bob pts/1 host Mon Jan  5 01:02:03 2026 - ..."))
                 .toString(Qt::ISODate),
             QStringLiteral("2026-01-05T01:02:03Z"));
    QVERIFY(!AccountsParser::lastLoginTime(QStringLiteral("root **Never logged in**")).isValid());
    QVERIFY(!AccountsParser::lastLoginTime(QStringLiteral("x Wed Feb 31 10:00:00 2026")).isValid());
}

void TestLinuxFacts::loopbackAddresses()
{
    QVERIFY(NetworkParser::isLoopback(QStringLiteral("127.0.0.53")));
    QVERIFY(NetworkParser::isLoopback(QStringLiteral("::1")));
    QVERIFY(NetworkParser::isLoopback(QStringLiteral("::ffff:127.0.0.1")));
    QVERIFY(!NetworkParser::isLoopback(QStringLiteral("0.0.0.0")));
    QVERIFY(!NetworkParser::isLoopback(QStringLiteral("*")));
    QVERIFY(!NetworkParser::isLoopback(QStringLiteral("::")));
    QVERIFY(!NetworkParser::isLoopback(QStringLiteral("10.1.2.3")));
}

void TestLinuxFacts::establishedConnectionsPerListeningSocket()
{
    const QByteArray probe =
        plain("probe-version", "1\n") +
        section("ss", "tcp   LISTEN 0 128 0.0.0.0:631 0.0.0.0:* users:((\"cupsd\",pid=1,fd=7))\n"
                      "tcp   LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"sshd\",pid=2,fd=3))\n"
                      "udp   UNCONN 0 0 0.0.0.0:5353 0.0.0.0:* users:((\"avahi-daemon\",pid=3,fd=12))\n") +
        section("ss-established", "0 0 10.0.2.15:631 10.0.2.2:50000\n0 0 10.0.2.15:631 10.0.2.2:50001\n"
                                  "0 0 [::ffff:10.0.2.15]:22 [::ffff:10.0.2.2]:40000\ngarbage\n");
    const QJsonArray listening = LinuxFacts::parse(probe, Boundary).value(QStringLiteral("listening")).toArray();
    QCOMPARE(find(listening, QStringLiteral("process"), QStringLiteral("cupsd")).value(QStringLiteral("connections")),
             QJsonValue(2));
    QCOMPARE(find(listening, QStringLiteral("process"), QStringLiteral("sshd")).value(QStringLiteral("connections")),
             QJsonValue(1));
    // UDP has no connections to count.
    QVERIFY(!find(listening, QStringLiteral("process"), QStringLiteral("avahi-daemon"))
                 .contains(QStringLiteral("connections")));
}

void TestLinuxFacts::usualSuid()
{
    QVERIFY(SecurityParser::isUsualSuid(QStringLiteral("/usr/bin/passwd")));
    QVERIFY(SecurityParser::isUsualSuid(QStringLiteral("/bin/su")));
    QVERIFY(SecurityParser::isUsualSuid(QStringLiteral("/usr/lib/openssh/ssh-keysign")));
    QVERIFY(!SecurityParser::isUsualSuid(QStringLiteral("/usr/bin/find")));
    QVERIFY(!SecurityParser::isUsualSuid(QStringLiteral("/usr/local/bin/passwd")));
}

void TestLinuxFacts::remoteLogging()
{
    QVERIFY(LoggingParser::rsyslogForwards(QStringLiteral("*.* @@logs.example.org:514")));
    QVERIFY(LoggingParser::rsyslogForwards(QStringLiteral("auth.*\t@10.0.0.5")));
    QVERIFY(LoggingParser::rsyslogForwards(QStringLiteral("action(type=\"omfwd\" target=\"x\" port=\"514\")")));
    QVERIFY(!LoggingParser::rsyslogForwards(QStringLiteral("*.*;auth,authpriv.none -/var/log/syslog")));
    QVERIFY(!LoggingParser::rsyslogForwards(QStringLiteral("#*.* @@remote")));
    QVERIFY(LoggingParser::syslogNgForwards(QStringLiteral("destination d_net { network(\"10.0.0.1\"); };")));
    QVERIFY(!LoggingParser::syslogNgForwards(QStringLiteral("destination d_file { file(\"/var/log/x\"); };")));
}

void TestLinuxFacts::cronEntries()
{
    const QJsonArray system = CronParser::entries(
        QStringLiteral("/etc/crontab"),
        QStringLiteral("SHELL=/bin/sh\n17 *\t* * *\troot    cd / && run-parts --report /etc/cron.hourly\n"
                       "@reboot root /usr/local/bin/boot.sh\n"),
        true, QString(), 100);
    QCOMPARE(system.size(), 2);
    QCOMPARE(system.at(0).toObject().value(QStringLiteral("schedule")).toString(), QStringLiteral("17 * * * *"));
    QCOMPARE(system.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("root"));
    QCOMPARE(system.at(0).toObject().value(QStringLiteral("command")).toString(),
             QStringLiteral("cd / && run-parts --report /etc/cron.hourly"));
    QCOMPARE(system.at(1).toObject().value(QStringLiteral("schedule")).toString(), QStringLiteral("@reboot"));
    const QJsonArray user =
        CronParser::entries(QStringLiteral("/var/spool/cron/crontabs/bob"),
                            QStringLiteral("*/5 * * * * /home/bob/x.sh\n"), false, QStringLiteral("bob"), 100);
    QCOMPARE(user.size(), 1);
    QCOMPARE(user.at(0).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("bob"));

    // Credentials in cron lines never reach the facts (which are stored in the scan history).
    const QJsonArray secrets =
        CronParser::entries(QStringLiteral("/etc/cron.d/backup"),
                            QStringLiteral("0 2 * * * root mysqldump -uroot -pS3cret db > /b.sql\n"
                                           "0 3 * * * root curl -u svc:Hunter2 https://x\n"
                                           "0 4 * * * root rsync rsync://bk:Pw0rd@store/x /y --password=topsecret\n"
                                           "0 5 * * * root DB_PASSWORD=abc123 /opt/job\n"),
                            true, QString(), 100);
    QCOMPARE(secrets.size(), 4);
    for (const QJsonValue &entry : secrets) {
        const QString command = entry.toObject().value(QStringLiteral("command")).toString();
        for (const char *secret : {"S3cret", "Hunter2", "Pw0rd", "topsecret", "abc123"})
            QVERIFY2(!command.contains(QLatin1String(secret)), qPrintable(command));
        QVERIFY2(command.contains(QStringLiteral("[redacted]")), qPrintable(command));
    }
}

void TestLinuxFacts::probeArgvCarriesTheScript()
{
    const QByteArrayList argv = LinuxFacts::probeArgv(Boundary);
    QCOMPARE(argv.size(), 5);
    QCOMPARE(argv.at(0), QByteArray("sh"));
    QCOMPARE(argv.at(1), QByteArray("-c"));
    QVERIFY(argv.at(2).contains("probe-version"));
    QCOMPARE(argv.at(3), QByteArray("bulwark-probe"));
    QCOMPARE(argv.at(4), Boundary);
    // Linux caps one argument at 128 KiB (MAX_ARG_STRLEN), and the script travels quoted inside one.
    QVERIFY2(argv.at(2).size() < 64 * 1024, "the probe script must stay well below the kernel's argument limit");
}

void TestLinuxFacts::probeScriptIsPosixSh()
{
    const QByteArray script = LinuxFacts::probeArgv(Boundary).at(2);
    bool ran = false;
    for (const char *shell : {"dash", "bash", "busybox"}) {
        const QString program = QStandardPaths::findExecutable(QString::fromLatin1(shell));
        if (program.isEmpty())
            continue;
        QStringList arguments{QStringLiteral("-n")};
        if (qstrcmp(shell, "bash") == 0)
            arguments.prepend(QStringLiteral("--posix"));
        if (qstrcmp(shell, "busybox") == 0)
            arguments.prepend(QStringLiteral("sh"));
        QProcess process;
        process.start(program, arguments);
        QVERIFY(process.waitForStarted());
        process.write(script);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromLatin1(shell) + QStringLiteral(": ") +
                                                     QString::fromLocal8Bit(process.readAllStandardError())));
        ran = true;
    }
    if (!ran)
        QSKIP("no dash, bash or busybox to check the script with");
}

QTEST_GUILESS_MAIN(TestLinuxFacts)
#include "tst_linuxfacts.moc"
