// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsPlanJob.h"

#include <QCoreApplication>
#include <algorithm>

namespace Bulwark::Tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Tls::TlsPlanJob", text);
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

const QStringList modernProtocols{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};

// The ssl_protocols directly in an http block of the file, or -1.
int httpProtocols(const NginxConfig &file)
{
    for (int http : file.find(-1, QStringLiteral("http"))) {
        const QList<int> found = file.find(http, QStringLiteral("ssl_protocols"));
        if (!found.isEmpty())
            return found.constLast(); // nginx keeps the last one it reads (a duplicate is refused by nginx -t)
    }
    return -1;
}

// The http-level ssl_protocols line set to TLS 1.2/1.3, as a whole new text of `file`; the text unchanged when
// the line is absent or already modern.
Result<QByteArray> withModernHttpProtocols(const NginxConfig &file)
{
    const int index = httpProtocols(file);
    if (index < 0 || TlsPlanJob::legacyProtocols(file.directive(index).arguments).isEmpty())
        return file.text();
    const NginxConfig::Directive &directive = file.directive(index);
    if (!directive.alone)
        return refused(tr("\"ssl_protocols\" shares its line with other configuration, so Bulwark does not change it."),
                       tr("%1, line %2").arg(file.path()).arg(directive.line));
    const QByteArray text = NginxConfig::render(QStringLiteral("ssl_protocols"), modernProtocols);
    return file.withEdits({{directive.line, directive.endLine, {file.indentOf(directive.line) + text}}});
}

// nginx before 1.23.4 allows TLSv1 TLSv1.1 TLSv1.2 where no ssl_protocols applies; an unknown version counts as old.
bool defaultAllowsLegacy(const QString &version)
{
    const QStringList parts = version.split(u'.');
    bool okMajor = false, okMinor = false, okPatch = false;
    const int major = parts.value(0).toInt(&okMajor);
    const int minor = parts.value(1).toInt(&okMinor);
    const int patch = parts.value(2).toInt(&okPatch);
    if (!okMajor || !okMinor)
        return true;
    if (major != 1)
        return major < 1;
    return minor < 23 || (minor == 23 && (!okPatch || patch < 4));
}

struct DefaultServer
{
    const NginxConfig *file = nullptr;
    int server = -1;
};

// The server block nginx picks first for TLS connections on `port`: the first with default_server on a listen of
// that port, else the first that listens on it, in nginx's order. Addresses are not told apart (a simplification
// that can only warn too often).
DefaultServer defaultServer(const TlsHostState &state, int port)
{
    DefaultServer first, marked;
    for (const NginxConfig &file : state.files) {
        for (int server : file.servers()) {
            for (int d : file.find(server, QStringLiteral("listen"))) {
                const auto listen = NginxConfig::readListen(file.directive(d));
                if (!listen || listen->port != port)
                    continue;
                if (!first.file)
                    first = {&file, server};
                if (!marked.file && file.directive(d).arguments.contains(QStringLiteral("default_server")))
                    marked = {&file, server};
            }
        }
    }
    return marked.file ? marked : first;
}

} // namespace

QStringList TlsPlanJob::legacyProtocols(const QStringList &arguments)
{
    QStringList out;
    for (const QString &argument : arguments) {
        if (argument == u"SSLv2" || argument == u"SSLv3" || argument == u"TLSv1" || argument == u"TLSv1.1")
            out << argument;
    }
    return out;
}

int TlsPlanJob::tlsPort(const Plan::TlsPlanner::Site &site)
{
    if (!site.tls || site.ports.contains(443))
        return 443;
    for (int port : site.ports) {
        if (port != 80 && port > 0)
            return port;
    }
    return 443;
}

int TlsPlanJob::tlsPort(const TlsHostState &state, const Plan::TlsPlanner::Site &site)
{
    const NginxConfig *file = state.file(site.file);
    const int server = file ? file->serverAt(site.serverLine) : -1;
    if (server < 0)
        return tlsPort(site);
    for (const NginxConfig::Listen &listen : file->listens(server)) {
        if (listen.ssl && listen.port > 0)
            return listen.port;
    }
    return 443;
}

Result<Plan::ChangePlan> TlsPlanJob::plan(const TlsHostState &state, const Plan::TlsChoice &choice)
{
    if (!state.nginxInstalled)
        return refused(tr("nginx is not installed on the host."));
    const NginxConfig *file = state.file(choice.file);
    if (!file)
        return refused(tr("Bulwark has not read %1 from the host.").arg(choice.file));
    if (!state.configTestPassed)
        return refused(tr("nginx's configuration on the host does not pass \"nginx -t\" now; fix that first (the "
                          "change is verified with it)."),
                       state.problems.join(u'\n'));

    // The included files as nginx names them, so the server block's include patterns match them.
    QList<NginxConfig> included;
    for (const NginxConfig &other : state.files) {
        if (other.path() == file->path())
            continue;
        const QString listed = state.listedPath(other.path());
        if (listed == other.path()) {
            included << other;
        } else if (auto copy = NginxConfig::parse(other.text(), listed)) {
            included << *copy;
        }
    }
    Plan::TlsChoice resolved = choice;
    resolved.file = file->path();
    auto planned = Plan::TlsPlanner::plan(*file, included, resolved, state.prefix);
    if (!planned)
        return planned.error();
    Plan::ChangePlan plan = *planned;

    // The http-level line: in the site's own file (nginx.conf itself), in the edit the planner made; elsewhere a
    // change of its own.
    for (const NginxConfig &other : state.files) {
        const int index = httpProtocols(other);
        if (index < 0)
            continue;
        const QStringList legacy = legacyProtocols(other.directive(index).arguments);
        if (legacy.isEmpty())
            continue;
        QList<Plan::Change> changes = plan.changes();
        bool merged = false;
        for (Plan::Change &change : changes) {
            const Plan::FileEdit *edit = change.fileEdit();
            if (!edit || edit->path() != other.path())
                continue;
            auto reread = NginxConfig::parse(edit->after(), other.path());
            if (!reread)
                return reread.error();
            auto after = withModernHttpProtocols(*reread);
            if (!after)
                return after.error();
            Plan::FileEdit updated = *edit;
            updated.setAfter(*after);
            change = Plan::Change(change.title(), updated, change.ruleIds());
            merged = true;
        }
        if (merged) {
            plan.setChanges(changes);
        } else {
            auto after = withModernHttpProtocols(other);
            if (!after)
                return after.error();
            Plan::FileEdit edit;
            edit.setPath(other.path());
            edit.setBefore(other.text());
            edit.setAfter(*after);
            edit.setVerify(Plan::TlsPlanner::nginxVerify());
            edit.setReload(Plan::TlsPlanner::nginxReload());
            plan.append(Plan::Change(
                tr("TLS 1.2/1.3 for every server block without its own ssl_protocols, in %1").arg(other.path()), edit,
                {QStringLiteral("BW-LNX-WEB-001")}));
        }
        plan.addWarning(tr("%1 line %2 allows %3 for every server block that does not set ssl_protocols itself; the "
                           "plan sets TLS 1.2 and 1.3 there too.")
                            .arg(state.listedPath(other.path()))
                            .arg(other.directive(index).line)
                            .arg(legacy.join(QStringLiteral(", "))));
    }

    // The default server of the site's TLS port decides the protocol of every handshake on it.
    const int server = file->serverAt(choice.serverLine);
    QList<int> ports;
    for (const NginxConfig::Listen &listen : file->listens(server)) {
        if (listen.ssl && !ports.contains(listen.port))
            ports << listen.port;
    }
    if (ports.isEmpty())
        ports << 443;
    for (int port : std::as_const(ports)) {
        const DefaultServer chosen = defaultServer(state, port);
        if (!chosen.file || (chosen.file->path() == file->path() && chosen.server == server))
            continue;
        const QList<int> own = chosen.file->find(chosen.server, QStringLiteral("ssl_protocols"));
        if (own.isEmpty()) {
            // Inherits the http level (hardened above when it was weak), else nginx's built-in default: TLSv1
            // TLSv1.1 TLSv1.2 before nginx 1.23.4.
            const bool httpLevel = std::any_of(state.files.cbegin(), state.files.cend(),
                                               [](const NginxConfig &other) { return httpProtocols(other) >= 0; });
            if (httpLevel || !defaultAllowsLegacy(state.nginxVersion))
                continue;
            plan.addWarning(tr("Port %1's default server is the one at %2 line %3. It sets no ssl_protocols and "
                               "neither does the http block, so nginx %4 allows TLSv1 and TLSv1.1 there by default; "
                               "nginx may negotiate with its settings, so old clients can still reach this site with "
                               "them. Plan that server block too, then check with the TLS handshake.")
                                .arg(port)
                                .arg(state.listedPath(chosen.file->path()))
                                .arg(chosen.file->directive(chosen.server).line)
                                .arg(state.nginxVersion));
            continue;
        }
        const QStringList legacy = legacyProtocols(chosen.file->directive(own.constLast()).arguments);
        if (legacy.isEmpty())
            continue;
        plan.addWarning(tr("Port %1's default server is the one at %2 line %3, which allows %4. nginx may negotiate "
                           "with its settings, so old clients can still reach this site with them; plan that server "
                           "block too, then check with the TLS handshake.")
                            .arg(port)
                            .arg(state.listedPath(chosen.file->path()))
                            .arg(chosen.file->directive(chosen.server).line)
                            .arg(legacy.join(QStringLiteral(", "))));
    }
    if (planned->isEmpty() && !plan.isEmpty()) {
        QStringList warnings = plan.warnings();
        warnings.removeAll(
            QCoreApplication::translate("Bulwark::Plan::TlsPlanner", "The site is already configured as chosen."));
        plan.setWarnings(warnings);
    }
    if (state.listedPath(file->path()) != file->path())
        plan.addWarning(tr("nginx reads %1 through %2; the plan edits the file itself.")
                            .arg(file->path(), state.listedPath(file->path())));
    return plan;
}

} // namespace Bulwark::Tls
