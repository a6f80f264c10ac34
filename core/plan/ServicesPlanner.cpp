// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ServicesPlanner.h"

#include "core/plan/UnitState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace Bulwark::Plan {

namespace {

const char *const context = "Bulwark::Plan::ServicesPlanner";

struct Known
{
    const char *ruleId;
    QStringList names;   // services[].name / sockets[].name
    QStringList inetd;   // facts.inetd[].service
    const char *purpose; // QT_TRANSLATE_NOOP
};

// What each BW-LNX-SVC rule is about, following resources/rules/linux/services.yaml.
const QList<Known> &knownServices()
{
    static const QList<Known> table = {
        {"BW-LNX-SVC-001",
         {QStringLiteral("avahi-daemon")},
         {},
         QT_TRANSLATE_NOOP(
             "Bulwark::Plan::ServicesPlanner",
             "Avahi announces this server by a .local name to the local network; servers rarely need it.")},
        {"BW-LNX-SVC-002",
         {QStringLiteral("cups"), QStringLiteral("cups-browsed")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner", "CUPS lets this server print; most servers never print.")},
        {"BW-LNX-SVC-003",
         {QStringLiteral("telnetd"), QStringLiteral("inetutils-telnetd")},
         {QStringLiteral("telnet")},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "Telnet logins send passwords unencrypted; SSH does the same job safely.")},
        {"BW-LNX-SVC-004",
         {QStringLiteral("vsftpd"), QStringLiteral("proftpd"), QStringLiteral("pure-ftpd")},
         {QStringLiteral("ftp")},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "FTP transfers files and passwords unencrypted; SFTP replaces it.")},
        {"BW-LNX-SVC-005",
         {QStringLiteral("rsh"), QStringLiteral("rlogin"), QStringLiteral("rexec")},
         {QStringLiteral("shell"), QStringLiteral("login"), QStringLiteral("exec")},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "rsh, rlogin and rexec are remote logins without encryption; SSH replaces them.")},
        {"BW-LNX-SVC-006",
         {QStringLiteral("tftpd-hpa"), QStringLiteral("atftpd")},
         {QStringLiteral("tftp")},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "TFTP hands out files without any password; it is only needed to boot devices over the "
                           "network.")},
        {"BW-LNX-SVC-007",
         {QStringLiteral("ypserv"), QStringLiteral("nis")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "NIS shares user accounts and password hashes across the network unprotected.")},
        {"BW-LNX-SVC-008",
         {QStringLiteral("talkd")},
         {QStringLiteral("talk"), QStringLiteral("ntalk")},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner", "talk is an old terminal chat program nobody needs.")},
        {"BW-LNX-SVC-010",
         {QStringLiteral("inetd"), QStringLiteral("openbsd-inetd"), QStringLiteral("inetutils-inetd"),
          QStringLiteral("xinetd"), QStringLiteral("rlinetd")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "inetd starts old network services on demand; nothing modern needs it.")},
        {"BW-LNX-SVC-011",
         {QStringLiteral("rpcbind")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "rpcbind is only needed by NFS file sharing and NIS; otherwise it just listens.")},
        {"BW-LNX-SVC-012",
         {QStringLiteral("nfs-server"), QStringLiteral("nfs-kernel-server")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "The NFS server shares folders of this server with other machines.")},
        {"BW-LNX-SVC-013",
         {QStringLiteral("snmpd")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "SNMP lets monitoring tools read (and sometimes change) this server's settings.")},
        {"BW-LNX-SVC-014",
         {QStringLiteral("smbd"), QStringLiteral("nmbd"), QStringLiteral("samba"), QStringLiteral("samba-ad-dc")},
         {},
         QT_TRANSLATE_NOOP("Bulwark::Plan::ServicesPlanner",
                           "Samba shares folders and printers with Windows computers.")},
    };
    return table;
}

// Remote-access programs: stopping them may lock someone out, so their steps are flagged access-affecting.
const QStringList &remoteAccessUnits()
{
    static const QStringList names = {QStringLiteral("xrdp"),       QStringLiteral("x11vnc"),
                                      QStringLiteral("cockpit"),    QStringLiteral("webmin"),
                                      QStringLiteral("tailscaled"), QStringLiteral("openvpn"),
                                      QStringLiteral("wg-quick@"),  QStringLiteral("zerotier-one"),
                                      QStringLiteral("teleport"),   QStringLiteral("guacd")};
    return names;
}

QString serviceName(const QString &unit)
{
    const qsizetype dot = unit.lastIndexOf(u'.');
    return dot > 0 ? unit.left(dot) : unit;
}

// The base name of a template instance: getty@tty1 -> getty@.
QString templateName(const QString &name)
{
    const qsizetype at = name.indexOf(u'@');
    return at >= 0 ? name.left(at + 1) : name;
}

Error refuse(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

QString endpoint(const QJsonObject &listening)
{
    const QString address = listening.value(QStringLiteral("address")).toString();
    const QString port = QString::number(listening.value(QStringLiteral("port")).toInt());
    if (address.contains(u':'))
        return u'[' + address + QStringLiteral("]:") + port;
    return address + u':' + port;
}

// ss names the process, not the unit: cups -> cupsd, ssh -> sshd, avahi-daemon -> avahi-daemon.
bool processBelongsTo(const QString &process, const QString &name)
{
    if (process.isEmpty())
        return false;
    return process == name || process == name + u'd' || name == process + u'd' ||
           name == process + QStringLiteral("-daemon");
}

QStringList argvFor(const QString &verb, const QString &unit, bool now = false)
{
    QStringList argv{QStringLiteral("systemctl"), verb};
    if (now)
        argv.append(QStringLiteral("--now"));
    argv << QStringLiteral("--") << unit;
    return argv;
}

CommandCheck isEnabled(const QString &unit, const QStringList &expected)
{
    return CommandCheck({QStringLiteral("systemctl"), QStringLiteral("is-enabled"), QStringLiteral("--"), unit},
                        expected);
}

CommandCheck isActive(const QString &unit, const QStringList &expected)
{
    return CommandCheck({QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--"), unit},
                        expected);
}

} // namespace

QStringList ServicesPlanner::sessionUnits()
{
    return {QStringLiteral("ssh"),        QStringLiteral("sshd"),           QStringLiteral("systemd-networkd"),
            QStringLiteral("networking"), QStringLiteral("NetworkManager"), QStringLiteral("systemd-resolved")};
}

QStringList ServicesPlanner::essentialUnits()
{
    return {QStringLiteral("systemd-journald"),
            QStringLiteral("systemd-logind"),
            QStringLiteral("dbus"),
            QStringLiteral("dbus-broker"),
            QStringLiteral("systemd-udevd"),
            QStringLiteral("systemd-tmpfiles-setup"),
            QStringLiteral("systemd-remount-fs"),
            QStringLiteral("systemd-sysctl"),
            QStringLiteral("systemd-fsck-root"),
            QStringLiteral("systemd-user-sessions"),
            QStringLiteral("user@"),
            QStringLiteral("getty@"),
            QStringLiteral("serial-getty@"),
            QStringLiteral("emergency"),
            QStringLiteral("rescue"),
            QStringLiteral("polkit"),
            QStringLiteral("auditd"),
            QStringLiteral("rsyslog")};
}

bool ServicesPlanner::isValidUnitName(const QString &unit)
{
    if (unit.isEmpty() || unit.size() > 255)
        return false;
    for (const QChar c : unit) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u':' ||
                        c == u'_' || c == u'.' || c == u'\\' || c == u'@' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QStringList ServicesPlanner::ruleIdsForService(const QString &name)
{
    QStringList ids;
    for (const Known &known : knownServices()) {
        if (known.names.contains(name) || known.names.contains(templateName(name)))
            ids.append(QString::fromLatin1(known.ruleId));
    }
    return ids;
}

Result<ChangePlan> ServicesPlanner::plan(const QJsonObject &facts, const ServicesChoice &choice)
{
    if (choice.units.isEmpty() && choice.inetdServices.isEmpty())
        return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "No service was chosen."));

    ChangePlan plan;
    plan.setHostDisplayName(
        choice.hostDisplayName.isEmpty()
            ? facts.value(QStringLiteral("host")).toObject().value(QStringLiteral("hostname")).toString()
            : choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    const QString host = plan.hostDisplayName();

    QSet<QString> planned;
    for (const QString &requested : choice.units) {
        if (!isValidUnitName(requested))
            return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                      "\"%1\" is not a valid systemd unit name.")
                              .arg(requested));
        const QString unit = requested.contains(u'.') ? requested : requested + QStringLiteral(".service");
        UnitState service;
        for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
            if (value.toObject().value(QStringLiteral("unit")).toString() == unit)
                service = UnitState::fromEntry(value.toObject());
        }
        if (!service.found)
            return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                      "%1 is not a service on %2 (the last scan did not list it).")
                              .arg(unit, host));
        const QString name = service.name.isEmpty() ? serviceName(unit) : service.name;
        if (sessionUnits().contains(name) || sessionUnits().contains(templateName(name)))
            return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                      "%1 cannot be switched off: it would cut the connection "
                                                      "Bulwark uses.")
                              .arg(unit));
        if (essentialUnits().contains(name) || essentialUnits().contains(templateName(name)))
            return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                      "%1 cannot be switched off: the system needs it to start, "
                                                      "keep logs or be administered.")
                              .arg(unit));
        if (service.enabled == QLatin1String("alias"))
            return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                      "%1 is only another name for a service; choose that service "
                                                      "instead.")
                              .arg(unit));
        if (planned.contains(unit))
            continue;

        // Sockets and paths first, so nothing starts the service again while it is being stopped.
        QList<UnitState> units;
        if (choice.includeSocketsAndPaths) {
            for (const QString &key : {QStringLiteral("sockets"), QStringLiteral("paths")}) {
                for (const QJsonValue &value : facts.value(key).toArray()) {
                    const UnitState related = UnitState::fromEntry(value.toObject());
                    if (related.name == name && related.unit != unit && isValidUnitName(related.unit))
                        units.append(related);
                }
            }
        }
        units.append(service);

        const QStringList ruleIds = ruleIdsForService(name);
        const bool access = remoteAccessUnits().contains(name) || remoteAccessUnits().contains(templateName(name));
        bool anything = false;
        for (const UnitState &state : units) {
            planned.insert(state.unit);
            if (state.isEnabled() || state.running) {
                CommandStep step(argvFor(QStringLiteral("disable"), state.unit, true), QString());
                step.setDescription(step.describeEffect(facts));
                const QStringList enabledAfter = state.isEnabled() || state.enabled.isEmpty()
                                                     ? QStringList{QStringLiteral("disabled"), QStringLiteral("masked")}
                                                     : QStringList{state.enabled, QStringLiteral("masked")};
                step.setVerify(
                    {isEnabled(state.unit, enabledAfter), isActive(state.unit, {QStringLiteral("inactive")})});
                // Each undo step checks that the unit is back in its state before the plan.
                std::vector<CommandStep> inverse;
                if (state.isEnabled()) {
                    CommandStep enable(argvFor(QStringLiteral("enable"), state.unit),
                                       QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Enable %1 again")
                                           .arg(state.unit));
                    enable.setVerify({isEnabled(state.unit, {state.enabled})});
                    inverse.push_back(enable);
                }
                if (state.running) {
                    CommandStep start(argvFor(QStringLiteral("start"), state.unit),
                                      QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Start %1 again")
                                          .arg(state.unit));
                    start.setVerify({isActive(state.unit, {QStringLiteral("active")})});
                    inverse.push_back(start);
                }
                step.setInverse(std::move(inverse));
                step.setAccessAffecting(access);
                plan.append(Change(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Stop and disable %1")
                                       .arg(state.unit),
                                   step, ruleIds));
                anything = true;
            }
            if (choice.mask && state.enabled != QLatin1String("masked")) {
                CommandStep step(argvFor(QStringLiteral("mask"), state.unit), QString());
                step.setDescription(step.describeEffect(facts));
                step.setVerify({isEnabled(state.unit, {QStringLiteral("masked")})});
                std::vector<CommandStep> inverse;
                inverse.emplace_back(
                    argvFor(QStringLiteral("unmask"), state.unit),
                    QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Unmask %1").arg(state.unit));
                step.setInverse(std::move(inverse));
                step.setAccessAffecting(access);
                plan.append(Change(
                    QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Mask %1 so nothing can start it")
                        .arg(state.unit),
                    step, ruleIds));
                anything = true;
            }
        }
        if (!anything)
            plan.addWarning(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                        "%1 is already disabled and stopped; nothing to do.")
                                .arg(unit));

        QStringList endpoints;
        int connections = 0;
        for (const QJsonObject &listening : listenersOf(facts, name)) {
            if (!endpoints.contains(endpoint(listening)))
                endpoints.append(endpoint(listening));
            connections += listening.value(QStringLiteral("connections")).toInt();
        }
        if (connections > 0)
            plan.addWarning(
                QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                            "%1 is in use (open connections to %2 at the last scan: %3); they "
                                            "will be cut.")
                    .arg(name, endpoints.join(QStringLiteral(", ")))
                    .arg(connections));
        else if (!endpoints.isEmpty())
            plan.addWarning(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                        "%1 is listening on %2; programs using it there stop working.")
                                .arg(name, endpoints.join(QStringLiteral(", "))));
    }

    for (const QString &inetdService : choice.inetdServices) {
        QString file;
        for (const QJsonValue &value : facts.value(QStringLiteral("inetd")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("service")).toString() == inetdService &&
                entry.value(QStringLiteral("enabled")).toBool(false))
                file = entry.value(QStringLiteral("file")).toString();
        }
        if (file.isEmpty())
            return refuse(
                QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "%1 has no enabled inetd entry on %2.")
                    .arg(inetdService, host));
        const bool xinetd =
            file == QLatin1String("/etc/xinetd.conf") || file.startsWith(QLatin1String("/etc/xinetd.d/"));
        if (!xinetd && file != QLatin1String("/etc/inetd.conf")) {
            plan.addWarning(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                        "%1 is started from %2, which Bulwark does not edit; switch "
                                                        "it off there by hand.")
                                .arg(inetdService, file));
            continue;
        }
        FileEdit edit;
        edit.setPath(file);
        edit.setNeedsRead(true);
        edit.setTransform(xinetd ? FileEdit::Transform::DisableXinetdService
                                 : FileEdit::Transform::CommentOutInetdService,
                          inetdService);
        // The super-server reads its configuration at start and on reload: reload the one that runs.
        const QStringList daemons = xinetd ? QStringList{QStringLiteral("xinetd")}
                                           : QStringList{QStringLiteral("inetd"), QStringLiteral("openbsd-inetd"),
                                                         QStringLiteral("inetutils-inetd"), QStringLiteral("rlinetd")};
        QString daemonUnit;
        for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
            const UnitState state = UnitState::fromEntry(value.toObject());
            if (state.found && state.running && daemons.contains(serviceName(state.unit)))
                daemonUnit = state.unit;
        }
        if (daemonUnit.isEmpty())
            plan.addWarning(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner",
                                                        "No running %1 was found; the change to %2 takes effect "
                                                        "when it starts.")
                                .arg(daemons.constFirst(), file));
        else
            edit.setReload({QStringLiteral("systemctl"), QStringLiteral("reload"), QStringLiteral("--"), daemonUnit});
        QStringList ruleIds{QStringLiteral("BW-LNX-SVC-009")};
        for (const Known &known : knownServices()) {
            if (known.inetd.contains(inetdService))
                ruleIds.append(QString::fromLatin1(known.ruleId));
        }
        plan.append(Change(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "Switch off %1 in %2")
                               .arg(inetdService, file),
                           edit, ruleIds));
    }
    if (plan.isEmpty() && plan.warnings().isEmpty())
        return refuse(QCoreApplication::translate("Bulwark::Plan::ServicesPlanner", "There is nothing to change."));
    return plan;
}

QList<QJsonObject> ServicesPlanner::listenersOf(const QJsonObject &facts, const QString &serviceName)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : facts.value(QStringLiteral("listening")).toArray()) {
        const QJsonObject listening = value.toObject();
        if (processBelongsTo(listening.value(QStringLiteral("process")).toString(), serviceName))
            out.append(listening);
    }
    return out;
}

QList<ServiceRecommendation> ServicesPlanner::recommendations(const QJsonObject &facts,
                                                              const QList<Rules::Finding> &findings)
{
    QSet<QString> failed;
    for (const Rules::Finding &finding : findings) {
        if (finding.status() == Rules::Finding::Status::Fail)
            failed.insert(finding.ruleId());
    }
    QList<ServiceRecommendation> out;
    QSet<QString> seen;
    for (const Known &known : knownServices()) {
        const QString ruleId = QString::fromLatin1(known.ruleId);
        if (!failed.contains(ruleId))
            continue;
        const QString purpose = QCoreApplication::translate(context, known.purpose);
        for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
            const UnitState state = UnitState::fromEntry(value.toObject());
            if (!known.names.contains(state.name) || !(state.isEnabled() || state.running) || seen.contains(state.unit))
                continue;
            seen.insert(state.unit);
            ServiceRecommendation recommendation;
            recommendation.ruleId = ruleId;
            recommendation.unit = state.unit;
            recommendation.purpose = purpose;
            recommendation.running = state.running;
            for (const QJsonValue &listening : facts.value(QStringLiteral("listening")).toArray()) {
                if (processBelongsTo(listening.toObject().value(QStringLiteral("process")).toString(), state.name))
                    recommendation.listening = true;
            }
            out.append(recommendation);
        }
        for (const QJsonValue &value : facts.value(QStringLiteral("inetd")).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString service = entry.value(QStringLiteral("service")).toString();
            if (!known.inetd.contains(service) || !entry.value(QStringLiteral("enabled")).toBool(false))
                continue;
            ServiceRecommendation recommendation;
            recommendation.ruleId = ruleId;
            recommendation.inetdService = service;
            recommendation.purpose = purpose;
            out.append(recommendation);
        }
    }
    return out;
}

} // namespace Bulwark::Plan
