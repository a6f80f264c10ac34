// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ServicesPlanner.h"
#include "tests/common/Golden.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Bulwark;
using namespace Bulwark::Plan;

namespace {

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("BULWARK_TEST_DATA") + u'/' + relative;
}

QJsonObject labFacts()
{
    QFile file(dataPath(QStringLiteral("facts/linux/lab-debian12.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList argvs(const ChangePlan &plan)
{
    QStringList out;
    for (const Change &change : plan.changes())
        if (const CommandStep *step = change.command())
            out.append(step->argv().join(u' '));
    return out;
}

QJsonObject factsWithService(const QString &unit, const QString &name)
{
    QJsonObject entry{{QStringLiteral("unit"), unit},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("enabled"), QStringLiteral("enabled")},
                      {QStringLiteral("active"), QStringLiteral("active")}};
    return QJsonObject{{QStringLiteral("services"), QJsonArray{entry}},
                       {QStringLiteral("host"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("h")}}}};
}

} // namespace

class TestServicesPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labPlanSteps();
    void labPlanVerifyAndInverse();
    void labPlanGolden();
    void mask();
    void pathUnitsFromFacts();
    void alreadyOff();
    void refusals_data();
    void refusals();
    void listeningWarnings();
    void hostileUnitNames_data();
    void hostileUnitNames();
    void leadingDashPassedAfterDoubleDash();
    void describeEffect();
    void inetdEdit();
    void inetdReloadsTheRunningDaemon();
    void serviceInUseIsWarned();
    void xinetdBlockIsDisabled();
    void recommendations();
};

void TestServicesPlanner::labPlanSteps()
{
    const QJsonObject facts = labFacts();
    QVERIFY(!facts.isEmpty());
    ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon"), QStringLiteral("cups.service")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->hostDisplayName(), QStringLiteral("bulwark-lab"));
    const QStringList expected = {
        QStringLiteral("systemctl disable --now -- avahi-daemon.socket"),
        QStringLiteral("systemctl disable --now -- avahi-daemon.service"),
        QStringLiteral("systemctl disable --now -- cups.socket"),
        QStringLiteral("systemctl disable --now -- cups.path"), // would start cups again on demand
        QStringLiteral("systemctl disable --now -- cups.service"),
    };
    QCOMPARE(argvs(*plan), expected);
    QCOMPARE(plan->changes().at(0).ruleIds(), QStringList{QStringLiteral("BW-LNX-SVC-001")});
    QCOMPARE(plan->changes().at(4).ruleIds(), QStringList{QStringLiteral("BW-LNX-SVC-002")});
    QCOMPARE(plan->changes().at(1).title(), QStringLiteral("Stop and disable avahi-daemon.service"));
}

void TestServicesPlanner::labPlanVerifyAndInverse()
{
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups")};
    const auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().size(), 3); // cups.socket, cups.path, cups.service
    const CommandStep step = *plan->changes().at(2).command();
    QCOMPARE(step.verify().size(), 2);
    QCOMPARE(step.verify().at(0).argv(), (QStringList{QStringLiteral("systemctl"), QStringLiteral("is-enabled"),
                                                      QStringLiteral("--"), QStringLiteral("cups.service")}));
    QVERIFY(step.verify().at(0).matches(1, "disabled\n"));
    QVERIFY(!step.verify().at(0).matches(0, "enabled\n"));
    QCOMPARE(step.verify().at(1).expectedStdout(), QStringList{QStringLiteral("inactive")});
    QVERIFY(step.verify().at(1).matches(3, "inactive\n"));
    QCOMPARE(step.inverse().size(), std::size_t(2));
    QCOMPARE(step.inverse().at(0).argv().join(u' '), QStringLiteral("systemctl enable -- cups.service"));
    QCOMPARE(step.inverse().at(1).argv().join(u' '), QStringLiteral("systemctl start -- cups.service"));
    QVERIFY(!step.accessAffecting());
}

void TestServicesPlanner::labPlanGolden()
{
    ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon"), QStringLiteral("cups")};
    auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(plan.ok());
    plan->setCreated(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const QByteArray bytes = plan->toJsonBytes();
    const QString problem = Golden::check(dataPath(QStringLiteral("plan/lab-disable-avahi-cups.json")), bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto back = ChangePlan::fromJsonBytes(bytes);
    QVERIFY(back.ok());
    QVERIFY(*back == *plan);
}

void TestServicesPlanner::mask()
{
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups")};
    choice.mask = true;
    choice.includeSocketsAndPaths = false;
    const auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(argvs(*plan), (QStringList{QStringLiteral("systemctl disable --now -- cups.service"),
                                        QStringLiteral("systemctl mask -- cups.service")}));
    const CommandStep mask = *plan->changes().at(1).command();
    QCOMPARE(mask.verify().at(0).expectedStdout(), QStringList{QStringLiteral("masked")});
    QCOMPARE(mask.inverse().at(0).argv().join(u' '), QStringLiteral("systemctl unmask -- cups.service"));
}

void TestServicesPlanner::pathUnitsFromFacts()
{
    // The probe does not list .path units yet; when facts.paths[] exists it has the shape of sockets[].
    QJsonObject facts = labFacts();
    facts.insert(QStringLiteral("paths"),
                 QJsonArray{QJsonObject{{QStringLiteral("unit"), QStringLiteral("cups.path")},
                                        {QStringLiteral("name"), QStringLiteral("cups")},
                                        {QStringLiteral("enabled"), QStringLiteral("enabled")},
                                        {QStringLiteral("active"), QStringLiteral("active")}}});
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    QCOMPARE(argvs(*plan), (QStringList{QStringLiteral("systemctl disable --now -- cups.socket"),
                                        QStringLiteral("systemctl disable --now -- cups.path"),
                                        QStringLiteral("systemctl disable --now -- cups.service")}));
}

void TestServicesPlanner::alreadyOff()
{
    // console-getty.service is disabled and not loaded in the lab facts.
    ServicesChoice choice;
    choice.units = {QStringLiteral("console-getty")};
    const auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(plan.ok());
    QVERIFY(plan->isEmpty());
    QCOMPARE(plan->warnings().size(), 1);
    choice.mask = true;
    const auto masked = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(masked.ok());
    QCOMPARE(argvs(*masked), QStringList{QStringLiteral("systemctl mask -- console-getty.service")});
}

void TestServicesPlanner::refusals_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("message");
    QTest::newRow("ssh") << QStringLiteral("ssh") << QStringLiteral("would cut the connection Bulwark uses");
    QTest::newRow("sshd alias unit") << QStringLiteral("ssh.service")
                                     << QStringLiteral("would cut the connection Bulwark uses");
    QTest::newRow("networkd") << QStringLiteral("systemd-networkd")
                              << QStringLiteral("would cut the connection Bulwark uses");
    QTest::newRow("journald") << QStringLiteral("systemd-journald") << QStringLiteral("the system needs it");
    QTest::newRow("dbus") << QStringLiteral("dbus.service") << QStringLiteral("the system needs it");
    QTest::newRow("logind") << QStringLiteral("systemd-logind") << QStringLiteral("the system needs it");
    QTest::newRow("unknown") << QStringLiteral("no-such-thing") << QStringLiteral("is not a service on bulwark-lab");
    QTest::newRow("alias") << QStringLiteral("dbus-org.freedesktop.Avahi.service")
                           << QStringLiteral("only another name");
}

void TestServicesPlanner::refusals()
{
    QFETCH(QString, unit);
    QFETCH(QString, message);
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups"), unit};
    const auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code(), Error::Code::InvalidArgument);
    QVERIFY2(plan.error().message().contains(message), qPrintable(plan.error().message()));
}

void TestServicesPlanner::listeningWarnings()
{
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups"), QStringLiteral("avahi-daemon")};
    const auto plan = ServicesPlanner::plan(labFacts(), choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->warnings().size(), 2);
    QVERIFY2(plan->warnings().at(0).startsWith(QStringLiteral("cups is listening on 127.0.0.1:631, [::1]:631")),
             qPrintable(plan->warnings().at(0)));
    QVERIFY(plan->warnings().at(1).startsWith(QStringLiteral("avahi-daemon is listening on 0.0.0.0:5353")));
}

void TestServicesPlanner::hostileUnitNames_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("space") << QStringLiteral("two words.service");
    QTest::newRow("quote") << QStringLiteral("it's.service");
    QTest::newRow("dquote") << QStringLiteral("\"x\".service");
    QTest::newRow("subst") << QStringLiteral("$(touch x).service");
    QTest::newRow("backtick") << QStringLiteral("`id`.service");
    QTest::newRow("semicolon") << QStringLiteral("a;reboot.service");
    QTest::newRow("newline") << QStringLiteral("a\nb.service");
    QTest::newRow("empty") << QString();
}

void TestServicesPlanner::hostileUnitNames()
{
    QFETCH(QString, unit);
    // The facts list the unit: the host said so, which does not make the name safe.
    ServicesChoice choice;
    choice.units = {unit};
    const auto plan = ServicesPlanner::plan(factsWithService(unit, unit.section(u'.', 0, 0)), choice);
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message().contains(QStringLiteral("not a valid systemd unit name")));

    // A hostile socket next to a valid service is left out, never put in an argv.
    QJsonObject facts = factsWithService(QStringLiteral("svc.service"), QStringLiteral("svc"));
    facts.insert(QStringLiteral("sockets"),
                 QJsonArray{QJsonObject{{QStringLiteral("unit"), unit},
                                        {QStringLiteral("name"), QStringLiteral("svc")},
                                        {QStringLiteral("enabled"), QStringLiteral("enabled")}}});
    choice.units = {QStringLiteral("svc")};
    const auto safe = ServicesPlanner::plan(facts, choice);
    QVERIFY(safe.ok());
    QCOMPARE(argvs(*safe), QStringList{QStringLiteral("systemctl disable --now -- svc.service")});
}

void TestServicesPlanner::leadingDashPassedAfterDoubleDash()
{
    const QString unit = QStringLiteral("-n.service");
    ServicesChoice choice;
    choice.units = {unit};
    const auto plan = ServicesPlanner::plan(factsWithService(unit, QStringLiteral("-n")), choice);
    QVERIFY(plan.ok());
    const CommandStep step = *plan->changes().at(0).command();
    const QStringList argv = step.argv();
    QCOMPARE(argv.size(), 5);
    QCOMPARE(argv.at(3), QStringLiteral("--"));
    QCOMPARE(argv.at(4), unit);
    for (const CommandCheck &check : step.verify())
        QCOMPARE(check.argv().indexOf(unit), check.argv().indexOf(QStringLiteral("--")) + 1);
    for (const CommandStep &undo : step.inverse())
        QCOMPARE(undo.argv().indexOf(unit), undo.argv().indexOf(QStringLiteral("--")) + 1);
}

void TestServicesPlanner::describeEffect()
{
    const QJsonObject facts = labFacts();
    const CommandStep disable({QStringLiteral("systemctl"), QStringLiteral("disable"), QStringLiteral("--now"),
                               QStringLiteral("--"), QStringLiteral("avahi-daemon.service")},
                              QString());
    QCOMPARE(disable.describeEffect(facts),
             QStringLiteral("avahi-daemon.service: enabled+running -> disabled+stopped"));
    const CommandStep mask(
        {QStringLiteral("systemctl"), QStringLiteral("mask"), QStringLiteral("--"), QStringLiteral("cups.socket")},
        QString());
    QCOMPARE(mask.describeEffect(facts), QStringLiteral("cups.socket: enabled+running -> masked+running"));
    const CommandStep other({QStringLiteral("true")}, QStringLiteral("Nothing"));
    QCOMPARE(other.describeEffect(facts), QStringLiteral("Nothing"));

    ServicesChoice choice;
    choice.units = {QStringLiteral("avahi-daemon")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->summary().at(1), QStringLiteral("Stop and disable avahi-daemon.service: avahi-daemon.service: "
                                                   "enabled+running -> disabled+stopped"));
}

void TestServicesPlanner::inetdEdit()
{
    QJsonObject facts = labFacts();
    facts.insert(QStringLiteral("inetd"),
                 QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("telnet")},
                                        {QStringLiteral("file"), QStringLiteral("/etc/inetd.conf")},
                                        {QStringLiteral("enabled"), true}}});
    ServicesChoice choice;
    choice.inetdServices = {QStringLiteral("telnet")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QCOMPARE(plan->changes().size(), 1);
    const FileEdit edit = *plan->changes().at(0).fileEdit();
    QVERIFY(edit.needsRead());
    QCOMPARE(edit.path(), QStringLiteral("/etc/inetd.conf"));
    QCOMPARE(plan->changes().at(0).ruleIds(),
             (QStringList{QStringLiteral("BW-LNX-SVC-009"), QStringLiteral("BW-LNX-SVC-003")}));
    const QByteArray before = "# comment telnet\ntelnet stream tcp nowait root /usr/sbin/tcpd in.telnetd\n"
                              "ftp stream tcp nowait root /usr/sbin/tcpd in.ftpd\n";
    const auto after = edit.applyTransform(before);
    QVERIFY(after.ok());
    QCOMPARE(*after, QByteArray("# comment telnet\n#telnet stream tcp nowait root /usr/sbin/tcpd in.telnetd\n"
                                "ftp stream tcp nowait root /usr/sbin/tcpd in.ftpd\n"));
    QVERIFY(!edit.applyTransform(*after).ok());

    choice.inetdServices = {QStringLiteral("ftp")};
    QVERIFY(!ServicesPlanner::plan(facts, choice).ok());
}

void TestServicesPlanner::inetdReloadsTheRunningDaemon()
{
    QJsonObject facts = labFacts();
    facts.insert(QStringLiteral("inetd"),
                 QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("telnet")},
                                        {QStringLiteral("file"), QStringLiteral("/etc/inetd.conf")},
                                        {QStringLiteral("enabled"), true}}});
    ServicesChoice choice;
    choice.inetdServices = {QStringLiteral("telnet")};
    // Not running: no reload, and the plan says when the change takes effect.
    auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    QVERIFY(plan->changes().at(0).fileEdit()->reload().isEmpty());
    QVERIFY(plan->warnings().join(u' ').contains(QStringLiteral("No running inetd")));

    QJsonArray services = facts.value(QStringLiteral("services")).toArray();
    services.append(QJsonObject{{QStringLiteral("unit"), QStringLiteral("inetd.service")},
                                {QStringLiteral("name"), QStringLiteral("inetd")},
                                {QStringLiteral("enabled"), QStringLiteral("enabled")},
                                {QStringLiteral("active"), QStringLiteral("active")},
                                {QStringLiteral("sub"), QStringLiteral("running")}});
    facts.insert(QStringLiteral("services"), services);
    plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    QCOMPARE(plan->changes().at(0).fileEdit()->reload(),
             (QStringList{QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"),
                          QStringLiteral("inetd.service")}));
    // The reload survives a save and load.
    const auto loaded = ChangePlan::fromJsonBytes(plan->toJsonBytes());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->changes().at(0).fileEdit()->reload(), plan->changes().at(0).fileEdit()->reload());
}

void TestServicesPlanner::serviceInUseIsWarned()
{
    QJsonObject facts = labFacts();
    facts.insert(QStringLiteral("listening"),
                 QJsonArray{QJsonObject{{QStringLiteral("proto"), QStringLiteral("tcp")},
                                        {QStringLiteral("address"), QStringLiteral("0.0.0.0")},
                                        {QStringLiteral("port"), 631},
                                        {QStringLiteral("process"), QStringLiteral("cupsd")},
                                        {QStringLiteral("public"), true},
                                        {QStringLiteral("connections"), 2}}});
    ServicesChoice choice;
    choice.units = {QStringLiteral("cups")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    const QString warnings = plan->warnings().join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("cups is in use (open connections to 0.0.0.0:631 at the last scan: 2)")),
             qPrintable(warnings));
}

void TestServicesPlanner::xinetdBlockIsDisabled()
{
    QJsonObject facts = labFacts();
    facts.insert(QStringLiteral("inetd"),
                 QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("telnet")},
                                        {QStringLiteral("file"), QStringLiteral("/etc/xinetd.d/telnet")},
                                        {QStringLiteral("enabled"), true}}});
    ServicesChoice choice;
    choice.inetdServices = {QStringLiteral("telnet")};
    const auto plan = ServicesPlanner::plan(facts, choice);
    QVERIFY(plan.ok());
    const FileEdit edit = *plan->changes().at(0).fileEdit();
    QCOMPARE(edit.transform(), FileEdit::Transform::DisableXinetdService);

    // "disable = no" becomes yes; the rest is untouched.
    const QByteArray withNo = "# default: on\nservice telnet\n{\n\tflags\t\t= REUSE\n\tdisable\t\t= no\n"
                              "\tserver\t\t= /usr/sbin/in.telnetd\n}\n";
    const auto disabled = edit.applyTransform(withNo);
    QVERIFY(disabled.ok());
    QCOMPARE(*disabled, QByteArray("# default: on\nservice telnet\n{\n\tflags\t\t= REUSE\n\tdisable\t\t= yes\n"
                                   "\tserver\t\t= /usr/sbin/in.telnetd\n}\n"));
    QVERIFY(!edit.applyTransform(*disabled).ok()); // already disabled
    // No disable line: one is added before the closing brace.
    const QByteArray without = "service telnet {\n\tserver = /usr/sbin/in.telnetd\n}\nservice other\n{\n}\n";
    const auto added = edit.applyTransform(without);
    QVERIFY(added.ok());
    QCOMPARE(*added, QByteArray("service telnet {\n\tserver = /usr/sbin/in.telnetd\n\tdisable\t\t= yes\n}\n"
                                "service other\n{\n}\n"));
    // Another service's block is never touched; a missing block is an error.
    QVERIFY(!edit.applyTransform("service ftp\n{\n\tdisable = no\n}\n").ok());
}

void TestServicesPlanner::recommendations()
{
    const QJsonObject facts = labFacts();
    const QList<Rules::Finding> findings = {
        Rules::Finding(QStringLiteral("BW-LNX-SVC-001"), Rules::Finding::Status::Fail, Rules::Severity::Medium,
                       Rules::Area::Services),
        Rules::Finding(QStringLiteral("BW-LNX-SVC-002"), Rules::Finding::Status::Fail, Rules::Severity::Medium,
                       Rules::Area::Services),
        Rules::Finding(QStringLiteral("BW-LNX-SVC-011"), Rules::Finding::Status::Pass, Rules::Severity::Medium,
                       Rules::Area::Services),
    };
    const auto list = ServicesPlanner::recommendations(facts, findings);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).unit, QStringLiteral("avahi-daemon.service"));
    QCOMPARE(list.at(0).ruleId, QStringLiteral("BW-LNX-SVC-001"));
    QVERIFY(list.at(0).running);
    QVERIFY(list.at(0).listening);
    QVERIFY(!list.at(0).purpose.isEmpty());
    QCOMPARE(list.at(1).unit, QStringLiteral("cups.service"));
}

QTEST_GUILESS_MAIN(TestServicesPlanner)
#include "tst_servicesplanner.moc"
