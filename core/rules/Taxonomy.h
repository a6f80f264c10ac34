// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

// The closed vocabularies of the rule catalog: severities, areas, platforms and fix wizards. Each has a stable key
// (the word used in the YAML files and in reports), a translated display name, and a parser that refuses anything
// else.
namespace Bulwark::Rules {

enum class Severity
{
    Critical,
    High,
    Medium,
    Low,
    Info
};
enum class Area
{
    Accounts,
    Access,
    Services,
    Network,
    Encryption,
    Logging,
    Updates,
    Malware,
    Integrity,
    Web
};
enum class Platform
{
    Linux,
    Windows
};
enum class Wizard
{
    None,
    Services,
    Accounts,
    Sudoers,
    Ssh,
    Luks,
    Tls,
    Firewall,
    Updates
};

// Score weight of a severity: critical 10, high 5, medium 3, low 1, info 0 (see Score.h).
int severityWeight(Severity severity);
QString severityKey(Severity severity);
QString severityDisplayName(Severity severity);
std::optional<Severity> parseSeverity(QStringView key);
QList<Severity> allSeverities();

QString areaKey(Area area);
// The three-letter code used in rule ids: BW-LNX-<code>-NNN (accounts -> ACC, access -> ACS, ...).
QString areaCode(Area area);
QString areaDisplayName(Area area);
std::optional<Area> parseArea(QStringView key);
QList<Area> allAreas();

QString platformKey(Platform platform);
// The platform code used in rule ids: linux -> LNX, windows -> WIN.
QString platformCode(Platform platform);
std::optional<Platform> parsePlatform(QStringView key);

QString wizardKey(Wizard wizard);
std::optional<Wizard> parseWizard(QStringView key);

} // namespace Bulwark::Rules
