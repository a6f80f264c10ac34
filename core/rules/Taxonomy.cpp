// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/Taxonomy.h"

#include <QCoreApplication>

namespace Bulwark::Rules {

namespace {

struct SeverityInfo
{
    Severity severity;
    const char *key;
    const char *name;
    int weight;
};

const SeverityInfo Severities[] = {
    {Severity::Critical, "critical", QT_TRANSLATE_NOOP("Bulwark::Rules", "Critical"), 10},
    {Severity::High, "high", QT_TRANSLATE_NOOP("Bulwark::Rules", "High"), 5},
    {Severity::Medium, "medium", QT_TRANSLATE_NOOP("Bulwark::Rules", "Medium"), 3},
    {Severity::Low, "low", QT_TRANSLATE_NOOP("Bulwark::Rules", "Low"), 1},
    {Severity::Info, "info", QT_TRANSLATE_NOOP("Bulwark::Rules", "Information"), 0},
};

struct AreaInfo
{
    Area area;
    const char *key;
    const char *code;
    const char *name;
};

const AreaInfo Areas[] = {
    {Area::Accounts, "accounts", "ACC", QT_TRANSLATE_NOOP("Bulwark::Rules", "Accounts and passwords")},
    {Area::Access, "access", "ACS", QT_TRANSLATE_NOOP("Bulwark::Rules", "Remote and administrator access")},
    {Area::Services, "services", "SVC", QT_TRANSLATE_NOOP("Bulwark::Rules", "Services")},
    {Area::Network, "network", "NET", QT_TRANSLATE_NOOP("Bulwark::Rules", "Network and firewall")},
    {Area::Encryption, "encryption", "ENC", QT_TRANSLATE_NOOP("Bulwark::Rules", "Encryption of stored data")},
    {Area::Logging, "logging", "LOG", QT_TRANSLATE_NOOP("Bulwark::Rules", "Logging and auditing")},
    {Area::Updates, "updates", "UPD", QT_TRANSLATE_NOOP("Bulwark::Rules", "Updates and patching")},
    {Area::Malware, "malware", "MAL", QT_TRANSLATE_NOOP("Bulwark::Rules", "Malware and intrusion detection")},
    {Area::Integrity, "integrity", "INT", QT_TRANSLATE_NOOP("Bulwark::Rules", "System integrity")},
    {Area::Web, "web", "WEB", QT_TRANSLATE_NOOP("Bulwark::Rules", "Web servers")},
};

struct WizardInfo
{
    Wizard wizard;
    const char *key;
};

const WizardInfo Wizards[] = {
    {Wizard::None, "none"},       {Wizard::Services, "services"}, {Wizard::Accounts, "accounts"},
    {Wizard::Sudoers, "sudoers"}, {Wizard::Ssh, "ssh"},           {Wizard::Luks, "luks"},
    {Wizard::Tls, "tls"},         {Wizard::Firewall, "firewall"}, {Wizard::Updates, "updates"},
};

const SeverityInfo &info(Severity severity)
{
    for (const SeverityInfo &entry : Severities)
        if (entry.severity == severity)
            return entry;
    return Severities[0];
}

const AreaInfo &info(Area area)
{
    for (const AreaInfo &entry : Areas)
        if (entry.area == area)
            return entry;
    return Areas[0];
}

} // namespace

int severityWeight(Severity severity)
{
    return info(severity).weight;
}

QString severityKey(Severity severity)
{
    return QString::fromLatin1(info(severity).key);
}

QString severityDisplayName(Severity severity)
{
    return QCoreApplication::translate("Bulwark::Rules", info(severity).name);
}

std::optional<Severity> parseSeverity(QStringView key)
{
    for (const SeverityInfo &entry : Severities)
        if (key == QLatin1String(entry.key))
            return entry.severity;
    return std::nullopt;
}

QList<Severity> allSeverities()
{
    QList<Severity> result;
    for (const SeverityInfo &entry : Severities)
        result.append(entry.severity);
    return result;
}

QString areaKey(Area area)
{
    return QString::fromLatin1(info(area).key);
}

QString areaCode(Area area)
{
    return QString::fromLatin1(info(area).code);
}

QString areaDisplayName(Area area)
{
    return QCoreApplication::translate("Bulwark::Rules", info(area).name);
}

std::optional<Area> parseArea(QStringView key)
{
    for (const AreaInfo &entry : Areas)
        if (key == QLatin1String(entry.key))
            return entry.area;
    return std::nullopt;
}

QList<Area> allAreas()
{
    QList<Area> result;
    for (const AreaInfo &entry : Areas)
        result.append(entry.area);
    return result;
}

QString platformKey(Platform platform)
{
    return platform == Platform::Linux ? QStringLiteral("linux") : QStringLiteral("windows");
}

QString platformCode(Platform platform)
{
    return platform == Platform::Linux ? QStringLiteral("LNX") : QStringLiteral("WIN");
}

std::optional<Platform> parsePlatform(QStringView key)
{
    if (key == u"linux")
        return Platform::Linux;
    if (key == u"windows")
        return Platform::Windows;
    return std::nullopt;
}

QString wizardKey(Wizard wizard)
{
    for (const WizardInfo &entry : Wizards)
        if (entry.wizard == wizard)
            return QString::fromLatin1(entry.key);
    return QStringLiteral("none");
}

std::optional<Wizard> parseWizard(QStringView key)
{
    for (const WizardInfo &entry : Wizards)
        if (key == QLatin1String(entry.key))
            return entry.wizard;
    return std::nullopt;
}

} // namespace Bulwark::Rules
