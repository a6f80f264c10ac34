// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/luks/LuksChoice.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan luks: reads the host's block devices (Luks::LuksPlanJob::read, one elevated read-only command) on
// its worker; with --list prints every device with its use and encryption state; otherwise plans the encryption of
// one device (LuksPlanJob::plan), prints it with PlanPrinter (irreversible steps and the passphrase the apply will
// ask for marked) and saves it; changes nothing. A refusal (a mounted or busy device, a missing typed confirmation,
// an unusable name or mount point) exits 4 with the reasons. Lives on the main thread.
class PlanLuksCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;

    // What the command line asked for.
    struct Request
    {
        bool list = false;
        Bulwark::Plan::LuksChoice choice; // when !list
    };

    struct Options
    {
        QString hostDisplayName;
        QString outPath; // save the plan as JSON here ('-': standard output); empty: do not
        bool showDiff = true;
    };

    // The options plan luks adds to bulwark-cli's parser.
    static QList<QCommandLineOption> options();
    // One help line for the command list.
    static QString help();
    // The request from --list or --device/--name/--mount/--fs/--passphrase/--passphrase-only/--confirm/
    // --fast-kdf-for-tests; std::nullopt after printing what is wrong (exit 2).
    static std::optional<Request> parse(const QCommandLineParser &parser);

    PlanLuksCommand(Bulwark::Transport::HostConnection &connection, Request request, Options options,
                    QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);
    // The connection, login, sudo or the read failed (not a refusal).
    void failed(const Bulwark::Error &error);

private:
    Bulwark::Transport::HostConnection &m_connection;
    Request m_request;
    Options m_options;
};
