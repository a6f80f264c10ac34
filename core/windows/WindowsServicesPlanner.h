// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/plan/ServiceRecommendation.h"
#include "core/rules/Finding.h"
#include "core/util/Result.h"
#include "core/windows/WindowsServicesChoice.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Windows {

// Turns a choice of Windows services into a ChangePlan over the Windows fact tree (resources/rules/FACTS-windows.md).
// Pure: reads only the facts it is given, no network.
//
// One change per service, one PowerShell step (PowerShellStep): Set-Service -StartupType Disabled, then
// Stop-Service -Force when it runs and stopNow. Its check reads the service back (Get-Service StartType and Status,
// the registry's DelayedAutostart for "Automatic (delayed start)") and must print "Disabled/Stopped"; its undo puts
// back the exact start mode (sc.exe config start= auto | delayed-auto, Set-Service Manual) and starts the service
// when it was not stopped, checked the same way. The step carries the state change the preview shows as a diff
// ("StartType: Automatic" / "Status: Running" -> "StartType: Disabled" / "Status: Stopped"). No step is
// access-affecting: the services that carry access are refused instead.
//
// Refused (the whole plan fails with an Error naming the service):
// - a service the facts do not list, or a name with wildcard or path characters (Get-Service would expand them);
// - protectedServices(): the ones this connection travels through (WinRM and what it needs), remote access (RDP),
//   what Windows needs to run, log, be administered, stay defended and stay in its domain;
// - a kernel or boot start mode (Boot, System), which Set-Service cannot put back;
// - a service already disabled and stopped (nothing to do).
// Warnings: stopping a running service with -Force also stops the services that depend on it, and the undo does not
// start those again (listed when the facts name them as "dependents", said generally otherwise).
class WindowsServicesPlanner
{
public:
    static Result<Plan::ChangePlan> plan(const QJsonObject &facts, const WindowsServicesChoice &choice);

    // Services that failed Windows services-wizard findings point at (the finding's evidence names them) and that
    // are on in the facts, in finding order. ServiceRecommendation::unit holds the service name.
    static QList<Plan::ServiceRecommendation> recommendations(const QJsonObject &facts,
                                                              const QList<Rules::Finding> &findings);

    // Service names refused, compared case-insensitively.
    static QStringList protectedServices();
    static bool isProtected(const QString &name);
    // A name Bulwark passes to the service cmdlets: 1 to 256 characters, no control characters, none of
    // * ? [ ] (wildcards) / \ (the service manager refuses them).
    static bool isValidServiceName(const QString &name);
    // The facts' services[] element named `name` (case-insensitive).
    static std::optional<QJsonObject> service(const QJsonObject &facts, const QString &name);
    // The Windows services rules (catalog) that fail on `facts` and pass once `name` is disabled (and stopped).
    static QStringList ruleIdsForService(const QJsonObject &facts, const QString &name, bool stop);

    // "StartType: Automatic (delayed start)\nStatus: Running": the state a step shows and its checks compare, from a
    // services[] element.
    static QString stateText(const QString &startType, const QString &status);
    // The start type as the checks print it: "Automatic (delayed start)" when delayedAutoStart.
    static QString startTypeOf(const QJsonObject &service);
};

} // namespace Bulwark::Windows
