// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"
#include "core/util/Result.h"
#include "core/windows/WindowsAdminChoice.h"
#include "core/windows/WindowsServicesChoice.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan services / plan accounts on a Windows host (WinRM): scans the host (WindowsFacts) on its worker,
// plans with WindowsServicesPlanner or WindowsAdminPlanner, prints the plan with PlanPrinter (each step's state
// change as a diff) and saves it; changes nothing. A refusal (a protected service, the session's own account, the
// last administrator) exits 4 with the reason. Lives on the main thread.
class PlanWindowsCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;

    // What to plan: plan services (--disable NAME,... [--no-stop]) or plan accounts (--rename-admin NAME
    // [--keep-enabled], or --disable-admin).
    struct Request
    {
        enum class Kind
        {
            Services,
            Administrator
        };
        Kind kind = Kind::Services;
        Bulwark::Windows::WindowsServicesChoice services;
        Bulwark::Windows::WindowsAdminChoice administrator;
    };

    struct Options
    {
        QString hostDisplayName;
        QString outPath; // save the plan as JSON here ('-': standard output); empty: do not
        bool showDiff = false;
    };

    // The Windows-only options these commands add to bulwark-cli's parser (--disable is shared with Linux).
    static QList<QCommandLineOption> options();
    static QString help();
    // `command` is "plan-services" or "plan-accounts"; std::nullopt after printing what is wrong (exit 2).
    static std::optional<Request> parse(const QString &command, const QCommandLineParser &parser);
    // The plan for `request` over a Windows host's facts. Pure.
    static Bulwark::Result<Bulwark::Plan::ChangePlan> plan(const QJsonObject &facts, const Request &request,
                                                           const QString &hostDisplayName);

    PlanWindowsCommand(Bulwark::Transport::HostConnection &connection, Request request, Options options,
                       QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);
    // The connection or the scan failed (not a refusal).
    void failed(const Bulwark::Error &error);

private:
    Bulwark::Transport::HostConnection &m_connection;
    Request m_request;
    Options m_options;
};
