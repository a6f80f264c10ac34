// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/plan/ServiceRecommendation.h"
#include "core/plan/ServicesChoice.h"
#include "core/rules/Finding.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Bulwark::Plan {

// Turns the services wizard's choice into a ChangePlan. Pure: reads only the facts it is given, no network.
//
// Refused (the whole plan fails with an Error naming the unit):
// - a unit the facts do not list, or whose name is not a valid systemd unit name (facts are host data);
// - the units the session itself travels through: ssh, sshd, and the network managers (systemd-networkd,
//   NetworkManager, networking, systemd-resolved);
// - units a booting, loggable, manageable system needs (essentialUnits()): journald, logind, dbus, udevd, ...;
// - aliases (dbus-org.freedesktop.Avahi.service): the real unit must be chosen.
// Unit names always follow "--" in argv, so a name starting with "-" is never read as an option.
class ServicesPlanner
{
public:
    static Result<ChangePlan> plan(const QJsonObject &facts, const ServicesChoice &choice);

    // Services flagged by failed BW-LNX-SVC-* findings that are on (enabled or running) in the facts, with a
    // one-line purpose each, in rule order.
    static QList<ServiceRecommendation> recommendations(const QJsonObject &facts,
                                                        const QList<Rules::Finding> &findings);

    // The facts' listening[] sockets that belong to a service (ss names the process: cups -> cupsd,
    // avahi-daemon -> avahi-daemon), in facts order.
    static QList<QJsonObject> listenersOf(const QJsonObject &facts, const QString &serviceName);

    // Service names (unit without suffix) refused because Bulwark's own connection depends on them.
    static QStringList sessionUnits();
    // Service names refused because the system needs them to boot, log or be administered.
    static QStringList essentialUnits();
    // True for a name systemd accepts: [A-Za-z0-9:_.\\@-], at most 255 bytes, non-empty.
    static bool isValidUnitName(const QString &unit);
    // The rule ids a service name addresses (cups -> BW-LNX-SVC-002).
    static QStringList ruleIdsForService(const QString &name);
};

} // namespace Bulwark::Plan
