// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/tls/TlsPlanner.h"

#include "core/ssh/SshdConfig.h"
#include "core/tls/CertificateSteps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace Bulwark::Plan {

using Tls::NginxConfig;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Plan::TlsPlanner", text);
}

Error refused(const QString &message, const QString &detail = {})
{
    return Error(Error::Code::InvalidArgument, message, detail);
}

QString where(const NginxConfig &file, int line)
{
    return tr("%1, line %2").arg(file.path()).arg(line);
}

bool isHsts(const NginxConfig::Directive &directive)
{
    return directive.name == u"add_header" && !directive.arguments.isEmpty() &&
           directive.arguments.constFirst().compare(QLatin1String("Strict-Transport-Security"), Qt::CaseInsensitive) ==
               0;
}

const QString webProtocols = QStringLiteral("BW-LNX-WEB-001");
const QString webHttps = QStringLiteral("BW-LNX-WEB-003");

// Collects the line edits of one file.
class Editor
{
public:
    Editor(const NginxConfig &file, int server)
        : m_file(file)
    {
        const NginxConfig::Directive &block = file.directive(server);
        const QList<int> children = file.children(server);
        m_child = children.isEmpty() ? file.indentOf(block.line) + "    "
                                     : file.indentOf(file.directive(children.constFirst()).line);
    }

    QByteArray childIndent() const { return m_child; }

    Result<void> replace(int index, const QByteArray &text)
    {
        const NginxConfig::Directive &directive = m_file.directive(index);
        if (!directive.alone)
            return shared(directive);
        m_edits.append({directive.line, directive.endLine, {m_file.indentOf(directive.line) + text}});
        return {};
    }
    Result<void> remove(int index)
    {
        const NginxConfig::Directive &directive = m_file.directive(index);
        if (!directive.alone)
            return shared(directive);
        m_edits.append({directive.line, directive.endLine, {}});
        return {};
    }
    // Lines inserted after `line` (original numbering), in the order given.
    void insertAfter(int line, const QList<QByteArray> &lines)
    {
        if (!lines.isEmpty())
            m_edits.append({line + 1, line, lines});
    }
    Result<QByteArray> result() const { return m_file.withEdits(m_edits); }

private:
    Error shared(const NginxConfig::Directive &directive) const
    {
        return refused(
            tr("\"%1\" shares its line with other configuration, so Bulwark does not change it.").arg(directive.name),
            where(m_file, directive.line));
    }

    const NginxConfig &m_file;
    QByteArray m_child;
    QList<NginxConfig::LineEdit> m_edits;
};

// Locations (at any depth) with their own add_header: nginx does not inherit the server's add_header into them.
QList<int> locationsWithHeaders(const NginxConfig &file, int parent)
{
    QList<int> out;
    for (int child : file.children(parent)) {
        const NginxConfig::Directive &directive = file.directive(child);
        if (!directive.block)
            continue;
        if (!file.find(child, QStringLiteral("add_header")).isEmpty())
            out << child;
        out << locationsWithHeaders(file, child);
    }
    return out;
}

} // namespace

QString TlsPlanner::mozillaIntermediateCiphers()
{
    // https://ssl-config.mozilla.org/ "intermediate" (guidelines 5.7). TLS 1.3 suites are not set here: OpenSSL
    // offers its secure defaults for TLS 1.3 regardless of ssl_ciphers.
    return QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                          "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                          "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305");
}

QList<TlsPlanner::Site> TlsPlanner::sites(const NginxConfig &file)
{
    QList<Site> out;
    for (int server : file.servers()) {
        Site site;
        site.file = file.path();
        site.serverLine = file.directive(server).line;
        site.names = file.serverNames(server);
        for (const NginxConfig::Listen &listen : file.listens(server)) {
            if (!site.ports.contains(listen.port))
                site.ports << listen.port;
        }
        site.tls = file.isTlsSite(server);
        for (int certificate : file.find(server, QStringLiteral("ssl_certificate")))
            site.certificates << file.directive(certificate).arguments.value(0);
        out << site;
    }
    return out;
}

Result<ChangePlan> TlsPlanner::plan(const NginxConfig &file, const QList<NginxConfig> &included,
                                    const TlsChoice &choice, const QString &prefix)
{
    using Certificate = TlsChoice::Certificate;
    if (!choice.file.isEmpty() && choice.file != file.path())
        return refused(tr("The choice is for %1, not for %2.").arg(choice.file, file.path()));
    const int server = file.serverAt(choice.serverLine);
    if (server < 0)
        return refused(tr("There is no server block at line %1 of %2.").arg(choice.serverLine).arg(file.path()));
    const NginxConfig::Directive &block = file.directive(server);
    if (!block.alone)
        return refused(tr("The server block shares its first or last line with other configuration, so Bulwark does "
                          "not change it."),
                       where(file, block.line));
    if (!file.find(server, QStringLiteral("ssl")).isEmpty())
        return refused(tr("The site uses the obsolete \"ssl on\" (removed in nginx 1.25.1). Replace it by \"ssl\" on "
                          "the listen lines first."),
                       where(file, file.directive(file.find(server, QStringLiteral("ssl")).constFirst()).line));

    ChangePlan plan;
    plan.setHostDisplayName(choice.hostDisplayName);
    plan.setCreated(CertificateSteps::stampOf(choice));
    Editor editor(file, server);
    const QByteArray child = editor.childIndent();
    QStringList fileRules{webProtocols};
    QList<Change> commands;

    // The directives this plan sets, each at most once in the block.
    QStringList setNames{QStringLiteral("ssl_protocols")};
    if (choice.modernCiphers)
        setNames << QStringLiteral("ssl_ciphers") << QStringLiteral("ssl_prefer_server_ciphers");
    const bool newCertificate = choice.certificate != Certificate::Keep;
    if (newCertificate)
        setNames << QStringLiteral("ssl_certificate") << QStringLiteral("ssl_certificate_key");
    for (const QString &name : std::as_const(setNames)) {
        const QList<int> found = file.find(server, name);
        if (found.size() > 1 && name != u"ssl_certificate" && name != u"ssl_certificate_key")
            return refused(tr("\"%1\" appears more than once in the server block.").arg(name),
                           where(file, file.directive(found.at(1)).line));
        if (found.size() > 1)
            return refused(tr("The site has more than one certificate (for example RSA and ECDSA); Bulwark replaces "
                              "only a single one."),
                           where(file, file.directive(found.at(1)).line));
    }
    QList<int> hsts;
    for (int d : file.children(server)) {
        if (isHsts(file.directive(d)))
            hsts << d;
    }
    if (choice.hstsMaxAge > 0 && hsts.size() > 1)
        return refused(tr("Strict-Transport-Security is set more than once in the server block."),
                       where(file, file.directive(hsts.at(1)).line));

    // Includes in the server block: Bulwark must have read them, and they must not set what it sets here (nginx
    // refuses a duplicate directive).
    bool includedCertificate = false;
    for (int include : file.find(server, QStringLiteral("include"))) {
        for (QString pattern : file.directive(include).arguments) {
            if (!pattern.startsWith(u'/'))
                pattern = prefix + u'/' + pattern;
            bool matched = false;
            for (const NginxConfig &other : included) {
                if (!Ssh::SshdConfig::globMatches(pattern, other.path()))
                    continue;
                matched = true;
                for (int d : other.children(-1)) {
                    const NginxConfig::Directive &directive = other.directive(d);
                    if (directive.name == u"ssl_certificate")
                        includedCertificate = true;
                    if (setNames.contains(directive.name) || (choice.hstsMaxAge > 0 && isHsts(directive)))
                        return refused(tr("%1, included by the server block, sets \"%2\" too; nginx refuses a "
                                          "duplicate. Remove the include or that line first.")
                                           .arg(other.path(), directive.name),
                                       where(other, directive.line));
                }
            }
            if (!matched && !pattern.contains(u'*') && !pattern.contains(u'?') && !pattern.contains(u'['))
                return refused(tr("The server block includes %1, which Bulwark has not read.").arg(pattern),
                               where(file, file.directive(include).line));
        }
    }

    // Listen lines.
    QList<int> plainListens;
    QList<NginxConfig::Listen> tlsListens;
    bool ipv6 = false;
    for (int d : file.find(server, QStringLiteral("listen"))) {
        const auto listen = NginxConfig::readListen(file.directive(d));
        if (!listen)
            return refused(tr("Bulwark cannot read this listen line."), where(file, file.directive(d).line));
        ipv6 = ipv6 || listen->ipv6;
        if (listen->ssl)
            tlsListens << *listen;
        else if (!listen->quic && listen->port != 0)
            plainListens << d;
    }

    // Protocols are negotiated before nginx knows the server name: what clients of a shared address and port get can
    // follow the default server's settings. The handshake check after applying shows what they really get.
    if (!tlsListens.isEmpty()) {
        bool isDefault = false;
        for (int d : file.find(server, QStringLiteral("listen"))) {
            const QStringList arguments = file.directive(d).arguments;
            isDefault = isDefault || arguments.contains(QStringLiteral("default_server"));
        }
        const QList<int> servers = file.servers();
        const bool others = std::any_of(servers.cbegin(), servers.cend(),
                                        [&](int other) { return other != server && file.isTlsSite(other); });
        if (!isDefault && others)
            plan.addWarning(tr("Other TLS server blocks share this address and port. nginx may negotiate the protocol "
                               "with the default server's settings; give it the same protocols, then check with the "
                               "TLS handshake after applying."));
    }

    // Where new lines go: after the last ssl_* line, else after the last listen/server_name line, else after "{".
    int anchor = block.endLine;
    int listenAnchor = block.endLine;
    for (int d : file.children(server)) {
        // Only after a line no other directive continues on.
        const NginxConfig::Directive &directive = file.directive(d);
        if (!directive.alone)
            continue;
        if (directive.name == u"listen")
            listenAnchor = directive.endLine;
        if (directive.name == u"listen" || directive.name == u"server_name")
            anchor = std::max(anchor, directive.endLine);
    }
    for (int d : file.children(server)) {
        const NginxConfig::Directive &directive = file.directive(d);
        if (directive.name.startsWith(QLatin1String("ssl_")) && directive.alone)
            anchor = std::max(anchor, directive.endLine);
    }
    QList<QByteArray> inserted;
    auto set = [&](const QString &name, const QStringList &arguments, int existing) -> Result<void> {
        const QByteArray text = NginxConfig::render(name, arguments);
        if (text.isEmpty())
            return refused(tr("Bulwark cannot write \"%1\" safely.").arg(arguments.join(u' ')));
        if (existing < 0) {
            inserted << child + text;
            return {};
        }
        if (file.directive(existing).arguments == arguments)
            return {};
        return editor.replace(existing, text);
    };
    auto first = [&](const QString &name) {
        const QList<int> found = file.find(server, name);
        return found.isEmpty() ? -1 : found.constFirst();
    };

    // TLS on a plain site.
    const bool enableTls = tlsListens.isEmpty();
    int tlsPort = tlsListens.isEmpty() ? 443 : tlsListens.constFirst().port;
    if (enableTls) {
        QList<QByteArray> listenLines{child + "listen 443 ssl;"};
        if (ipv6)
            listenLines << child + "listen [::]:443 ssl;";
        editor.insertAfter(listenAnchor, listenLines);
        fileRules << webHttps;
    }

    // The certificate.
    const bool hasCertificate =
        !file.find(server, QStringLiteral("ssl_certificate")).isEmpty() || includedCertificate ||
        (block.parent >= 0 && !file.find(block.parent, QStringLiteral("ssl_certificate")).isEmpty());
    auto certificate = CertificateSteps::plan(choice, file.serverNames(server), hasCertificate, plan.created());
    if (!certificate)
        return certificate.error();
    commands << certificate->changes;
    for (const QString &warning : std::as_const(certificate->warnings))
        plan.addWarning(warning);
    const QString certificatePath = certificate->certificatePath;
    const QString keyPath = certificate->keyPath;
    if (!certificatePath.isEmpty()) {
        if (auto done =
                set(QStringLiteral("ssl_certificate"), {certificatePath}, first(QStringLiteral("ssl_certificate")));
            !done)
            return done.error();
        if (auto done =
                set(QStringLiteral("ssl_certificate_key"), {keyPath}, first(QStringLiteral("ssl_certificate_key")));
            !done)
            return done.error();
    }

    // Protocols, ciphers, HSTS.
    if (auto done = set(QStringLiteral("ssl_protocols"), {QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")},
                        first(QStringLiteral("ssl_protocols")));
        !done)
        return done.error();
    if (choice.modernCiphers) {
        if (auto done = set(QStringLiteral("ssl_ciphers"), {mozillaIntermediateCiphers()},
                            first(QStringLiteral("ssl_ciphers")));
            !done)
            return done.error();
        if (auto done = set(QStringLiteral("ssl_prefer_server_ciphers"), {QStringLiteral("off")},
                            first(QStringLiteral("ssl_prefer_server_ciphers")));
            !done)
            return done.error();
    }
    if (choice.hstsMaxAge > 0) {
        QString value = QStringLiteral("max-age=") + QString::number(choice.hstsMaxAge);
        if (choice.hstsIncludeSubDomains)
            value += QStringLiteral("; includeSubDomains");
        if (auto done = set(QStringLiteral("add_header"),
                            {QStringLiteral("Strict-Transport-Security"), value, QStringLiteral("always")},
                            hsts.isEmpty() ? -1 : hsts.constFirst());
            !done)
            return done.error();
        for (int location : locationsWithHeaders(file, server))
            plan.addWarning(tr("The block at %1 has its own add_header lines, so nginx does not send "
                               "Strict-Transport-Security for it; add the header there too.")
                                .arg(where(file, file.directive(location).line)));
    }
    editor.insertAfter(anchor, inserted);

    // HTTP -> HTTPS.
    if (choice.redirectHttp) {
        const QString target = QStringLiteral("https://$host") +
                               (tlsPort == 443 ? QString() : u':' + QString::number(tlsPort)) +
                               QStringLiteral("$request_uri");
        const QByteArray returnLine = NginxConfig::render(QStringLiteral("return"), {QStringLiteral("301"), target});
        const QStringList names = file.serverNames(server);
        const QByteArray outer = file.indentOf(block.line);
        const QByteArray inner = child.mid(outer.size()).isEmpty() ? QByteArray("    ") : child.mid(outer.size());
        auto newBlock = [&](const QList<QByteArray> &listenLines) {
            QList<QByteArray> lines{QByteArray(), outer + "server {"};
            for (const QByteArray &listen : listenLines)
                lines << outer + inner + listen;
            if (!names.isEmpty())
                lines << outer + inner + NginxConfig::render(QStringLiteral("server_name"), names);
            lines << outer + inner + returnLine << outer + "}";
            editor.insertAfter(block.closeLine, lines);
        };
        if (!plainListens.isEmpty()) {
            QList<QByteArray> moved;
            for (int d : std::as_const(plainListens)) {
                const QByteArray text = NginxConfig::render(QStringLiteral("listen"), file.directive(d).arguments);
                if (text.isEmpty())
                    return refused(tr("Bulwark cannot move this listen line."), where(file, file.directive(d).line));
                if (auto done = editor.remove(d); !done)
                    return done.error();
                moved << text;
            }
            newBlock(moved);
        } else {
            // A plain server block for the same names in this file.
            int plain = -1;
            for (int other : file.servers()) {
                if (other == server || file.isTlsSite(other))
                    continue;
                const QStringList otherNames = file.serverNames(other);
                const bool same = names.isEmpty() ? otherNames.isEmpty()
                                                  : std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
                                                        return otherNames.contains(n);
                                                    });
                if (same && !file.listens(other).isEmpty()) {
                    plain = other;
                    break;
                }
            }
            if (plain >= 0) {
                bool redirects = false;
                int plainAnchor = file.directive(plain).endLine;
                for (int d : file.children(plain)) {
                    const NginxConfig::Directive &directive = file.directive(d);
                    if (directive.name == u"return" && directive.arguments.size() == 2 &&
                        QStringList{QStringLiteral("301"), QStringLiteral("302"), QStringLiteral("307"),
                                    QStringLiteral("308")}
                            .contains(directive.arguments.at(0)) &&
                        directive.arguments.at(1).startsWith(QLatin1String("https://")))
                        redirects = true;
                    if ((directive.name == u"listen" || directive.name == u"server_name") && directive.alone)
                        plainAnchor = std::max(plainAnchor, directive.endLine);
                }
                if (!redirects) {
                    if (!file.directive(plain).alone)
                        return refused(tr("The plain HTTP server block shares a line with other configuration, so "
                                          "Bulwark does not change it."),
                                       where(file, file.directive(plain).line));
                    const QList<int> plainChildren = file.children(plain);
                    const QByteArray plainIndent = plainChildren.isEmpty()
                                                       ? file.indentOf(file.directive(plain).line) + "    "
                                                       : file.indentOf(file.directive(plainChildren.constFirst()).line);
                    editor.insertAfter(plainAnchor, {plainIndent + returnLine});
                    plan.addWarning(tr("The plain HTTP server block at %1 now only redirects to HTTPS; what it served "
                                       "(including ACME challenges under /.well-known/) is no longer served over HTTP.")
                                        .arg(where(file, file.directive(plain).line)));
                }
            } else {
                QList<QByteArray> listenLines{"listen 80;"};
                if (ipv6)
                    listenLines << "listen [::]:80;";
                newBlock(listenLines);
                plan.addWarning(tr("Bulwark checked only %1 for other servers on port 80 with these names; nginx "
                                   "uses the first one it reads.")
                                    .arg(file.path()));
            }
        }
    }

    auto after = editor.result();
    if (!after)
        return after.error();
    // What Bulwark writes must read back with the same strictness (nginx -t checks the rest after the swap).
    if (auto reread = NginxConfig::parse(*after, file.path()); !reread)
        return Error(Error::Code::Internal,
                     tr("Bulwark's change to %1 would not read back; it changes nothing.").arg(file.path()),
                     reread.error().detail());
    plan.setChanges(commands);
    if (*after != file.text()) {
        FileEdit edit;
        edit.setPath(file.path());
        edit.setBefore(file.text());
        edit.setAfter(*after);
        edit.setVerify(nginxVerify());
        edit.setReload(nginxReload());
        const QStringList names = file.serverNames(server);
        plan.append(Change(
            tr("TLS 1.2/1.3 and safe settings for %1 in %2")
                .arg(names.isEmpty() ? tr("the server at line %1").arg(block.line) : names.join(u' '), file.path()),
            edit, fileRules));
    }
    if (plan.isEmpty())
        plan.addWarning(tr("The site is already configured as chosen."));
    return plan;
}

} // namespace Bulwark::Plan
