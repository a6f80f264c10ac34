// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/plan/ChangePlan.h"
#include "core/tls/ApacheHostState.h"
#include "core/tls/TlsChoice.h"
#include "core/tls/TlsHostState.h"
#include "core/tls/TlsPlanner.h"
#include "core/transport/HostConnection.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// bulwark-cli plan tls: reads the host's web servers on its worker, nginx (Tls::NginxReader) and Apache httpd
// (Tls::ApacheReader), one elevated read-only command each (only the one --server names, when given); a server that
// is not installed is skipped. With --list prints every nginx server block and Apache VirtualHost (server, file as
// the web server names it and as edited, line, names, ports, TLS); otherwise finds the site --site FILE:LINE names in
// either, plans the choice for it (Tls::TlsPlanJob for nginx, Plan::ApacheTlsPlanner for Apache), prints the plan with
// every file's diff, says where to check the handshake afterwards, and saves it; changes nothing. A refusal (no such
// site, the configuration failing its own check now, one Bulwark cannot change with certainty) exits 4 with the reason;
// a file both servers read, without --server, exits 2. A read that fails (connection, sudo, an answer not understood)
// fails the command: the second reader does not run after the first failed. Lives on the main thread.
class PlanTlsCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefusedExit = 4;
    static constexpr int UsageExit = 2;

    enum class Server
    {
        Any, // --server not given: read both, find the site in either
        Nginx,
        Apache,
    };

    // What the command line asked for.
    struct Request
    {
        bool list = false;
        Server server = Server::Any;
        Bulwark::Plan::TlsChoice choice; // when !list
    };

    struct Options
    {
        QString hostDisplayName;
        QString hostAddress; // where `check tls` should connect afterwards
        QString outPath;     // save the plan as JSON here ('-': standard output); empty: do not
    };

    // What the readers found on the host; a server that was not read (--server named the other) is nullopt. A value
    // type.
    struct WebServers
    {
        std::optional<Bulwark::Tls::TlsHostState> nginx;
        std::optional<Bulwark::Tls::ApacheHostState> apache;
    };

    // One site as --list shows it and --site finds it.
    struct ListedSite
    {
        Server server = Server::Nginx;        // Nginx or Apache
        QString listedPath;                   // the name the web server reads (a sites-enabled/ link), or site.file
        Bulwark::Plan::TlsPlanner::Site site; // site.file: the real file a plan edits
    };

    // The options plan tls adds to bulwark-cli's parser. --list is shared with plan luks, which registers it.
    static QList<QCommandLineOption> options();
    // One help line for the command list.
    static QString help();
    // The request from --list or --site FILE:LINE, --server and the choice's options; std::nullopt after printing
    // what is wrong (exit 2). --import-pem is read here, on this machine.
    static std::optional<Request> parse(const QCommandLineParser &parser);

    // Every site of the servers read, nginx's first (in nginx's order), then Apache's (in the order httpd reads them).
    static QList<ListedSite> sites(const WebServers &servers);
    // The sites --site FILE:LINE names, by the real file or the name the web server reads (a sites-enabled/ link);
    // only those of `server` unless it is Any. More than one only when both servers read the same file.
    static QList<ListedSite> find(const WebServers &servers, const QString &file, int line, Server server);
    // The --list text: each server read (version, configuration check), every site, the problems the readers met.
    static QString renderSites(const WebServers &servers);
    // Plans `choice` for `site` with its server's planner (pure; for tests). choice.file and serverLine are taken
    // from `site`.
    static Bulwark::Result<Bulwark::Plan::ChangePlan> plan(const WebServers &servers, const ListedSite &site,
                                                           Bulwark::Plan::TlsChoice choice);
    // Where the handshake should be checked after applying: the site's TLS port (443 for a new TLS VirtualHost).
    static int tlsPort(const WebServers &servers, const ListedSite &site);

    PlanTlsCommand(Bulwark::Transport::HostConnection &connection, Request request, Options options,
                   QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);
    // The connection, login, sudo or a read failed (not a refusal).
    void failed(const Bulwark::Error &error);

private:
    void planSite(const WebServers &servers);

    Bulwark::Transport::HostConnection &m_connection;
    Request m_request;
    Options m_options;
};
