// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanTlsCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/tls/ApacheReader.h"
#include "core/tls/ApacheTlsPlanner.h"
#include "core/tls/NginxReader.h"
#include "core/tls/TlsPlanJob.h"

#include <QFile>

using namespace Bulwark;

namespace {

QString portsOf(const QList<int> &ports)
{
    QStringList out;
    for (int port : ports)
        out << (port > 0 ? QString::number(port) : QStringLiteral("*")); // Apache: a VirtualHost on every port
    return out.isEmpty() ? QStringLiteral("-") : out.join(u',');
}

QString serverName(PlanTlsCommand::Server server)
{
    return server == PlanTlsCommand::Server::Apache ? QStringLiteral("apache") : QStringLiteral("nginx");
}

} // namespace

QList<QCommandLineOption> PlanTlsCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("site"),
                           tr("plan tls: the site to change, as --list shows it: an nginx server block (the file as "
                              "nginx names it or the real file, and the line of \"server {\") or an Apache "
                              "VirtualHost (the file as httpd names it or the real file, and the line of "
                              "\"<VirtualHost\")."),
                           QStringLiteral("file:line")),
        QCommandLineOption(QStringLiteral("server"),
                           tr("plan tls: read only this web server (default: nginx and Apache, whichever is "
                              "installed); names the one meant when both read the same file."),
                           QStringLiteral("nginx|apache")),
        QCommandLineOption(QStringLiteral("certificate"),
                           tr("plan tls: keep the site's certificate (default), use files on the host (--cert, "
                              "--key), import a PEM chain (--import-pem, --key), create a self-signed one, or a new "
                              "key and a CSR for the CA."),
                           QStringLiteral("keep|paths|import|self-signed|csr")),
        QCommandLineOption(QStringLiteral("cert"),
                           tr("plan tls: the certificate file on the host (paths), or where to write the imported "
                              "one (import; default: a new file in /etc/ssl/certs)."),
                           QStringLiteral("path")),
        QCommandLineOption(QStringLiteral("key"),
                           tr("plan tls: the private key file already on the host (paths, import); keys never "
                              "travel."),
                           QStringLiteral("path")),
        QCommandLineOption(QStringLiteral("import-pem"),
                           tr("plan tls: a PEM certificate chain on this machine to put on the host (no private "
                              "key in it)."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("common-name"),
                           tr("plan tls: the name for a self-signed certificate or a CSR (default: the site's first "
                              "server_name or ServerName)."),
                           QStringLiteral("name")),
        QCommandLineOption(QStringLiteral("days"), tr("plan tls: how long a self-signed certificate is valid."),
                           QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("hsts"),
                           tr("plan tls: send Strict-Transport-Security with this max-age (31536000 is a year; 0 "
                              "leaves the header as it is)."),
                           QStringLiteral("seconds")),
        QCommandLineOption(QStringLiteral("hsts-subdomains"), tr("plan tls: HSTS also for every subdomain.")),
        QCommandLineOption(QStringLiteral("redirect-http"),
                           tr("plan tls: plain HTTP for the site's names answers 301 to https://.")),
        QCommandLineOption(QStringLiteral("no-modern-ciphers"),
                           tr("plan tls: leave ssl_ciphers (SSLCipherSuite) as it is (default: Mozilla's intermediate "
                              "list).")),
    };
}

QString PlanTlsCommand::help()
{
    return tr("  plan tls  Plan TLS for an nginx or Apache site, changing nothing: bulwark-cli plan tls --host ... "
              "--list, or --site FILE:LINE [--server nginx|apache] [--certificate keep|paths|import|self-signed|csr] "
              "[--cert PATH] [--key PATH] [--import-pem FILE] [--common-name NAME] [--days N] [--hsts SECONDS] "
              "[--hsts-subdomains] [--redirect-http] [--no-modern-ciphers] [-o PLAN.json]; sets TLS 1.2/1.3 only "
              "(also nginx.conf's http-level ssl_protocols, or Apache's server-wide SSLProtocol, when it allows TLS "
              "1.0/1.1) and prints every file's diff; a configuration Bulwark cannot change with certainty, or one "
              "that fails nginx -t or apachectl configtest now, is refused (exit 4)\n");
}

std::optional<PlanTlsCommand::Request> PlanTlsCommand::parse(const QCommandLineParser &parser)
{
    Request request;
    request.list = parser.isSet(QStringLiteral("list"));
    const QString site = parser.value(QStringLiteral("site"));
    if (request.list == !site.isEmpty()) {
        CliIo::printErr(tr("plan tls needs --list, or --site FILE:LINE (as --list shows it)"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("server"))) {
        const QString server = parser.value(QStringLiteral("server"));
        if (server == u"nginx") {
            request.server = Server::Nginx;
        } else if (server == u"apache") {
            request.server = Server::Apache;
        } else {
            CliIo::printErr(tr("plan tls: --server takes nginx or apache"));
            return std::nullopt;
        }
    }
    if (request.list)
        return request;
    Plan::TlsChoice &choice = request.choice;
    const qsizetype colon = site.lastIndexOf(u':');
    bool lineOk = false;
    choice.serverLine = colon > 0 ? site.mid(colon + 1).toInt(&lineOk) : 0;
    choice.file = colon > 0 ? site.left(colon) : QString();
    if (!lineOk || choice.serverLine <= 0 || !choice.file.startsWith(u'/')) {
        CliIo::printErr(tr("plan tls: --site takes FILE:LINE, for example /etc/nginx/sites-enabled/default:22 or "
                           "/etc/apache2/sites-enabled/000-default.conf:1"));
        return std::nullopt;
    }

    using Certificate = Plan::TlsChoice::Certificate;
    const QString certificate = parser.value(QStringLiteral("certificate"));
    if (certificate.isEmpty() || certificate == u"keep") {
        choice.certificate = Certificate::Keep;
    } else if (certificate == u"paths") {
        choice.certificate = Certificate::UsePaths;
    } else if (certificate == u"import") {
        choice.certificate = Certificate::Import;
    } else if (certificate == u"self-signed") {
        choice.certificate = Certificate::SelfSigned;
    } else if (certificate == u"csr") {
        choice.certificate = Certificate::KeyAndCsr;
    } else {
        CliIo::printErr(tr("plan tls: --certificate takes keep, paths, import, self-signed or csr"));
        return std::nullopt;
    }
    choice.certificatePath = parser.value(QStringLiteral("cert"));
    choice.keyPath = parser.value(QStringLiteral("key"));
    if (choice.certificate == Certificate::UsePaths && (choice.certificatePath.isEmpty() || choice.keyPath.isEmpty())) {
        CliIo::printErr(tr("plan tls: --certificate paths needs --cert PATH and --key PATH (files on the host)"));
        return std::nullopt;
    }
    const QString pem = parser.value(QStringLiteral("import-pem"));
    if (choice.certificate == Certificate::Import) {
        if (pem.isEmpty() || choice.keyPath.isEmpty()) {
            CliIo::printErr(tr("plan tls: --certificate import needs --import-pem FILE and --key PATH (on the host)"));
            return std::nullopt;
        }
        QFile file(pem);
        if (!file.open(QIODevice::ReadOnly)) {
            CliIo::printErr(tr("plan tls: cannot read %1: %2").arg(pem, file.errorString()));
            return std::nullopt;
        }
        choice.certificatePem = file.read(1024 * 1024 + 1);
        if (choice.certificatePem.size() > 1024 * 1024) {
            CliIo::printErr(tr("plan tls: %1 is larger than a certificate chain (1 MiB)").arg(pem));
            return std::nullopt;
        }
        if (choice.certificatePem.contains("PRIVATE KEY")) {
            CliIo::printErr(tr("plan tls: %1 holds a private key; Bulwark never copies keys. Give only the "
                               "certificate chain.")
                                .arg(pem));
            return std::nullopt;
        }
    } else if (!pem.isEmpty()) {
        CliIo::printErr(tr("plan tls: --import-pem goes with --certificate import"));
        return std::nullopt;
    }
    choice.commonName = parser.value(QStringLiteral("common-name"));
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        choice.days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || choice.days < 1 || choice.days > 3650) {
            CliIo::printErr(tr("plan tls: --days takes a number from 1 to 3650"));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("hsts"))) {
        bool ok = false;
        choice.hstsMaxAge = parser.value(QStringLiteral("hsts")).toLongLong(&ok);
        if (!ok || choice.hstsMaxAge < 0 || choice.hstsMaxAge > 2LL * 365 * 24 * 3600) {
            CliIo::printErr(tr("plan tls: --hsts takes seconds from 0 to 63072000 (two years)"));
            return std::nullopt;
        }
    }
    choice.hstsIncludeSubDomains = parser.isSet(QStringLiteral("hsts-subdomains"));
    if (choice.hstsIncludeSubDomains && choice.hstsMaxAge <= 0) {
        CliIo::printErr(tr("plan tls: --hsts-subdomains goes with --hsts SECONDS"));
        return std::nullopt;
    }
    choice.redirectHttp = parser.isSet(QStringLiteral("redirect-http"));
    choice.modernCiphers = !parser.isSet(QStringLiteral("no-modern-ciphers"));
    return request;
}

QList<PlanTlsCommand::ListedSite> PlanTlsCommand::sites(const WebServers &servers)
{
    QList<ListedSite> out;
    if (servers.nginx && servers.nginx->nginxInstalled) {
        for (const Plan::TlsPlanner::Site &site : servers.nginx->sites())
            out << ListedSite{Server::Nginx, servers.nginx->listedPath(site.file), site};
    }
    if (servers.apache && servers.apache->installed) {
        for (const Plan::TlsPlanner::Site &site : servers.apache->sites())
            out << ListedSite{Server::Apache, servers.apache->listedPath(site.file), site};
    }
    return out;
}

QList<PlanTlsCommand::ListedSite> PlanTlsCommand::find(const WebServers &servers, const QString &file, int line,
                                                       Server server)
{
    QList<ListedSite> out;
    for (const ListedSite &listed : sites(servers)) {
        if (server != Server::Any && listed.server != server)
            continue;
        if (listed.site.serverLine != line)
            continue;
        const QString resolved =
            listed.server == Server::Nginx ? servers.nginx->resolvedPath(file) : servers.apache->resolvedPath(file);
        if (listed.site.file == resolved || listed.listedPath == file)
            out << listed;
    }
    return out;
}

QString PlanTlsCommand::renderSites(const WebServers &servers)
{
    QString text;
    if (servers.nginx) {
        const Tls::TlsHostState &state = *servers.nginx;
        if (!state.nginxInstalled)
            text += tr("nginx is not installed.\n");
        else
            text +=
                tr("nginx %1, configuration %2%3\n")
                    .arg(state.nginxVersion.isEmpty() ? tr("(version unknown)") : state.nginxVersion, state.mainFile,
                         state.configTestPassed ? tr(" (nginx -t passes)") : tr(" (nginx -t FAILS)"));
    }
    if (servers.apache) {
        const Tls::ApacheHostState &state = *servers.apache;
        if (!state.installed)
            text += tr("Apache httpd is not installed.\n");
        else if (!state.controlRuns)
            text += tr("Apache (version unknown), server root %1 (%2 could not run; see the notes below)\n")
                        .arg(state.serverRoot, state.control);
        else
            text += tr("%1, server root %2 (%3 configtest %4)%5\n")
                        .arg(state.version.isEmpty() ? tr("Apache (version unknown)") : state.version, state.serverRoot,
                             state.control, state.configValid ? tr("passes") : tr("FAILS"),
                             state.hasModule(QStringLiteral("ssl_module")) ? QString()
                             : state.debianLayout() ? tr("; mod_ssl is not loaded (a plan enables it)")
                                                    : tr("; mod_ssl is not loaded (plans are refused until it loads)"));
    }
    const QList<ListedSite> listed = sites(servers);
    if (listed.isEmpty()) {
        text += tr("No sites.\n");
    } else {
        text += tr("server  site (--site FILE:LINE)\n");
    }
    for (const ListedSite &entry : listed) {
        const Plan::TlsPlanner::Site &site = entry.site;
        text +=
            QStringLiteral("%1  %2:%3").arg(serverName(entry.server), -6).arg(entry.listedPath).arg(site.serverLine);
        if (entry.listedPath != site.file)
            text += tr("  (the file %1)").arg(site.file);
        text += u'\n';
        text += tr("        names: %1; ports: %2; TLS: %3%4\n")
                    .arg(site.names.isEmpty() ? QStringLiteral("-") : site.names.join(u' '), portsOf(site.ports),
                         site.tls ? tr("yes") : tr("no"),
                         site.certificates.isEmpty()
                             ? QString()
                             : tr("; certificate: %1").arg(site.certificates.join(QStringLiteral(", "))));
    }
    if (servers.nginx) {
        for (const QString &problem : servers.nginx->problems)
            text += tr("Note (nginx): %1\n").arg(problem);
    }
    if (servers.apache) {
        for (const QString &problem : servers.apache->problems)
            text += tr("Note (apache): %1\n").arg(problem);
    }
    return text;
}

Result<Plan::ChangePlan> PlanTlsCommand::plan(const WebServers &servers, const ListedSite &site, Plan::TlsChoice choice)
{
    choice.file = site.site.file;
    choice.serverLine = site.site.serverLine;
    if (site.server == Server::Apache)
        return Plan::ApacheTlsPlanner::plan(*servers.apache, choice);
    return Tls::TlsPlanJob::plan(*servers.nginx, choice);
}

int PlanTlsCommand::tlsPort(const WebServers &servers, const ListedSite &site)
{
    if (site.server == Server::Nginx)
        return Tls::TlsPlanJob::tlsPort(*servers.nginx, site.site);
    return Plan::ApacheTlsPlanner::tlsPort(servers.apache ? *servers.apache : Tls::ApacheHostState(), site.site);
}

PlanTlsCommand::PlanTlsCommand(Transport::HostConnection &connection, Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

void PlanTlsCommand::start()
{
    const Server server = m_request.server;
    m_connection
        .submit<WebServers>([server](Transport::Session &session, const CancelToken &cancel) -> Result<WebServers> {
            WebServers servers;
            if (server != Server::Apache) {
                auto nginx = Tls::NginxReader::read(session, cancel);
                if (!nginx)
                    return nginx.error();
                servers.nginx = std::move(*nginx);
            }
            if (server != Server::Nginx) {
                if (cancel.isCanceled())
                    return Error(Error::Code::Canceled, tr("Canceled."));
                auto apache = Tls::ApacheReader::read(session, cancel);
                if (!apache)
                    return apache.error();
                servers.apache = std::move(*apache);
            }
            return servers;
        })
        .then(this, [this](const Result<WebServers> &servers) {
            if (!servers) {
                Q_EMIT failed(servers.error());
                return;
            }
            if (m_request.list) {
                CliIo::print(tr("Web sites of %1 (nothing has been changed):\n").arg(m_options.hostDisplayName) +
                             renderSites(*servers));
                Q_EMIT finished(0);
                return;
            }
            planSite(*servers);
        });
}

void PlanTlsCommand::planSite(const WebServers &servers)
{
    const Plan::TlsChoice &asked = m_request.choice;
    const QList<ListedSite> found = find(servers, asked.file, asked.serverLine, m_request.server);
    if (found.size() > 1) {
        CliIo::printErr(
            tr("plan tls: both nginx and Apache read %1; add --server nginx or --server apache").arg(asked.file));
        Q_EMIT finished(UsageExit);
        return;
    }
    if (found.isEmpty()) {
        const bool installed =
            (servers.nginx && servers.nginx->nginxInstalled) || (servers.apache && servers.apache->installed);
        QString reason;
        if (!installed) {
            reason = m_request.server == Server::Nginx ? tr("nginx is not installed on the host.")
                     : m_request.server == Server::Apache
                         ? tr("Apache httpd is not installed on the host.")
                         : tr("Neither nginx nor Apache httpd is installed on the host.");
        } else {
            reason = tr("No site starts at line %1 of %2 (bulwark-cli plan tls --list shows the sites, and what "
                        "could not be read).")
                         .arg(asked.serverLine)
                         .arg(asked.file);
        }
        CliIo::printErr(tr("bulwark-cli: refused: %1").arg(reason));
        // What the readers could not read about that file (a file Bulwark cannot parse strictly is left out).
        QStringList problems;
        if (servers.nginx && m_request.server != Server::Apache)
            problems += servers.nginx->problems;
        if (servers.apache && m_request.server != Server::Nginx)
            problems += servers.apache->problems;
        const QString nginxResolved = servers.nginx ? servers.nginx->resolvedPath(asked.file) : asked.file;
        const QString apacheResolved = servers.apache ? servers.apache->resolvedPath(asked.file) : asked.file;
        for (const QString &problem : std::as_const(problems)) {
            if (problem.contains(asked.file) || problem.contains(nginxResolved) || problem.contains(apacheResolved))
                CliIo::printErr(QStringLiteral("  ") + problem);
        }
        Q_EMIT finished(RefusedExit);
        return;
    }
    const ListedSite &site = found.constFirst();
    Plan::TlsChoice choice = asked;
    choice.hostDisplayName = m_options.hostDisplayName;
    const auto plan = PlanTlsCommand::plan(servers, site, choice);
    if (!plan) {
        CliIo::printErr(tr("bulwark-cli: refused: %1").arg(plan.error().message()));
        if (!plan.error().detail().isEmpty())
            CliIo::printErr(QStringLiteral("  ") + plan.error().detail());
        Q_EMIT finished(RefusedExit);
        return;
    }
    QString text = PlanPrinter::render(*plan,
                                       tr("Plan for %1, %2 site %3:%4 (nothing has been changed):")
                                           .arg(m_options.hostDisplayName, serverName(site.server), site.listedPath)
                                           .arg(site.site.serverLine),
                                       {}, true);
    const QString address =
        m_options.hostAddress.contains(u':') ? u'[' + m_options.hostAddress + u']' : m_options.hostAddress;
    const QStringList &names = site.site.names;
    text += u'\n' +
            tr("After applying, check the handshake: bulwark-cli check tls %1:%2%3")
                .arg(address)
                .arg(tlsPort(servers, site))
                .arg(names.isEmpty() || names.constFirst() == u"_" || names.constFirst().contains(u'*') ||
                             names.constFirst().startsWith(u'~') // a regular expression (nginx)
                         ? QString()
                         : QStringLiteral(" --server-name ") + names.constFirst()) +
            u'\n';
    CliIo::print(text);
    if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, plan->toJsonBytes())) {
        Q_EMIT finished(1);
        return;
    }
    Q_EMIT finished(0);
}
