// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/windows/WindowsAdminPlanner.h"

#include "core/windows/PowerShellStep.h"
#include "core/windows/WindowsRuleIds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Bulwark::Windows {

namespace {

const char *const context = "Bulwark::Windows::WindowsAdminPlanner";

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

bool hasRid(const QJsonObject &account, int wanted)
{
    const QJsonValue rid = account.value(QStringLiteral("rid"));
    if (rid.isDouble())
        return rid.toInteger() == wanted;
    static const QRegularExpression sid(QStringLiteral("^S-1-5-21-\\d+-\\d+-\\d+-(\\d+)$"));
    const QRegularExpressionMatch match = sid.match(text(account, "sid"));
    return match.hasMatch() && match.captured(1) == QString::number(wanted);
}

bool isRid500(const QJsonObject &account)
{
    return hasRid(account, 500);
}

// "PACS01\Administrator" -> {"PACS01", "Administrator"}; a bare name has no domain.
std::pair<QString, QString> splitAccount(const QString &qualified)
{
    const qsizetype slash = qualified.indexOf(u'\\');
    if (slash < 0)
        return {QString(), qualified};
    return {qualified.left(slash), qualified.mid(slash + 1)};
}

std::optional<QJsonObject> accountBySid(const QJsonObject &facts, const QString &sid)
{
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (!sid.isEmpty() && text(value.toObject(), "sid").compare(sid, Qt::CaseInsensitive) == 0)
            return value.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> accountByName(const QJsonObject &facts, const QString &name)
{
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (text(value.toObject(), "name").compare(name, Qt::CaseInsensitive) == 0)
            return value.toObject();
    }
    return std::nullopt;
}

// "Administrator (enabled)".
QString summary(const QString &name, bool enabled)
{
    return enabled ? QCoreApplication::translate(context, "%1 (enabled)").arg(name)
                   : QCoreApplication::translate(context, "%1 (disabled)").arg(name);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("True") : QStringLiteral("False"); // as PowerShell prints [bool]
}

// Prints "<name>/<enabled>" of the account with that SID ("/" cannot be in a user name).
QString accountCheckScript(const QString &sid)
{
    return QStringLiteral("# bulwark-check: local-account\n") + PowerShellStep::prologue() +
           QStringLiteral("$account = Get-LocalUser -SID %1\n'{0}/{1}' -f $account.Name, $account.Enabled\n")
               .arg(PowerShellStep::literal(sid));
}

// Renames (unless the name is already exactly that) and enables or disables the account with that SID. Safe to run
// again: a rollback after a half-done step runs it over whatever state the step left.
QString accountScript(const char *stepName, const QString &sid, const QString &name, std::optional<bool> enabled)
{
    QString script =
        QStringLiteral("# bulwark-step: %1\n").arg(QLatin1String(stepName)) + PowerShellStep::prologue() +
        QStringLiteral("$sid = %1\n$account = Get-LocalUser -SID $sid\n").arg(PowerShellStep::literal(sid));
    script += QStringLiteral("if ($account.Name -cne %1) { Rename-LocalUser -SID $sid -NewName %1 }\n")
                  .arg(PowerShellStep::literal(name));
    if (enabled)
        script +=
            *enabled ? QStringLiteral("Enable-LocalUser -SID $sid\n") : QStringLiteral("Disable-LocalUser -SID $sid\n");
    return script;
}

} // namespace

std::optional<QJsonObject> WindowsAdminPlanner::builtinGuest(const QJsonObject &facts)
{
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (hasRid(value.toObject(), 501))
            return value.toObject();
    }
    return std::nullopt;
}

std::optional<QJsonObject> WindowsAdminPlanner::builtinAdministrator(const QJsonObject &facts)
{
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (isRid500(value.toObject()))
            return value.toObject();
    }
    return std::nullopt;
}

bool WindowsAdminPlanner::isValidAccountName(const QString &name)
{
    if (name.isEmpty() || name.size() > 20 || name.trimmed() != name)
        return false;
    bool onlyDotsAndBlanks = true;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("\"/\\[]:;|=,+*?<>@").contains(c))
            return false;
        if (c != u'.' && c != u' ')
            onlyDotsAndBlanks = false;
    }
    return !onlyDotsAndBlanks;
}

QString WindowsAdminPlanner::newNameRefusal(const QJsonObject &facts, const QString &name)
{
    if (!isValidAccountName(name))
        return tr("\"%1\" is not a name Windows accepts for an account: 1 to 20 characters, not only periods or "
                  "blanks, none of \" / \\ [ ] : ; | = , + * ? < > @.")
            .arg(name.left(40));
    const auto admin = builtinAdministrator(facts);
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        if (admin && text(account, "sid") == text(*admin, "sid"))
            continue;
        if (text(account, "name").compare(name, Qt::CaseInsensitive) == 0)
            return tr("The account %1 already exists on this host.").arg(text(account, "name"));
    }
    // Local group names share the account namespace; these exist on every Windows Server.
    static const QStringList groups = {
        QStringLiteral("Administrators"),
        QStringLiteral("Users"),
        QStringLiteral("Guests"),
        QStringLiteral("Power Users"),
        QStringLiteral("Backup Operators"),
        QStringLiteral("Remote Desktop Users"),
        QStringLiteral("Remote Management Users"),
        QStringLiteral("Event Log Readers"),
        QStringLiteral("Performance Log Users"),
        QStringLiteral("Performance Monitor Users"),
        QStringLiteral("Network Configuration Operators"),
        QStringLiteral("Distributed COM Users"),
        QStringLiteral("IIS_IUSRS"),
        QStringLiteral("Print Operators"),
        QStringLiteral("Replicator"),
        QStringLiteral("Cryptographic Operators"),
        QStringLiteral("Hyper-V Administrators"),
        QStringLiteral("Access Control Assistance Operators"),
        QStringLiteral("Certificate Service DCOM Access"),
        QStringLiteral("RDS Remote Access Servers"),
        QStringLiteral("RDS Endpoint Servers"),
        QStringLiteral("RDS Management Servers"),
        QStringLiteral("Storage Replica Administrators"),
        QStringLiteral("System Managed Accounts Group"),
        QStringLiteral("Device Owners"),
        QStringLiteral("Account Operators"),
        QStringLiteral("Server Operators"),
        QStringLiteral("Everyone"),
        QStringLiteral("SYSTEM"),
        QStringLiteral("LOCAL SERVICE"),
        QStringLiteral("NETWORK SERVICE"),
    };
    for (const QString &group : groups) {
        if (group.compare(name, Qt::CaseInsensitive) == 0)
            return tr("%1 is the name of a built-in group or identity on Windows.").arg(group);
    }
    const QString hostname = text(facts.value(QStringLiteral("host")).toObject(), "hostname");
    if (!hostname.isEmpty() && hostname.compare(name, Qt::CaseInsensitive) == 0)
        return tr("%1 is the computer's own name; Windows refuses it as an account name.").arg(hostname);
    return {};
}

bool WindowsAdminPlanner::isGuessableName(const QString &name)
{
    static const QStringList guessed = {
        QStringLiteral("administrator"),  QStringLiteral("administrador"),
        QStringLiteral("administrateur"), QStringLiteral("administratör"),
        QStringLiteral("amministratore"), QStringLiteral("admin"),
        QStringLiteral("admins"),         QStringLiteral("adm"),
        QStringLiteral("root"),           QStringLiteral("sysadmin"),
        QStringLiteral("superuser"),      QStringLiteral("supervisor"),
        QStringLiteral("owner"),          QStringLiteral("user"),
        QStringLiteral("test"),           QStringLiteral("support"),
        QStringLiteral("localadmin"),     QStringLiteral("admin1"),
    };
    return guessed.contains(name.toLower()) || name.startsWith(QLatin1String("admin"), Qt::CaseInsensitive);
}

std::optional<bool> WindowsAdminPlanner::isSessionAccount(const QJsonObject &facts, const QJsonObject &account)
{
    const QJsonObject probe = facts.value(QStringLiteral("probe")).toObject();
    const QString userSid = text(probe, "userSid");
    if (!userSid.isEmpty())
        return userSid.compare(text(account, "sid"), Qt::CaseInsensitive) == 0;
    const QString user = text(probe, "user");
    if (user.isEmpty())
        return std::nullopt;
    const auto [domain, name] = splitAccount(user);
    const QString hostname = text(facts.value(QStringLiteral("host")).toObject(), "hostname");
    const bool local =
        domain.isEmpty() || domain == QLatin1String(".") || domain.compare(hostname, Qt::CaseInsensitive) == 0;
    return local && name.compare(text(account, "name"), Qt::CaseInsensitive) == 0;
}

QStringList WindowsAdminPlanner::otherEnabledAdministrators(const QJsonObject &facts)
{
    const auto admin = builtinAdministrator(facts);
    const QString adminSid = admin ? text(*admin, "sid") : QString();
    QStringList names;
    QSet<QString> seen;
    const auto consider = [&](const QJsonObject &account) {
        const QString sid = text(account, "sid");
        if (isRid500(account) || (!adminSid.isEmpty() && sid == adminSid) || seen.contains(sid.toUpper()))
            return;
        if (account.value(QStringLiteral("enabled")).toBool(false)) {
            seen.insert(sid.toUpper());
            names.append(text(account, "name"));
        }
    };
    for (const QJsonValue &value :
         facts.value(QStringLiteral("groups")).toObject().value(QStringLiteral("administrators")).toArray()) {
        const QJsonObject member = value.toObject();
        if (text(member, "class") != QLatin1String("User") || text(member, "source") != QLatin1String("Local"))
            continue;
        auto account = accountBySid(facts, text(member, "sid"));
        if (!account)
            account = accountByName(facts, splitAccount(text(member, "name")).second);
        if (account)
            consider(*account);
    }
    for (const QJsonValue &value : facts.value(QStringLiteral("accounts")).toArray()) {
        if (value.toObject().value(QStringLiteral("administrator")).toBool(false))
            consider(value.toObject());
    }
    return names;
}

QStringList WindowsAdminPlanner::ruleIds(const QJsonObject &facts, const QString &newName, bool enabled)
{
    const auto admin = builtinAdministrator(facts);
    if (!admin)
        return {};
    const QString sid = text(*admin, "sid");
    QJsonObject after = facts;
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        if (!isRid500(account))
            continue;
        account.insert(QStringLiteral("name"), newName);
        account.insert(QStringLiteral("enabled"), enabled);
        accounts.replace(i, account);
    }
    after.insert(QStringLiteral("accounts"), accounts);
    QJsonObject groups = facts.value(QStringLiteral("groups")).toObject();
    for (const QString &group : groups.keys()) {
        QJsonArray members = groups.value(group).toArray();
        for (qsizetype i = 0; i < members.size(); ++i) {
            QJsonObject member = members.at(i).toObject();
            if (sid.isEmpty() || text(member, "sid") != sid)
                continue;
            const auto [domain, name] = splitAccount(text(member, "name"));
            member.insert(QStringLiteral("name"), domain.isEmpty() ? newName : domain + u'\\' + newName);
            members.replace(i, member);
        }
        groups.insert(group, members);
    }
    if (!groups.isEmpty())
        after.insert(QStringLiteral("groups"), groups);
    return WindowsRuleIds::addressed(facts, after, Rules::Wizard::Accounts);
}

QString WindowsAdminPlanner::stateText(const QString &name, bool enabled)
{
    return QStringLiteral("Name: %1\nEnabled: %2").arg(name, boolText(enabled));
}

Result<Plan::ChangePlan> WindowsAdminPlanner::plan(const QJsonObject &facts, const WindowsAdminChoice &choice)
{
    const QJsonObject host = facts.value(QStringLiteral("host")).toObject();
    Plan::ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName.isEmpty() ? text(host, "hostname") : choice.hostDisplayName);
    plan.setCreated(QDateTime::currentDateTimeUtc());
    const QString hostName = plan.hostDisplayName();
    if (facts.value(QStringLiteral("probe")).toObject().value(QStringLiteral("platform")).toString() !=
        QLatin1String("windows"))
        return refuse(tr("These facts are not from a Windows host; the Windows accounts planner cannot use them."));

    const auto admin = builtinAdministrator(facts);
    if (!admin)
        return refuse(tr("The last scan of %1 lists no built-in Administrator (the local account with RID 500); scan "
                         "again as an administrator.")
                          .arg(hostName));
    const QString sid = text(*admin, "sid");
    const QString name = text(*admin, "name");
    const QJsonValue enabledValue = admin->value(QStringLiteral("enabled"));
    static const QRegularExpression sidPattern(QStringLiteral("^S-1-5-21-\\d+-\\d+-\\d+-500$"));
    if (!sidPattern.match(sid).hasMatch() || name.isEmpty() || !enabledValue.isBool())
        return refuse(tr("The last scan did not read the built-in Administrator's SID, name and state, so a change "
                         "could not be undone exactly; scan again."));
    const bool enabled = enabledValue.toBool();

    const QString newName = choice.newName.isEmpty() ? name : choice.newName;
    const bool rename = newName != name;
    if (rename) {
        if (const QString why = newNameRefusal(facts, newName); !why.isEmpty())
            return refuse(why);
    }
    const bool disable = choice.disable && enabled;

    const auto guest = builtinGuest(facts);
    if (choice.disableGuest && (!guest || !guest->value(QStringLiteral("enabled")).isBool() ||
                                !text(*guest, "sid").endsWith(QLatin1String("-501"))))
        return refuse(tr("The last scan did not read the built-in Guest account (the local account with RID 501) and "
                         "its state; scan again."));
    const bool disableGuest = choice.disableGuest && guest->value(QStringLiteral("enabled")).toBool();

    if (!rename && !disable && !disableGuest)
        return refuse(choice.disable ? tr("The built-in Administrator is already disabled and keeps its name; there is "
                                          "nothing to change.")
                                     : tr("No new name was given and the account stays enabled; there is nothing to "
                                          "change."));

    if (rename || disable) {
        const std::optional<bool> session = isSessionAccount(facts, *admin);
        if (!session)
            return refuse(tr("The last scan does not say which account Bulwark logs in to %1 with, so it cannot rule "
                             "out that it is the built-in Administrator; scan again.")
                              .arg(hostName));
        if (*session)
            return refuse(tr("Bulwark logs in to %1 as the built-in Administrator (%2). Renaming or disabling that "
                             "account would end this connection and every later one: log in as another administrator "
                             "first.")
                              .arg(hostName, name));
    }

    if (disable) {
        const QStringList others = otherEnabledAdministrators(facts);
        const bool domainMember = host.value(QStringLiteral("partOfDomain")).toBool(false);
        if (others.isEmpty() && !domainMember)
            return refuse(tr("No other enabled local administrator account is left on %1 once the built-in "
                             "Administrator is disabled, and the host is not in a domain; create and test another "
                             "administrator first.")
                              .arg(hostName));
        if (others.isEmpty()) {
            QStringList domainAdmins;
            for (const QJsonValue &value :
                 facts.value(QStringLiteral("groups")).toObject().value(QStringLiteral("administrators")).toArray()) {
                if (text(value.toObject(), "source") != QLatin1String("Local"))
                    domainAdmins.append(text(value.toObject(), "name"));
            }
            plan.addWarning(
                domainAdmins.isEmpty()
                    ? tr("No other local administrator account stays enabled on %1; only the domain's administrators "
                         "can manage it afterwards. Make sure one of them can log in before applying.")
                          .arg(hostName)
                    : tr("No other local administrator account stays enabled on %1; only these domain members of the "
                         "Administrators group can manage it afterwards: %2. Make sure one of them can log in before "
                         "applying.")
                          .arg(hostName, domainAdmins.join(QStringLiteral(", "))));
        }
    }
    if (rename && isGuessableName(newName))
        plan.addWarning(tr("\"%1\" is among the first names attackers try; a name that does not say "
                           "\"administrator\" hides the account better.")
                            .arg(newName));
    if (rename) {
        QStringList services;
        for (const QJsonValue &value : facts.value(QStringLiteral("services")).toArray()) {
            const auto [domain, account] = splitAccount(text(value.toObject(), "account"));
            if (account.compare(name, Qt::CaseInsensitive) == 0 &&
                (domain.isEmpty() || domain == QLatin1String(".") ||
                 domain.compare(text(host, "hostname"), Qt::CaseInsensitive) == 0))
                services.append(text(value.toObject(), "name"));
        }
        if (!services.isEmpty())
            plan.addWarning(tr("These services log on as %1 by name and will not start after the rename until their "
                               "log-on account is changed: %2.")
                                .arg(name, services.join(QStringLiteral(", "))));
        plan.addWarning(tr("Scheduled tasks, scripts and documentation that name the account %1 must use %2 "
                           "afterwards; its SID, files and group memberships stay as they are.")
                            .arg(name, newName));
    }

    if (rename || disable)
        plan.append(administratorChange(facts, sid, name, enabled, newName, disable));
    if (disableGuest)
        plan.append(guestChange(facts, *guest));
    return plan;
}

Plan::Change WindowsAdminPlanner::administratorChange(const QJsonObject &facts, const QString &sid, const QString &name,
                                                      bool enabled, const QString &newName, bool disable)
{
    const bool rename = newName != name;
    const bool enabledAfter = enabled && !disable;
    Plan::CommandStep step = PowerShellStep::step(
        accountScript("builtin-administrator", sid, newName, disable ? std::optional<bool>(false) : std::nullopt),
        tr("built-in Administrator: %1 -> %2").arg(summary(name, enabled), summary(newName, enabledAfter)));
    const QString label = tr("Built-in Administrator (SID %1)").arg(sid);
    step.setStateChange(label, stateText(name, enabled), stateText(newName, enabledAfter));
    const QString check = accountCheckScript(sid);
    step.setVerify({PowerShellStep::check(check, {newName + u'/' + boolText(enabledAfter)})});

    Plan::CommandStep undo = PowerShellStep::step(
        accountScript("restore-builtin-administrator", sid, name, disable ? std::optional<bool>(true) : std::nullopt),
        tr("built-in Administrator: %1 -> %2").arg(summary(newName, enabledAfter), summary(name, enabled)));
    undo.setStateChange(label, step.stateAfter(), step.stateBefore());
    undo.setVerify({PowerShellStep::check(check, {name + u'/' + boolText(enabled)})});
    step.setInverse({undo});

    QString title;
    if (rename && disable)
        title = tr("Rename the built-in Administrator to %1 and disable it").arg(newName);
    else if (rename)
        title = tr("Rename the built-in Administrator to %1").arg(newName);
    else
        title = tr("Disable the built-in Administrator");
    return Plan::Change(title, step, ruleIds(facts, newName, enabledAfter));
}

Plan::Change WindowsAdminPlanner::guestChange(const QJsonObject &facts, const QJsonObject &guest)
{
    const QString sid = text(guest, "sid");
    const QString name = text(guest, "name");
    Plan::CommandStep step =
        PowerShellStep::step(accountScript("builtin-guest", sid, name, false),
                             tr("built-in Guest: %1 -> %2").arg(summary(name, true), summary(name, false)));
    const QString label = tr("Built-in Guest (SID %1)").arg(sid);
    step.setStateChange(label, stateText(name, true), stateText(name, false));
    const QString check = accountCheckScript(sid);
    step.setVerify({PowerShellStep::check(check, {name + QStringLiteral("/False")})});
    Plan::CommandStep undo =
        PowerShellStep::step(accountScript("restore-builtin-guest", sid, name, true),
                             tr("built-in Guest: %1 -> %2").arg(summary(name, false), summary(name, true)));
    undo.setStateChange(label, step.stateAfter(), step.stateBefore());
    undo.setVerify({PowerShellStep::check(check, {name + QStringLiteral("/True")})});
    step.setInverse({undo});

    QJsonObject after = facts;
    QJsonArray accounts = facts.value(QStringLiteral("accounts")).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject account = accounts.at(i).toObject();
        if (text(account, "sid") == sid) {
            account.insert(QStringLiteral("enabled"), false);
            accounts.replace(i, account);
        }
    }
    after.insert(QStringLiteral("accounts"), accounts);
    return Plan::Change(tr("Disable the built-in Guest account"), step,
                        WindowsRuleIds::addressed(facts, after, Rules::Wizard::Accounts));
}

} // namespace Bulwark::Windows
