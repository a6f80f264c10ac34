// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "ui/Host.h"

#include "core/transport/SshConfig.h"

#include <QJsonObject>

namespace Bulwark::Ui {

QString Host::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (isWindows())
        return winRm.hostName.isEmpty() ? address : winRm.hostName;
    if (!target.alias.isEmpty())
        return target.alias;
    if (!target.hostName.isEmpty())
        return target.hostName;
    return address;
}

QString Host::dialledName() const
{
    if (isWindows())
        return winRm.hostName.isEmpty() ? QString() : winRm.displayName();
    return target.hostName.isEmpty() ? QString() : target.displayName();
}

QDateTime Host::bootTime() const
{
    if (!factsUpdated.isValid() || facts.uptimeSeconds < 0)
        return {};
    return factsUpdated.addSecs(-facts.uptimeSeconds);
}

QString Host::effectiveAddress() const
{
    if (!address.isEmpty())
        return address;
    if (isWindows())
        return winRm.user.isEmpty() ? winRm.hostName : winRm.user + u'@' + winRm.hostName;
    Transport::SshTarget entered = target;
    if (entered.alias.isEmpty())
        entered.alias = entered.hostName;
    return formatAddress(entered);
}

namespace {

// "[user@]host[:port]", an IPv6 address in brackets; port 0: none.
QString joinAddress(const QString &user, QString host, int port)
{
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QString text = user.isEmpty() ? host : user + u'@' + host;
    if (port != 0)
        text += u':' + QString::number(port);
    return text;
}

} // namespace

QString Host::formatAddress(const Transport::SshTarget &entered)
{
    return joinAddress(entered.user, entered.alias, entered.port);
}

QString Host::formatAddress(const Transport::WinRmTarget &entered)
{
    return joinAddress(entered.user, entered.hostName, entered.port);
}

Inventory::HostEntry Host::toEntry() const
{
    Inventory::HostEntry entry(id, added);
    entry.setName(name);
    entry.setAddress(effectiveAddress());
    entry.setGroup(group.trimmed());
    entry.setIdentityFiles(identityFiles);
    entry.setElevate(elevate);
    entry.setProtocol(protocol);
    entry.setWinRmHttps(winRmHttps);
    entry.setAllowUnencrypted(!winRmHttps && allowUnencrypted);
    return entry;
}

Host Host::fromEntry(const Inventory::HostEntry &entry, const Transport::SshConfig &config)
{
    Host host;
    host.id = entry.id();
    host.name = entry.name();
    host.address = entry.address();
    host.group = entry.group();
    host.identityFiles = entry.identityFiles();
    host.elevate = entry.elevate();
    host.added = entry.added();
    host.protocol = entry.protocol();
    host.winRmHttps = entry.winRmHttps();
    host.allowUnencrypted = entry.allowUnencrypted();
    if (host.isWindows()) {
        // An address that does not parse leaves the target empty: connecting fails with the reason.
        if (const auto winRm = entry.winRmTarget())
            host.winRm = *winRm;
        return host;
    }
    if (const auto target = entry.sshTarget())
        host.target = config.resolve(*target);
    else
        host.target.alias = entry.address();
    return host;
}

void Host::applyScanFacts(const QJsonObject &scanFacts, const QDateTime &when)
{
    const QJsonObject os = scanFacts.value(QStringLiteral("os")).toObject();
    const QJsonObject system = scanFacts.value(QStringLiteral("host")).toObject();
    const QJsonObject probe = scanFacts.value(QStringLiteral("probe")).toObject();
    if (probe.value(QStringLiteral("platform")).toString() == u"windows" ||
        os.value(QStringLiteral("family")).toString() == u"windows") {
        windowsFacts = scanFacts;
        Facts::BasicFacts updated = Facts::BasicFacts::fromWindowsFacts(scanFacts);
        // The account Bulwark logged in with, as the first probe saw it.
        if (!facts.remoteUser.isEmpty())
            updated.remoteUser = facts.remoteUser;
        facts = updated;
        factsUpdated = when;
        return;
    }
    Facts::BasicFacts updated;
    updated.osId = os.value(QStringLiteral("id")).toString();
    updated.osVersionId = os.value(QStringLiteral("versionId")).toString();
    updated.osPrettyName = os.value(QStringLiteral("prettyName")).toString();
    updated.hostname = system.value(QStringLiteral("hostname")).toString();
    updated.kernelName = system.value(QStringLiteral("kernelName")).toString();
    updated.kernelRelease = system.value(QStringLiteral("kernelRelease")).toString();
    updated.machine = system.value(QStringLiteral("machine")).toString();
    updated.uptimeSeconds = qint64(system.value(QStringLiteral("uptimeSeconds")).toDouble(-1));
    // The scan may run through sudo; the account Bulwark logged in with is what the facts page calls "connected as".
    updated.remoteUser = facts.remoteUser.isEmpty() ? probe.value(QStringLiteral("user")).toString() : facts.remoteUser;
    updated.complete = probe.value(QStringLiteral("complete")).toBool();
    facts = updated;
    factsUpdated = when;
}

} // namespace Bulwark::Ui
