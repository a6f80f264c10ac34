// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/windows/WindowsServicesPlanner.h"

#include "core/windows/PowerShellStep.h"
#include "core/windows/WindowsRuleIds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace Bulwark::Windows {

namespace {

const char *const context = "Bulwark::Windows::WindowsServicesPlanner";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

Error refuse(const QString &message)
{
    return Error(Error::Code::InvalidArgument, message);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The first line names the step, so a log or a scripted host can tell the scripts apart.
QString header(const char *name, const QString &service)
{
    return QStringLiteral("# bulwark-step: %1\n").arg(QLatin1String(name)) + PowerShellStep::prologue() +
           QStringLiteral("$name = %1\n").arg(PowerShellStep::literal(service));
}

// Prints "<start type>/<status>" as stateText() names them, e.g. "Automatic (delayed start)/Running".
QString stateCheckScript(const QString &service)
{
    return QStringLiteral("# bulwark-check: service-state\n") + PowerShellStep::prologue() +
           QStringLiteral(
               "$service = Get-Service -Name %1\n"
               "$startType = [string]$service.StartType\n"
               "if ($startType -eq 'Automatic') {\n"
               "    $key = Get-ItemProperty -LiteralPath ('HKLM:\\SYSTEM\\CurrentControlSet\\Services\\' + "
               "$service.ServiceName) -ErrorAction SilentlyContinue\n"
               "    if ($key -and $key.DelayedAutostart -eq 1) { $startType = 'Automatic (delayed start)' }\n"
               "}\n"
               "'{0}/{1}' -f $startType, $service.Status\n")
               .arg(PowerShellStep::literal(service));
}

// The line that puts a start type back exactly. sc.exe sets or clears the delayed flag with the start type;
// Set-Service (PowerShell 5.1) knows no delayed start.
QString restoreStartTypeLines(const QString &startType)
{
    const auto sc = [](const char *start) {
        return QStringLiteral("& sc.exe config $name start= %1 | Out-Null\n"
                              "if ($LASTEXITCODE -ne 0) { throw ('sc.exe config ' + $name + ' failed with exit code ' "
                              "+ $LASTEXITCODE) }\n")
            .arg(QLatin1String(start));
    };
    if (startType == QLatin1String("Automatic (delayed start)"))
        return sc("delayed-auto");
    if (startType == QLatin1String("Automatic"))
        return sc("auto");
    return QStringLiteral("Set-Service -Name $name -StartupType %1\n").arg(startType);
}

bool isOn(const QJsonObject &service)
{
    if (service.value(QStringLiteral("on")).isBool())
        return service.value(QStringLiteral("on")).toBool();
    const QString mode = text(service, "startMode");
    return mode == QLatin1String("Automatic") || mode == QLatin1String("Boot") || mode == QLatin1String("System") ||
           (!text(service, "state").isEmpty() && text(service, "state") != QLatin1String("Stopped"));
}

// "spoolsv" from "C:\Windows\System32\spoolsv.exe" or "\"C:\Program Files\x\x.exe\" -k arg".
QString programOf(const QString &path)
{
    QString program = path.trimmed();
    if (program.startsWith(u'"'))
        program = program.mid(1).section(u'"', 0, 0);
    else
        program = program.section(u' ', 0, 0);
    program = program.section(u'\\', -1);
    if (program.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
        program.chop(4);
    return program;
}

// Evidence of a services finding names the element first: "Spooler (Automatic, Running)", "Spooler: ...".
bool evidenceNames(const QString &evidence, const QJsonObject &service)
{
    const QString name = text(service, "name");
    if (name.isEmpty() || !evidence.startsWith(name, Qt::CaseInsensitive))
        return false;
    if (evidence.size() == name.size())
        return true;
    const QChar next = evidence.at(name.size());
    return next == u' ' || next == u'(' || next == u':' || next == u',';
}

} // namespace

QStringList WindowsServicesPlanner::protectedServices()
{
    // This connection: WinRM and what it stands on (RPC, HTTP.sys runs in the kernel, the firewall filters it).
    // Reaching the host otherwise: Remote Desktop. Running, logging, managing: the RPC and DCOM servers, session and
    // profile managers, event log, WMI, scheduler, plug and play, power, cryptography, group policy, the network
    // stack's services (DHCP, DNS client, network location, NSI), time (Kerberos needs it). Defence: firewall and
    // its filtering engine, Defender, updates and the modules installer. Identity: the security accounts manager,
    // key isolation, the domain client (Netlogon, workstation service) and a domain controller's own services.
    static const QStringList names = {
        QStringLiteral("WinRM"),
        QStringLiteral("HTTP"),
        QStringLiteral("TermService"),
        QStringLiteral("UmRdpService"),
        QStringLiteral("RpcSs"),
        QStringLiteral("RpcEptMapper"),
        QStringLiteral("DcomLaunch"),
        QStringLiteral("LSM"),
        QStringLiteral("ProfSvc"),
        QStringLiteral("EventLog"),
        QStringLiteral("EventSystem"),
        QStringLiteral("Winmgmt"),
        QStringLiteral("Schedule"),
        QStringLiteral("PlugPlay"),
        QStringLiteral("Power"),
        QStringLiteral("CryptSvc"),
        QStringLiteral("gpsvc"),
        QStringLiteral("Dhcp"),
        QStringLiteral("Dnscache"),
        QStringLiteral("NlaSvc"),
        QStringLiteral("nsi"),
        QStringLiteral("W32Time"),
        QStringLiteral("BFE"),
        QStringLiteral("MpsSvc"),
        QStringLiteral("WinDefend"),
        QStringLiteral("WdNisSvc"),
        QStringLiteral("Sense"),
        QStringLiteral("SecurityHealthService"),
        QStringLiteral("wuauserv"),
        QStringLiteral("TrustedInstaller"),
        QStringLiteral("SamSs"),
        QStringLiteral("KeyIso"),
        QStringLiteral("VaultSvc"),
        QStringLiteral("Netlogon"),
        QStringLiteral("LanmanWorkstation"),
        QStringLiteral("NTDS"),
        QStringLiteral("Kdc"),
        QStringLiteral("DNS"),
        QStringLiteral("DFSR"),
        QStringLiteral("IsmServ"),
        QStringLiteral("ADWS"),
        QStringLiteral("SENS"),
        QStringLiteral("Wcmsvc"),
        QStringLiteral("SystemEventsBroker"),
        QStringLiteral("BrokerInfrastructure"),
        QStringLiteral("CoreMessagingRegistrar"),
        QStringLiteral("StateRepository"),
        QStringLiteral("UserManager"),
    };
    return names;
}

bool WindowsServicesPlanner::isProtected(const QString &name)
{
    return protectedServices().contains(name, Qt::CaseInsensitive);
}

bool WindowsServicesPlanner::isValidServiceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 256 || name.trimmed() != name)
        return false;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("*?[]/\\").contains(c))
            return false;
    }
    return true;
}

std::optional<QJsonObject> WindowsServicesPlanner::service(const QJsonObject &facts, const QString &name)
{
    for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (text(entry, "name").compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

QStringList WindowsServicesPlanner::ruleIdsForService(const QJsonObject &facts, const QString &name, bool stop)
{
    QJsonObject after = facts;
    QJsonArray services = facts.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject entry = services.at(i).toObject();
        if (text(entry, "name").compare(name, Qt::CaseInsensitive) != 0)
            continue;
        entry.insert(QStringLiteral("startMode"), QStringLiteral("Disabled"));
        entry.insert(QStringLiteral("delayedAutoStart"), false);
        if (stop)
            entry.insert(QStringLiteral("state"), QStringLiteral("Stopped"));
        entry.insert(QStringLiteral("on"), text(entry, "state") != QLatin1String("Stopped"));
        services.replace(i, entry);
    }
    after.insert(QStringLiteral("services"), services);
    return WindowsRuleIds::addressed(facts, after, Rules::Wizard::Services);
}

QString WindowsServicesPlanner::startTypeOf(const QJsonObject &service)
{
    const QString mode = text(service, "startMode");
    if (mode == QLatin1String("Automatic") && service.value(QStringLiteral("delayedAutoStart")).toBool(false))
        return QStringLiteral("Automatic (delayed start)");
    return mode;
}

QString WindowsServicesPlanner::stateText(const QString &startType, const QString &status)
{
    return QStringLiteral("StartType: %1\nStatus: %2").arg(startType, status);
}

Result<Plan::ChangePlan> WindowsServicesPlanner::plan(const QJsonObject &facts, const WindowsServicesChoice &choice)
{
    if (choice.disable.isEmpty())
        return refuse(tr("No service was chosen."));
    const QJsonObject host = facts.value(QStringLiteral("host")).toObject();
    Plan::ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName.isEmpty() ? text(host, "hostname") : choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    const QString hostName = plan.hostDisplayName();
    if (facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("platform")).toString() !=
        QLatin1String("windows"))
        return refuse(tr("These facts are not from a Windows host; the Windows services planner cannot use them."));

    QSet<QString> planned;
    for (const QString &requested : choice.disable) {
        if (!isValidServiceName(requested))
            return refuse(tr("\"%1\" is not a Windows service name Bulwark acts on.").arg(requested.left(80)));
        const auto found = service(facts, requested);
        if (!found)
            return refuse(tr("%1 is not a service on %2 (the last scan did not list it).").arg(requested, hostName));
        const QJsonObject &entry = *found;
        const QString name = text(entry, "name"); // as the host spells it
        if (!isValidServiceName(name))
            return refuse(tr("\"%1\" is not a Windows service name Bulwark acts on.").arg(name.left(80)));
        if (planned.contains(name.toLower()))
            continue;
        planned.insert(name.toLower());
        if (name.compare(QLatin1String("WinRM"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("HTTP"), Qt::CaseInsensitive) == 0)
            return refuse(tr("%1 carries Bulwark's own connection to %2 (WinRM); it is never stopped or disabled.")
                              .arg(name, hostName));
        if (name.compare(QLatin1String("TermService"), Qt::CaseInsensitive) == 0 ||
            name.compare(QLatin1String("UmRdpService"), Qt::CaseInsensitive) == 0)
            return refuse(tr("%1 is how administrators reach %2 by Remote Desktop; switch Remote Desktop off in its "
                             "own settings, not by disabling the service.")
                              .arg(name, hostName));
        if (isProtected(name))
            return refuse(tr("%1 is a service Windows needs to run, log, be managed, stay protected or stay in its "
                             "domain; Bulwark does not disable it.")
                              .arg(name));
        const QString startType = startTypeOf(entry);
        const QString status = text(entry, "state");
        if (startType.isEmpty() || status.isEmpty())
            return refuse(
                tr("The last scan did not read the start type and status of %1, so disabling it could not be undone "
                   "exactly; scan again.")
                    .arg(name));
        if (startType == QLatin1String("Boot") || startType == QLatin1String("System"))
            return refuse(tr("%1 is started by the kernel (start type %2); Bulwark does not change drivers.")
                              .arg(name, startType));
        static const QStringList knownTypes = {QStringLiteral("Automatic"), QStringLiteral("Automatic (delayed start)"),
                                               QStringLiteral("Manual"), QStringLiteral("Disabled")};
        if (!knownTypes.contains(startType))
            return refuse(tr("%1 has the start type \"%2\", which Bulwark cannot put back; it was not planned.")
                              .arg(name, startType.left(40)));
        const bool stopped = status == QLatin1String("Stopped");
        const bool stop = choice.stopNow && !stopped;
        if (startType == QLatin1String("Disabled") && !stop)
            return refuse(stopped ? tr("%1 is already disabled and stopped.").arg(name)
                                  : tr("%1 is already disabled; it stops at the next restart, or choose to stop it "
                                       "now.")
                                        .arg(name));

        const QString statusAfter = stop ? QStringLiteral("Stopped") : status;
        const QString displayName = text(entry, "displayName");
        const QString label = displayName.isEmpty() || displayName == name
                                  ? tr("Service %1").arg(name)
                                  : tr("Service %1 (%2)").arg(name, displayName);

        QString script = header("disable-service", name);
        if (startType != QLatin1String("Disabled"))
            script += QStringLiteral("Set-Service -Name $name -StartupType Disabled\n");
        if (stop)
            script += QStringLiteral("Stop-Service -Name $name -Force\n");
        Plan::CommandStep step =
            PowerShellStep::step(script, tr("%1: %2, %3 -> Disabled, %4").arg(name, startType, status, statusAfter));
        step.setStateChange(label, stateText(startType, status), stateText(QStringLiteral("Disabled"), statusAfter));
        const QString check = stateCheckScript(name);
        // Not stopped now: the status is left to the service (it may stop by itself).
        step.setVerify(
            {PowerShellStep::check(check, stop || stopped ? QStringList{QStringLiteral("Disabled/Stopped")}
                                                          : QStringList{QStringLiteral("Disabled/") + status,
                                                                        QStringLiteral("Disabled/Stopped")})});

        // The undo: the exact start type, and running again if it ran.
        QString undoScript = header("restore-service", name);
        if (startType != QLatin1String("Disabled"))
            undoScript += restoreStartTypeLines(startType);
        const bool startAgain = stop;
        if (startAgain && startType == QLatin1String("Disabled"))
            // Windows starts no disabled service: it ran although disabled, so start it through Manual and back.
            undoScript += QStringLiteral("Set-Service -Name $name -StartupType Manual\n"
                                         "Start-Service -Name $name\n"
                                         "Set-Service -Name $name -StartupType Disabled\n");
        else if (startAgain)
            undoScript += QStringLiteral("Start-Service -Name $name\n");
        const QString statusRestored = startAgain ? QStringLiteral("Running") : statusAfter;
        Plan::CommandStep undo = PowerShellStep::step(
            undoScript, tr("%1: Disabled, %2 -> %3, %4").arg(name, statusAfter, startType, statusRestored));
        undo.setStateChange(label, step.stateAfter(), stateText(startType, statusRestored));
        QStringList restored =
            startAgain ? QStringList{startType + QStringLiteral("/Running")}
                       : QStringList{startType + u'/' + statusAfter, startType + QStringLiteral("/Stopped")};
        restored.removeDuplicates();
        undo.setVerify({PowerShellStep::check(check, restored)});
        step.setInverse({undo});

        const QString title = stop ? tr("Stop and disable %1").arg(displayName.isEmpty() ? name : displayName)
                                   : tr("Disable %1").arg(displayName.isEmpty() ? name : displayName);
        plan.append(Plan::Change(title, step, ruleIdsForService(facts, name, stop)));

        if (stop) {
            const QJsonValue dependents = entry.value(QStringLiteral("dependents"));
            if (dependents.isArray()) {
                QStringList running;
                for (const QJsonValue &dependent : dependents.toArray()) {
                    const auto other = service(facts, dependent.toString());
                    if (other && text(*other, "state") != QLatin1String("Stopped"))
                        running.append(text(*other, "name"));
                }
                if (!running.isEmpty())
                    plan.addWarning(tr("Stopping %1 also stops the services that depend on it and are running: %2. "
                                       "Undoing the change starts %1 again, but not them.")
                                        .arg(name, running.join(QStringLiteral(", "))));
            } else {
                plan.addWarning(tr("Stopping %1 also stops any running service that depends on it (the scan does not "
                                   "list them); undoing the change starts %1 again, but not those.")
                                    .arg(name));
            }
        }
    }
    return plan;
}

QList<Plan::ServiceRecommendation> WindowsServicesPlanner::recommendations(const QJsonObject &facts,
                                                                           const QList<Rules::Finding> &findings)
{
    QList<Plan::ServiceRecommendation> result;
    QSet<QString> seen;
    const Rules::RuleCatalog *catalog = WindowsRuleIds::builtInCatalog();
    const QJsonArray services = facts.value(QStringLiteral("services")).toArray();
    const QJsonArray listening = facts.value(QStringLiteral("listening")).toArray();
    for (const Rules::Finding &finding : findings) {
        if (finding.status() != Rules::Finding::Status::Fail)
            continue;
        std::optional<Rules::Rule> rule = catalog ? catalog->rule(finding.ruleId()) : std::nullopt;
        if (rule ? (rule->platform() != Rules::Platform::Windows || rule->wizard() != Rules::Wizard::Services)
                 : !finding.ruleId().startsWith(QLatin1String("BW-WIN-SVC-")))
            continue;
        for (const QJsonValue &value : services) {
            const QJsonObject entry = value.toObject();
            const QString name = text(entry, "name");
            bool named = false;
            for (const QString &evidence : finding.evidence())
                named = named || evidenceNames(evidence, entry);
            if (!named || !isOn(entry) || seen.contains(name.toLower()) || isProtected(name))
                continue;
            seen.insert(name.toLower());
            Plan::ServiceRecommendation recommendation;
            recommendation.ruleId = finding.ruleId();
            recommendation.unit = name;
            recommendation.purpose = text(entry, "displayName").isEmpty() ? name : text(entry, "displayName");
            if (rule)
                recommendation.purpose += QStringLiteral(": ") + rule->title();
            recommendation.running = text(entry, "state") == QLatin1String("Running");
            // Services sharing svchost cannot be told apart by their process.
            QString program = programOf(text(entry, "path"));
            if (program.compare(QLatin1String("svchost"), Qt::CaseInsensitive) == 0)
                program.clear();
            for (const QJsonValue &socket : listening) {
                QString process = socket.toObject().value(QStringLiteral("process")).toString();
                if (process.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
                    process.chop(4);
                if (!program.isEmpty() && process.compare(program, Qt::CaseInsensitive) == 0)
                    recommendation.listening = true;
            }
            result.append(recommendation);
        }
    }
    return result;
}

} // namespace Bulwark::Windows
