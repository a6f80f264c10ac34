// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/facts/parsers/PackagesParser.h"

#include "core/facts/parsers/ParseUtil.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Bulwark::Facts::PackagesParser {

using namespace ParseUtil;

namespace {

constexpr qsizetype MaxPackages = 100000;

bool isPackageName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'+' || c == u'-' || c == u'_' || c == u'@' || c == u':'))
            return false;
    }
    return true;
}

// Newest "epoch[.fraction] ..." first field of a section's lines.
std::optional<double> newestStamp(const ProbeSections &sections, const QByteArray &name, int maxOk)
{
    if (!sections.complete(name, maxOk))
        return std::nullopt;
    std::optional<double> newest;
    for (const QString &line : sections.lines(name, 10000)) {
        const QStringList f = fields(line);
        if (f.isEmpty())
            continue;
        const auto stamp = toDouble(f.at(0), 0, 32503680000.0);
        if (stamp && (!newest || *stamp > *newest))
            newest = stamp;
    }
    return newest;
}

std::optional<qint64> ageDays(const LinuxContext &context, std::optional<double> stamp)
{
    if (!context.now || !stamp)
        return std::nullopt;
    const double age = double(*context.now) - *stamp;
    return age <= 0 ? 0 : qint64(age / 86400);
}

// apt-get -s dist-upgrade: "Inst pkg [old] (new Origin:Release/suite [arch])"; upgrades carry "[old]".
void aptUpdates(const ProbeSections &sections, const LinuxContext &context, QJsonObject &updates)
{
    // No package lists at all (never updated, or lists wiped): nothing can be said without the network.
    const bool listsKnown = sections.complete("apt-lists");
    const QStringList lists = sections.lines("apt-lists", 10000);
    std::optional<double> newest = newestStamp(sections, "apt-lists", 0);
    const std::optional<double> stamps = newestStamp(sections, "apt-stamps", 1);
    if (listsKnown)
        updates.insert(QStringLiteral("listsPresent"), !lists.isEmpty());
    if (listsKnown && !lists.isEmpty()) {
        if (stamps && (!newest || *stamps > *newest))
            newest = stamps;
        insertIf(updates, QStringLiteral("lastRefreshAgeDays"), ageDays(context, newest));
    }
    if (listsKnown && !lists.isEmpty() && sections.complete("apt-upgrade")) {
        qint64 pending = 0;
        qint64 security = 0;
        for (const QString &line : sections.lines("apt-upgrade", 1000000)) {
            if (!line.startsWith(u"Inst "))
                continue;
            const QStringList f = fields(line);
            if (f.size() < 3 || !f.at(2).startsWith(u'['))
                continue; // a new package (a new kernel's image), not an upgrade
            ++pending;
            const qsizetype open = line.indexOf(u'(');
            if (open >= 0 && line.mid(open).contains(u"security", Qt::CaseInsensitive))
                ++security;
        }
        updates.insert(QStringLiteral("pending"), pending);
        updates.insert(QStringLiteral("security"), security);
    }
    // unattended-upgrades: the package, APT::Periodic::Unattended-Upgrade non-zero, and (under systemd) the
    // apt-daily-upgrade timer enabled.
    const auto installed = context.hasAnyPackage({QStringLiteral("unattended-upgrades")});
    if (installed && !*installed) {
        updates.insert(QStringLiteral("autoUpdates"), false);
    } else if (installed && sections.complete("apt-config")) {
        static const QRegularExpression periodic(QStringLiteral("^APT::Periodic::Unattended-Upgrade \"([^\"]*)\";$"));
        bool configured = false;
        for (const QString &line : sections.lines("apt-config", 100000)) {
            const auto match = periodic.match(line);
            if (match.hasMatch()) {
                const QString value = match.captured(1).trimmed();
                configured = !value.isEmpty() && value != u"0" && value.compare(u"false", Qt::CaseInsensitive) != 0;
            }
        }
        std::optional<bool> timer = true;
        if (context.systemd)
            timer = context.unitEnabled(QStringLiteral("apt-daily-upgrade.timer"));
        if (!configured)
            updates.insert(QStringLiteral("autoUpdates"), false);
        else if (timer)
            updates.insert(QStringLiteral("autoUpdates"), *timer);
    }
}

// dnf/yum check-update: exit 100 with "name.arch version repo" lines, 0 when there is nothing.
std::optional<qint64> countCheckUpdate(const ProbeSections &sections, const QByteArray &name)
{
    if (!sections.has(name))
        return std::nullopt;
    const auto status = sections.exitStatus(name);
    if (!status || (*status != 0 && *status != 100) || sections.state(name, 100) != ProbeSections::State::Complete)
        return std::nullopt;
    qint64 count = 0;
    for (const QString &line : sections.lines(name, 1000000)) {
        if (line.startsWith(u"Obsoleting") || line.startsWith(u"Security:"))
            break;
        const QStringList f = fields(line);
        if (f.size() == 3 && f.at(0).contains(u'.') && !line.startsWith(u' '))
            ++count;
    }
    return count;
}

void rpmUpdates(const ProbeSections &sections, const LinuxContext &context, const QString &manager,
                QJsonObject &updates)
{
    insertIf(updates, QStringLiteral("lastRefreshAgeDays"),
             ageDays(context, newestStamp(sections, "rpm-md-stamps", 1)));
    if (manager == u"zypper") {
        auto countRows = [&](const QByteArray &name) -> std::optional<qint64> {
            if (!sections.complete(name))
                return std::nullopt;
            qint64 rows = 0;
            for (const QString &line : sections.lines(name, 1000000)) {
                const QStringList cells = line.split(u'|');
                if (cells.size() >= 4 && !cells.at(0).trimmed().isEmpty() && !line.startsWith(u"--") &&
                    cells.at(0).trimmed() != u"S" && cells.at(0).trimmed() != u"Repository")
                    ++rows;
            }
            return rows;
        };
        insertIf(updates, QStringLiteral("pending"), countRows("zypper-lu"));
        insertIf(updates, QStringLiteral("security"), countRows("zypper-security"));
        return;
    }
    const QByteArray check = manager == u"dnf" ? "dnf-check" : "yum-check";
    insertIf(updates, QStringLiteral("pending"), countCheckUpdate(sections, check));
    if (manager == u"dnf" && sections.complete("dnf-security")) {
        QSet<QString> packages;
        for (const QString &line : sections.lines("dnf-security", 1000000)) {
            const QStringList f = fields(line);
            if (f.size() >= 3 && f.at(1).contains(u"Sec", Qt::CaseInsensitive))
                packages.insert(f.at(2));
        }
        updates.insert(QStringLiteral("security"), qint64(packages.size()));
    }
    const auto automatic = context.hasAnyPackage({QStringLiteral("dnf-automatic"), QStringLiteral("yum-cron")});
    if (automatic && !*automatic) {
        updates.insert(QStringLiteral("autoUpdates"), false);
    } else if (automatic && context.unitsKnown) {
        bool on = false;
        for (const char *unit : {"dnf-automatic.timer", "dnf-automatic-install.timer", "yum-cron.service"})
            on = on || context.unitEnabled(QString::fromLatin1(unit)).value_or(false);
        updates.insert(QStringLiteral("autoUpdates"), on);
    }
}

} // namespace

void parsePackages(const ProbeSections &sections, LinuxContext &context, QJsonObject &facts)
{
    const char *const names[] = {"packages-dpkg", "packages-rpm", "packages-pacman", "packages-apk"};
    for (const char *name : names) {
        if (!sections.has(name))
            continue;
        if (!sections.readable(name))
            return;
        bool more = false;
        const QStringList lines = sections.lines(name, MaxPackages, &more);
        const bool dpkg = qstrcmp(name, "packages-dpkg") == 0;
        const bool apk = qstrcmp(name, "packages-apk") == 0;
        QStringList installed;
        QSet<QString> seen;
        for (const QString &line : lines) {
            QString package = line.trimmed();
            if (dpkg) {
                // "${db:Status-Abbrev}${Package}": want, status, error flag, then the name. Status n (not
                // installed) and c (config files only) are not installed.
                if (line.size() < 4 || line.at(1) == u'n' || line.at(1) == u'c')
                    continue;
                package = line.mid(3).trimmed();
            } else if (apk) {
                package = line.section(u' ', 0, 0);
            }
            if (!isPackageName(package) || seen.contains(package))
                continue;
            seen.insert(package);
            installed.append(package);
        }
        more = more || !sections.complete(name);
        context.packagesKnown = !more;
        context.packages = seen;
        QJsonObject packages{{QStringLiteral("installed"), toArray(installed)}};
        if (more)
            packages.insert(QStringLiteral("installedTruncated"), true);
        else
            packages.insert(QStringLiteral("count"), qint64(installed.size()));
        facts.insert(QStringLiteral("packages"), packages);
        return;
    }
}

void parseUpdates(const ProbeSections &sections, const LinuxContext &context, QJsonObject &facts)
{
    if (!sections.complete("updates-manager"))
        return; // the probe never got here
    QJsonObject updates;
    const QString manager = sections.text("updates-manager").trimmed();
    if (manager != u"apt" && manager != u"dnf" && manager != u"yum" && manager != u"zypper") {
        updates.insert(QStringLiteral("manager"), QStringLiteral("unknown"));
        facts.insert(QStringLiteral("updates"), updates);
        return;
    }
    updates.insert(QStringLiteral("manager"), manager);
    if (manager == u"apt")
        aptUpdates(sections, context, updates);
    else
        rpmUpdates(sections, context, manager, updates);
    facts.insert(QStringLiteral("updates"), updates);
}

} // namespace Bulwark::Facts::PackagesParser
