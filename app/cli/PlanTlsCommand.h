// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/tls/TlsChoice.h"
#include "core/tls/TlsHostState.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan tls: reads the host's nginx (Tls::NginxReader, one elevated read-only command) on its worker;
// with --list prints every server block (file as edited and as nginx names it, line, names, ports, TLS); otherwise
// plans the choice for one server block (Tls::TlsPlanJob), prints the plan with every file's diff, says where to
// check the handshake afterwards, and saves it; changes nothing. A refusal (nginx missing, nginx -t failing now, a
// configuration Bulwark cannot change with certainty) exits 4 with the reason. Lives on the main thread.
class PlanTlsCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;

    // What the command line asked for.
    struct Request
    {
        bool list = false;
        Bulwark::Plan::TlsChoice choice; // when !list
    };

    struct Options
    {
        QString hostDisplayName;
        QString hostAddress; // where `check tls` should connect afterwards
        QString outPath;     // save the plan as JSON here ('-': standard output); empty: do not
    };

    // The options plan tls adds to bulwark-cli's parser. --list is shared with plan luks, which registers it.
    static QList<QCommandLineOption> options();
    // One help line for the command list.
    static QString help();
    // The request from --list or --site FILE:LINE and the choice's options; std::nullopt after printing what is
    // wrong (exit 2). --import-pem is read here, on this machine.
    static std::optional<Request> parse(const QCommandLineParser &parser);

    // The --list table, and the problems the reader met (for tests).
    static QString renderSites(const Bulwark::Tls::TlsHostState &state);

    PlanTlsCommand(Bulwark::Transport::HostConnection &connection, Request request, Options options,
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
