// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/PlanTlsCommand.h"

#include "app/cli/CliIo.h"
#include "app/cli/PlanPrinter.h"
#include "core/tls/NginxReader.h"
#include "core/tls/TlsPlanJob.h"

#include <QFile>

using namespace Bulwark;

namespace {

QString portsOf(const QList<int> &ports)
{
    QStringList out;
    for (int port : ports)
        out << QString::number(port);
    return out.isEmpty() ? QStringLiteral("-") : out.join(u',');
}

} // namespace

QList<QCommandLineOption> PlanTlsCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("site"),
                           tr("plan tls: the server block to change, as --list shows it (the file as nginx names it "
                              "or the real file, and the line of \"server {\")."),
                           QStringLiteral("file:line")),
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
                              "server_name)."),
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
                           tr("plan tls: leave ssl_ciphers as it is (default: Mozilla's intermediate list).")),
    };
}

QString PlanTlsCommand::help()
{
    return tr("  plan tls  Plan TLS for an nginx site, changing nothing: bulwark-cli plan tls --host ... --list, or "
              "--site FILE:LINE [--certificate keep|paths|import|self-signed|csr] [--cert PATH] [--key PATH] "
              "[--import-pem FILE] [--common-name NAME] [--days N] [--hsts SECONDS] [--hsts-subdomains] "
              "[--redirect-http] [--no-modern-ciphers] [-o PLAN.json]; sets TLS 1.2/1.3 only (also nginx.conf's "
              "http-level ssl_protocols when it allows TLS 1.0/1.1) and prints every file's diff; a configuration "
              "Bulwark cannot change with certainty, or one that fails nginx -t now, is refused (exit 4)\n");
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
    if (request.list)
        return request;
    Plan::TlsChoice &choice = request.choice;
    const qsizetype colon = site.lastIndexOf(u':');
    bool lineOk = false;
    choice.serverLine = colon > 0 ? site.mid(colon + 1).toInt(&lineOk) : 0;
    choice.file = colon > 0 ? site.left(colon) : QString();
    if (!lineOk || choice.serverLine <= 0 || !choice.file.startsWith(u'/')) {
        CliIo::printErr(tr("plan tls: --site takes FILE:LINE, for example /etc/nginx/sites-enabled/default:22"));
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

QString PlanTlsCommand::renderSites(const Tls::TlsHostState &state)
{
    QString text;
    if (!state.nginxInstalled)
        return tr("nginx is not installed.\n");
    text += tr("nginx %1, configuration %2%3\n")
                .arg(state.nginxVersion.isEmpty() ? tr("(version unknown)") : state.nginxVersion, state.mainFile,
                     state.configTestPassed ? tr(" (nginx -t passes)") : tr(" (nginx -t FAILS)"));
    const auto sites = state.sites();
    if (sites.isEmpty())
        text += tr("No server blocks.\n");
    for (const Plan::TlsPlanner::Site &site : sites) {
        const QString listed = state.listedPath(site.file);
        text += QStringLiteral("  %1:%2").arg(listed).arg(site.serverLine);
        if (listed != site.file)
            text += tr("  (the file %1)").arg(site.file);
        text += u'\n';
        text += tr("      names: %1; ports: %2; TLS: %3%4\n")
                    .arg(site.names.isEmpty() ? QStringLiteral("-") : site.names.join(u' '), portsOf(site.ports),
                         site.tls ? tr("yes") : tr("no"),
                         site.certificates.isEmpty()
                             ? QString()
                             : tr("; certificate: %1").arg(site.certificates.join(QStringLiteral(", "))));
    }
    for (const QString &problem : state.problems)
        text += tr("Note: %1\n").arg(problem);
    return text;
}

PlanTlsCommand::PlanTlsCommand(Transport::HostConnection &connection, Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_options(std::move(options))
{}

void PlanTlsCommand::start()
{
    m_connection
        .submit<Tls::TlsHostState>([](Transport::Session &session, const CancelToken &cancel) {
            return Tls::NginxReader::read(session, cancel);
        })
        .then(this, [this](const Result<Tls::TlsHostState> &state) {
            if (!state) {
                Q_EMIT failed(state.error());
                return;
            }
            if (m_request.list) {
                CliIo::print(tr("nginx sites of %1 (nothing has been changed):\n").arg(m_options.hostDisplayName) +
                             renderSites(*state));
                Q_EMIT finished(0);
                return;
            }
            Plan::TlsChoice choice = m_request.choice;
            choice.hostDisplayName = m_options.hostDisplayName;
            const auto plan = Tls::TlsPlanJob::plan(*state, choice);
            if (!plan) {
                CliIo::printErr(tr("bulwark-cli: refused: %1").arg(plan.error().message()));
                if (!plan.error().detail().isEmpty())
                    CliIo::printErr(QStringLiteral("  ") + plan.error().detail());
                Q_EMIT finished(RefusedExit);
                return;
            }
            QString text = PlanPrinter::render(
                *plan, tr("Plan for %1 (nothing has been changed):").arg(m_options.hostDisplayName), {}, true);
            const QString file = state->resolvedPath(choice.file);
            for (const Plan::TlsPlanner::Site &site : state->sites()) {
                if (site.file != file || site.serverLine != choice.serverLine)
                    continue;
                const int port = Tls::TlsPlanJob::tlsPort(*state, site);
                QString address =
                    m_options.hostAddress.contains(u':') ? u'[' + m_options.hostAddress + u']' : m_options.hostAddress;
                text += u'\n' +
                        tr("After applying, check the handshake: bulwark-cli check tls %1:%2%3")
                            .arg(address)
                            .arg(port)
                            .arg(site.names.isEmpty() || site.names.constFirst() == u"_"
                                     ? QString()
                                     : QStringLiteral(" --server-name ") + site.names.constFirst()) +
                        u'\n';
            }
            CliIo::print(text);
            if (!m_options.outPath.isEmpty() && !CliIo::writeOutput(m_options.outPath, plan->toJsonBytes())) {
                Q_EMIT finished(1);
                return;
            }
            Q_EMIT finished(0);
        });
}
