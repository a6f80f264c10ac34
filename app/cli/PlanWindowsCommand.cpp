// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanWindowsCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/facts/WindowsFacts.h"
#include "core/windows/WindowsAdminPlanner.h"
#include "core/windows/WindowsServicesPlanner.h"

using namespace Bulwark;

QList<QCommandLineOption> PlanWindowsCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("no-stop"),
                           tr("plan services on Windows: disable only; running services stop at the next restart.")),
        QCommandLineOption(QStringLiteral("rename-admin"),
                           tr("plan accounts on Windows: rename the built-in Administrator (RID 500) and disable it."),
                           tr("name")),
        QCommandLineOption(QStringLiteral("keep-enabled"),
                           tr("plan accounts on Windows: --rename-admin leaves the account enabled.")),
        QCommandLineOption(QStringLiteral("disable-admin"),
                           tr("plan accounts on Windows: disable the built-in Administrator, keeping its name.")),
        QCommandLineOption(QStringLiteral("disable-guest"),
                           tr("plan accounts on Windows: disable the built-in Guest account (RID 501), alone or with "
                              "the Administrator's change.")),
    };
}

QString PlanWindowsCommand::help()
{
    return tr("  On a Windows host (--host winrms://...): plan services --disable NAME[,NAME...] [--no-stop] (service "
              "names as Get-Service shows them: Spooler,RemoteRegistry); plan accounts --rename-admin NAME "
              "[--keep-enabled] or --disable-admin (the built-in Administrator, found by its RID 500), and/or "
              "--disable-guest. The plan shows "
              "each change of state as a diff; apply and rollback work as on Linux\n");
}

std::optional<PlanWindowsCommand::Request> PlanWindowsCommand::parse(const QString &command,
                                                                     const QCommandLineParser &parser)
{
    Request request;
    if (command == u"plan-services") {
        request.kind = Request::Kind::Services;
        for (const QString &value : parser.values(QStringLiteral("disable")))
            request.services.disable += value.split(u',', Qt::SkipEmptyParts);
        request.services.stopNow = !parser.isSet(QStringLiteral("no-stop"));
        if (request.services.disable.isEmpty()) {
            CliIo::printErr(tr("plan services needs --disable NAME (a Windows service name, e.g. Spooler)"));
            return std::nullopt;
        }
        if (parser.isSet(QStringLiteral("mask"))) {
            CliIo::printErr(tr("--mask is for systemd units; Windows services are disabled instead"));
            return std::nullopt;
        }
        return request;
    }
    if (command == u"plan-accounts") {
        request.kind = Request::Kind::Administrator;
        const bool rename = parser.isSet(QStringLiteral("rename-admin"));
        const bool disableOnly = parser.isSet(QStringLiteral("disable-admin"));
        const bool guest = parser.isSet(QStringLiteral("disable-guest"));
        for (const char *linuxOnly : {"lock", "expire", "nologin", "rename", "move-home"}) {
            if (parser.isSet(QLatin1String(linuxOnly))) {
                CliIo::printErr(tr("--%1 is for Linux accounts; on Windows use --rename-admin NAME or --disable-admin")
                                    .arg(QLatin1String(linuxOnly)));
                return std::nullopt;
            }
        }
        if ((rename && disableOnly) || (!rename && !disableOnly && !guest)) {
            CliIo::printErr(tr("plan accounts on Windows needs --rename-admin NAME [--keep-enabled] or "
                               "--disable-admin, and/or --disable-guest"));
            return std::nullopt;
        }
        if (parser.isSet(QStringLiteral("keep-enabled")) && !rename) {
            CliIo::printErr(tr("--keep-enabled goes with --rename-admin NAME"));
            return std::nullopt;
        }
        request.administrator.newName = parser.value(QStringLiteral("rename-admin"));
        request.administrator.disable = (rename || disableOnly) && !parser.isSet(QStringLiteral("keep-enabled"));
        request.administrator.disableGuest = guest;
        if (rename && request.administrator.newName.isEmpty()) {
            CliIo::printErr(tr("--rename-admin needs the new name"));
            return std::nullopt;
        }
        return request;
    }
    CliIo::printErr(tr("only plan services and plan accounts work on a Windows host so far"));
    return std::nullopt;
}

Result<Plan::ChangePlan> PlanWindowsCommand::plan(const QJsonObject &facts, const Request &request,
                                                  const QString &hostDisplayName)
{
    if (request.kind == Request::Kind::Services) {
        Windows::WindowsServicesChoice choice = request.services;
        choice.hostDisplayName = hostDisplayName;
        return Windows::WindowsServicesPlanner::plan(facts, choice);
    }
    Windows::WindowsAdminChoice choice = request.administrator;
    choice.hostDisplayName = hostDisplayName;
    return Windows::WindowsAdminPlanner::plan(facts, choice);
}

PlanWindowsCommand::PlanWindowsCommand(Transport::HostConnection &connection, Request request, Options options,
                                       QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

void PlanWindowsCommand::start()
{
    m_connection
        .submit<QJsonObject>([](Transport::Session &session, const CancelToken &cancel) {
            return Facts::WindowsFacts::probe(session, cancel);
        })
        .then(this, [this](const Result<QJsonObject> &facts) {
            if (!facts) {
                Q_EMIT failed(facts.error());
                return;
            }
            const auto plan = PlanWindowsCommand::plan(*facts, m_request, m_options.hostDisplayName);
            if (!plan) {
                CliIo::printErr(QStringLiteral("bulwark-cli: ") + plan.error().message());
                Q_EMIT finished(RefusedExit);
                return;
            }
            CliIo::print(
                PlanPrinter::render(*plan, tr("Plan for %1 (nothing has been changed):").arg(m_options.hostDisplayName),
                                    *facts, m_options.showDiff));
            if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, plan->toJsonBytes())) {
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
}
