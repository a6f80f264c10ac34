// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/accounts/AccountsChoice.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan accounts: reads the host's facts and account data (LinuxFacts, AccountsReader) on its worker,
// plans with AccountsPlanner, prints the plan with PlanPrinter and saves it; changes nothing. A refusal of the
// lock-out pre-flight exits 4 (Refused) with the reason. Lives on the main thread.
class PlanAccountsCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;

    struct Options
    {
        QString hostDisplayName;
        bool elevate = true;                 // probe the facts through sudo
        bool sessionHasSudoPassword = false; // the session can answer sudo's password prompt
        QString outPath;                     // save the plan as JSON here ('-': standard output); empty: do not
        bool showDiff = false;
    };

    // The options plan accounts adds to bulwark-cli's parser.
    static QList<QCommandLineOption> options();
    // One help line for the command list.
    static QString help();
    // The choice from --lock, --expire, --nologin, --rename OLD:NEW and --move-home; std::nullopt after printing what
    // is wrong (exit 2).
    static std::optional<Bulwark::Plan::AccountsChoice> parse(const QCommandLineParser &parser);

    PlanAccountsCommand(Bulwark::Transport::HostConnection &connection, Bulwark::Plan::AccountsChoice choice,
                        Options options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);
    // The connection, login, sudo or a read failed (not a refusal).
    void failed(const Bulwark::Error &error);

private:
    Bulwark::Transport::HostConnection &m_connection;
    Bulwark::Plan::AccountsChoice m_choice;
    Options m_options;
};
