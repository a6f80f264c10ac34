// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/ApacheTlsPlanner.h"

#include "core/ssh/SshdConfig.h"
#include "core/tls/CertificateSteps.h"
#include "core/tls/TlsPlanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace Bulwark::Plan {

using Tls::ApacheConfig;
using Tls::ApacheHostState;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Plan::ApacheTlsPlanner", text);
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

QString where(const ApacheConfig &file, int line)
{
    return tr("%1, line %2").arg(file.path()).arg(line);
}

const QString webProtocols = QStringLiteral("BW-LNX-WEB-001");

// A plain VirtualHost on port 80 or on every port (0: no port named) serves plain HTTP there; the plan gives it a TLS
// twin on 443 instead of switching it to TLS.
bool getsTwin(bool tls, const QList<int> &ports)
{
    return !tls && (ports.contains(80) || ports.contains(0));
}

// The port a VirtualHost serves TLS on once planned: 443 for a twin; otherwise its own last port, 443 when it names
// none.
int portAfterPlan(bool tls, const QList<int> &ports)
{
    if (getsTwin(tls, ports))
        return 443;
    int port = 443;
    for (int candidate : ports) {
        if (candidate != 0)
            port = candidate;
    }
    return port;
}

QList<int> portsOf(const QList<ApacheConfig::Address> &addresses)
{
    QList<int> ports;
    for (const ApacheConfig::Address &address : addresses)
        ports << address.port;
    return ports;
}

// "Header [always|onsuccess] set|add|... Strict-Transport-Security ..."
bool isHsts(const ApacheConfig::Directive &directive)
{
    if (!directive.is(QStringLiteral("Header")))
        return false;
    const QStringList &arguments = directive.arguments;
    const qsizetype at =
        !arguments.isEmpty() && (arguments.constFirst().compare(QLatin1String("always"), Qt::CaseInsensitive) == 0 ||
                                 arguments.constFirst().compare(QLatin1String("onsuccess"), Qt::CaseInsensitive) == 0)
            ? 2
            : 1;
    return arguments.value(at).compare(QLatin1String("Strict-Transport-Security"), Qt::CaseInsensitive) == 0;
}

bool redirectsToHttps(const ApacheConfig::Directive &directive)
{
    const bool redirect = directive.is(QStringLiteral("Redirect")) ||
                          directive.is(QStringLiteral("RedirectPermanent")) ||
                          directive.is(QStringLiteral("RedirectMatch")) || directive.is(QStringLiteral("RewriteRule"));
    return redirect && std::any_of(directive.arguments.cbegin(), directive.arguments.cend(), [](const QString &a) {
               return a.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
           });
}

// The line edits of one file.
class Editor
{
public:
    explicit Editor(const ApacheConfig &file)
        : m_file(file)
    {}

    const ApacheConfig &file() const { return m_file; }
    Result<void> replace(int index, const QByteArray &text)
    {
        const ApacheConfig::Directive &directive = m_file.directive(index);
        if (directive.variable)
            return refused(tr("\"%1\" uses a variable (${...}), so Bulwark does not change it.").arg(directive.name),
                           where(m_file, directive.line));
        m_edits.append({directive.line, directive.endLine, {m_file.indentOf(directive.line) + text}});
        return {};
    }
    void remove(int index)
    {
        const ApacheConfig::Directive &directive = m_file.directive(index);
        m_edits.append({directive.line, directive.endLine, {}});
    }
    void insertAfter(int line, const QList<QByteArray> &lines)
    {
        if (!lines.isEmpty())
            m_edits.append({line + 1, line, lines});
    }
    bool isEmpty() const { return m_edits.isEmpty(); }
    Result<QByteArray> result() const { return m_file.withEdits(m_edits); }

private:
    ApacheConfig m_file;
    QList<ApacheConfig::LineEdit> m_edits;
};

// The indentation of a section's children: its first child's, else the section's own plus four spaces.
QByteArray childIndent(const ApacheConfig &file, int section)
{
    const QList<int> children = file.children(section);
    return children.isEmpty() ? file.indentOf(file.directive(section).line) + "    "
                              : file.indentOf(file.directive(children.constFirst()).line);
}

// Directives Bulwark sets for the site.
const QStringList managed{QStringLiteral("SSLEngine"),
                          QStringLiteral("SSLProtocol"),
                          QStringLiteral("SSLCipherSuite"),
                          QStringLiteral("SSLHonorCipherOrder"),
                          QStringLiteral("SSLSessionTickets"),
                          QStringLiteral("SSLCertificateFile"),
                          QStringLiteral("SSLCertificateKeyFile")};

bool isManaged(const ApacheConfig::Directive &directive)
{
    return std::any_of(managed.cbegin(), managed.cend(), [&](const QString &name) { return directive.is(name); });
}

// Some Listen line of the configuration opens `port` ("443", "0.0.0.0:443", "[::]:443 https").
bool listensOn(const ApacheHostState &state, int port)
{
    for (const ApacheConfig &other : state.files) {
        for (const ApacheConfig::Directive &directive : other.directives()) {
            if (!directive.is(QStringLiteral("Listen")) || directive.arguments.isEmpty())
                continue;
            const QString text = directive.arguments.constFirst();
            if (text == QString::number(port) || text.endsWith(u':' + QString::number(port)))
                return true;
        }
    }
    return false;
}

// The files an Include inside some VirtualHost reads: their settings belong to that VirtualHost, not to the server.
QSet<QString> includedByVirtualHosts(const ApacheHostState &state)
{
    QSet<QString> out;
    for (const ApacheConfig &file : state.files) {
        for (int d = 0; d < file.directives().size(); ++d) {
            const ApacheConfig::Directive &include = file.directive(d);
            if ((!include.is(QStringLiteral("Include")) && !include.is(QStringLiteral("IncludeOptional"))) ||
                file.enclosing(d, QStringLiteral("VirtualHost")) < 0)
                continue;
            for (QString pattern : include.arguments) {
                if (!pattern.startsWith(u'/'))
                    pattern = state.serverRoot + u'/' + pattern;
                for (const ApacheConfig &other : state.files) {
                    if (Ssh::SshdConfig::globMatches(pattern, other.path()))
                        out.insert(other.path());
                }
            }
        }
    }
    return out;
}

// Descendants of `section` below its direct children.
QList<int> nested(const ApacheConfig &file, int section)
{
    QList<int> out;
    for (int child : file.children(section)) {
        if (!file.directive(child).section)
            continue;
        for (int grandchild : file.children(child))
            out << grandchild;
        out << nested(file, child);
    }
    return out;
}

CommandStep moduleStep(const QStringList &modules, const QStringList &undo)
{
    CommandStep step(QStringList{QStringLiteral("a2enmod"), QStringLiteral("-q"), QStringLiteral("--")} + modules,
                     tr("Enable the Apache modules %1").arg(modules.join(QLatin1String(", "))));
    QList<CommandCheck> checks;
    for (const QString &module : modules)
        checks << CommandCheck({QStringLiteral("a2query"), QStringLiteral("-q"), QStringLiteral("-m"), module}, {}, 0);
    step.setVerify(checks);
    CommandStep inverse(QStringList{QStringLiteral("a2dismod"), QStringLiteral("-q"), QStringLiteral("--")} + undo,
                        tr("Disable the Apache modules %1 again").arg(undo.join(QLatin1String(", "))));
    step.setInverse({inverse});
    return step;
}

} // namespace

std::optional<bool> ApacheTlsPlanner::allowsOldProtocols(const QStringList &arguments)
{
    enum : unsigned
    {
        SSLv3 = 1,
        TLSv1 = 2,
        TLSv11 = 4,
        TLSv12 = 8,
        TLSv13 = 16,
        All = 31
    };
    unsigned allowed = 0;
    for (const QString &word : arguments) {
        QChar action;
        QString name = word;
        if (name.startsWith(u'+') || name.startsWith(u'-')) {
            action = name.at(0);
            name = name.mid(1);
        }
        unsigned protocol = 0;
        const QString lower = name.toLower();
        if (lower == u"sslv2" && action == u'-')
            continue; // mod_ssl 2.4 ignores "-SSLv2" and refuses any other mention of it
        if (lower == u"all")
            protocol = All;
        else if (lower == u"sslv3")
            protocol = SSLv3;
        else if (lower == u"tlsv1")
            protocol = TLSv1;
        else if (lower == u"tlsv1.1")
            protocol = TLSv11;
        else if (lower == u"tlsv1.2")
            protocol = TLSv12;
        else if (lower == u"tlsv1.3")
            protocol = TLSv13;
        else
            return std::nullopt;
        if (action == u'+')
            allowed |= protocol;
        else if (action == u'-')
            allowed &= ~protocol;
        else
            allowed = protocol;
    }
    if (arguments.isEmpty())
        return std::nullopt;
    return (allowed & (SSLv3 | TLSv1 | TLSv11)) != 0;
}

int ApacheTlsPlanner::tlsPort(const ApacheHostState &state, const TlsPlanner::Site &site)
{
    // The VirtualHost as read, when Bulwark has its file; else what the site says.
    const ApacheConfig *file = state.file(site.file);
    const int host = file ? file->virtualHostAt(site.serverLine) : -1;
    if (host < 0)
        return portAfterPlan(site.tls, site.ports);
    return portAfterPlan(state.isTlsSite(*file, host), portsOf(file->addresses(host)));
}

Result<ChangePlan> ApacheTlsPlanner::planTwin(const ApacheHostState &state, const ApacheConfig &file, int host,
                                              const TlsChoice &choice)
{
    // Apache serves TLS from a VirtualHost of its own: a copy of the plain one on port 443, right after it, planned
    // like any TLS site (the redirect then goes into the plain original).
    const ApacheConfig::Directive &section = file.directive(host);
    const QStringList names = file.serverNames(host);
    for (const ApacheConfig &other : state.files) {
        for (int v : other.virtualHosts()) {
            if (!state.isTlsSite(other, v))
                continue;
            const QStringList theirs = other.serverNames(v);
            const bool same = names.isEmpty() ? theirs.isEmpty()
                                              : std::any_of(names.cbegin(), names.cend(),
                                                            [&](const QString &n) { return theirs.contains(n); });
            const QList<ApacheConfig::Address> addresses = other.addresses(v);
            const bool on443 = std::any_of(addresses.cbegin(), addresses.cend(),
                                           [](const auto &a) { return a.port == 443 || a.port == 0; });
            if (same && on443)
                return refused(tr("The site already has a TLS VirtualHost at %1; choose that one.")
                                   .arg(where(other, other.directive(v).line)));
        }
    }
    // A copy of a VirtualHost that sends everything to HTTPS would send HTTPS to itself.
    for (int d = 0; d < file.directives().size(); ++d) {
        if (redirectsToHttps(file.directive(d)) &&
            (file.enclosing(d, QStringLiteral("VirtualHost")) == host || file.directive(d).parent == host))
            return refused(tr("This plain VirtualHost already redirects to HTTPS; choose the VirtualHost that serves "
                              "HTTPS instead."),
                           where(file, file.directive(d).line));
    }
    QStringList twinAddresses;
    for (const ApacheConfig::Address &address : file.addresses(host))
        twinAddresses << address.host + QStringLiteral(":443");
    twinAddresses.removeDuplicates();
    QList<QByteArray> lines{QByteArray(),
                            file.indentOf(section.line) + "<VirtualHost " + twinAddresses.join(u' ').toUtf8() + '>'};
    for (int line = section.endLine + 1; line < section.closeLine; ++line)
        lines << file.line(line);
    lines << file.line(section.closeLine);
    auto text = file.withEdits({{section.closeLine + 1, section.closeLine, lines}});
    if (!text)
        return text.error();
    auto twinFile = ApacheConfig::parse(*text, file.path());
    if (!twinFile)
        return Error(Error::Code::Internal,
                     tr("Bulwark's change to %1 would not read back; it changes nothing.").arg(file.path()),
                     twinFile.error().detail());
    ApacheHostState twinState = state;
    for (ApacheConfig &config : twinState.files) {
        if (config.path() == file.path())
            config = *twinFile;
    }
    TlsChoice twinChoice = choice;
    twinChoice.serverLine = section.closeLine + 2;
    auto planned = plan(twinState, twinChoice);
    if (!planned)
        return planned.error();
    // The site's file changes from what is on the host now.
    QList<Change> changes = planned->changes();
    for (Change &change : changes) {
        const FileEdit *edit = change.fileEdit();
        if (!edit || edit->path() != file.path())
            continue;
        FileEdit original = *edit;
        original.setBefore(file.text());
        QStringList rules = change.ruleIds();
        rules << QStringLiteral("BW-LNX-WEB-003");
        change =
            Change(tr("A TLS VirtualHost (port 443) for %1 next to its plain one in %2, with TLS 1.2/1.3 and "
                      "safe settings")
                       .arg(names.isEmpty() ? tr("the VirtualHost at line %1").arg(section.line) : names.join(u' '),
                            file.path()),
                   original, rules);
    }
    planned->setChanges(changes);
    planned->addWarning(tr("The new TLS VirtualHost is a copy of the plain one; later changes to one are not made to "
                           "the other."));
    return planned;
}

Result<ChangePlan> ApacheTlsPlanner::plan(const ApacheHostState &state, const TlsChoice &choice)
{
    using Certificate = TlsChoice::Certificate;
    if (!state.installed)
        return refused(tr("Apache is not installed on the host."));
    if (!state.controlRuns)
        return refused(tr("%1 could not run on the host, so Bulwark could not check Apache's configuration and could "
                          "not verify a change; make it run, then read the host again.")
                           .arg(state.control),
                       state.problems.join(u'\n'));
    if (!state.configValid)
        return refused(tr("Apache's configuration does not pass its own check (configtest) now; fix that first, "
                          "then plan again."),
                       state.problems.join(u'\n'));
    const ApacheConfig *found = state.file(choice.file);
    if (!found)
        return refused(tr("Bulwark has not read %1.").arg(choice.file), state.problems.join(u'\n'));
    const ApacheConfig &file = *found;
    const int host = file.virtualHostAt(choice.serverLine);
    if (host < 0)
        return refused(tr("There is no VirtualHost at line %1 of %2.").arg(choice.serverLine).arg(file.path()));
    const ApacheConfig::Directive &section = file.directive(host);
    const QList<ApacheConfig::Address> addresses = file.addresses(host);
    if (addresses.isEmpty())
        return refused(tr("Bulwark cannot read the addresses of this VirtualHost (a variable or an unusual port)."),
                       where(file, section.line));
    const bool tls = state.isTlsSite(file, host);
    // A VirtualHost without a port answers on every port httpd listens on, port 80 included.
    if (getsTwin(tls, portsOf(addresses)))
        return planTwin(state, file, host, choice);
    const int tlsPort = portAfterPlan(tls, portsOf(addresses));

    ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName);
    plan.setCreated(CertificateSteps::stampOf(choice));
    QMap<QString, Editor> editors;
    editors.insert(file.path(), Editor(file));
    Editor *editor = &editors.find(file.path()).value();
    const QByteArray child = childIndent(file, host);
    QList<Change> commands;

    // Everything inside the VirtualHost Bulwark must understand.
    for (int d : file.children(host)) {
        const ApacheConfig::Directive &directive = file.directive(d);
        if (directive.is(QStringLiteral("Use")) || directive.macro)
            return refused(tr("The VirtualHost uses a mod_macro macro, which Bulwark does not expand."),
                           where(file, directive.line));
    }
    for (int d : nested(file, host)) {
        const ApacheConfig::Directive &directive = file.directive(d);
        if (isManaged(directive))
            return refused(tr("\"%1\" is set inside a section of the VirtualHost; Bulwark changes it only directly "
                              "in the VirtualHost.")
                               .arg(directive.name),
                           where(file, directive.line));
    }
    const bool newCertificate = choice.certificate != Certificate::Keep;
    for (const QString &name : managed) {
        const QList<int> same = file.find(host, name);
        if (same.size() < 2)
            continue;
        if (name.startsWith(QLatin1String("SSLCertificate")) && newCertificate)
            return refused(tr("The site has more than one certificate (for example RSA and ECDSA); Bulwark replaces "
                              "only a single one."),
                           where(file, file.directive(same.at(1)).line));
        if (!name.startsWith(QLatin1String("SSLCertificate")))
            return refused(tr("\"%1\" appears more than once in the VirtualHost.").arg(name),
                           where(file, file.directive(same.at(1)).line));
    }
    QList<int> hsts;
    for (int d : file.children(host)) {
        if (isHsts(file.directive(d)))
            hsts << d;
    }
    if (choice.hstsMaxAge > 0 && hsts.size() > 1)
        return refused(tr("Strict-Transport-Security is set more than once in the VirtualHost."),
                       where(file, file.directive(hsts.at(1)).line));

    // Includes in the VirtualHost (certbot's options-ssl-apache.conf): Bulwark must have read them. What they set is
    // read where the Include stands, and a later line of the VirtualHost overrides it: Bulwark's lines go after the
    // last such Include. Certificates are the exception (each SSLCertificateFile adds one), so a new certificate is
    // refused while an include brings one.
    bool includedCertificate = false;
    QHash<QString, int> overriddenUntil; // directive (lower case; "hsts" for the header) -> the include's last line
    for (int d : file.children(host)) {
        const ApacheConfig::Directive &include = file.directive(d);
        if (!include.is(QStringLiteral("Include")) && !include.is(QStringLiteral("IncludeOptional")))
            continue;
        if (include.variable)
            return refused(tr("The VirtualHost includes a file named by a variable."), where(file, include.line));
        for (QString pattern : include.arguments) {
            if (!pattern.startsWith(u'/'))
                pattern = state.serverRoot + u'/' + pattern;
            bool matched = false;
            for (const ApacheConfig &other : state.files) {
                if (!Ssh::SshdConfig::globMatches(pattern, other.path()) &&
                    !Ssh::SshdConfig::globMatches(pattern, state.listedPath(other.path())))
                    continue;
                matched = true;
                QStringList overridden;
                for (int o = 0; o < other.directives().size(); ++o) {
                    const ApacheConfig::Directive &directive = other.directive(o);
                    const bool certificateLine = directive.is(QStringLiteral("SSLCertificateFile")) ||
                                                 directive.is(QStringLiteral("SSLCertificateKeyFile")) ||
                                                 directive.is(QStringLiteral("SSLCertificateChainFile"));
                    if (directive.is(QStringLiteral("SSLCertificateFile")))
                        includedCertificate = true;
                    if (certificateLine && newCertificate)
                        return refused(tr("%1, included by the VirtualHost, sets the certificate (\"%2\"); Bulwark "
                                          "would add a second one. Remove the include or that line first.")
                                           .arg(other.path(), directive.name),
                                       where(other, directive.line));
                    if (certificateLine || !(isManaged(directive) || isHsts(directive)))
                        continue;
                    const QString key = isHsts(directive) ? QStringLiteral("hsts") : directive.name.toLower();
                    overriddenUntil[key] = std::max(overriddenUntil.value(key), include.endLine);
                    if (!overridden.contains(directive.name))
                        overridden << directive.name;
                }
                if (!overridden.isEmpty())
                    plan.addWarning(tr("%1, included by the VirtualHost, also sets %2; Bulwark's lines come after the "
                                       "include, so they take effect.")
                                        .arg(other.path(), overridden.join(QLatin1String(", "))));
            }
            const bool glob = pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[');
            if (!matched && !(glob || include.is(QStringLiteral("IncludeOptional"))))
                return refused(tr("The VirtualHost includes %1, which Bulwark has not read.").arg(pattern),
                               where(file, include.line));
        }
    }

    // Protocols are negotiated with the first VirtualHost of an address unless SNI switches early enough.
    if (tls) {
        int others = 0;
        for (const ApacheConfig &other : state.files) {
            for (int v : other.virtualHosts()) {
                if ((other.path() == file.path() && v == host) || !state.isTlsSite(other, v))
                    continue;
                const QList<ApacheConfig::Address> theirs = other.addresses(v);
                if (std::any_of(theirs.cbegin(), theirs.cend(),
                                [&](const auto &a) { return a.port == tlsPort || a.port == 0; }))
                    ++others;
            }
        }
        if (others > 0)
            plan.addWarning(tr("Other TLS VirtualHosts share this port. httpd older than 2.4.42 (or built with "
                               "OpenSSL before 1.1.1) negotiates the protocol with the first VirtualHost's settings; "
                               "check with the TLS handshake after applying."));
    }

    // Modules.
    QStringList enable;
    QStringList disableAgain;
    if (!state.hasModule(QStringLiteral("ssl_module"))) {
        enable << QStringLiteral("ssl");
        disableAgain << QStringLiteral("ssl");
        for (const char *dependency : {"setenvif", "mime", "socache_shmcb"}) {
            if (!state.hasModule(QString::fromLatin1(dependency) + QStringLiteral("_module")))
                disableAgain << QString::fromLatin1(dependency);
        }
    }
    if (choice.hstsMaxAge > 0 && !state.hasModule(QStringLiteral("headers_module"))) {
        enable << QStringLiteral("headers");
        disableAgain << QStringLiteral("headers");
    }
    if (!enable.isEmpty()) {
        if (!state.debianLayout())
            return refused(tr("Apache does not load %1. Load it first (a LoadModule line), then plan again.")
                               .arg(enable.join(QLatin1String(", "))));
        commands << Change(tr("Enable the Apache modules %1").arg(enable.join(QLatin1String(", "))),
                           moduleStep(enable, disableAgain));
        if (enable.contains(QStringLiteral("ssl")))
            plan.addWarning(tr("mod_ssl was off, so Bulwark has not read its server-wide settings (Debian: "
                               "mods-available/ssl.conf). This site gets its own protocols; plan again after applying "
                               "to set them server-wide too."));
    }

    // Where new lines go: after the last SSL* line, else after ServerName and the like, else after "<VirtualHost".
    int anchor = section.endLine;
    for (int d : file.children(host)) {
        const ApacheConfig::Directive &directive = file.directive(d);
        if (directive.section)
            continue;
        for (const char *name : {"ServerName", "ServerAlias", "ServerAdmin", "DocumentRoot"}) {
            if (directive.is(QString::fromLatin1(name)))
                anchor = std::max(anchor, directive.endLine);
        }
    }
    for (int d : file.children(host)) {
        const ApacheConfig::Directive &directive = file.directive(d);
        if (!directive.section && directive.name.startsWith(QLatin1String("SSL"), Qt::CaseInsensitive))
            anchor = std::max(anchor, directive.endLine);
    }
    for (int until : std::as_const(overriddenUntil))
        anchor = std::max(anchor, until);
    QList<QByteArray> inserted;
    auto set = [&](const QString &name, const QStringList &arguments, int existing) -> Result<void> {
        const QByteArray text = ApacheConfig::render(name, arguments);
        if (text.isEmpty())
            return refused(tr("Bulwark cannot write \"%1\" safely.").arg(arguments.join(u' ')));
        if (existing < 0) {
            inserted << child + text;
            return {};
        }
        const ApacheConfig::Directive &current = file.directive(existing);
        const QString key = name == u"Header" ? QStringLiteral("hsts") : name.toLower();
        if (overriddenUntil.value(key) > current.line) {
            // An include after it would win: the line moves below the include.
            if (current.variable)
                return refused(tr("\"%1\" uses a variable (${...}), so Bulwark does not change it.").arg(name),
                               where(file, current.line));
            editor->remove(existing);
            inserted << child + text;
            return {};
        }
        if (current.arguments == arguments && !current.variable)
            return {};
        return editor->replace(existing, text);
    };
    auto first = [&](const QString &name) {
        const QList<int> all = file.find(host, name);
        return all.isEmpty() ? -1 : all.constFirst();
    };

    if (!tls) {
        const int engine = first(QStringLiteral("SSLEngine"));
        if (auto done = set(QStringLiteral("SSLEngine"), {QStringLiteral("on")}, engine); !done)
            return done.error();
    }

    // The certificate.
    bool hasCertificate = first(QStringLiteral("SSLCertificateFile")) >= 0 || includedCertificate;
    for (const ApacheConfig &other : state.files) {
        for (int o = 0; o < other.directives().size() && !hasCertificate; ++o) {
            // A server-wide certificate is inherited by every VirtualHost without its own.
            hasCertificate = other.directive(o).is(QStringLiteral("SSLCertificateFile")) &&
                             other.enclosing(o, QStringLiteral("VirtualHost")) < 0;
        }
    }
    auto certificate = CertificateSteps::plan(choice, file.serverNames(host), hasCertificate, plan.created());
    if (!certificate)
        return certificate.error();
    commands << certificate->changes;
    for (const QString &warning : std::as_const(certificate->warnings))
        plan.addWarning(warning);
    if (!certificate->certificatePath.isEmpty()) {
        if (auto done = set(QStringLiteral("SSLCertificateFile"), {certificate->certificatePath},
                            first(QStringLiteral("SSLCertificateFile")));
            !done)
            return done.error();
        if (auto done = set(QStringLiteral("SSLCertificateKeyFile"), {certificate->keyPath},
                            first(QStringLiteral("SSLCertificateKeyFile")));
            !done)
            return done.error();
        for (int chain : file.find(host, QStringLiteral("SSLCertificateChainFile"))) {
            editor->remove(chain);
            plan.addWarning(tr("The VirtualHost's SSLCertificateChainFile is removed: the new certificate file "
                               "carries its chain (Apache reads chains from SSLCertificateFile since 2.4.8)."));
        }
    }

    // Protocols, ciphers, HSTS.
    const QStringList protocols{QStringLiteral("-all"), QStringLiteral("+TLSv1.2"), QStringLiteral("+TLSv1.3")};
    if (auto done = set(QStringLiteral("SSLProtocol"), protocols, first(QStringLiteral("SSLProtocol"))); !done)
        return done.error();
    if (choice.modernCiphers) {
        if (auto done = set(QStringLiteral("SSLCipherSuite"), {TlsPlanner::mozillaIntermediateCiphers()},
                            first(QStringLiteral("SSLCipherSuite")));
            !done)
            return done.error();
        if (auto done = set(QStringLiteral("SSLHonorCipherOrder"), {QStringLiteral("off")},
                            first(QStringLiteral("SSLHonorCipherOrder")));
            !done)
            return done.error();
        if (auto done = set(QStringLiteral("SSLSessionTickets"), {QStringLiteral("off")},
                            first(QStringLiteral("SSLSessionTickets")));
            !done)
            return done.error();
    }
    if (choice.hstsMaxAge > 0) {
        QString value = QStringLiteral("max-age=") + QString::number(choice.hstsMaxAge);
        if (choice.hstsIncludeSubDomains)
            value += QStringLiteral("; includeSubDomains");
        if (auto done = set(
                QStringLiteral("Header"),
                {QStringLiteral("always"), QStringLiteral("set"), QStringLiteral("Strict-Transport-Security"), value},
                hsts.isEmpty() ? -1 : hsts.constFirst());
            !done)
            return done.error();
    }
    editor->insertAfter(anchor, inserted);

    // Server-wide SSLProtocol lines that still allow TLS 1.0/1.1.
    const QSet<QString> perSite = includedByVirtualHosts(state);
    for (const ApacheConfig &other : state.files) {
        if (perSite.contains(other.path()))
            continue;
        for (int o = 0; o < other.directives().size(); ++o) {
            const ApacheConfig::Directive &directive = other.directive(o);
            if (!directive.is(QStringLiteral("SSLProtocol")) || other.enclosing(o, QStringLiteral("VirtualHost")) >= 0)
                continue;
            const auto old = allowsOldProtocols(directive.arguments);
            if (!old) {
                plan.addWarning(tr("Bulwark cannot read the server-wide SSLProtocol at %1; it leaves it as it is.")
                                    .arg(where(other, directive.line)));
                continue;
            }
            if (!*old)
                continue;
            auto it = editors.find(other.path());
            if (it == editors.end())
                it = editors.insert(other.path(), Editor(other));
            const QByteArray text = ApacheConfig::render(QStringLiteral("SSLProtocol"), protocols);
            if (auto done = it->replace(o, text); !done)
                return done.error();
        }
    }

    // HTTP -> HTTPS.
    if (choice.redirectHttp) {
        const QStringList names = file.serverNames(host);
        if (names.isEmpty() || names.constFirst().contains(u'*') || !CertificateSteps::plainName(names.constFirst()))
            return refused(tr("The redirect needs the site's name: give the VirtualHost a ServerName first."),
                           where(file, section.line));
        const QString target = QStringLiteral("https://") + names.constFirst() +
                               (tlsPort == 443 ? QString() : u':' + QString::number(tlsPort)) + u'/';
        const QByteArray redirect = ApacheConfig::render(QStringLiteral("Redirect"),
                                                         {QStringLiteral("permanent"), QStringLiteral("/"), target});
        if (redirect.isEmpty())
            return refused(tr("Bulwark cannot write \"%1\" safely.").arg(target));
        const ApacheConfig *plainFile = nullptr;
        int plain = -1;
        for (const ApacheConfig &other : state.files) {
            for (int v : other.virtualHosts()) {
                if (state.isTlsSite(other, v))
                    continue;
                const QList<ApacheConfig::Address> theirs = other.addresses(v);
                const bool http = std::any_of(theirs.cbegin(), theirs.cend(),
                                              [](const auto &a) { return a.port == 80 || a.port == 0; });
                const QStringList otherNames = other.serverNames(v);
                const bool same =
                    std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return otherNames.contains(n); });
                if (http && same && plain < 0) {
                    plainFile = &other;
                    plain = v;
                }
            }
        }
        if (plainFile) {
            bool redirects = false;
            int plainAnchor = plainFile->directive(plain).endLine;
            for (int d : plainFile->children(plain)) {
                const ApacheConfig::Directive &directive = plainFile->directive(d);
                redirects = redirects || redirectsToHttps(directive);
                if (!directive.section &&
                    (directive.is(QStringLiteral("ServerName")) || directive.is(QStringLiteral("ServerAlias"))))
                    plainAnchor = std::max(plainAnchor, directive.endLine);
            }
            if (!redirects) {
                if (plainFile->directive(plain).variable)
                    return refused(tr("The plain HTTP VirtualHost uses a variable, so Bulwark does not change it."),
                                   where(*plainFile, plainFile->directive(plain).line));
                auto it = editors.find(plainFile->path());
                if (it == editors.end())
                    it = editors.insert(plainFile->path(), Editor(*plainFile));
                it->insertAfter(plainAnchor, {childIndent(*plainFile, plain) + redirect});
                plan.addWarning(tr("The plain HTTP VirtualHost at %1 now redirects everything to HTTPS; what it served "
                                   "(including ACME challenges under /.well-known/) is no longer served over HTTP.")
                                    .arg(where(*plainFile, plainFile->directive(plain).line)));
            }
        } else {
            const QByteArray outer = file.indentOf(section.line);
            const QByteArray inner = child.size() > outer.size() ? child.mid(outer.size()) : QByteArray("    ");
            QList<QByteArray> lines{QByteArray(), outer + "<VirtualHost *:80>"};
            lines << outer + inner + ApacheConfig::render(QStringLiteral("ServerName"), {names.constFirst()});
            if (names.size() > 1) {
                const QByteArray aliases = ApacheConfig::render(QStringLiteral("ServerAlias"), names.mid(1));
                if (aliases.isEmpty())
                    return refused(tr("Bulwark cannot write the site's names safely."));
                lines << outer + inner + aliases;
            }
            lines << outer + inner + redirect << outer + "</VirtualHost>";
            editor->insertAfter(section.closeLine, lines);
            if (!listensOn(state, 80))
                plan.addWarning(tr("No Listen line opens port 80; the new redirect answers only once one does."));
        }
    }

    // A TLS port that no Listen line opens (Debian: ports.conf opens 443 when mod_ssl loads).
    if (!listensOn(state, tlsPort))
        plan.addWarning(
            tr("No Listen line opens port %1; Apache will not answer TLS there until one does.").arg(tlsPort));

    // The key must match the certificate: configtest does not look, and a graceful restart with a pair that does not
    // match stops httpd ("AH02565 ... do not match", then "Configuration Failed, exiting"). openssl pkcs12 -export
    // fails on exactly that (X509_check_private_key), and on a key it cannot read without a passphrase. It runs as the
    // edit's validator, before the swap, after the steps that create the files.
    QStringList pairCheck;
    {
        QString certificatePath = certificate->certificatePath;
        QString keyPath = certificate->keyPath;
        if (certificatePath.isEmpty()) {
            const int existing = first(QStringLiteral("SSLCertificateFile"));
            const int existingKey = first(QStringLiteral("SSLCertificateKeyFile"));
            if (existing >= 0 && !file.directive(existing).variable)
                certificatePath = file.directive(existing).arguments.value(0);
            if (existingKey >= 0 && !file.directive(existingKey).variable)
                keyPath = file.directive(existingKey).arguments.value(0);
            if (existingKey >= 0 && file.directive(existingKey).variable)
                certificatePath.clear();
        }
        if (!certificatePath.isEmpty() && !certificatePath.startsWith(u'/'))
            certificatePath = state.serverRoot + u'/' + certificatePath;
        if (!keyPath.isEmpty() && !keyPath.startsWith(u'/'))
            keyPath = state.serverRoot + u'/' + keyPath;
        if (!certificatePath.isEmpty()) {
            pairCheck = QStringList{QStringLiteral("openssl"),
                                    QStringLiteral("pkcs12"),
                                    QStringLiteral("-export"),
                                    QStringLiteral("-passin"),
                                    QStringLiteral("pass:"),
                                    QStringLiteral("-in"),
                                    certificatePath};
            if (!keyPath.isEmpty())
                pairCheck << QStringLiteral("-inkey") << keyPath;
            pairCheck << QStringLiteral("-passout") << QStringLiteral("pass:") << QStringLiteral("-out")
                      << QStringLiteral("/dev/null");
        }
    }

    // The edits, each read back with the same strictness (configtest checks the rest after the swap).
    QList<Change> edits;
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        if (it->isEmpty())
            continue;
        auto after = it->result();
        if (!after)
            return after.error();
        if (auto reread = ApacheConfig::parse(*after, it.key()); !reread)
            return Error(Error::Code::Internal,
                         tr("Bulwark's change to %1 would not read back; it changes nothing.").arg(it.key()),
                         reread.error().detail());
        if (*after == it->file().text())
            continue;
        FileEdit edit;
        edit.setPath(it.key());
        edit.setBefore(it->file().text());
        edit.setAfter(*after);
        if (it.key() == file.path())
            edit.setValidator(pairCheck);
        edit.setVerify(verify(state));
        edit.setReload(reload(state));
        QString title;
        if (it.key() == file.path()) {
            const QStringList names = file.serverNames(host);
            title = tr("TLS 1.2/1.3 and safe settings for %1 in %2")
                        .arg(names.isEmpty() ? tr("the VirtualHost at line %1").arg(section.line) : names.join(u' '),
                             file.path());
        } else {
            title = tr("TLS 1.2/1.3 and the HTTPS redirect in %1").arg(it.key());
        }
        const Change change(title, edit, {webProtocols});
        // The site's own file first.
        if (it.key() == file.path())
            edits.prepend(change);
        else
            edits.append(change);
    }
    commands << edits;
    plan.setChanges(commands);
    if (plan.isEmpty())
        plan.addWarning(tr("The site is already configured as chosen."));
    return plan;
}

} // namespace Bulwark::Plan
