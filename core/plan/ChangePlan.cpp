// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/ChangePlan.h"

#include "core/plan/PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Bulwark::Plan {

namespace {

Error invalid(const QString &detail)
{
    return Error(Error::Code::ParseError,
                 QCoreApplication::translate("Bulwark::Plan::ChangePlan", "The saved change plan is not valid."),
                 detail);
}

// Files that decide who logs in and how. An edit to one is access-affecting whatever its mark says, so a planner
// that forgets the mark, or a saved plan edited to drop it, still gets the commit-confirmed apply.
bool isAccessPath(const QString &path)
{
    static const QStringList exact = {
        QStringLiteral("/etc/ssh/sshd_config"), QStringLiteral("/etc/passwd"),
        QStringLiteral("/etc/shadow"),          QStringLiteral("/etc/group"),
        QStringLiteral("/etc/gshadow"),         QStringLiteral("/etc/nologin"),
        QStringLiteral("/etc/hosts.allow"),     QStringLiteral("/etc/hosts.deny"),
        QStringLiteral("/etc/nftables.conf"),   QStringLiteral("/etc/security/access.conf"),
    };
    static const QStringList folders = {QStringLiteral("/etc/ssh/sshd_config.d/"), QStringLiteral("/etc/pam.d/"),
                                        QStringLiteral("/etc/ufw/"), QStringLiteral("/etc/firewalld/"),
                                        QStringLiteral("/etc/iptables/")};
    if (exact.contains(path))
        return true;
    for (const QString &folder : folders) {
        if (path.startsWith(folder))
            return true;
    }
    const QString name = path.section(u'/', -1);
    return path.contains(QLatin1String("/.ssh/")) && name.startsWith(QLatin1String("authorized_keys"));
}

// Programs that change accounts or the packet filter.
bool isAccessProgram(const QStringList &argv)
{
    static const QStringList programs = {
        QStringLiteral("usermod"),   QStringLiteral("userdel"), QStringLiteral("passwd"),
        QStringLiteral("chsh"),      QStringLiteral("chage"),   QStringLiteral("groupmod"),
        QStringLiteral("gpasswd"),   QStringLiteral("nft"),     QStringLiteral("iptables"),
        QStringLiteral("ip6tables"), QStringLiteral("ufw"),     QStringLiteral("firewall-cmd"),
    };
    return !argv.isEmpty() && programs.contains(argv.constFirst().section(u'/', -1));
}

} // namespace

bool ChangePlan::accessAffecting() const
{
    for (const Change &change : m_changes) {
        if (const FileEdit *edit = change.fileEdit(); edit && (edit->accessAffecting() || isAccessPath(edit->path())))
            return true;
        if (const CommandStep *step = change.command();
            step && (step->accessAffecting() || isAccessProgram(step->argv())))
            return true;
    }
    return false;
}

QStringList ChangePlan::summary() const
{
    QStringList lines;
    for (const Change &change : m_changes) {
        if (const CommandStep *step = change.command()) {
            lines.append(step->description().isEmpty() ? change.title()
                                                       : change.title() + QStringLiteral(": ") + step->description());
        } else if (const FileEdit *edit = change.fileEdit()) {
            lines.append(QCoreApplication::translate("Bulwark::Plan::ChangePlan", "%1 (edits %2)")
                             .arg(change.title(), edit->path()));
        }
    }
    return lines;
}

QJsonObject ChangePlan::toJson() const
{
    QJsonArray changes;
    for (const Change &change : m_changes)
        changes.append(change.toJson());
    QJsonObject object{
        {QStringLiteral("format"), QStringLiteral("bulwark-change-plan")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("host"), m_hostDisplayName},
        {QStringLiteral("created"), m_created.toString(Qt::ISODate)},
        {QStringLiteral("warnings"), PlanJson::fromStringList(m_warnings)},
        {QStringLiteral("changes"), changes},
    };
    if (!m_rollbackOf.isEmpty())
        object.insert(QStringLiteral("rollbackOf"), m_rollbackOf);
    return object;
}

QByteArray ChangePlan::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ChangePlan> ChangePlan::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("bulwark-change-plan"))
        return invalid(QStringLiteral("format is not bulwark-change-plan"));
    if (object.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("Bulwark::Plan::ChangePlan",
                                                 "The change plan was written by another version of Bulwark."),
                     QStringLiteral("version %1").arg(object.value(QStringLiteral("version")).toInt(-1)));
    ChangePlan plan;
    plan.m_hostDisplayName = object.value(QStringLiteral("host")).toString();
    const QString created = object.value(QStringLiteral("created")).toString();
    plan.m_created = QDateTime::fromString(created, Qt::ISODate).toUTC();
    if (!plan.m_created.isValid())
        return invalid(QStringLiteral("created: not an ISO date"));
    const auto warnings = PlanJson::toStringList(object.value(QStringLiteral("warnings")));
    if (!warnings)
        return invalid(QStringLiteral("warnings: not a list of strings"));
    plan.m_warnings = *warnings;
    plan.m_rollbackOf = object.value(QStringLiteral("rollbackOf")).toString();
    if (!object.value(QStringLiteral("changes")).isArray())
        return invalid(QStringLiteral("changes: not a list"));
    const QJsonArray changes = object.value(QStringLiteral("changes")).toArray();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        auto change = Change::fromJson(changes.at(i).toObject());
        if (!changes.at(i).isObject() || !change)
            return invalid(QStringLiteral("changes[%1]: malformed").arg(i));
        plan.m_changes.append(std::move(*change));
    }
    return plan;
}

Result<ChangePlan> ChangePlan::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(error.errorString());
    return fromJson(document.object());
}

} // namespace Bulwark::Plan
