// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/ssh/SshChoice.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan ssh: reads the host's SSH server (Ssh::SshAccessReader, plus the facts with --replace-legacy) on
// its worker, plans with Plan::SshPlanner after the lock-out pre-flight on the host, prints the pre-flight's verdict
// and the plan with PlanPrinter, and saves it; changes nothing. A refusal (the pre-flight, a value sshd or Bulwark
// does not accept, a configuration Bulwark cannot read with certainty) exits 4 with the reason. Main thread.
class PlanSshCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;

    struct Options
    {
        QString hostDisplayName;
        bool elevate = true; // probe the facts through sudo (--replace-legacy)
        QString outPath;     // save the plan as JSON here ('-': standard output); empty: do not
        bool showDiff = true;
    };

    // The options plan ssh adds to bulwark-cli's parser.
    static QList<QCommandLineOption> options();
    // One help line for the command list.
    static QString help();
    // The choice from the options; std::nullopt after printing what is wrong (exit 2).
    static std::optional<Bulwark::Plan::SshChoice> parse(const QCommandLineParser &parser);

    PlanSshCommand(Bulwark::Transport::HostConnection &connection, Bulwark::Plan::SshChoice choice, Options options,
                   QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);
    // The connection, login, sudo or a read failed (not a refusal).
    void failed(const Bulwark::Error &error);

private:
    Bulwark::Transport::HostConnection &m_connection;
    Bulwark::Plan::SshChoice m_choice;
    Options m_options;
};
